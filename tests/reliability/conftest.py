"""Reliability tests: concurrency, faults, and the figures docs/reliability.md quotes.

Each test records what it exercised with `figures.record(test, **counts)`; at the end of the
run the figures are printed (and kept as JSON lines in $CYCLADES_FIGURES, default a temporary
file), also when the run is spread over xdist workers: the hooks that set the file and print
it live in tests/reliability/figures_hooks.py, loaded by tests/conftest.py because a sub-folder's
conftest is never loaded by the xdist controller.
"""

from __future__ import annotations

import json
import os
import tempfile
import time

import pytest

_ENV = "CYCLADES_FIGURES"


class Figures:
    def record(self, test: str, **counts) -> dict:
        row = {"test": test, **counts}
        path = os.environ.get(_ENV) or os.path.join(
            tempfile.gettempdir(), "cyclades-reliability-figures.jsonl"
        )
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        return row


@pytest.fixture
def figures():
    return Figures()


@pytest.fixture
def stopwatch():
    start = time.perf_counter()
    return lambda: round(time.perf_counter() - start, 2)
