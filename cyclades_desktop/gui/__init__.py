"""The exam office's Qt application (PySide6).

Views reach data only through the domain services (never the ORM), always off the GUI
thread through `gui.operations`. Forms come from `ui/*.ui`, compiled into `gui/forms`.
"""

from cyclades_desktop.gui import qtcompat as _qtcompat  # noqa: F401 - the binding's work-arounds, first
