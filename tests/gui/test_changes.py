"""The changes staff make from the candidate file: identity correction, e-mail, reset link,
withdrawal, set-aside, and what happens when someone else saved first."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from cyclades_desktop.domain import candidates, inscriptions, outbox
from cyclades_desktop.gui.candidate.dialogs import CorrectionDialog, EmailDialog, StatusChangeDialog
from tests import factories
from tests.gui.conftest import gone, wait_idle

PASSWORD = factories.STAFF_PASSWORD


def history(file):
    t = file.ui.historyTable
    return [(t.item(r, 2).text(), t.item(r, 3).text(), t.item(r, 4).text()) for r in range(t.rowCount())]


def find_box(name):
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
    ]
    return boxes[-1] if boxes else None


# -- identity correction ------------------------------------------------------------------
def open_correction(qtbot, file) -> CorrectionDialog:
    file.correct_identity()
    dialog = file.active_dialog
    assert isinstance(dialog, CorrectionDialog)
    return dialog


def test_identity_correction_end_to_end(qtbot, world, open_file):
    window, file = open_file(world.agent, world.candidate_id)
    dialog = open_correction(qtbot, file)
    assert (
        "Verrouillée depuis" in dialog.ui.lockBanner.text() and "journalisée" in dialog.ui.lockBanner.text()
    )
    dialog.set_value("birth_name", "Lefebvre")
    assert dialog.editors["birth_name"].property("changed") is True
    # the reason is mandatory
    dialog.ui.nextButton.click()
    wait_idle(qtbot)
    assert "motif" in dialog.ui.errorLabel.text().lower()
    assert dialog.ui.pages.currentIndex() == 0
    dialog.ui.reasonEdit.setPlainText("Erreur de saisie, vue sur la carte d'identité")
    dialog.ui.nextButton.click()
    wait_idle(qtbot)
    # before / after summary
    assert dialog.ui.pages.currentIndex() == 1
    table = dialog.ui.summaryTable
    assert [(table.item(0, c).text()) for c in range(3)] == ["Nom de naissance", "Lefèvre", "Lefebvre"]
    assert "Erreur de saisie" in dialog.ui.reasonSummary.text()
    # a wrong password changes nothing
    dialog.ui.passwordEdit.setText("pas-le-bon")
    dialog.ui.saveButton.click()
    wait_idle(qtbot)
    assert "Mot de passe incorrect" in dialog.ui.errorLabel.text()
    assert dialog.isVisible()
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.saveButton.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: gone(dialog))
    qtbot.waitUntil(lambda: file.findChild(QLabel, "identity_birth_name").text() == "Lefebvre")
    wait_idle(qtbot)
    assert "Correction enregistrée (nom de naissance)" in file.ui.messageBanner.text()
    assert "Récapitulatif réédité" in file.ui.messageBanner.text()
    event, _detail, _reason = history(file)[0]  # newest first
    assert event in ("Correction d'identité par le service des examens", "Document publié")
    assert (
        "Correction d'identité par le service des examens",
        "Nom de naissance : Lefèvre → Lefebvre",
        "Erreur de saisie, vue sur la carte d'identité",
    ) in history(file)
    # the results list shows the new name without a new search
    names = [window.proxy.index(r, 1).data() for r in range(window.proxy.rowCount())]
    assert "LEFEBVRE" in names
    assert any(m.template == "identity_corrected" for m in outbox.for_candidate(world.candidate_id))


def test_invalid_value_points_at_the_field(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    dialog = open_correction(qtbot, file)
    dialog.set_value("ine", "123")
    dialog.ui.reasonEdit.setPlainText("INE communiqué par le lycée")
    dialog.ui.nextButton.click()
    wait_idle(qtbot)
    assert "INE" in dialog.ui.errorLabel.text()
    assert dialog.editors["ine"].property("invalid") is True
    assert dialog.ui.pages.currentIndex() == 0


def test_conflict_between_two_sessions_shows_who_and_when_and_reloads(qtbot, any_world, open_file):
    world = any_world
    _window, file = open_file(world.agent, world.candidate_id)
    dialog = open_correction(qtbot, file)
    dialog.set_value("first_names", "Jeanne")
    dialog.ui.reasonEdit.setPlainText("Prénom d'usage demandé par écrit")
    dialog.ui.nextButton.click()
    wait_idle(qtbot)
    # meanwhile, on another workstation, the manager corrects the same record
    manager = world.sessions["manager"]
    current = candidates.candidate_file(manager, world.candidate_id)
    candidates.correct_identity(
        manager,
        world.candidate_id,
        current.version,
        {"phone": "07 00 00 00 00"},
        "numéro donné au guichet",
        PASSWORD,
    )
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.saveButton.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: find_box("conflictBox") is not None)
    box = find_box("conflictBox")
    assert "manager1" in box.text()
    assert "02/11/2026 à" in box.text()
    assert "Rien n'a été enregistré" in box.informativeText()
    assert gone(dialog)
    reload_button = box.findChild(QPushButton, "reloadButton")
    reload_button.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: file.findChild(QLabel, "identity_phone").text() == "07 00 00 00 00")
    assert file.findChild(QLabel, "identity_first_names").text() == "Jeanne Marie"  # nothing overwritten


# -- e-mail and reset link ----------------------------------------------------------------
def test_email_change_with_the_uniqueness_message(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    file.change_email()
    dialog = file.active_dialog
    assert isinstance(dialog, EmailDialog)
    save = dialog.findChild(QPushButton, "saveButton")
    assert not save.isEnabled()
    dialog.ui.newEdit.setText("PAUL.Durand@example.fr")  # Durand's login, typed in another case
    save.click()
    wait_idle(qtbot)
    assert dialog.ui.errorLabel.text() == "Cette adresse e-mail existe déjà dans l'application Cyclades"
    assert dialog.isVisible()
    dialog.ui.newEdit.setText("jeanne.l@example.org")
    save.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: file.ui.emailValue.text() == "jeanne.l@example.org")
    assert "est désormais l'identifiant" in file.ui.messageBanner.text()
    assert (
        "Changement d'adresse e-mail",
        "Adresse e-mail : jeanne.lefevre@example.fr → jeanne.l@example.org",
        "",
    ) in history(file)


def test_reset_link_is_confirmed_then_sent(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    file.send_reset_link()
    box = file.active_dialog
    assert "jeanne.lefevre@example.fr" in box.text()
    box.findChild(QPushButton, "sendButton").click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: "Lien de réinitialisation envoyé" in file.ui.messageBanner.text())
    assert "Envoi d'un lien de réinitialisation" in [e for e, _d, _r in history(file)]


# -- withdrawal and set-aside -------------------------------------------------------------
def card_button(file, name):
    return file.findChild(QPushButton, name)


def test_withdrawal_is_confirmed_by_password_and_irreversible(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    card_button(file, "withdrawButton").click()
    dialog = file.active_dialog
    assert isinstance(dialog, StatusChangeDialog)
    assert "définitive" in dialog.ui.warningLabel.text()
    assert "jamais être réactivée" in dialog.ui.warningLabel.text()
    confirm = dialog.ui.confirmButton
    assert confirm.text() == "&Désinscrire définitivement"
    assert not confirm.isEnabled()
    dialog.ui.reasonEdit.setPlainText("Demande écrite du candidat")
    dialog.ui.passwordEdit.setText(PASSWORD)
    assert not confirm.isEnabled() and "case de confirmation" in confirm.toolTip()
    dialog.ui.understandCheck.setChecked(True)
    assert confirm.isEnabled()
    confirm.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: gone(dialog))
    qtbot.waitUntil(
        lambda: file.findChild(QLabel, "statusLabel").text().startswith("Désinscrite le 02/11/2026 à")
    )
    assert file.findChild(QLabel, "statusLabel").text().endswith("par Agent Test")
    assert card_button(file, "withdrawButton") is None and card_button(file, "setAsideButton") is None
    assert any("définitive" in text for text in (w.text() for w in file.findChildren(QLabel)))
    assert (
        "Désinscription",
        f"Statut : Inscrite → Désinscrite\nN° d'inscription : {world.inscription.inscription_number}",
        "Demande écrite du candidat",
    ) in history(file)
    # and the database says the same to anyone
    info = candidates.candidate_file(world.sessions["manager"], world.candidate_id).inscriptions[0]
    assert info.status == "withdrawn"


def test_withdrawal_with_a_wrong_password_changes_nothing(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    card_button(file, "withdrawButton").click()
    dialog = file.active_dialog
    dialog.ui.reasonEdit.setPlainText("Demande écrite du candidat")
    dialog.ui.understandCheck.setChecked(True)
    dialog.ui.passwordEdit.setText("pas-le-bon")
    dialog.ui.confirmButton.click()
    wait_idle(qtbot)
    assert "Mot de passe incorrect" in dialog.ui.errorLabel.text() and dialog.isVisible()
    assert candidates.candidate_file(world.agent, world.candidate_id).inscriptions[0].status == "registered"


def test_set_aside_then_only_withdrawal_remains(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    card_button(file, "setAsideButton").click()
    dialog = file.active_dialog
    assert dialog.mode == "set_aside"
    assert "ne redevient jamais" in dialog.ui.warningLabel.text()
    dialog.ui.reasonEdit.setPlainText("Pièces non fournies après deux relances")
    dialog.ui.understandCheck.setChecked(True)
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.confirmButton.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: file.findChild(QLabel, "statusLabel").text().startswith("Écartée le"))
    assert not card_button(file, "setAsideButton").isEnabled()
    assert card_button(file, "setAsideButton").toolTip() == "Cette candidature est déjà écartée."
    assert card_button(file, "withdrawButton").isEnabled()


def test_withdrawal_conflict_when_the_candidature_changed(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    card_button(file, "withdrawButton").click()
    dialog = file.active_dialog
    inscriptions.set_aside(
        world.sessions["manager"], world.inscription.inscription_id, 1, "écartée ailleurs", PASSWORD
    )
    dialog.ui.reasonEdit.setPlainText("Demande écrite du candidat")
    dialog.ui.understandCheck.setChecked(True)
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.confirmButton.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: find_box("conflictBox") is not None)
    box = find_box("conflictBox")
    assert "manager1" in box.text()
    box.findChild(QPushButton, "reloadButton").click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: file.findChild(QLabel, "statusLabel").text().startswith("Écartée le"))
