"""The national benchmarks still run (benchmarks/run.py --small): never a timing target here.

A 20,000-account dataset in a temporary folder, 20 queries per kind, batches of 100 and 300
convocations, the desktop driver: the harness must finish and every figure must be a sane number.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmarks_run_small(tmp_path):
    parts = ["search", "documents", "demo"]
    if importlib.util.find_spec("PySide6") is not None:
        parts.append("desktop")
    env = dict(os.environ, CYCLADES_BENCH_DATA=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            "--small",
            "--backend",
            "sqlite",
            "--only",
            ",".join(parts),
            "--docs",
            "100,300",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert "Search, sqlite" in out.stdout
    results = json.loads(next(tmp_path.glob("results-*.json")).read_text())

    search = results["search"]["sqlite"]
    assert set(search) == {
        "prefix",
        "substring",
        "misspelled",
        "email",
        "ine",
        "candidate_number",
        "inscription_number",
        "birth_date_name",
    }
    for kind, s in search.items():
        assert s["queries"] == 20, kind
        assert 0 < s["p50"] <= s["p95"] <= s["p99"] < 5000, (kind, s)
        assert 0 < s["naive_p50"] < 60_000, (kind, s)
    for kind in ("email", "ine", "candidate_number", "inscription_number"):
        assert search[kind]["found"] == 1.0, kind  # an exact query always finds its candidate

    docs = results["documents"]["sqlite"]["batches"]
    assert set(docs) == {"100", "300"}
    for count, b in docs.items():
        assert b["state"] == "done" and b["published"] == int(count) and b["failed"] == 0, b
        assert b["docs_per_s"] > 0 and b["pages"] >= b["published"], b
        assert 20 < b["peak_rss_main_mb"] < 4000 and 0 < b["peak_rss_total_mb"] < 8000, b
    bare = results["documents"]["_bare"]
    assert bare["bare_per_document"]["pages_per_s"] > 0 and bare["renderer_alone"]["pages_per_s"] > 0

    assert results["demo"]["size"] == 20_000 and results["demo"]["seconds"] > 0

    if "desktop" in parts:
        d = results["desktop"]
        assert "error" not in d, d
        assert 0 < d["cold_start_s"] < 120 and d["keystroke_to_results_ms"] > 0
        assert d["rows_scrolled"] >= 1000 and d["rss_after_scroll_mb"] > 0
        assert d["longest_stall_ms"] is not None and d["stall"]["batch_state"] == "done"
