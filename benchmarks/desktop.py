"""The desktop's figures on the national database, offscreen: `python -m benchmarks.desktop URL [--small]`.

The window is driven as app.run() builds it (the same start-up calls, the real sign-in dialog and
main window); only the typing of the password is done by this driver. It runs on a copy of the
dataset (the batch writes into it), in a fresh process, and prints one JSON line:

* cold start: from the exec of the process to the main window shown with its first page of
  results, the password typed instantly (split into: to the sign-in dialog, the sign-in itself
  with its Argon2 check, the main window and its first page);
* keystroke to results: a name typed into the search field, from its last keystroke to the first
  page of results in the table (and repainted), typed at 20 ms a key (every key searches; a query
  typed over before the worker reached it is skipped) and when the last key is Enter;
* the longest stall of the GUI thread while the batch dialog publishes convocations with every core:
  a 10 ms QTimer on the GUI thread, the largest delay between two of its ticks beyond 10 ms;
* resident memory after scrolling the unfiltered list down to 10,000 results.
"""

from __future__ import annotations

import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STALL_PROBE_MS = 10


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _wait(cond, timeout_s: float = 120.0, step_ms: int = 5) -> bool:
    """Run the event loop until `cond()` holds. Not QTest.qWait in a loop: it keeps the GIL while
    it spins, and the batch's and the search's threads then crawl (a batch ran 5 times slower)."""
    from PySide6.QtCore import QEventLoop, QTimer

    end = time.perf_counter() + timeout_s
    if cond():
        return True
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(step_ms)
    timer.timeout.connect(lambda: loop.quit() if cond() or time.perf_counter() > end else None)
    timer.start()
    loop.exec()
    timer.stop()
    return cond()


def _p95(values: list[float]) -> float:
    from benchmarks.search import KindResult  # the percentile every benchmark table uses

    return KindResult.pct(values, 95)


