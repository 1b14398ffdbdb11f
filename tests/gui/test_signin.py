"""Sign-in: right, wrong, locked out; « se souvenir de moi » with and without a keyring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cyclades_desktop.gui import credentials
from cyclades_desktop.gui import settings as s
from cyclades_desktop.gui.signin import SignInDialog
from tests import factories
from tests.gui.conftest import FakeKeyring, wait_idle


def make_dialog(qtbot, settings, secret_store=None, **kw):
    dialog = SignInDialog(
        database_label="sqlite:///test.db",
        secrets=secret_store or credentials.SecretStore(),
        settings=settings,
        **kw,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def sign_in(qtbot, dialog, login, password):
    dialog.ui.loginEdit.setText(login)
    dialog.ui.passwordEdit.setText(password)
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    wait_idle(qtbot)


def test_right_password_signs_in(qtbot, world, gui_settings):
    dialog = make_dialog(qtbot, gui_settings)
    assert dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).text() == "Se &connecter"
    sign_in(qtbot, dialog, "agent1", factories.STAFF_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session.login == "agent1" and dialog.session.role == "agent"


def test_wrong_password_is_refused_in_french(qtbot, world, gui_settings):
    dialog = make_dialog(qtbot, gui_settings)
    sign_in(qtbot, dialog, "agent1", "pas-le-bon")
    assert dialog.session is None and dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text() == "Identifiant ou mot de passe incorrect."
    assert dialog.ui.passwordEdit.text() == ""


def test_five_failures_lock_the_account_even_with_the_right_password(qtbot, world, gui_settings):
    dialog = make_dialog(qtbot, gui_settings)
    for _ in range(5):
        sign_in(qtbot, dialog, "manager1", "pas-le-bon")
    assert "Compte verrouillé" in dialog.ui.errorLabel.text()
    sign_in(qtbot, dialog, "manager1", factories.STAFF_PASSWORD)
    assert dialog.session is None
    assert "Compte verrouillé après 5 essais" in dialog.ui.errorLabel.text()
    assert "réessayez dans" in dialog.ui.errorLabel.text()


def test_keyring_absent_says_so_and_keeps_the_password_in_memory_only(qtbot, world, gui_settings):
    store = credentials.SecretStore()  # the tests' keyring backend is keyring.backends.fail
    dialog = make_dialog(qtbot, gui_settings, store)
    assert dialog.ui.keyringLabel.isVisible()
    assert "Aucun trousseau" in dialog.ui.keyringLabel.text()
    assert "en mémoire" in dialog.ui.keyringLabel.text()
    dialog.ui.rememberCheck.setChecked(True)
    sign_in(qtbot, dialog, "agent1", factories.STAFF_PASSWORD)
    assert dialog.session is not None
    account = credentials.staff_account("agent1", "sqlite:///test.db")
    assert store.in_memory(account)
    gui_settings.sync()
    on_disk = Path(gui_settings.file_name()).read_text(encoding="utf-8")
    assert factories.STAFF_PASSWORD not in on_disk  # never in a file
    assert gui_settings.get(s.LAST_LOGIN) == "agent1"
    # the next sign-in of this run is prefilled from memory
    again = make_dialog(qtbot, gui_settings, store)
    assert again.ui.loginEdit.text() == "agent1"
    assert again.ui.passwordEdit.text() == factories.STAFF_PASSWORD


def test_remember_me_uses_a_working_keyring(qtbot, world, gui_settings):
    keyring = FakeKeyring()
    store = credentials.SecretStore(backend=keyring)
    dialog = make_dialog(qtbot, gui_settings, store)
    assert not dialog.ui.keyringLabel.isVisible()
    dialog.ui.rememberCheck.setChecked(True)
    sign_in(qtbot, dialog, "agent1", factories.STAFF_PASSWORD)
    assert keyring.saved == {
        credentials.staff_account("agent1", "sqlite:///test.db"): factories.STAFF_PASSWORD
    }
    assert not store.in_memory(credentials.staff_account("agent1", "sqlite:///test.db"))
    # unticking it forgets
    dialog2 = make_dialog(qtbot, gui_settings, store)
    dialog2.ui.rememberCheck.setChecked(False)
    sign_in(qtbot, dialog2, "agent1", factories.STAFF_PASSWORD)
    assert keyring.saved == {}


def test_demo_accounts_are_listed_and_fill_the_fields(qtbot, world, gui_settings):
    accounts = (
        ("agent1", factories.STAFF_PASSWORD, "agent", "Agent Test"),
        ("read_only1", "x" * 12, "read_only", "Lecture Test"),
    )
    dialog = make_dialog(qtbot, gui_settings, demo_accounts=accounts)
    assert dialog.ui.demoGroup.isVisible()
    assert dialog.ui.demoTable.rowCount() == 2
    assert dialog.ui.demoTable.item(1, 2).text() == "Consultation"
    dialog.ui.demoTable.cellDoubleClicked.emit(0, 0)
    assert dialog.ui.loginEdit.text() == "agent1"
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    wait_idle(qtbot)
    assert dialog.session is not None


def test_an_empty_database_explains_how_to_start(qtbot, sqlite_db, tasks, gui_settings):
    dialog = make_dialog(qtbot, gui_settings, has_staff=False)
    assert dialog.ui.noStaffLabel.isVisible()
    assert "--demo" in dialog.ui.noStaffLabel.text()
    assert not dialog.ui.demoGroup.isVisible()
