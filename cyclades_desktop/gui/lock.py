"""The idle lock: after some minutes without a key or mouse event, the window hides its data
and asks for the password again (checked by the service, in the background)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from cyclades_desktop.gui import resources
from cyclades_desktop.gui.forms.ui_lock import Ui_LockWidget
from cyclades_desktop.gui.qtcompat import emit

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
    QEvent.Type.ShortcutOverride,
}


class IdleWatcher(QObject):
    """Emits `idle` once when no input came for `limit_ms`; `resume()` re-arms it."""

    idle = Signal()

    def __init__(self, limit_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._limit_ms = limit_ms
        self._last = time.monotonic()
        self._armed = True
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._apply_interval()
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    @property
    def limit_ms(self) -> int:
        return self._limit_ms

    def set_limit_ms(self, limit_ms: int) -> None:
        self._limit_ms = limit_ms
        self._apply_interval()

    def _apply_interval(self) -> None:
        # checking a clock is cheap; restarting a timer on every mouse move is not
        self._timer.setInterval(max(20, min(15_000, self._limit_ms // 4)))

    def eventFilter(self, obj, event) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if self._armed and (time.monotonic() - self._last) * 1000 >= self._limit_ms:
            self._armed = False
            emit(self.idle)

    def pause(self) -> None:
        self._armed = False

    def resume(self) -> None:
        self._last = time.monotonic()
        self._armed = True

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockWidget(QWidget):
    unlock_requested = Signal(str)
    switch_user_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LockWidget()
        self.ui.setupUi(self)
        self.ui.lockCard.setObjectName("lockCard")
        self.ui.titleLabel.setProperty("role", "dialog-title")
        self.ui.lockIcon.setPixmap(resources.pixmap("lock", 48))
        self.ui.errorLabel.setProperty("role", "error")
        self.ui.errorLabel.hide()
        self.ui.unlockButton.setProperty("role", "primary")
        self.ui.unlockButton.clicked.connect(self._submit)
        self.ui.passwordEdit.returnPressed.connect(self._submit)
        self.ui.switchUserButton.clicked.connect(self.switch_user_requested)
        self.ui.quitButton.clicked.connect(self.quit_requested)

    def prepare(self, who: str, reason: str) -> None:
        self.ui.messageLabel.setText(
            self.tr("%1\nSession de %2 : saisissez votre mot de passe pour reprendre.")
            .replace("%1", reason)
            .replace("%2", who)
        )
        self.ui.passwordEdit.clear()
        self.ui.errorLabel.hide()
        self.set_busy(False)
        self.ui.passwordEdit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.ui.unlockButton.setEnabled(not busy)
        self.ui.passwordEdit.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def _submit(self) -> None:
        if self.ui.passwordEdit.text() and self.ui.unlockButton.isEnabled():
            emit(self.unlock_requested, self.ui.passwordEdit.text())
