"""Work-arounds for bugs of the Qt binding in use.

PySide6 6.12.0: `SignalInstance.emit()` returns a *borrowed* `True` (a missing Py_INCREF),
so every emit from Python takes one reference from `True`; after a few hundred emits the
interpreter aborts with « bool_dealloc: deallocating True or False ». `emit()` below gives
the reference back, only when the binding is measured to need it, so a fixed PySide6 is
left alone. Every signal the application emits goes through it.

PySide6 6.12.0 also takes one reference from `None` on every call of a C++ method returning
void (`setText`, `setEnabled`…): after some twenty thousand calls the interpreter aborts with
« none_dealloc ». Too many call sites to wrap; on Python < 3.12 (where `None`, `True` and
`False` are not yet immortal) we give those three a reference count no session can exhaust,
only when the bug is measured. PySide6-Pdf exists only for 6.12, so we cannot pin an older
binding instead.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _emit_steals_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.ping.emit()
    stolen = before - sys.getrefcount(True)
    for _ in range(max(stolen, 0)):
        _incref(True)  # give back what the probe took
    return stolen >= 4


EMIT_STEALS_TRUE = _emit_steals_true()


def _void_call_steals_none() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("sonde")
    stolen = before - sys.getrefcount(None)
    for _ in range(max(stolen, 0)):
        _incref(None)
    return stolen >= 8


VOID_CALL_STEALS_NONE = _void_call_steals_none()
_IMMORTAL_MARGIN = 1 << 40  # a refcount no desktop session can wear down

if (VOID_CALL_STEALS_NONE or EMIT_STEALS_TRUE) and sys.version_info < (3, 12):
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += _IMMORTAL_MARGIN


def emit(signal, *args):
    """`signal.emit(*args)`, without the binding's reference-count bug."""
    result = signal.emit(*args)
    if EMIT_STEALS_TRUE and result is True:
        _incref(True)
    return result


def repolish(widget) -> None:
    """Re-apply the style sheet after a dynamic property (« role ») changed.

    `style().unpolish()/polish()` re-colours a widget but leaves the margins of the old rule
    (a badge keeps the size it had without padding); giving the widget a new, empty, style
    sheet of its own makes Qt compute everything again.
    """
    widget.setStyleSheet("/* */" if widget.styleSheet() != "/* */" else "/**/")
    widget.updateGeometry()
