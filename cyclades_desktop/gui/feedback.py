"""Telling the user: French messages for the domain's errors, the conflict box, the error dialog.

Message boxes are opened window-modal and non-blocking (`open()`), so the event loop (and
the background operations) keep running behind them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QStyle, QWidget

from cyclades_desktop import errors
from cyclades_desktop.gui import errorhook, formatting
from cyclades_desktop.gui.forms.ui_errordialog import Ui_ErrorDialog

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # lupdate reads translate("context", "texte")


def _titles() -> dict:
    return {
        errors.ValidationError: translate("feedback", "Donnée à corriger"),
        errors.PermissionDenied: translate("feedback", "Action non autorisée"),
        errors.RuleViolation: translate("feedback", "Action impossible"),
        errors.NotFound: translate("feedback", "Introuvable"),
        errors.AuthenticationError: translate("feedback", "Authentification refusée"),
        errors.DatabaseUnavailable: translate("feedback", "Base de données indisponible"),
        errors.DatabaseTooNew: translate("feedback", "Version de l'application trop ancienne"),
        errors.ConflictError: translate("feedback", "Modification concurrente"),
    }


def is_database_error(exc: BaseException) -> bool:
    """A driver error (connection lost, server restarted) rather than a bug of ours."""
    module = type(exc).__module__ or ""
    return module.split(".")[0] in ("peewee", "psycopg", "psycopg2", "sqlite3")


_orphans: dict[int, QWidget] = {}


def _own(box: QWidget) -> None:
    """Give an opened box one owner only.

    With a parent, Qt owns it and deletes it once closed (WA_DeleteOnClose). Without one,
    Python owns it: keep a reference while it is open and let it go after `finished` has
    been delivered; never both, or Qt and Python would each delete it.
    """
    if box.parent() is not None:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return
    key = id(box)
    _orphans[key] = box
    box.finished.connect(lambda _result=0, k=key: QTimer.singleShot(0, lambda: _orphans.pop(k, None)))


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    name: str = "messageBox",
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    if informative:
        box.setInformativeText(informative)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    _own(box)
    box.open()
    return box


def ask(
    parent: QWidget,
    title: str,
    text: str,
    informative: str,
    action: str,
    on_accept: Callable[[], None],
    name: str = "confirmBox",
    accept_name: str = "acceptButton",
    cancel_label: str | None = None,
) -> QMessageBox:
    """A question with one named action and « Annuler » (the default): `on_accept` runs only
    when the action's button was clicked, never on Escape or on closing the box."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.setInformativeText(informative)
    accept = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    accept.setObjectName(accept_name)
    cancel = box.addButton(
        cancel_label or translate("feedback", "Annuler"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.finished.connect(lambda _r: on_accept() if box.clickedButton() is accept else None)
    _own(box)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str, informative: str = "") -> QMessageBox:
    return message_box(parent, QMessageBox.Icon.Information, title, text, informative, "infoBox")


def show_error(parent: QWidget | None, exc: BaseException, on_reload: Callable[[], None] | None = None):
    """Show `exc` the way the user can act on it; log what is not the user's doing."""
    if isinstance(exc, errors.ConflictError):
        return show_conflict(parent, exc, on_reload)
    if isinstance(exc, errors.CycladesError):
        title = next(
            (t for cls, t in _titles().items() if isinstance(exc, cls)),
            translate("feedback", "Action impossible"),
        )
        icon = (
            QMessageBox.Icon.Critical
            if isinstance(exc, (errors.DatabaseUnavailable, errors.DatabaseTooNew))
            else QMessageBox.Icon.Warning
        )
        return message_box(parent, icon, title, str(exc), name="errorBox")
    if is_database_error(exc):
        log.error("database error", exc_info=exc)
        return message_box(
            parent,
            QMessageBox.Icon.Critical,
            translate("feedback", "Base de données indisponible"),
            translate("feedback", "La base de données n'a pas répondu : rien n'a été enregistré."),
            translate(
                "feedback",
                "Vérifiez le réseau puis réessayez ; si le problème persiste, prévenez l'assistance. "
                "Détail technique : %1",
            ).replace("%1", str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__),
            name="errorBox",
        )
    errorhook.report(exc)
    return None


def show_conflict(
    parent: QWidget | None, exc: errors.ConflictError, on_reload: Callable[[], None] | None = None
) -> QMessageBox:
    """Someone saved first: say who and when, offer to reload; nothing was overwritten."""
    box = QMessageBox(parent)
    box.setObjectName("conflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("feedback", "Modification concurrente"))
    who = exc.changed_by or translate("feedback", "quelqu'un d'autre")
    box.setText(
        translate("feedback", "Ce dossier a été modifié par %1 le %2, après que vous l'avez ouvert.")
        .replace("%1", who)
        .replace(
            "%2",
            formatting.when(exc.changed_at, seconds=True)
            if exc.changed_at
            else translate("feedback", "(date inconnue)"),
        )
    )
    box.setInformativeText(
        translate(
            "feedback",
            "Rien n'a été enregistré. Rechargez le dossier pour voir ses données actuelles, "
            "puis refaites votre modification si elle est toujours nécessaire.",
        )
    )
    reload_button = box.addButton(translate("feedback", "&Recharger"), QMessageBox.ButtonRole.AcceptRole)
    reload_button.setObjectName("reloadButton")
    box.addButton(translate("feedback", "&Fermer"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload_button)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def finished(_result):
        if box.clickedButton() is reload_button and on_reload is not None:
            on_reload()

    box.finished.connect(finished)
    _own(box)
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
        QGuiApplication.clipboard().setText(
            self.ui.summaryLabel.text() + "\n\n" + self.ui.detailsEdit.toPlainText()
        )

    def _open_logs(self) -> None:
        if self._log_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self._log_file).parent)))
