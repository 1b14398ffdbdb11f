"""National-scale benchmarks of Cyclades Desktop, one command (never run as tests).

    python -m benchmarks.run [--size 1000000] [--backend sqlite,postgres]
                             [--only search,documents,desktop,demo] [--small]

Builds or reuses the national dataset under benchmarks/data/ (demo.generate on SQLite; the same
rows copied into a PostgreSQL server of our own whose data directory is kept there too), runs
what `--only` names, prints a table and writes it with every figure to
benchmarks/data/results-<date>.md and .json. `--small` is the CI size: 20,000 accounts,
20 queries per kind, batches of 200 and 1,000 documents.

What is measured (docs/benchmarks.md says what each figure means for a user):
* search — p50/p95/p99 of domain.search.search, first page of 50 in display order, for each kind
  of query, beside the naive LIKE '%…%' query on the same database in the same run;
* documents — convocations published by batch.publish_batch with every core, pages and documents
  per second, peak memory of the main process and of the workers, for two batch sizes; beside a
  bare ReportLab canvas drawing the same page in one process, and the renderer alone;
* desktop — cold start to a usable main window, keystroke to results, the longest stall of the
  GUI thread during a batch, memory after scrolling 10,000 results (benchmarks/desktop.py);
* demo — the time demo.generate takes to build the national dataset on SQLite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import datasets
from benchmarks.datasets import log
from cyclades_desktop.store import db as store_db

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("search", "documents", "desktop", "demo")


# --------------------------------------------------------------------------- machine
def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except OSError:
        mem = 0
    import sqlite3

    import reportlab

    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(mem / 1024 / 1024, 1),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "reportlab": reportlab.Version,
        "commit": commit,
        "load_at_start": [round(x, 2) for x in os.getloadavg()],
    }


# --------------------------------------------------------------------------- parts
def run_search(backend: str, url: str, queries: int, naive: int) -> dict:
    from benchmarks import search as bs

    store_db.open_database(url)
    try:
        qs = bs.make_queries(queries)
        results = bs.run(qs, naive, warmup=min(20, queries))
        out = {}
        for kind, res in results.items():
            s = res.summary()
            s["target_p95_ms"] = bs.TARGETS[kind][0 if backend == "sqlite" else 1]
            s["p95_met"], s["speedup_met"] = bs.targets_met(backend, s)
            s["example"] = qs[kind][0].text
            out[kind] = s
        return out
    finally:
        store_db.close_database()


def run_documents(backend: str, url: str, counts: list[int], workers: int, server=None) -> dict:
    from benchmarks import documents as bd

    out = {"batches": {}}
    for count in counts:
        log(f"documents: {count} convocations on {backend}")
        copy = datasets.DATA / f"docs-{backend}.db"
        target_url, session_id, facts = bd.prepare(url, copy, count, server)
        res = bd.publish_in_subprocess(target_url, session_id, workers)
        res.update(facts)
        res.update(bd.check_pages(target_url, session_id))
        pages = res["published"] * (max(res["sample_pages"]) if res["sample_pages"] else 1)
        res["pages"] = pages
        res["docs_per_s"] = round(res["published"] / res["seconds"], 1) if res["seconds"] else 0
        res["pages_per_s"] = round(pages / res["seconds"], 1) if res["seconds"] else 0
        out["batches"][str(count)] = res
        if backend == "sqlite":
            for suffix in ("", "-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
        elif server is not None:
            with server.admin() as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {store_db.parse_url(target_url).name} WITH (FORCE)")
    return out


def run_bare(count: int) -> dict:
    root = str(ROOT)

    def sub(*args):
        r = subprocess.run(
            [sys.executable, "-m", "benchmarks.documents", *args],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(r.stdout.strip().splitlines()[-1])

    return {
        "bare_per_document": sub("bare", str(count)),
        "bare_one_file": sub("bare", str(count), "--one-file"),
        "renderer_alone": sub("render", str(min(count, 1000))),
    }


def run_desktop(url: str, small: bool) -> dict:
    cmd = [sys.executable, "-m", "benchmarks.desktop", url] + (["--small"] if small else [])
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    if r.returncode != 0:
        return {"error": (r.stderr or r.stdout)[-1500:]}
    return json.loads(r.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- table
def _ms(x: float) -> str:
    return "—" if x != x else (f"{x:.2f}" if x < 10 else f"{x:.1f}" if x < 100 else f"{x:.0f}")


def _ok(flag) -> str:
    return "met" if flag else "**missed**"


def table(results: dict) -> str:
    from benchmarks.search import KIND_LABELS, MIN_SPEEDUP

    m = results["machine"]
    lines = [
        f"Run of {m['date']} on {m['nproc']} cores ({m['cpu']}), {m['ram_gb']} GB, Python {m['python']}, "
        f"SQLite {m['sqlite']}, ReportLab {m['reportlab']}, commit {m['commit']}; load average "
        f"{m['load_at_start']} at start, {m.get('load_at_end')} at end.",
        "",
    ]
    for backend, ds in results.get("datasets", {}).items():
        c = ds.get("counts", {})
        lines.append(
            f"* {backend}: {c.get('candidate', c.get('candidates', '?')):,} candidate accounts, "
            f"{c.get('inscription', c.get('inscriptions', '?')):,} inscriptions "
            f"({ds.get('how', 'demo.generate')}, built {ds.get('built_at')})"
        )
    for backend, kinds in results.get("search", {}).items():
        lines += [
            "",
            f"**Search, {backend}** (ms; first page of 50 in display order; naive = LIKE '%…%' with "
            f"ORDER BY and LIMIT 50)",
            "",
            "| kind | queries | p50 | p95 | p99 | p95 target | naive p50 | naive p95 | × (p95) | found | verdict |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for kind, s in kinds.items():
            verdict = (
                "met"
                if s["p95_met"] and s["speedup_met"]
                else (
                    "**missed**: "
                    + ", ".join(
                        x
                        for x, ok in (("p95", s["p95_met"]), (f"×{MIN_SPEEDUP}", s["speedup_met"]))
                        if not ok
                    )
                )
            )
            found = f"{s['found'] * 100:.0f} %" if kind not in ("prefix", "substring") else "—"
            lines.append(
                f"| {KIND_LABELS[kind]} | {s['queries']} | {_ms(s['p50'])} | {_ms(s['p95'])} | "
                f"{_ms(s['p99'])} | {s['target_p95_ms']} | {_ms(s['naive_p50'])} | {_ms(s['naive_p95'])} | "
                f"{s['speedup_p95']:.0f} | {found} | {verdict} |"
            )
    docs = results.get("documents", {})
    for backend, d in docs.items():
        if backend.startswith("_"):
            continue
        lines += [
            "",
            f"**Convocations published, {backend}** (batch.publish_batch, {d.get('workers')} workers)",
            "",
            "| batch | pages/doc | seconds | documents/s | pages/s (target ≥ 400) | CPU main / workers (s) | "
            "peak RSS main / worker / all (MB) |",
            "|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for count, b in d["batches"].items():
            lines.append(
                f"| {int(count):,} | {max(b['sample_pages'] or [0])} | {b['seconds']} | {b['docs_per_s']} | "
                f"{b['pages_per_s']} ({_ok(b['pages_per_s'] >= 400)}) | {b['cpu_main_s']} / {b['cpu_workers_s']} | "
                f"{b['peak_rss_main_mb']} / {b['peak_rss_worker_mb']} / {b['peak_rss_total_mb']} |"
            )
    bare = docs.get("_bare")
    if bare:
        lines += [
            "",
            "| one process, no database | pages/s | KB per PDF |",
            "|---|---:|---:|",
            f"| bare canvas, one PDF per candidate | {bare['bare_per_document']['pages_per_s']} | "
            f"{bare['bare_per_document']['mean_kb']} |",
            f"| bare canvas, all pages in one PDF | {bare['bare_one_file']['pages_per_s']} | — |",
            f"| Cyclades renderer (render only; samples) | {bare['renderer_alone']['pages_per_s']} | — |",
        ]
    desk = results.get("desktop")
    if desk:
        size = results["args"]["size"]
        lines += [
            "",
            f"**Desktop** (offscreen Qt, a copy of the {size:,}-account SQLite database; "
            f"{desk.get('rows_scrolled', 0):,} rows scrolled)",
            "",
        ]
        if "error" in desk:
            lines.append(f"Not measured: {desk['error'][-300:]}")
        else:
            lines += ["| measure | value | target | verdict |", "|---|---:|---:|---|"]
            for key, label, target, unit in (
                ("cold_start_s", "cold start to a usable main window", 1.5, "s"),
                ("keystroke_to_results_ms", "last keystroke to first results (p95)", 100, "ms"),
                ("longest_stall_ms", "longest GUI stall during a batch", 50, "ms"),
                ("rss_after_scroll_mb", "RSS after scrolling the results", 300, "MB"),
            ):
                if key in desk:
                    v = desk[key]
                    lines.append(f"| {label} | {v} {unit} | ≤ {target} {unit} | {_ok(v <= target)} |")
    demo = results.get("demo")
    if demo:
        lines += [
            "",
            f"**Demo data**: demo.generate of {demo['size']:,} accounts on SQLite in "
            f"{demo['seconds']:.0f} s (target < 300 s: {_ok(demo['seconds'] < 300)}; {demo['how']}).",
        ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- main
def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    p.add_argument("--size", type=int, default=1_000_000, help="candidate accounts (default 1,000,000)")
    p.add_argument("--backend", default="sqlite,postgres", help="sqlite,postgres (default both)")
    p.add_argument("--only", default=",".join(PARTS), help="search,documents,desktop,demo (default all)")
    p.add_argument("--small", action="store_true", help="the CI size: 20,000 accounts, 20 queries per kind")
    p.add_argument("--queries", type=int, help="queries per kind (default 200; --small 20)")
    p.add_argument("--naive", type=int, help="naive queries per kind (default 50; --small 10)")
    p.add_argument(
        "--docs", default=None, help="batch sizes, comma-separated (default 1000,10000; --small 200,1000)"
    )
    p.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="batch workers (default: all cores)"
    )
    p.add_argument("--rebuild", action="store_true", help="build the datasets again")
    p.add_argument("--keep-server", action="store_true", help="leave the PostgreSQL server running")
    args = p.parse_args(argv)
    if args.small:
        args.size = 20_000 if args.size == 1_000_000 else args.size
    queries = args.queries or (20 if args.small else 200)
    naive = args.naive or (10 if args.small else 50)
    counts = [int(x) for x in (args.docs or ("200,1000" if args.small else "1000,10000")).split(",")]
    backends = [b.strip() for b in args.backend.split(",") if b.strip()]
    only = [o.strip() for o in args.only.split(",") if o.strip()]
    for b in backends:
        if b not in ("sqlite", "postgres"):
            p.error(f"unknown backend {b}")
    for o in only:
        if o not in PARTS:
            p.error(f"unknown part {o}")

    results: dict = {"machine": machine(), "args": vars(args), "datasets": {}, "search": {}, "documents": {}}
    started = time.perf_counter()
    sqlite_file, meta = datasets.build_sqlite(args.size, rebuild=args.rebuild)
    results["datasets"]["sqlite"] = meta
    sqlite_url = f"sqlite:///{sqlite_file}"
    fresh = bool(meta.pop("built_now", False))
    if not fresh:
        store_db.open_database(sqlite_url)
        datasets.bring_up_to_date()
        store_db.close_database()
    server = pg_url = None
    if "postgres" in backends:
        server = datasets.BenchPostgres().start()
        pg_url, pg_meta = datasets.build_postgres(
            server, args.size, rebuild=args.rebuild, sqlite_file=sqlite_file
        )
        results["datasets"]["postgres"] = pg_meta
        store_db.open_database(pg_url)
        datasets.bring_up_to_date()
        store_db.close_database()
    urls = {"sqlite": sqlite_url, "postgres": pg_url}
    try:
        if "search" in only:
            for b in backends:
                log(f"search on {b}: {queries} queries per kind, {naive} naive")
                results["search"][b] = run_search(b, urls[b], queries, naive)
        if "documents" in only:
            for b in backends:
                res = run_documents(b, urls[b], counts, args.workers, server)
                res["workers"] = args.workers
                results["documents"][b] = res
            log("documents: bare canvas and renderer alone")
            results["documents"]["_bare"] = run_bare(counts[0])
        if "desktop" in only:
            log("desktop: offscreen GUI on the SQLite dataset")
            results["desktop"] = run_desktop(sqlite_url, args.small)
        if "demo" in only:
            if fresh:
                results["demo"] = {
                    "size": args.size,
                    "seconds": meta["generate_seconds"],
                    "how": "the dataset built in this run",
                }
            else:
                log(f"demo: generating {args.size:,} accounts again, timed")
                scratch = datasets.DATA / "demo-timing"
                shutil.rmtree(scratch, ignore_errors=True)
                env = dict(os.environ, CYCLADES_BENCH_DATA=str(scratch))
                subprocess.run(
                    [sys.executable, "-m", "benchmarks.datasets", str(args.size), "sqlite"],
                    cwd=ROOT,
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                demo_meta = json.loads(next(iter(sorted(scratch.glob("*.json")))).read_text())
                shutil.rmtree(scratch, ignore_errors=True)
                results["demo"] = {
                    "size": args.size,
                    "seconds": demo_meta["generate_seconds"],
                    "how": "a fresh generation in this run",
                }
    finally:
        if server is not None and not args.keep_server:
            server.stop()
    results["machine"]["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["seconds"] = round(time.perf_counter() - started, 1)
    text = table(results)
    print(text)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
    datasets.DATA.mkdir(parents=True, exist_ok=True)
    (datasets.DATA / f"results-{stamp}.md").write_text(text + "\n")
    (datasets.DATA / f"results-{stamp}.json").write_text(json.dumps(results, indent=1, default=str))
    log(f"results in {datasets.DATA}/results-{stamp}.md and .json ({results['seconds']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
