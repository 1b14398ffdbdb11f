"""The national dataset, built once under benchmarks/data/ and reused.

SQLite: `benchmarks/data/sqlite-<size>-s<seed>.db`, built by `demo.generate` in a temporary
file and renamed when complete, so an interrupted build is never mistaken for a finished one.
PostgreSQL: a server of our own (tests/support/postgres.py's way: initdb, loopback, as the
`postgres` user when we are root) whose data directory lives in `benchmarks/data/pg`, kept
between runs; one database per size, `cyclades_<size>_s<seed>`, marked complete by a row in
`bench_meta`.
"""

from __future__ import annotations

import json
import os
import pwd
import subprocess
import sys
import time
from pathlib import Path

from cyclades_desktop.store import db as store_db
from cyclades_desktop.store import migrations

#: where datasets and results live (gitignored); CYCLADES_BENCH_DATA moves it (the CI smoke run)
DATA = Path(os.environ.get("CYCLADES_BENCH_DATA") or Path(__file__).resolve().parent / "data")
PG_USER = "cyclades"
PG_PASSWORD = "cyclades-bench"


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _progress(prefix: str):
    last = [0.0]

    def note(done, total, label):
        now = time.perf_counter()
        if now - last[0] > 10 or done >= total:
            last[0] = now
            log(f"{prefix}: {label} {done}/{total}")

    return note


def bring_up_to_date() -> None:
    """Bring a reused dataset (the open database) to this checkout's schema: its migrations, as
    any base is. A dataset built before a step gets it (m0003 fills a vocabulary the dataset
    lacked), then the planner statistics are refreshed. The data themselves are never touched.
    """
    applied = migrations.migrate(backup=False)
    if applied:
        log(f"dataset migrated through schema step(s) {applied}")
        store_db.database.execute_sql("ANALYZE")  # the indexes a step created need their statistics
    if store_db.is_postgres():
        vacuum_if_needed()


def vacuum_if_needed() -> None:
    """VACUUM the large tables whose pages are not all marked visible, as autovacuum does on a
    live base: without it an index-only scan reads the table too (seen after a bulk load: the
    part-of-a-name search read 11,866 heap pages for 51 rows, 29 ms instead of 4)."""
    rows = store_db.database.execute_sql(
        "SELECT relname FROM pg_class WHERE relname IN ('candidate', 'inscription', 'name_vocab', 'first_vocab') "
        "AND relpages > 0 AND relallvisible < 0.95 * relpages"
    ).fetchall()
    for (table,) in rows:
        log(f"PostgreSQL: VACUUM (ANALYZE) {table} (pages not all visible)")
        store_db.database.execute_sql(f"VACUUM (ANALYZE) {table}")


# --------------------------------------------------------------------------- SQLite
def sqlite_path(size: int, seed: int = 1) -> Path:
    return DATA / f"sqlite-{size}-s{seed}.db"


def sqlite_meta(size: int, seed: int = 1) -> dict | None:
    meta = sqlite_path(size, seed).with_suffix(".json")
    return json.loads(meta.read_text()) if meta.exists() else None


def build_sqlite(size: int, seed: int = 1, rebuild: bool = False) -> tuple[Path, dict]:
    """The SQLite dataset of `size` candidates (built if missing); returns its path and build facts."""
    from cyclades_desktop.domain import demo

    path = sqlite_path(size, seed)
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists() and not rebuild:
        return path, json.loads(meta_path.read_text())
    DATA.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    log(f"SQLite: generating {size:,} candidates in {tmp.name}")
    started = time.perf_counter()
    store_db.open_database(f"sqlite:///{tmp}")
    migrations.migrate(backup=False)
    report = demo.generate(size, seed=seed, progress=_progress("SQLite"))
    gen_seconds = time.perf_counter() - started
    store_db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = report.counts()
    store_db.close_database()
    os.replace(tmp, path)
    meta = {
        "size": size,
        "seed": seed,
        "generate_seconds": round(gen_seconds, 1),
        "demo_report_seconds": round(report.seconds, 1),
        "counts": counts,
        "built_at": time.strftime("%Y-%m-%d %H:%M:%S"),
        "bytes": path.stat().st_size,
    }
    meta_path.write_text(json.dumps(meta, indent=1, default=str))
    log(
        f"SQLite: {size:,} candidates, {counts['inscriptions']:,} inscriptions in {gen_seconds:.0f} s "
        f"({path.stat().st_size / 1e9:.2f} GB)"
    )
    return path, {**meta, "built_now": True}


