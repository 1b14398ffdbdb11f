"""Background operations: the GUI thread never waits on the database.

In the spirit of Anki's `QueryOp`/`CollectionOp` (qt/aqt/operations): every call to a
service goes through one single-worker executor, so database work is serialised in one
place and the window stays responsive; results come back on the GUI thread. After
`BUSY_DELAY_MS` the cursor turns busy and `TaskManager.busy_changed` lets the status bar
say what is going on.

    QueryOp(parent=self, op=lambda: search.search(session, text), success=self._show)
        .failure(self._failed).with_label(self.tr("Recherche…")).run_in_background()

`CollectionOp` is the same for changes, and announces them (`TaskManager.changed`) so that
every open view of the candidate refreshes.

Peewee keeps one connection per thread: the worker opens its own on first use and closes
it in `shutdown()`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from cyclades_desktop.gui.qtcompat import emit

log = logging.getLogger(__name__)
T = TypeVar("T")
BUSY_DELAY_MS = 300


@dataclass(frozen=True)
class Change:
    """What a CollectionOp changed, for views to refresh."""

    candidate_id: int | None = None
    what: str = ""


class TaskManager(QObject):
    """One worker thread for the database, closures handed back to the GUI thread."""

    _closure_ready = Signal(object)
    busy_changed = Signal(bool, str)  # busy?, label of the oldest running operation
    changed = Signal(object)  # a Change, after a CollectionOp succeeded

    def __init__(self, parent: QObject | None = None, busy_delay_ms: int = BUSY_DELAY_MS):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cyclades-db")
        self._closure_ready.connect(self._run_closure, Qt.ConnectionType.QueuedConnection)
        self._running: list[str] = []
        self._busy_shown = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(busy_delay_ms)
        self._busy_timer.timeout.connect(self._show_busy)
        self._closed = False

    # -- running -------------------------------------------------------------------------
    def run(self, fn: Callable[[], Any], on_done: Callable[[Future], None], label: str = "") -> None:
        """Run `fn` on the worker; call `on_done(future)` on the GUI thread afterwards."""
        if self._closed:
            raise RuntimeError("task manager already shut down")
        self._running.append(label)
        if len(self._running) == 1:
            self._busy_timer.start()
        future = self._executor.submit(fn)
        future.add_done_callback(lambda f: emit(self._closure_ready, lambda: self._finish(f, on_done, label)))

    def run_on_worker(self, fn: Callable[[], T]) -> T:
        """Run `fn` on the worker and wait (start-up and shutdown only: it blocks)."""
        return self._executor.submit(fn).result()

    def _run_closure(self, closure) -> None:
        closure()

    def _finish(self, future: Future, on_done, label: str) -> None:
        with contextlib.suppress(ValueError):
            self._running.remove(label)
        if not self._running:
            self._busy_timer.stop()
            self._hide_busy()
        elif self._busy_shown:
            emit(self.busy_changed, True, self._running[0])
        try:
            on_done(future)
        except Exception:
            from cyclades_desktop.gui import errorhook

            errorhook.report_current_exception()

    # -- busy indicator ------------------------------------------------------------------
    def _show_busy(self) -> None:
        if self._running and not self._busy_shown:
            self._busy_shown = True
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
            emit(self.busy_changed, True, self._running[0])

    def _hide_busy(self) -> None:
        if self._busy_shown:
            self._busy_shown = False
            QApplication.restoreOverrideCursor()
            emit(self.busy_changed, False, "")

    @property
    def idle(self) -> bool:
        return not self._running

    @property
    def busy_shown(self) -> bool:
        return self._busy_shown

    # -- end -----------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Finish queued work, close the worker's database connection, stop the thread."""
        if self._closed:
            return
        self._closed = True

        def close_connection():
            from cyclades_desktop.store import db as store_db

            try:
                if store_db.database.obj is not None and not store_db.database.is_closed():
                    store_db.database.close()
            except Exception as exc:
                log.info("worker connection not closed cleanly: %s", exc)

        self._executor.submit(close_connection)
        self._executor.shutdown(wait=True)
        self._busy_timer.stop()
        self._hide_busy()


_manager: TaskManager | None = None
_lock = threading.Lock()


def task_manager() -> TaskManager:
    """The application's task manager (made on first use, on the GUI thread)."""
    global _manager
    with _lock:
        if _manager is None:
            _manager = TaskManager(QApplication.instance())
        return _manager


def shutdown() -> None:
    global _manager
    with _lock:
        manager, _manager = _manager, None
    if manager is not None:
        manager.shutdown()


def _alive(obj: QObject | None) -> bool:
    return obj is None or shiboken6.isValid(obj)


class QueryOp(Generic[T]):
    """Read something in the background; `success(result)` runs on the GUI thread.

    If `parent` is destroyed meanwhile (its window closed), neither callback runs. Without
    `.failure(...)`, errors are shown by `gui.feedback.show_error` (French message for the
    domain's errors, the error dialog and the log for anything unexpected).
    """

    def __init__(
        self, *, parent: QObject | None, op: Callable[[], T], success: Callable[[T], Any] | None = None
    ):
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Callable[[Exception], Any] | None = None
        self._label = ""
        self._finally: Callable[[], Any] | None = None

    def failure(self, fn: Callable[[Exception], Any]) -> QueryOp[T]:
        self._failure = fn
        return self

    def with_label(self, label: str) -> QueryOp[T]:
        self._label = label
        return self

    def and_finally(self, fn: Callable[[], Any]) -> QueryOp[T]:
        """Run `fn` after success or failure (to re-enable a button, say)."""
        self._finally = fn
        return self

    def run_in_background(self) -> None:
        task_manager().run(self._op, self._done, self._label)

    def _done(self, future: Future) -> None:
        if not _alive(self._parent):
            return
        try:
            exc = future.exception()
            if exc is None:
                result = future.result()
                self._on_success(result)
            else:
                if not isinstance(exc, Exception):
                    raise exc
                self._on_failure(exc)
        finally:
            if self._finally is not None and _alive(self._parent):
                self._finally()

    def _on_success(self, result: T) -> None:
        if self._success is not None:
            self._success(result)

    def _on_failure(self, exc: Exception) -> None:
        if self._failure is not None:
            self._failure(exc)
        else:
            from cyclades_desktop.gui import feedback

            widget = self._parent if hasattr(self._parent, "window") else None
            feedback.show_error(widget, exc)


class CollectionOp(QueryOp[T]):
    """Change something in the background; on success, every view of it is told."""

    def __init__(
        self,
        *,
        parent: QObject | None,
        op: Callable[[], T],
        success: Callable[[T], Any] | None = None,
        change: Change | None = None,
    ):
        super().__init__(parent=parent, op=op, success=success)
        self._change = change or Change()

    def _on_success(self, result: T) -> None:
        super()._on_success(result)
        emit(task_manager().changed, self._change)
