"""Nothing fails silently: every unexpected error is logged to a file and shown in a dialog.

`install()` sets `sys.excepthook` (uncaught errors on the GUI thread, including those
raised in Qt slots) and `threading.excepthook` (any other thread: the report is handed to
the GUI thread). The log lives in the user's log folder (platformdirs), rotated at 1 MB.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from cyclades_desktop.gui.qtcompat import emit

log = logging.getLogger("cyclades_desktop")
LOG_NAME = "cyclades-desktop.log"
_log_path: Path | None = None
_showing = False
_dialog = None


def default_log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("cyclades-desktop", appauthor=False))


def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to <log dir>/cyclades-desktop.log (and stderr for warnings); return the file."""
    global _log_path
    log_dir = Path(log_dir or default_log_dir())
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_cyclades", False):
            root.removeHandler(h)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    handler._cyclades = True
    root.addHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console._cyclades = True
    root.addHandler(console)
    root.setLevel(level)
    _log_path = path
    return path


def log_path() -> Path | None:
    return _log_path


class _Relay(QObject):
    """Carries a report from another thread to the GUI thread."""

    report = Signal(str, str)


_relay: _Relay | None = None


def _format(exc_type, exc, tb) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def handle(exc_type, exc, tb) -> None:
    """The hook: log the traceback, then show the error dialog on the GUI thread."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = _format(exc_type, exc, tb)
    log.error("unexpected error\n%s", details)
    summary = f"{exc_type.__name__}: {exc}"
    if threading.current_thread() is threading.main_thread():
        _show(summary, details)
    elif _relay is not None:
        emit(_relay.report, summary, details)


def report_current_exception() -> None:
    handle(*sys.exc_info())


def report(exc: BaseException) -> None:
    handle(type(exc), exc, exc.__traceback__)


def _show(summary: str, details: str, blocking: bool = False) -> None:
    """One error dialog at a time (a burst of errors is in the log anyway)."""
    global _showing
    app = QApplication.instance()
    if app is None or _showing:
        return
    from cyclades_desktop.gui.feedback import ErrorDialog

    global _dialog
    _showing = True
    parent = QApplication.activeWindow()
    dialog = ErrorDialog(parent, summary, details, _log_path)
    if parent is not None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # Qt owns it
    _dialog = dialog  # without a parent Python owns it: keep it while it is open

    def done(_result=0):
        global _showing
        _showing = False
        QTimer.singleShot(0, _release)  # not from inside its own signal

    dialog.finished.connect(done)
    if blocking:
        dialog.exec()
    else:
        dialog.open()


def _release() -> None:
    global _dialog
    if not _showing:
        _dialog = None


def show_blocking(exc: BaseException) -> None:
    """Before the event loop runs (start-up): log and show the dialog, waiting for it."""
    details = _format(type(exc), exc, exc.__traceback__)
    log.error("unexpected error\n%s", details)
    _show(f"{type(exc).__name__}: {exc}", details, blocking=True)


def install() -> None:
    global _relay
    sys.excepthook = handle
    threading.excepthook = lambda args: handle(args.exc_type, args.exc_value, args.exc_traceback)
    if _relay is None and QCoreApplication.instance() is not None:
        _relay = _Relay(QCoreApplication.instance())
        _relay.report.connect(_show, Qt.ConnectionType.QueuedConnection)
