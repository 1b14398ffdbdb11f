"""Work-arounds for bugs of the Qt binding in use.

PySide6 6.12.0: `SignalInstance.emit()` returns a *borrowed* `True` (a missing Py_INCREF),
so every emit from Python takes one reference from `True`; after a few hundred emits the
interpreter aborts with « bool_dealloc: deallocating True or False ». `emit()` below gives
the reference back, only when the binding is measured to need it, so a fixed PySide6 is
left alone. Every signal the application emits goes through it.
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