def _pause(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def child(url: str, session_id: int, batch_size: int, queries: list[str], scroll_to: int) -> dict:
    t0 = float(os.environ["CYCLADES_BENCH_T0"])
    out: dict = {}
    tmp = Path(tempfile.mkdtemp(prefix="cyclades-desktop-bench-"))
    # --- as app.main and app.run do
    from cyclades_desktop.gui import app as gui_app
    from cyclades_desktop.gui import errorhook

    errorhook.setup_logging(tmp / "log")
    qapp = gui_app._make_app("cyclades-desktop", headless=True)
    errorhook.install()
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from cyclades_desktop.domain import demo
    from cyclades_desktop.domain import queries as domain_queries
    from cyclades_desktop.gui import credentials, formatting, startup
    from cyclades_desktop.gui.context import AppContext
    from cyclades_desktop.gui.mainwindow import MainWindow
    from cyclades_desktop.gui.settings import Settings
    from cyclades_desktop.gui.signin import SignInDialog
    from cyclades_desktop.store import db as store_db

    settings = Settings.at(tmp / "settings.ini")
    secrets = credentials.SecretStore()
    url = startup.open_database(store_db.parse_url(url), secrets)
    has_staff = startup.wait_for(domain_queries.has_staff_accounts)
    label = formatting.database_label(url)
    dialog = SignInDialog(
        database_label=label,
        secrets=secrets,
        settings=settings,
        demo_accounts=tuple(demo.DEMO_STAFF),
        has_staff=has_staff,
        message="",
    )
    dialog.show()
    qapp.processEvents()
    t_dialog = time.time()
    login, password = next((s[0], s[1]) for s in demo.DEMO_STAFF if s[2] == "manager")
    dialog.ui.loginEdit.setText(login)
    dialog.ui.passwordEdit.setText(password)
    dialog._submit()
    _wait(lambda: dialog.session is not None, 60)
    t_signed = time.time()
    dialog.hide()
    context = AppContext(dialog.session, settings, secrets, label)
    window = MainWindow(context)
    window.resize(1320, 820)
    window.show()
    model = window.model
    _wait(lambda: model.rowCount() > 0 and not model.loading, 60)
    qapp.processEvents()
    t_ready = time.time()
    out["cold_start_s"] = round(t_ready - t0, 3)
    out["cold_start_parts_s"] = {
        "to_signin_dialog": round(t_dialog - t0, 3),
        "signin_argon2": round(t_signed - t_dialog, 3),
        "main_window_and_first_page": round(t_ready - t_signed, 3),
    }

    # --- last keystroke to results
    edit = window.ui.searchEdit

    def type_and_wait(text: str, enter: bool) -> float:
        edit.clear()
        _wait(lambda: not model.loading, 30)
        _pause(100)  # the search of the cleared field is answered
        _wait(lambda: not model.loading, 30)
        generation = model._generation
        for ch in text:
            QTest.keyClick(edit, ch)
            _pause(20)  # a fast typist
        if enter:
            QTest.keyClick(edit, Qt.Key.Key_Return)
        last = time.perf_counter()
        _wait(lambda: model._generation > generation and not model.loading, 30, 1)
        window.ui.resultsView.viewport().repaint()
        return (time.perf_counter() - last) * 1000

    debounced = [type_and_wait(q, False) for q in queries]
    entered = [type_and_wait(q, True) for q in queries]
    out["keystroke_to_results_ms"] = round(_p95(debounced), 1)
    out["keystroke_to_results"] = {
        "queries": len(queries),
        "as_typed_p50_ms": round(statistics.median(debounced), 1),
        "as_typed_p95_ms": round(_p95(debounced), 1),
        "as_typed_max_ms": round(max(debounced), 1),
        "enter_p50_ms": round(statistics.median(entered), 1),
        "enter_max_ms": round(max(entered), 1),
    }

    # --- memory after scrolling 10,000 results of the unfiltered list
    edit.clear()
    window.run_search()
    _wait(lambda: model.rowCount() > 0 and not model.loading, 30)
    view = window.ui.resultsView
    t_scroll = time.perf_counter()
    while model.rowCount() < scroll_to and model.has_more:
        view.scrollToBottom()
        qapp.processEvents()
        if not model.loading and model.canFetchMore():
            model.fetchMore()  # when the view did not ask (offscreen, the viewport may not need more)
        _wait(lambda: not model.loading, 30, 1)
    out["rows_scrolled"] = model.rowCount()
    out["scroll_seconds"] = round(time.perf_counter() - t_scroll, 2)
    import gc

    gc.collect()
    qapp.processEvents()
    out["rss_after_scroll_mb"] = round(_rss_mb(), 1)

    # --- the GUI thread while a batch publishes
    from cyclades_desktop.gui.documents.batch import BatchDialog

    batch_dialog = BatchDialog(context, window)
    batch_dialog.show()
    _wait(lambda: batch_dialog.ui.sessionCombo.count() > 1, 60)
    batch_dialog.select(session_id, "convocation")
    _wait(lambda: batch_dialog.ui.publishButton.isEnabled() and batch_dialog.scope is not None, 60)
    ticks: list[float] = []
    collections: list[tuple] = []  # (generation, ms, seconds after the batch started), the long ones
    t_batch = time.perf_counter()  # set again when the batch starts

    gc_started = 0.0

    def on_gc(phase, info):
        nonlocal gc_started
        if phase == "start":
            gc_started = time.perf_counter()
        elif (time.perf_counter() - gc_started) * 1000 >= 5:
            collections.append(
                (
                    info["generation"],
                    round((time.perf_counter() - gc_started) * 1000, 1),
                    round(gc_started - t_batch, 2),
                )
            )

    gc.callbacks.append(on_gc)
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(STALL_PROBE_MS)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    _pause(200)
    t_batch = time.perf_counter()
    batch_dialog.publish()
    started = batch_dialog.running
    _wait(lambda: not batch_dialog.running, 3600, 20)
    batch_seconds = time.perf_counter() - t_batch
    _pause(100)
    probe.stop()
    gc.callbacks.remove(on_gc)
    gaps = [(b - a) * 1000 - STALL_PROBE_MS for a, b in itertools.pairwise(ticks)]
    report = batch_dialog.report
    out["longest_stall_ms"] = round(max(gaps), 1) if gaps else None
    worst = max(range(len(gaps)), key=gaps.__getitem__) if gaps else None
    out["stall"] = {
        "probe_ms": STALL_PROBE_MS,
        "ticks": len(ticks),
        "p99_ms": round(sorted(gaps)[int(len(gaps) * 0.99)], 1) if gaps else None,
        "over_50ms": sum(1 for g in gaps if g > 50),
        "longest_at_s": round(ticks[worst] - t_batch, 2) if worst is not None else None,
        "gc_pauses_over_5ms": collections,
        "batch_documents": report.published if report else None,
        "batch_seconds": round(batch_seconds, 1),
        "batch_state": report.state if report else ("no report" if started else "not started"),
    }
    batch_dialog.close()
    window.close()
    from cyclades_desktop.gui import operations

    operations.shutdown()
    store_db.close_database()
    return out


def main(argv=None) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m benchmarks.desktop")
    p.add_argument("url", help="the dataset (SQLite URL); a copy is used")
    p.add_argument("--small", action="store_true")
    p.add_argument("--child", nargs=2, metavar=("URL", "SESSION"), help=argparse.SUPPRESS)
    p.add_argument("--batch", type=int, help="convocations published while the GUI is probed")
    args = p.parse_args(argv)
    batch_size = args.batch or (100 if args.small else 2000)
    scroll_to = 1000 if args.small else 10_000
    if args.child:
        qs = json.loads(os.environ["CYCLADES_BENCH_QUERIES"])
        print(json.dumps(child(args.child[0], int(args.child[1]), batch_size, qs, scroll_to)))
        return 0
    from benchmarks import datasets, documents
    from benchmarks import search as bs
    from cyclades_desktop.store import db as store_db

    copy = datasets.DATA / "desktop-copy.db"
    copy_url, session_id, _facts = documents.prepare(args.url, copy, batch_size)
    store_db.open_database(copy_url)
    made = bs.make_queries(5 if args.small else 10)  # names as typed: whole, part of one, misspelled
    qs = [q.text for kind in ("prefix", "substring", "misspelled") for q in made[kind]]
    store_db.close_database()
    env = dict(
        os.environ,
        CYCLADES_BENCH_T0=repr(time.time()),
        CYCLADES_BENCH_QUERIES=json.dumps(qs),
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )
    r = subprocess.run(
        [sys.executable, "-m", "benchmarks.desktop", args.url, "--child", copy_url, str(session_id)]
        + (["--small"] if args.small else [])
        + ["--batch", str(batch_size)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    if r.returncode != 0:
        print(r.stderr[-3000:], file=sys.stderr)
        return r.returncode
    result = json.loads(r.stdout.strip().splitlines()[-1])
    result["database"] = "a copy of " + args.url
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
