"""The sign-in dialog: staff login and password, « se souvenir de moi », demo accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem, QWidget

from cyclades_desktop import errors
from cyclades_desktop.domain import staff
from cyclades_desktop.gui import credentials, feedback, formatting, resources
from cyclades_desktop.gui import settings as settings_mod
from cyclades_desktop.gui.forms.ui_signin import Ui_SignInDialog
from cyclades_desktop.gui.operations import QueryOp
from cyclades_desktop.gui.qtcompat import emit, repolish


class SignInDialog(QDialog):
    """Ask who is there; `session` holds the StaffSession once accepted."""

    signed_in = Signal(object)

    def __init__(
        self,
        *,
        database_label: str,
        secrets: credentials.SecretStore,
        settings: settings_mod.Settings,
        demo_accounts=(),
        has_staff: bool = True,
        message: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.session = None
        self._secrets = secrets
        self._settings = settings
        self._database_label = database_label
        self._busy = False
        self.setWindowIcon(resources.icon("app"))
        self.ui.logoLabel.setPixmap(resources.pixmap("app", 56))
        self.ui.databaseLabel.setText(self.tr("Base : %1").replace("%1", database_label))
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Se &connecter"))
        self._ok.setObjectName("signInButton")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quitter"))
        self.ui.buttonBox.accepted.connect(self._submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.errorLabel.setProperty("role", "error")
        self.ui.errorLabel.setVisible(bool(message))
        self.ui.errorLabel.setText(message)
        self.ui.noStaffLabel.setProperty("role", "hint")
        self.ui.noStaffLabel.setVisible(not has_staff)
        self._show_keyring_status(secrets.status())
        self._fill_demo(demo_accounts)
        self._prefill()

    # -- set-up --------------------------------------------------------------------------
    def _show_keyring_status(self, status) -> None:
        label = self.ui.keyringLabel
        label.setVisible(not status.usable)
        label.setText(status.message)
        label.setProperty("role", "warning")
        repolish(label)

    def _fill_demo(self, accounts) -> None:
        self.ui.demoGroup.setVisible(bool(accounts))
        table = self.ui.demoTable
        table.setRowCount(len(accounts))
        for row, (login, password, role, full_name) in enumerate(accounts):
            for col, text in enumerate((login, password, formatting.role_label(role))):
                item = QTableWidgetItem(text)
                item.setToolTip(full_name)
                table.setItem(row, col, item)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(rows.ResizeMode.Fixed)
        rows.setDefaultSectionSize(28)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.cellDoubleClicked.connect(self._use_demo_account)
        table.cellActivated.connect(self._use_demo_account)
        self._fit_demo_table()

    def _fit_demo_table(self) -> None:
        """Show every demo account without a scroll bar (sizes are known once the style applied)."""
        table = self.ui.demoTable
        table.ensurePolished()
        table.horizontalHeader().ensurePolished()
        table.resizeColumnsToContents()
        header = max(table.horizontalHeader().sizeHint().height(), table.horizontalHeader().height())
        table.setFixedHeight(header + 28 * table.rowCount() + 2 * table.frameWidth() + 2)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.ui.demoTable.rowCount():
            self._fit_demo_table()
            self.adjustSize()

    def _use_demo_account(self, row: int, _column: int = 0) -> None:
        self.ui.loginEdit.setText(self.ui.demoTable.item(row, 0).text())
        self.ui.passwordEdit.setText(self.ui.demoTable.item(row, 1).text())
        self.ui.passwordEdit.setFocus()

    def _prefill(self) -> None:
        remember = self._settings.get(settings_mod.REMEMBER_ME)
        self.ui.rememberCheck.setChecked(remember)
        login = self._settings.get(settings_mod.LAST_LOGIN) if remember else ""
        self.ui.loginEdit.setText(login)
        if login:
            stored = self._secrets.get(credentials.staff_account(login, self._database_label))
            if stored:
                self.ui.passwordEdit.setText(stored)
            self.ui.passwordEdit.setFocus()
        else:
            self.ui.loginEdit.setFocus()

    # -- signing in ----------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (
            self.ui.loginEdit,
            self.ui.passwordEdit,
            self.ui.rememberCheck,
            self._ok,
            self.ui.demoTable,
        ):
            w.setEnabled(not busy)

    def _submit(self) -> None:
        if self._busy:
            return
        login = self.ui.loginEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not login or not password:
            self._fail(self.tr("Saisissez votre identifiant et votre mot de passe."))
            return
        self._set_busy(True)
        self.ui.errorLabel.hide()
        QueryOp(
            parent=self,
            op=lambda: staff.sign_in(login, password),
            success=lambda session: self._signed_in(session, login, password),
        ).failure(self._failed).with_label(self.tr("Connexion…")).run_in_background()

    def _signed_in(self, session, login: str, password: str) -> None:
        self._set_busy(False)
        remember = self.ui.rememberCheck.isChecked()
        self._settings.set(settings_mod.REMEMBER_ME, remember)
        account = credentials.staff_account(session.login, self._database_label)
        if remember:
            self._settings.set(settings_mod.LAST_LOGIN, session.login)
            status = self._secrets.remember(account, password)
            self._show_keyring_status(status)
        else:
            self._settings.reset(settings_mod.LAST_LOGIN)
            self._secrets.forget(account)
        self._settings.sync()
        self.session = session
        emit(self.signed_in, session)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, errors.AuthenticationError):
            self._fail(str(exc))
        else:
            feedback.show_error(self, exc)

    def _fail(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ui.demoTable.hasFocus():
            row = self.ui.demoTable.currentRow()
            if row >= 0:
                self._use_demo_account(row)
            return
        super().keyPressEvent(event)
