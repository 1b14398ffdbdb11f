"""Telling the user: French messages for the domain's errors, the conflict box, the error dialog.

Message boxes are opened window-modal and non-blocking (`open()`), so the event loop (and
the background operations) keep running behind them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QStyle, QWidget

from cyclades_desktop import errors
from cyclades_desktop.gui import errorhook, formatting
from cyclades_desktop.gui.forms.ui_errordialog import Ui_ErrorDialog

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("feedback", text)


def _titles() -> dict:
    return {
        errors.ValidationError: tr("Donnée à corriger"),
        errors.PermissionDenied: tr("Action non autorisée"),
        errors.RuleViolation: tr("Action impossible"),
        errors.NotFound: tr("Introuvable"),
        errors.AuthenticationError: tr("Authentification refusée"),
        errors.DatabaseUnavailable: tr("Base de données indisponible"),
        errors.DatabaseTooNew: tr("Version de l'application trop ancienne"),
        errors.ConflictError: tr("Modification concurrente"),
    }


def is_database_error(exc: BaseException) -> bool:
    """A driver error (connection lost, server restarted) rather than a bug of ours."""
    module = type(exc).__module__ or ""
    return module.split(".")[0] in ("peewee", "psycopg", "psycopg2", "sqlite3")


_orphans: set = set()


def _keep_alive(box: QWidget) -> None:
    """A box without a parent would be collected by Python as soon as it is opened."""
    if box.parent() is None:
        _orphans.add(box)
        box.finished.connect(lambda _r=0, b=box: _orphans.discard(b))


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                informative: str = "", name: str = "messageBox") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    if informative:
        box.setInformativeText(informative)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    _keep_alive(box)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str, informative: str = "") -> QMessageBox:
    return message_box(parent, QMessageBox.Icon.Information, title, text, informative, "infoBox")


def show_error(parent: QWidget | None, exc: BaseException, on_reload: Callable[[], None] | None = None):
    """Show `exc` the way the user can act on it; log what is not the user's doing."""
    if isinstance(exc, errors.ConflictError):
        return show_conflict(parent, exc, on_reload)
    if isinstance(exc, errors.CycladesError):
        title = next((t for cls, t in _titles().items() if isinstance(exc, cls)), tr("Action impossible"))
        icon = QMessageBox.Icon.Critical if isinstance(exc, (errors.DatabaseUnavailable, errors.DatabaseTooNew)) \
            else QMessageBox.Icon.Warning
        return message_box(parent, icon, title, str(exc), name="errorBox")
    if is_database_error(exc):
        log.error("database error", exc_info=exc)
        return message_box(
            parent, QMessageBox.Icon.Critical, tr("Base de données indisponible"),
            tr("La base de données n'a pas répondu : rien n'a été enregistré."),
            tr("Vérifiez le réseau puis réessayez ; si le problème persiste, prévenez l'assistance. "
               "Détail technique : %1").replace("%1", str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__),
            name="errorBox")
    errorhook.report(exc)
    return None


def show_conflict(parent: QWidget | None, exc: errors.ConflictError,
                  on_reload: Callable[[], None] | None = None) -> QMessageBox:
    """Someone saved first: say who and when, offer to reload; nothing was overwritten."""
    box = QMessageBox(parent)
    box.setObjectName("conflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Modification concurrente"))
    who = exc.changed_by or tr("quelqu'un d'autre")
    box.setText(tr("Ce dossier a été modifié par %1 le %2, après que vous l'avez ouvert.")
                .replace("%1", who).replace("%2", formatting.when(exc.changed_at, seconds=True)
                                             if exc.changed_at else tr("(date inconnue)")))
    box.setInformativeText(tr("Rien n'a été enregistré. Rechargez le dossier pour voir ses données actuelles, "
                              "puis refaites votre modification si elle est toujours nécessaire."))
    reload_button = box.addButton(tr("&Recharger"), QMessageBox.ButtonRole.AcceptRole)
    reload_button.setObjectName("reloadButton")
    box.addButton(tr("&Fermer"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def finished(_result):
        if box.clickedButton() is reload_button and on_reload is not None:
            on_reload()

    box.finished.connect(finished)
    _keep_alive(box)
    box.open()
    return box


class ErrorDialog(QDialog):
    """The unexpected error: what to do, the details to send, where the log is."""

    def __init__(self, parent: QWidget | None, summary: str, details: str, log_file: Path | None):
        super().__init__(parent)
        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        self.setObjectName("ErrorDialog")
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ui.iconLabel.setPixmap(icon.pixmap(40, 40))
        self.ui.summaryLabel.setText(summary)
        self.ui.detailsEdit.setPlainText(details)
        self._log_file = log_file
        if log_file:
            self.ui.logLabel.setText(self.tr("Journal : %1").replace("%1", str(log_file)))
        else:
            self.ui.logLabel.setText(self.tr("Aucun fichier journal n'est configuré."))
            self.ui.openLogsButton.setEnabled(False)
        self.ui.copyButton.clicked.connect(self._copy)
        self.ui.openLogsButton.clicked.connect(self._open_logs)
        self.ui.closeButton.clicked.connect(self.accept)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.summaryLabel.text() + "\n\n" + self.ui.detailsEdit.toPlainText())

    def _open_logs(self) -> None:
        if self._log_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self._log_file).parent)))
