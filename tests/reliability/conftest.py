"""Reliability tests: concurrency, faults, and the figures docs/reliability.md quotes.

Each test records what it exercised with `figures.record(test, **counts)`; at the end of the
run the figures are printed (and kept as JSON lines in $CYCLADES_FIGURES, default a temporary
file), also when the run is spread over xdist workers.
"""

from __future__ import annotations

import json
import os
import tempfile
import time

import pytest

_ENV = "CYCLADES_FIGURES"


def pytest_configure(config):
    if not hasattr(config, "workerinput") and _ENV not in os.environ:
        fd, path = tempfile.mkstemp(prefix="cyclades-reliability-", suffix=".jsonl")
        os.close(fd)
        os.environ[_ENV] = path  # inherited by the xdist workers, started after this


class Figures:
    def record(self, test: str, **counts) -> dict:
        row = {"test": test, **counts}
        with open(os.environ[_ENV], "a", encoding="utf-8") as out:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        return row


@pytest.fixture
def figures():
    return Figures()


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


@pytest.fixture
def stopwatch():
    start = time.perf_counter()
    return lambda: round(time.perf_counter() - start, 2)
