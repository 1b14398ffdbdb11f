"""Staff accounts: list, create, disable or enable, change role, reset password.

The services keep the rules (unique login, strong password, never the last active manager)
and, on PostgreSQL, the members' database roles; the screen shows their French refusals.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from cyclades_desktop import errors
from cyclades_desktop.domain import staff
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import formatting, resources
from cyclades_desktop.gui.admin.common import (
    STAFF,
    AdminPage,
    FormDialog,
    fill_table,
    mark_invalid,
    selected_id,
    set_error,
    setup_table,
)
from cyclades_desktop.gui.forms.ui_admin_passworddialog import Ui_PasswordDialog
from cyclades_desktop.gui.forms.ui_admin_staff import Ui_AdminStaff
from cyclades_desktop.gui.forms.ui_admin_staffdialog import Ui_StaffDialog
from cyclades_desktop.gui.operations import Change, CollectionOp, QueryOp
from cyclades_desktop.gui.permissions import guard
from cyclades_desktop.gui.qtcompat import emit, repolish
from cyclades_desktop.store.models import ROLES

MIN_PASSWORD = 10
translate = QCoreApplication.translate


def _passwords_differ(dialog) -> bool:
    ui = dialog.ui
    if ui.passwordEdit.text() != ui.confirmEdit.text():
        set_error(
            ui.errorLabel,
            translate("admin", "Les deux mots de passe ne sont pas identiques : saisissez-les à nouveau."),
        )
        ui.confirmEdit.clear()
        mark_invalid(ui.confirmEdit)
        ui.confirmEdit.setFocus()
        return True
    mark_invalid(ui.confirmEdit, False)
    return False


class StaffDialog(FormDialog):
    """A new staff account; the password is typed twice."""

    saved = Signal(object, str)  # StaffInfo, message

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self.context = context
        self._setup_common("switch-user")
        self.save_button.setText(self.tr("&Créer le compte"))
        ui = self.ui
        ui.hintLabel.setProperty("role", "muted")
        for role in ROLES:
            ui.roleCombo.addItem(formatting.role_label(role), role)
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("agent"))
        self.editors = {
            "login": ui.loginEdit,
            "full_name": ui.fullNameEdit,
            "role": ui.roleCombo,
            "password": ui.passwordEdit,
        }
        ui.loginEdit.setFocus()

    def submit(self) -> None:
        if _passwords_differ(self):
            return
        ui, session = self.ui, self.context.session
        login, name, role, password = (
            ui.loginEdit.text(),
            ui.fullNameEdit.text(),
            ui.roleCombo.currentData(),
            ui.passwordEdit.text(),
        )
        self._run(
            lambda: staff.create_staff(session, login, name, role, password),
            self._done,
            STAFF,
            self.tr("Création du compte…"),
        )

    def _failed(self, exc: Exception) -> None:
        super()._failed(exc)
        if isinstance(exc, errors.ValidationError) and exc.field == "password":
            self.ui.passwordEdit.clear()
            self.ui.confirmEdit.clear()
        if isinstance(exc, errors.RuleViolation):  # the login is taken
            mark_invalid(self.ui.loginEdit)
            self.ui.loginEdit.setFocus()

    def _done(self, info) -> None:
        self._busy = False
        emit(
            self.saved,
            info,
            self.tr("Compte « %1 » créé (%2).")
            .replace("%1", info.login)
            .replace("%2", formatting.role_label(info.role)),
        )
        self.accept()


class PasswordDialog(FormDialog):
    """A new password for a staff member, typed twice."""

    saved = Signal(object, str)

    def __init__(self, context, member: staff.StaffInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.context = context
        self.member = member
        self._setup_common("key")
        self.ui.introLabel.setProperty("role", "muted")
        self.ui.titleLabel.setText(
            self.tr("Nouveau mot de passe de %1 (%2)")
            .replace("%1", member.full_name)
            .replace("%2", member.login)
        )
        self.editors = {"password": self.ui.passwordEdit}
        self.ui.passwordEdit.setFocus()

    def submit(self) -> None:
        if _passwords_differ(self):
            return
        session, member, password = self.context.session, self.member, self.ui.passwordEdit.text()
        self._run(
            lambda: staff.reset_staff_password(session, member.id, password),
            self._done,
            STAFF,
            self.tr("Changement du mot de passe…"),
        )

    def _failed(self, exc: Exception) -> None:
        super()._failed(exc)
        self.ui.passwordEdit.clear()
        self.ui.confirmEdit.clear()

    def _done(self, _result) -> None:
        self._busy = False
        emit(
            self.saved,
            self.member,
            self.tr("Mot de passe de « %1 » réinitialisé ; le compte est déverrouillé.").replace(
                "%1", self.member.login
            ),
        )
        self.accept()


class StaffPage(AdminPage):
    key = "staff"
    icon_name = "switch-user"
    permission = Permission.MANAGE_STAFF
    watches = (STAFF,)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.ui = Ui_AdminStaff()
        self.ui.setupUi(self)
        self._setup_header()
        self.members: dict[int, staff.StaffInfo] = {}
        self.active_dialog: QDialog | None = None
        self._busy = False
        ui = self.ui
        ui.newStaffButton.setProperty("role", "primary")
        ui.resetPasswordButton.setIcon(resources.icon("key"))
        ui.reloadButton.setIcon(resources.icon("reload"))
        for role in ROLES:
            ui.roleCombo.addItem(formatting.role_label(role), role)
        setup_table(ui.staffTable, (150, 240, 180, 180))
        ui.staffTable.itemSelectionChanged.connect(self._selected)
        ui.newStaffButton.clicked.connect(self.new_member)
        ui.changeRoleButton.clicked.connect(self.change_role)
        ui.toggleActiveButton.clicked.connect(self.toggle_active)
        ui.resetPasswordButton.clicked.connect(self.reset_password)
        ui.roleCombo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        ui.reloadButton.clicked.connect(self.reload)
        self._update_buttons()
        self.reload()

    def title(self) -> str:
        return self.tr("Personnel")

    def reload(self) -> None:
        session = self.session
        QueryOp(parent=self, op=lambda: staff.list_staff(session), success=self._loaded).failure(
            self.show_failure
        ).with_label(self.tr("Lecture des comptes…")).run_in_background()

    def _state(self, m: staff.StaffInfo) -> str:
        if not m.active:
            return self.tr("Désactivé")
        if m.locked:
            return self.tr("Verrouillé (essais infructueux)")
        return self.tr("Actif")

    def _loaded(self, members: list) -> None:
        self.members = {m.id: m for m in members}
        table = self.ui.staffTable
        table.blockSignals(True)
        fill_table(
            table,
            [
                (
                    m.login,
                    m.full_name,
                    formatting.role_label(m.role),
                    self._state(m),
                    formatting.when(m.last_login_at) if m.last_login_at else self.tr("jamais"),
                )
                for m in members
            ],
            [m.id for m in members],
        )
        table.blockSignals(False)
        for r, m in enumerate(members):
            if not m.active:
                for c in range(table.columnCount()):
                    table.item(r, c).setForeground(Qt.GlobalColor.gray)
        self._selected()

    def current(self) -> staff.StaffInfo | None:
        return self.members.get(selected_id(self.ui.staffTable))

    def select_login(self, login: str) -> bool:
        for r in range(self.ui.staffTable.rowCount()):
            if self.ui.staffTable.item(r, 0).text() == login:
                self.ui.staffTable.selectRow(r)
                return True
        return False

    def _selected(self) -> None:
        m = self.current()
        if m is not None:
            self.ui.roleCombo.blockSignals(True)
            self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(m.role))
            self.ui.roleCombo.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, m, s = self.ui, self.current(), self.session
        none = "" if m is not None else self.tr("Choisissez d'abord un compte dans la liste.")
        busy = self.tr("Enregistrement en cours…") if self._busy else ""
        guard(
            ui.newStaffButton,
            s,
            Permission.MANAGE_STAFF,
            blocked_reason=busy,
            allowed_tip=self.tr("Créer le compte d'un membre du service"),
        )
        same_role = (
            self.tr("Choisissez un autre rôle dans la liste.")
            if m is not None and ui.roleCombo.currentData() == m.role
            else ""
        )
        guard(
            ui.changeRoleButton,
            s,
            Permission.MANAGE_STAFF,
            blocked_reason=none or busy or same_role,
            allowed_tip=self.tr("Donner au compte sélectionné le rôle choisi"),
        )
        guard(
            ui.toggleActiveButton,
            s,
            Permission.MANAGE_STAFF,
            blocked_reason=none or busy,
            allowed_tip=self.tr("Le compte ne pourra plus se connecter ; ses actions restent au journal")
            if m is None or m.active
            else self.tr("Le compte pourra de nouveau se connecter"),
        )
        ui.toggleActiveButton.setText(
            self.tr("&Réactiver") if m is not None and not m.active else self.tr("&Désactiver")
        )
        ui.toggleActiveButton.setProperty("role", "danger" if m is None or m.active else "")
        repolish(ui.toggleActiveButton)
        guard(
            ui.resetPasswordButton,
            s,
            Permission.MANAGE_STAFF,
            blocked_reason=none or busy,
            allowed_tip=self.tr("Choisir un nouveau mot de passe pour le compte sélectionné"),
        )

    # -- changes ---------------------------------------------------------------------------
    def _open(self, dialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _info, text: self.show_message(text))
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def new_member(self) -> QDialog | None:
        if not self.session.can(Permission.MANAGE_STAFF):
            return None
        return self._open(StaffDialog(self.context, self))

    def reset_password(self) -> QDialog | None:
        m = self.current()
        if m is None or not self.session.can(Permission.MANAGE_STAFF):
            return None
        return self._open(PasswordDialog(self.context, m, self))

    def _update(self, m: staff.StaffInfo, done: str, **changes) -> None:
        if self._busy:
            return
        session = self.session
        self._busy = True
        self._update_buttons()
        CollectionOp(
            parent=self,
            op=lambda: staff.update_staff(session, m.id, m.version, **changes),
            success=lambda _info: self.show_message(done),
            change=Change(None, STAFF),
        ).failure(self.show_failure).and_finally(self._idle).with_label(
            self.tr("Enregistrement du compte…")
        ).run_in_background()

    def _idle(self) -> None:
        self._busy = False
        self._update_buttons()

    def change_role(self) -> None:
        m, role = self.current(), self.ui.roleCombo.currentData()
        if m is None or role == m.role:
            return
        self._update(
            m,
            self.tr("« %1 » est maintenant %2.")
            .replace("%1", m.login)
            .replace("%2", formatting.role_label(role).lower()),
            role=role,
        )

    def toggle_active(self) -> None:
        m = self.current()
        if m is None:
            return
        if m.active:
            self._update(
                m,
                self.tr("Compte « %1 » désactivé : il ne peut plus se connecter.").replace("%1", m.login),
                active=False,
            )
        else:
            self._update(m, self.tr("Compte « %1 » réactivé.").replace("%1", m.login), active=True)
