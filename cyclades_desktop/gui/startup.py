"""Opening the database before anyone signs in: PostgreSQL password, demo database, errors.

Everything that touches the database runs on the worker thread (gui.operations); the GUI
thread waits in a local event loop, so progress dialogs keep painting.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QProgressDialog, QWidget

from cyclades_desktop import errors
from cyclades_desktop.gui import credentials, resources
from cyclades_desktop.gui.forms.ui_dbpassword import Ui_DatabasePasswordDialog
from cyclades_desktop.gui.operations import QueryOp
from cyclades_desktop.gui.qtcompat import emit

log = logging.getLogger(__name__)
DEMO_CANDIDATES = 2000


translate = QCoreApplication.translate  # lupdate reads translate("context", "texte")


def wait_for(op: Callable[[], Any], label: str = "") -> Any:
    """Run `op` on the worker and wait for it while the GUI keeps processing events."""
    loop = QEventLoop()
    outcome: dict = {}

    def success(result):
        outcome["result"] = result
        loop.quit()

    def failure(exc):
        outcome["error"] = exc
        loop.quit()

    QueryOp(parent=None, op=op, success=success).failure(failure).with_label(label).run_in_background()
    if not outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def _is_auth_failure(url, exc: errors.DatabaseUnavailable) -> bool:
    """Whether the server wants a (better) password: then it is asked, other failures are shown."""
    return url.backend == "postgresql" and exc.kind == "password_required"


class DatabasePasswordDialog(QDialog):
    """The PostgreSQL account of this workstation, remembered in the keyring if asked."""

    def __init__(self, url, secrets: credentials.SecretStore, error: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DatabasePasswordDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(resources.icon("app"))
        self.ui.serverValue.setText(f"{url.host}:{url.port}/{url.name}")
        self.ui.userEdit.setText(url.user)
        status = secrets.status()
        self.ui.keyringLabel.setText(status.message)
        self.ui.keyringLabel.setProperty("role", "muted" if status.usable else "warning")
        self.ui.errorLabel.setText(error)
        self.ui.errorLabel.setProperty("role", "error")
        self.ui.errorLabel.setVisible(bool(error))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Se &connecter"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quitter"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        (self.ui.passwordEdit if url.user else self.ui.userEdit).setFocus()

    @property
    def user(self) -> str:
        return self.ui.userEdit.text().strip()

    @property
    def password(self) -> str:
        return self.ui.passwordEdit.text()

    @property
    def remember(self) -> bool:
        return self.ui.rememberCheck.isChecked()


def show_database_error(exc: errors.CycladesError, parent: QWidget | None = None) -> None:
    """Before the main window: a blocking, clear French message (no traceback)."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("startup", "Cyclades Desktop"),
        str(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("databaseErrorBox")
    if isinstance(exc, errors.DatabaseTooNew):
        box.setWindowTitle(translate("startup", "Version de l'application trop ancienne"))
        box.setInformativeText(
            translate("startup", "Demandez à l'assistance la version à jour de Cyclades Desktop.")
        )
    elif isinstance(exc, errors.DatabaseTooOld):
        box.setWindowTitle(translate("startup", "Base de données à mettre à jour"))
        box.setInformativeText(
            translate(
                "startup",
                "L'application va se fermer. Prévenez l'administrateur de la base : "
                "elle sera utilisable une fois mise à jour.",
            )
        )
    elif isinstance(exc, errors.DatabaseUnavailable):
        box.setWindowTitle(translate("startup", "Base de données indisponible"))
        box.setInformativeText(
            translate(
                "startup",
                "L'application va se fermer. Corrigez le problème indiqué puis relancez-la ; "
                "si la base est partagée, prévenez l'assistance.",
            )
        )
    box.exec()


def open_database(url, secrets: credentials.SecretStore, *, ask: bool = True):
    """Connect (and migrate) `url`; return the DatabaseUrl used, or None if the user gave up.

    A PostgreSQL password comes from the URL, PGPASSWORD, the keyring or memory, else it is
    asked; « se souvenir de moi » keeps it in the keyring, or in memory when none works.
    """
    if url.backend == "postgresql" and url.password is None and not os.environ.get("PGPASSWORD"):
        stored = secrets.get(url.keyring_username)
        if stored:
            url = url.with_user(url.user, stored)
    error = ""
    while True:
        try:
            wait_for(lambda u=url: _connect(u), translate("startup", "Ouverture de la base…"))
            return url
        except errors.DatabaseUnavailable as exc:
            if not (ask and _is_auth_failure(url, exc)):
                raise
            if url.password is not None:
                secrets.forget(url.keyring_username)
                error = str(exc)
        # the server wants a (better) password: ask, remember if asked to
        dialog = DatabasePasswordDialog(url, secrets, error)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        url = url.with_user(dialog.user, dialog.password)
        if dialog.remember:
            secrets.remember(url.keyring_username, dialog.password)
        else:
            secrets.keep_in_memory(url.keyring_username, dialog.password)


def _connect(url):
    """Open `url`. The local SQLite file is migrated here; a shared PostgreSQL base is migrated
    by its owner (`cyclades-admin init`), never by a workstation, which connects through the
    sign-in role: an outdated one is refused with what to do."""
    from cyclades_desktop.store import connect

    if url.backend == "sqlite":
        return connect(url, migrate=True)
    return connect(url, migrate=False)  # refuses an older (DatabaseTooOld) or newer schema


class _Progress(QObject):
    changed = Signal(int, int, str)


def ensure_demo_database(parent: QWidget | None = None, candidates: int = DEMO_CANDIDATES) -> Path:
    """The demo SQLite file, generated on first use (with a progress dialog)."""
    from cyclades_desktop.store import db as store_db

    path = store_db.demo_sqlite_path()
    if path.exists():
        return path
    try:
        from cyclades_desktop.domain import demo
    except ImportError as exc:
        raise errors.DatabaseUnavailable(
            "La base de démonstration ne peut pas être créée : le module de données de démonstration "
            "manque à cette installation.",
            "not_installed",
        ) from exc
    partial = path.with_name(path.name + ".partial")
    path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    dialog = QProgressDialog(translate("startup", "Création de la base de démonstration…"), "", 0, 0, parent)
    dialog.setObjectName("demoProgress")
    dialog.setWindowTitle(translate("startup", "Base de démonstration"))
    dialog.setWindowIcon(resources.icon("app"))
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress = _Progress()

    def show(done: int, total: int, label: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))
        dialog.setLabelText(
            translate("startup", "Création de la base de démonstration (%1 candidats fictifs)…\n%2")
            .replace("%1", str(candidates))
            .replace("%2", label)
        )

    progress.changed.connect(show, Qt.ConnectionType.QueuedConnection)
    dialog.show()

    def generate():
        from cyclades_desktop.store import connect

        connect(f"sqlite:///{partial}", migrate=True)
        try:
            report = demo.generate(
                candidates, seed=1, progress=lambda d, t, label: emit(progress.changed, d, t, label)
            )
            store_db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            store_db.database.close()
        return report

    try:
        report = wait_for(generate, translate("startup", "Création de la base de démonstration…"))
    finally:
        dialog.close()
    os.replace(partial, path)
    for leftover in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    log.info("demo database created at %s: %s", path, getattr(report, "summary", lambda: report)())
    return path
