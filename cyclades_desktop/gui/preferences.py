"""The preferences dialog (typed options from gui.settings)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from cyclades_desktop.gui import settings as settings_mod
from cyclades_desktop.gui.credentials import SecretStore
from cyclades_desktop.gui.forms.ui_preferences import Ui_PreferencesDialog


class PreferencesDialog(QDialog):
    def __init__(self, settings: settings_mod.Settings, secrets: SecretStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.settings = settings
        o = settings_mod.IDLE_LOCK_MINUTES
        self.ui.idleSpin.setRange(o.minimum, o.maximum)
        self.ui.idleSpin.setValue(settings.get(o))
        p = settings_mod.SEARCH_PAGE_SIZE
        self.ui.pageSpin.setRange(p.minimum, p.maximum)
        self.ui.pageSpin.setValue(settings.get(p))
        status = secrets.status()
        self.ui.keyringLabel.setText(status.message)
        self.ui.keyringLabel.setProperty("role", "muted" if status.usable else "warning")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        self.settings.set(settings_mod.IDLE_LOCK_MINUTES, self.ui.idleSpin.value())
        self.settings.set(settings_mod.SEARCH_PAGE_SIZE, self.ui.pageSpin.value())
        self.settings.sync()
        super().accept()