# --------------------------------------------------------------------------- PostgreSQL
def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class BenchPostgres:
    """A PostgreSQL server whose data directory is kept under benchmarks/data/pg."""

    def __init__(self, root: Path | None = None):
        root = root or DATA / "pg"
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.support.postgres
        from tests.support.postgres import find_bindir

        self.bindir = find_bindir()
        if self.bindir is None:
            raise RuntimeError("PostgreSQL n'est pas installé (apt-get install postgresql)")
        self.root = root
        self.data = root / "data"
        self.sock = root / "sock"
        port_file = root / "port"  # kept with the data directory: the server is found again
        if port_file.exists():
            self.port = int(port_file.read_text())
        else:
            self.port = int(os.environ.get("CYCLADES_BENCH_PG_PORT") or _free_port())
            root.mkdir(parents=True, exist_ok=True)
            port_file.write_text(str(self.port))
        self.as_user = pwd.getpwnam("postgres") if os.geteuid() == 0 else None

    def _run(self, *args, check=True):
        kw = {}
        if self.as_user is not None:
            uid, gid = self.as_user.pw_uid, self.as_user.pw_gid

            def demote():
                os.setgid(gid)
                os.setuid(uid)

            kw["preexec_fn"] = demote
        return subprocess.run(
            [str(a) for a in args], check=check, capture_output=True, text=True, cwd=self.root, **kw
        )

    def _chown(self, path: Path) -> None:
        if self.as_user is not None:
            os.chown(path, self.as_user.pw_uid, self.as_user.pw_gid)

    def running(self) -> bool:
        return self._run(self.bindir / "pg_ctl", "-D", self.data, "status", check=False).returncode == 0

    def start(self) -> BenchPostgres:
        self.root.mkdir(parents=True, exist_ok=True)
        self._chown(self.root)
        self.sock.mkdir(exist_ok=True)
        self._chown(self.sock)
        if not (self.data / "PG_VERSION").exists():
            pwfile = self.root / "pw"
            pwfile.write_text(PG_PASSWORD + "\n")
            self._chown(pwfile)
            log("PostgreSQL: initdb")
            self._run(
                self.bindir / "initdb",
                "-D",
                self.data,
                "-U",
                PG_USER,
                "--pwfile",
                pwfile,
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            )
        if not self.running():
            # a benchmark server: durability off (it is rebuilt from the generator), memory like
            # a modest office server's
            opts = (
                f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50 "
                "-c shared_buffers=1GB -c maintenance_work_mem=1GB -c work_mem=32MB "
                "-c effective_cache_size=8GB -c max_wal_size=8GB -c checkpoint_timeout=30min"
            )
            self._run(
                self.bindir / "pg_ctl",
                "-D",
                self.data,
                "-o",
                opts,
                "-l",
                self.root / "log",
                "-w",
                "-t",
                "120",
                "start",
            )
        return self

    def stop(self) -> None:
        self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop", check=False)

    def url(self, dbname: str) -> str:
        return f"postgresql://{PG_USER}:{PG_PASSWORD}@127.0.0.1:{self.port}/{dbname}"

    def admin(self, dbname: str = "postgres"):
        import psycopg

        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=PG_USER,
            password=PG_PASSWORD,
            dbname=dbname,
            autocommit=True,
        )


def pg_dbname(size: int, seed: int = 1) -> str:
    return f"cyclades_{size}_s{seed}"


def pg_meta(server: BenchPostgres, size: int, seed: int = 1) -> dict | None:
    name = pg_dbname(size, seed)
    with server.admin() as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            return None
    with server.admin(name) as conn:
        if not conn.execute("SELECT to_regclass('bench_meta')").fetchone()[0]:
            return None
        row = conn.execute("SELECT meta FROM bench_meta").fetchone()
        return json.loads(row[0]) if row else None


