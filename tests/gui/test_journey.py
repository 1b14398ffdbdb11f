"""The issue's « done when », in one go on a demo database: sign in with a demo account, find a
candidate by a misspelled name, correct an identity field, withdraw a candidature, and read
both in the candidate's history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from cyclades_desktop.domain import candidates, demo
from cyclades_desktop.gui.mainwindow import MainWindow
from cyclades_desktop.gui.signin import SignInDialog
from cyclades_desktop.gui.tour import misspell
from tests.gui.conftest import gone, make_context, wait_idle


def test_demo_account_misspelled_name_correction_withdrawal_history(
    qtbot, sqlite_db, frozen_now, tasks, gui_settings
):
    demo.generate(20, seed=3)
    login, password, _role, full_name = next(a for a in demo.DEMO_STAFF if a[2] == "agent")

    # 1. sign in with the demo account listed on the dialog
    dialog = SignInDialog(
        database_label="démo",
        secrets=make_context(None, gui_settings).secrets,
        settings=gui_settings,
        demo_accounts=demo.DEMO_STAFF,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    row = [dialog.ui.demoTable.item(r, 0).text() for r in range(dialog.ui.demoTable.rowCount())].index(login)
    dialog.ui.demoTable.cellDoubleClicked.emit(row, 0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "signInButton"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    session = dialog.session
    assert session is not None and session.full_name == full_name

    # a candidate with an active candidature, as the exam office would be asked about
    window = MainWindow(make_context(session, gui_settings, demo=True))
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot)
    target = None
    for r in window.model.rows():
        f = candidates.candidate_file(session, r.id)
        name = f.identity["usage_name"] or f.identity["birth_name"]
        if (
            any(i.status == "registered" for i in f.inscriptions)
            and f.email
            and " " not in name
            and len(name) >= 6
        ):
            target = f
            break
    assert target is not None

    # 2. find it by a misspelled name, open it with Enter
    name = target.identity["usage_name"] or target.identity["birth_name"]
    for typo in misspell(name):
        window.ui.searchEdit.setText(typo)
        window.run_search()
        wait_idle(qtbot)
        ids = [
            window.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
            for r in range(window.proxy.rowCount())
        ]
        if target.id in ids:
            break
    else:
        raise AssertionError(f"no misspelling of {name} finds the candidate")
    assert typo.lower() != name.lower()
    view = window.ui.resultsView
    view.setFocus()
    view.setCurrentIndex(window.proxy.index(ids.index(target.id), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    file = window.current_file()
    qtbot.waitUntil(lambda: file is not None and file.file is not None)
    wait_idle(qtbot)
    assert file.candidate_id == target.id

    # 3. correct an identity field
    window.ui.actionCorrect.trigger()
    correction = file.active_dialog
    correction.set_value("birth_place", "Saint-Nazaire (44)")
    correction.ui.reasonEdit.setPlainText("Lieu de naissance lu sur l'acte de naissance")
    correction.ui.nextButton.click()
    wait_idle(qtbot)
    correction.ui.passwordEdit.setText(password)
    correction.ui.saveButton.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: gone(correction))
    qtbot.waitUntil(lambda: file.findChild(QLabel, "identity_birth_place").text() == "Saint-Nazaire (44)")

    # 4. withdraw the candidature
    wait_idle(qtbot)
    file.findChild(QPushButton, "withdrawButton").click()
    withdrawal = file.active_dialog
    withdrawal.ui.reasonEdit.setPlainText("Demande écrite du candidat")
    withdrawal.ui.understandCheck.setChecked(True)
    withdrawal.ui.passwordEdit.setText(password)
    withdrawal.ui.confirmButton.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: gone(withdrawal))
    qtbot.waitUntil(
        lambda: any(w.text().startswith("Désinscrite le") for w in file.findChildren(QLabel, "statusLabel"))
    )

    # 5. both are in the history, with who and why
    wait_idle(qtbot)
    table = file.ui.historyTable
    rows = [tuple(table.item(r, c).text() for c in range(5)) for r in range(table.rowCount())]
    corrected = [r for r in rows if r[2] == "Correction d'identité par le service des examens"]
    withdrawn = [r for r in rows if r[2] == "Désinscription"]
    assert corrected and corrected[0][1] == login and "→ Saint-Nazaire (44)" in corrected[0][3]
    assert corrected[0][4] == "Lieu de naissance lu sur l'acte de naissance"
    assert withdrawn and withdrawn[0][1] == login and withdrawn[0][4] == "Demande écrite du candidat"
    window.idle_watcher.stop()
