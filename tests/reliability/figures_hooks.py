"""Session hooks of the reliability figures (see tests/reliability/conftest.py)."""

from __future__ import annotations

import json
import os
import tempfile

_ENV = "CYCLADES_FIGURES"


def pytest_configure(config):
    if not hasattr(config, "workerinput") and _ENV not in os.environ:
        fd, path = tempfile.mkstemp(prefix="cyclades-reliability-", suffix=".jsonl")
        os.close(fd)
        os.environ[_ENV] = path  # inherited by the xdist workers, started after this


def pytest_terminal_summary(terminalreporter, config):
    if hasattr(config, "workerinput"):
        return
    path = os.environ.get(_ENV)
    if not path or not os.path.exists(path) or not os.path.getsize(path):
        return
    terminalreporter.section("Cyclades reliability figures")
    with open(path, encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            test = row.pop("test")
            terminalreporter.write_line(f"{test}: " + ", ".join(f"{k}={v}" for k, v in sorted(row.items())))
    terminalreporter.write_line(f"(JSON lines: {path})")
