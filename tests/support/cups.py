"""A throwaway CUPS server for the printing tests: cupsd in a temporary folder, listening on a
Unix socket only, with one queue, the generic PDF printer of cups-filters, whose device is a
file. What the application sends goes through the real chain (Qt's CUPS plug-in, libcups,
cupsd, the pdftopdf filter) and lands in that file, which the test reads back.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

PPD = "lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd"
QUEUE = "Cyclades_Imprimerie"


def available() -> bool:
    return bool(
        shutil.which("cupsd")
        and shutil.which("lpadmin")
        and Path("/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd").exists()
    )


class CupsServer:
    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="cyclades-cups-"))
        self.socket = self.root / "cups.sock"
        self.output = self.root / "out" / "imprime.pdf"
        self.process: subprocess.Popen | None = None

    @property
    def env(self) -> dict:
        """What a client process needs to talk to this server and no other."""
        return {**os.environ, "CUPS_SERVER": str(self.socket)}

    def start(self) -> CupsServer:
        conf = self.root / "conf"
        for sub in ("conf", "spool", "tmp", "cache", "state", "log", "out"):
            (self.root / sub).mkdir()
            os.chmod(self.root / sub, 0o777)  # cupsd runs its filters as `lp` when started as root
        os.chmod(self.root, 0o755)
        (conf / "cupsd.conf").write_text(
            f"LogLevel warn\nListen {self.socket}\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        files = (
            f"FileDevice Yes\nServerRoot {conf}\nRequestRoot {self.root / 'spool'}\nTempDir {self.root / 'tmp'}\n"
            f"CacheDir {self.root / 'cache'}\nStateDir {self.root / 'state'}\n"
            f"ErrorLog {self.root / 'log' / 'error_log'}\nAccessLog {self.root / 'log' / 'access_log'}\n"
            f"PageLog {self.root / 'log' / 'page_log'}\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n"
        )
        if os.geteuid() == 0:
            files += "User lp\nGroup lp\n"
        (conf / "cups-files.conf").write_text(files)
        self.process = subprocess.Popen(
            ["cupsd", "-f", "-c", str(conf / "cupsd.conf"), "-s", str(conf / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 20
        while not self.socket.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"cupsd did not start: {self.log()}")
            time.sleep(0.05)
        subprocess.run(
            ["lpadmin", "-h", str(self.socket), "-p", QUEUE, "-E", "-v", f"file://{self.output}", "-m", PPD],
            check=True,
            capture_output=True,
            text=True,
        )
        return self

    def log(self) -> str:
        path = self.root / "log" / "error_log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def wait_for_output(self, timeout: float = 60) -> bytes:
        """The printed file, once every job has left the queue."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            jobs = subprocess.run(
                ["lpstat", "-h", str(self.socket), "-o", QUEUE], capture_output=True, text=True, check=False
            )
            idle = jobs.returncode == 0 and not jobs.stdout.strip()  # a failed lpstat says nothing
            if idle and self.output.exists() and self.output.stat().st_size:
                return self.output.read_bytes()
            time.sleep(0.1)
        raise TimeoutError(f"nothing printed in {timeout:.0f} s: {self.log()}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.root, ignore_errors=True)
