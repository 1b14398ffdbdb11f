"""Long jobs with progress (a batch of 10,000 documents, a merged print file) on their own thread.

`operations.QueryOp` serialises every database call on one worker: right for a search or a
save, wrong for a batch that runs for minutes, since the window's searches would wait behind
it. A `BackgroundJob` is a QThread of its own: peewee gives it its own connection (the same
database object, so on PostgreSQL the same member's role), closed when the job ends. Progress,
result and error come back to the GUI thread through queued signals.

    job = BackgroundJob(lambda progress: batch.publish_batch(..., progress=progress), parent=self)
    job.progressed.connect(self._show_progress)
    job.succeeded.connect(self._done)
    job.failed.connect(self._failed)
    job.start()
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from cyclades_desktop.gui.qtcompat import emit

log = logging.getLogger(__name__)


class BackgroundJob(QThread):
    progressed = Signal(object)  # whatever the job reports (batch.Progress, say)
    succeeded = Signal(object)  # the job's result
    failed = Signal(object)  # the exception it raised

    def __init__(
        self, fn: Callable[[Callable[[Any], None]], Any], parent: QObject | None = None, label: str = ""
    ):
        super().__init__(parent)
        self._fn = fn
        self.label = label
        self.result: Any = None
        self.error: BaseException | None = None
        self.setObjectName(f"job:{label}" if label else "job")

    def run(self) -> None:  # on the job's thread
        try:
            self.result = self._fn(self._report)
        except Exception as exc:
            self.error = exc
            log.info("background job %s failed: %s", self.label, exc, exc_info=not _expected(exc))
            emit(self.failed, exc)
        else:
            emit(self.succeeded, self.result)
        finally:
            _close_thread_connection()

    def _report(self, value: Any) -> None:
        emit(self.progressed, value)


def _expected(exc: BaseException) -> bool:
    from cyclades_desktop import errors

    return isinstance(exc, errors.CycladesError)


def _close_thread_connection() -> None:
    """Peewee opened a connection for this thread on first use: close it before the thread ends."""
    from cyclades_desktop.store import db as store_db

    try:
        if store_db.database.obj is not None and not store_db.database.is_closed():
            store_db.database.close()
    except Exception as exc:
        log.info("job connection not closed cleanly: %s", exc)