def copy_sqlite_to_postgres(sqlite_file: Path) -> dict:
    """Copy every table of the SQLite dataset into the open, migrated PostgreSQL database.

    COPY, with triggers off (session_replication_role = replica: the rows are the generator's,
    already checked, and the audit chain is copied whole with its head), the secondary indexes
    of the big tables set aside and rebuilt after, exactly as demo.generate's own loader does;
    then the vocabularies, the sequences and the planner statistics. Both databases then hold the
    same candidates, so both are measured with the same queries.
    """
    import sqlite3

    from cyclades_desktop.domain import demo
    from cyclades_desktop.store.models import ALL_MODELS

    src = sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True)
    db = store_db.database
    conn = db.connection()
    counts = {}
    tables = [m._meta.table_name for m in ALL_MODELS] + ["name_vocab", "first_vocab"]
    with db.atomic():
        db.execute_sql("SET LOCAL session_replication_role = replica")
        loader = demo._Loader()
        loader.set_aside()
        for table in tables:
            pg_cols = [
                r[0]
                for r in db.execute_sql(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                    "AND table_name = %s ORDER BY ordinal_position",
                    (table,),
                ).fetchall()
            ]
            lite_cols = {r[1] for r in src.execute(f"PRAGMA table_info({table})")}
            cols = [c for c in pg_cols if c in lite_cols]
            db.execute_sql(f"DELETE FROM {table}")
            n = 0
            with (
                conn.cursor() as cur,
                cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy,
            ):
                for row in src.execute(f"SELECT {', '.join(cols)} FROM {table}"):
                    copy.write_row(row)
                    n += 1
            counts[table] = n
        loader.restore(_progress("PostgreSQL"))
        for table in tables:
            if "id" in [
                r[0]
                for r in db.execute_sql(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                    "AND table_name = %s",
                    (table,),
                ).fetchall()
            ]:
                seq = db.execute_sql("SELECT pg_get_serial_sequence(%s, 'id')", (table,)).fetchone()[0]
                if seq:
                    db.execute_sql(f"SELECT setval('{seq}', (SELECT COALESCE(MAX(id), 1) FROM {table}))")
    src.close()
    return counts


def build_postgres(
    server: BenchPostgres, size: int, seed: int = 1, rebuild: bool = False, sqlite_file: Path | None = None
) -> tuple[str, dict]:
    """The PostgreSQL dataset of `size` candidates: copied from the SQLite one (`sqlite_file`,
    the same candidates, fastest), else made by demo.generate."""
    from cyclades_desktop.domain import demo

    name = pg_dbname(size, seed)
    meta = None if rebuild else pg_meta(server, size, seed)
    if meta is not None:
        return server.url(name), meta
    with server.admin() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    started = time.perf_counter()
    store_db.open_database(server.url(name))
    migrations.migrate(backup=False)
    if sqlite_file is not None:
        log(f"PostgreSQL: copying {sqlite_file.name} into {name}")
        counts = copy_sqlite_to_postgres(sqlite_file)
        how, report_seconds = f"copied from {sqlite_file.name}", None
    else:
        log(f"PostgreSQL: generating {size:,} candidates in {name}")
        report = demo.generate(size, seed=seed, progress=_progress("PostgreSQL"))
        counts, how, report_seconds = report.counts(), "demo.generate", round(report.seconds, 1)
    gen_seconds = time.perf_counter() - started
    store_db.database.execute_sql("VACUUM ANALYZE")
    vacuum_if_needed()  # a page written by a transaction still seen as running is left; once more
    meta = {
        "size": size,
        "seed": seed,
        "how": how,
        "generate_seconds": round(gen_seconds, 1),
        "demo_report_seconds": report_seconds,
        "counts": counts,
        "built_at": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    store_db.database.execute_sql("CREATE TABLE bench_meta (meta TEXT)")
    store_db.database.execute_sql("INSERT INTO bench_meta VALUES (%s)", (json.dumps(meta, default=str),))
    store_db.close_database()
    log(f"PostgreSQL: {size:,} candidates in {gen_seconds:.0f} s")
    return server.url(name), meta


if __name__ == "__main__":  # python -m benchmarks.datasets SIZE [sqlite|postgres]
    size = int(sys.argv[1])
    which = sys.argv[2] if len(sys.argv) > 2 else "sqlite"
    if which == "sqlite":
        print(build_sqlite(size)[1])
    else:
        print(build_postgres(BenchPostgres().start(), size, sqlite_file=build_sqlite(size)[0])[1])
