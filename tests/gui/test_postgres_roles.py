"""On a shared PostgreSQL after pg-setup: the workstation connects as cyclades_signin (password
from the keyring), the agent signs in as their own database role, and the window's single
worker thread does everything over that connection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from cyclades_desktop.gui import credentials, startup
from cyclades_desktop.gui.mainwindow import MainWindow
from cyclades_desktop.gui.signin import SignInDialog
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store import postgres_roles
from tests import factories
from tests.gui.conftest import FakeKeyring, gone, make_context, wait_idle

pytestmark = pytest.mark.postgres


def test_agent_works_over_their_own_role(qtbot, request, tmp_path, frozen_now, tasks, gui_settings):
    from tests.domain.test_pg_roles import LOGINS, SIGNIN_PASSWORD, setup_pg_world

    pg = setup_pg_world(request, tmp_path)
    store_db.close_database()  # the owner's connection: a workstation never has it
    workstation = pg.url.with_user(postgres_roles.SIGNIN, None)
    keyring = FakeKeyring()
    keyring.put(workstation.keyring_username, SIGNIN_PASSWORD)  # remembered at an earlier start
    secrets = credentials.SecretStore(backend=keyring)
    assert startup.open_database(workstation, secrets) is not None

    dialog = SignInDialog(database_label="PostgreSQL", secrets=secrets, settings=gui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.loginEdit.setText(LOGINS["agent"])
    dialog.ui.passwordEdit.setText("pas-le-bon")
    qtbot.mouseClick(dialog.findChild(QPushButton, "signInButton"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.ui.errorLabel.text() == "Identifiant ou mot de passe incorrect."
    dialog.ui.passwordEdit.setText(factories.STAFF_PASSWORD)
    qtbot.mouseClick(dialog.findChild(QPushButton, "signInButton"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    session = dialog.session
    assert session is not None and session.db_role == pg.roles[LOGINS["agent"]]

    window = MainWindow(make_context(session, gui_settings))
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot)
    window.ui.searchEdit.setText("lefevre")
    window.run_search()
    wait_idle(qtbot)
    assert window.proxy.rowCount() == 1
    file = window.open_candidate(pg.candidate_id)
    qtbot.waitUntil(lambda: file.file is not None)
    wait_idle(qtbot)
    file.correct_identity()
    correction = file.active_dialog
    correction.set_value("birth_place", "Saint-Nazaire (44)")
    correction.ui.reasonEdit.setPlainText("Lieu de naissance lu sur l'acte de naissance")
    correction.ui.nextButton.click()
    wait_idle(qtbot)
    correction.ui.passwordEdit.setText(factories.STAFF_PASSWORD)
    correction.ui.saveButton.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: gone(correction))
    qtbot.waitUntil(lambda: file.findChild(QLabel, "identity_birth_place").text() == "Saint-Nazaire (44)")
    wait_idle(qtbot)
    rows = [file.ui.historyTable.item(r, 2).text() for r in range(file.ui.historyTable.rowCount())]
    assert "Correction d'identité par le service des examens" in rows
    window.idle_watcher.stop()
