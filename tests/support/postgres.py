"""A throwaway PostgreSQL server for the tests: initdb in a temporary folder, loopback only.

initdb refuses to run as root, so as root the server runs as the `postgres` system user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def find_bindir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="cyclades-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = "cyclades"
        self.password = "cyclades-test"
        self._as_user = None
        if os.geteuid() == 0:
            pw = pwd.getpwnam("postgres")
            self._as_user = pw
            os.chown(self.root, pw.pw_uid, pw.pw_gid)

    def _run(self, *args, check=True, **kw):
        cmd = [str(a) for a in args]
        if self._as_user is not None:
            uid, gid = self._as_user.pw_uid, self._as_user.pw_gid

            def demote():
                os.setgid(gid)
                os.setuid(uid)

            kw["preexec_fn"] = demote
        return subprocess.run(cmd, check=check, capture_output=True, text=True, cwd=self.root, **kw)

    def start(self) -> PostgresServer:
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if self._as_user is not None:
            os.chown(pwfile, self._as_user.pw_uid, self._as_user.pw_gid)
        self._run(
            self.bindir / "initdb",
            "-D",
            self.data,
            "-U",
            self.user,
            "--pwfile",
            pwfile,
            "-A",
            "scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        self._pg_ctl_start()
        return self

    def _pg_ctl_start(self) -> None:
        opts = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(self.bindir / "pg_ctl", "-D", self.data, "-o", opts, "-l", self.root / "log", "-w", "start")

    def url(self, dbname: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        user = user or self.user
        password = password if password is not None else self.password
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{dbname}"

    def admin_connect(self, dbname: str = "postgres"):
        import psycopg

        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=self.user,
            password=self.password,
            dbname=dbname,
            autocommit=True,
        )

    def restart(self) -> None:
        # stop + start rather than `pg_ctl restart`, which has no -l: the new postmaster would keep
        # our captured stdout open and subprocess.run would wait for it forever
        self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
        self._pg_ctl_start()

    def stop(self) -> None:
        self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop", check=False)
        for _ in range(20):
            if not (self.data / "postmaster.pid").exists():
                break
            time.sleep(0.1)
        shutil.rmtree(self.root, ignore_errors=True)
