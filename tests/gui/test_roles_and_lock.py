"""Roles: what a role may not do is disabled with the reason, and the service refuses anyway.
The idle lock: the window hides its data and asks for the password again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from cyclades_desktop import errors
from cyclades_desktop.domain import candidates, inscriptions, roles
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import settings as s
from tests import factories
from tests.gui.conftest import wait_idle

PASSWORD = factories.STAFF_PASSWORD


@pytest.mark.parametrize("role", ["print_operator", "read_only"])
def test_refused_actions_are_disabled_with_the_reason_and_refused_by_the_service(
    qtbot, world, open_file, role
):
    session = world.sessions[role]
    window, file = open_file(session, world.candidate_id)
    ui = file.ui
    assert not ui.correctButton.isEnabled()
    assert ui.correctButton.toolTip() == roles.why_not(Permission.CORRECT_IDENTITY)
    assert not window.ui.actionCorrect.isEnabled()
    assert window.ui.actionCorrect.toolTip() == roles.why_not(Permission.CORRECT_IDENTITY)
    assert not ui.changeEmailButton.isEnabled()
    assert ui.changeEmailButton.toolTip() == roles.why_not(Permission.CHANGE_EMAIL)
    assert not ui.resetLinkButton.isEnabled()
    withdraw = file.findChild(QPushButton, "withdrawButton")
    assert not withdraw.isEnabled()
    assert withdraw.toolTip() == roles.why_not(Permission.WITHDRAW)
    aside = file.findChild(QPushButton, "setAsideButton")
    assert not aside.isEnabled() and aside.toolTip() == roles.why_not(Permission.SET_ASIDE)
    # accommodations are health data: hidden, with the reason
    acc = file.findChild(QLabel, "accommodationsLabel")
    assert roles.why_not(Permission.VIEW_ACCOMMODATIONS) in acc.text()
    # the publish button follows PUBLISH_DOCUMENT (print operators may, read-only may not)
    assert ui.publishButton.isEnabled() == (role == "print_operator")
    # calling the dialogs anyway opens nothing
    file.correct_identity()
    file.withdraw(file.file.inscriptions[0])
    assert file.active_dialog is None
    # and the services refuse, whatever the window does
    with pytest.raises(errors.PermissionDenied) as refused:
        candidates.correct_identity(
            session, world.candidate_id, file.file.version, {"birth_name": "Autre"}, "tentative", PASSWORD
        )
    assert str(refused.value) == roles.why_not(Permission.CORRECT_IDENTITY)
    with pytest.raises(errors.PermissionDenied):
        inscriptions.withdraw(session, world.inscription.inscription_id, 1, "tentative", PASSWORD)
    with pytest.raises(errors.PermissionDenied):
        candidates.change_email(session, world.candidate_id, file.file.version, "x@example.fr")


def test_without_a_file_open_the_candidate_actions_say_so(qtbot, world, open_window):
    window = open_window(world.agent)
    assert not window.ui.actionCorrect.isEnabled()
    assert window.ui.actionCorrect.toolTip() == "Ouvrez d'abord le dossier d'un candidat."


def test_idle_lock_hides_the_data_and_asks_for_the_password(qtbot, world, open_file, gui_settings):
    window, file = open_file(world.agent, world.candidate_id)
    file.correct_identity()
    dialog = file.active_dialog
    assert window.settings.get(s.IDLE_LOCK_MINUTES) == 10  # the default
    window.idle_watcher.set_limit_ms(150)
    window.idle_watcher.resume()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.ui.stack.currentWidget() is window.ui.lockPage
    assert not dialog.isVisible()  # open dialogs are hidden too
    assert not window.menuBar().isEnabled()
    assert (
        not window.ui.actionReload.isEnabled() and not window.ui.actionCorrect.isEnabled()
    )  # no live shortcut
    assert window.ui.actionQuit.isEnabled()
    assert "inactivité" in window.lock_widget.ui.messageLabel.text()
    window.idle_watcher.set_limit_ms(600_000)
    lock = window.lock_widget.ui
    lock.passwordEdit.setText("pas-le-bon")
    lock.unlockButton.click()
    wait_idle(qtbot)
    assert window.locked and "essai 1 sur 5" in lock.errorLabel.text()
    lock.passwordEdit.setText(PASSWORD)
    lock.unlockButton.click()
    wait_idle(qtbot)
    assert not window.locked
    assert window.ui.stack.currentWidget() is window.ui.workPage
    assert window.ui.actionReload.isEnabled() and window.ui.actionCorrect.isEnabled()
    assert dialog.isVisible()
    dialog.reject()


def test_five_wrong_unlocks_sign_out(qtbot, world, open_window):
    window = open_window(world.agent)
    signed_out = []
    window.signed_out.connect(lambda: signed_out.append(True))
    window.ui.actionLock.trigger()
    assert window.locked
    for _ in range(5):
        window.lock_widget.ui.passwordEdit.setText("pas-le-bon")
        window.lock_widget.ui.unlockButton.click()
        wait_idle(qtbot)
    assert signed_out == [True]
    assert "Trop d'essais" in window.sign_out_message


def test_preferences_change_the_idle_delay(qtbot, world, open_window):
    window = open_window(world.agent)
    window.edit_preferences()
    from cyclades_desktop.gui.preferences import PreferencesDialog

    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog))
    assert "Aucun trousseau" in dialog.ui.keyringLabel.text()
    dialog.ui.idleSpin.setValue(3)
    dialog.accept()
    assert window.settings.get(s.IDLE_LOCK_MINUTES) == 3
    assert window.idle_watcher.limit_ms == 180_000
