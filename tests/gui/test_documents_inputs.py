"""Verification of a document by its code, the all-or-nothing marks import, and accommodations."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit

from cyclades_desktop.domain import candidates, publication, roles
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import documents
from cyclades_desktop.gui.candidate.file import CandidateFileWidget
from cyclades_desktop.gui.documents.accommodation import AccommodationDialog
from cyclades_desktop.gui.documents.verify import code_from_text
from cyclades_desktop.store.models import Accommodation, Inscription, Mark, Result
from tests import factories
from tests.gui.conftest import gone, wait_idle


# -- verification ----------------------------------------------------------------------------
def open_verify(qtbot, open_window, session):
    window = open_window(session)
    dialog = documents.controller(window).open_verify()
    qtbot.addWidget(dialog)
    return window, dialog


def verify(qtbot, dialog, text):
    dialog.set_code(text)
    dialog.verification = None
    dialog.ui.resultFrame.hide()
    dialog.ui.verifyButton.click()
    qtbot.waitUntil(dialog.ui.resultFrame.isVisible, timeout=10_000)
    wait_idle(qtbot)


def test_a_real_code_tells_whose_document_and_opens_the_file(qtbot, world, open_window):
    recap = publication.publish(world.agent, world.inscription.inscription_id, "recap")
    window, dialog = open_verify(qtbot, open_window, world.sessions["read_only"])
    assert not dialog.ui.openFileButton.isEnabled()
    typed = recap.verification_code.lower().replace("-", " ")  # as read aloud over the phone
    verify(qtbot, dialog, typed)
    v = publication.verify(recap.verification_code)
    assert dialog.ui.stateLabel.text() == f"✓ Document authentique et en vigueur (version {v.version})."
    assert dialog.ui.stateLabel.property("role") == "banner-success"
    assert dialog.ui.messageLabel.text() == v.message()
    assert "LEFÈVRE Jeanne Marie" in dialog.ui.candidateValue.text()
    assert dialog.ui.inscriptionValue.text() == f"n° {world.inscription.inscription_number}"
    assert dialog.ui.shaValue.text() == v.sha256
    assert dialog.ui.openFileButton.isEnabled()
    dialog.ui.openFileButton.click()
    qtbot.waitUntil(lambda: isinstance(window.current_file(), CandidateFileWidget))
    assert window.current_file().candidate_id == world.candidate_id
    assert gone(dialog)


def test_a_superseded_version_says_which_one_is_current(qtbot, world, open_window):
    first = publication.publish(world.agent, world.inscription.inscription_id, "recap")
    version = candidates.candidate_file(world.agent, world.candidate_id).version
    candidates.correct_identity(
        world.sessions["manager"],
        world.candidate_id,
        version,
        {"first_names": "Jeanne Claire"},
        "acte de naissance",
        factories.STAFF_PASSWORD,
    )
    newer = publication.publish(world.agent, world.inscription.inscription_id, "recap")
    assert newer.version > first.version
    _window, dialog = open_verify(qtbot, open_window, world.agent)
    # a QR code scanner types the whole address
    verify(qtbot, dialog, publication.VERIFY_URL + first.verification_code)
    text = dialog.ui.stateLabel.text()
    assert text.startswith("⚠ Document authentique mais remplacé")
    assert f"version {first.version} a été remplacée par la version {newer.version}" in text
    assert dialog.ui.stateLabel.property("role") == "banner-danger"
    assert "version remplacée depuis par la version" in dialog.ui.messageLabel.text()


def test_an_unknown_code_is_refused_clearly(qtbot, world, open_window):
    _window, dialog = open_verify(qtbot, open_window, world.agent)
    verify(qtbot, dialog, "ZZZZ-ZZZZ-ZZZZ")
    assert dialog.ui.stateLabel.text().startswith("✗ Code inconnu : aucun document publié ne porte ce code.")
    assert dialog.ui.stateLabel.property("role") == "banner-error"
    assert "ZZZZ-ZZZZ-ZZZZ" in dialog.ui.messageLabel.text()
    assert not dialog.ui.openFileButton.isEnabled()
    assert not dialog.ui.kindValue.isVisible()
    verify(qtbot, dialog, "   ")
    assert "Saisissez le code" in dialog.ui.stateLabel.text()


def test_code_from_what_was_typed_pasted_or_scanned():
    assert code_from_text(" 7K3M-Q9TB-2XWD ") == "7K3M-Q9TB-2XWD"
    assert code_from_text("https://cyclades.education.gouv.fr/verifier/7K3M-Q9TB-2XWD/") == "7K3M-Q9TB-2XWD"
    assert (
        code_from_text("https://cyclades.education.gouv.fr/verifier/7K3M-Q9TB-2XWD?src=qr")
        == "7K3M-Q9TB-2XWD"
    )


# -- marks import ----------------------------------------------------------------------------
@pytest.fixture
def two(world):
    _, b = factories.registered_candidate(world.world, "b@example.fr", birth_name="Żółć")
    return world, world.inscription.inscription_number, b.inscription_number


def open_marks(qtbot, open_window, session, session_id):
    window = open_window(session)
    dialog = documents.controller(window).open_marks()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ui.sessionCombo.count() > 0, timeout=10_000)
    dialog.select_session(session_id)
    return dialog


def run_import(qtbot, dialog, path):
    dialog.set_file(path)
    assert dialog.ui.importButton.isEnabled()
    dialog.ui.importButton.click()
    assert not dialog.ui.importButton.isEnabled()  # off the GUI thread, button off meanwhile
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20_000)
    wait_idle(qtbot)


def test_marks_import_rejected_with_every_bad_line_then_accepted(qtbot, two, open_window, tmp_path):
    world, a, b = two
    dialog = open_marks(qtbot, open_window, world.sessions["manager"], world.world.session_id)
    assert not dialog.ui.importButton.isEnabled()
    assert dialog.ui.importButton.toolTip() == "Choisissez le fichier CSV des notes."
    bad = tmp_path / "notes.csv"
    bad.write_text(
        "numero_inscription;epreuve;note;decision\n"
        f"{a};PHILO;12;admis\n"
        f"{a};MATHS;10;admis\n"
        f"{b};SPE1;21;\n"
        f"999999999999;PHILO;10;\n"
        f"{b};PHILO;douze;\n",
        encoding="utf-8",
    )
    run_import(qtbot, dialog, bad)
    table = dialog.ui.problemsTable
    assert table.isVisible()
    assert [int(table.item(r, 0).text()) for r in range(table.rowCount())] == [3, 4, 5, 6]
    assert "épreuve « MATHS » inconnue" in table.item(0, 1).text()
    assert "hors de l'intervalle" in table.item(1, 1).text()
    assert "aucune candidature n° 999999999999" in table.item(2, 1).text()
    assert "illisible" in table.item(3, 1).text()
    assert dialog.ui.resultLabel.text().startswith("Rien n'a été importé : 4 ligne(s) en erreur.")
    assert dialog.ui.resultLabel.property("role") == "banner-error"
    assert Mark.select().count() == 0 and Result.select().count() == 0

    good = tmp_path / "notes-corrigées.csv"  # as a spreadsheet saves it: Windows-1252, commas
    good.write_bytes(
        (
            "numero_inscription,epreuve,note,conservee,decision,mention\n"
            f'{a},PHILO,"12,5",non,admis,assez bien\n{a},SPE1,14,oui,admis,assez bien\n'
            f"{b},PHILO,ABS,,refusé,\n{b},SPE1,8,,refusé,\n"
        ).encode("cp1252")
    )
    run_import(qtbot, dialog, good)
    assert not dialog.ui.problemsTable.isVisible()
    text = dialog.ui.resultLabel.text()
    assert text.startswith(
        "Import réussi : 4 note(s) importée(s) pour 2 candidature(s), 2 décision(s) enregistrée(s)."
    )
    assert "Windows-1252" in text
    assert dialog.ui.resultLabel.property("role") == "banner-success"
    assert Mark.select().count() == 4
    assert Result.get(Result.inscription == Inscription.get(Inscription.number == b).id).decision == "refusé"


def test_marks_import_is_for_managers_only(qtbot, world, open_window):
    window = open_window(world.agent)
    controller = documents.controller(window)
    assert not controller.action_marks.isEnabled()
    assert controller.action_marks.toolTip() == roles.why_not(Permission.IMPORT_MARKS)
    assert controller.open_marks() is None


def test_a_spreadsheet_instead_of_a_csv_is_explained(qtbot, world, open_window, tmp_path):
    dialog = open_marks(qtbot, open_window, world.sessions["manager"], world.world.session_id)
    xlsx = tmp_path / "notes.xlsx"
    xlsx.write_bytes(b"PK\x03\x04\x00\x00\x00binary")
    run_import(qtbot, dialog, xlsx)
    assert "n'est pas un fichier texte CSV" in dialog.ui.resultLabel.text()
    assert "Rien n'a été importé" in dialog.ui.resultLabel.text()


# -- accommodations --------------------------------------------------------------------------
def test_accommodation_is_recorded_from_the_candidature_card(qtbot, world, open_file):
    window, file = open_file(world.agent, world.candidate_id)
    file.ui.sections.setCurrentIndex(2)
    button = file.findChild(QPushButton, "accommodationButton")
    assert button.isEnabled()
    button.click()
    dialog = file.active_dialog
    assert isinstance(dialog, AccommodationDialog)
    ui = dialog.ui
    # the five measures of D613-26, in French; a measure and a detail, never a diagnosis
    assert [ui.kindCombo.itemText(i) for i in range(ui.kindCombo.count())] == list(
        publication.ACCOMMODATION_LABELS.values()
    )
    assert "jamais un diagnostic" in ui.warningLabel.text()
    editors = (
        dialog.findChildren(QLineEdit) + dialog.findChildren(QTextEdit) + dialog.findChildren(QPlainTextEdit)
    )
    assert [e.objectName() for e in editors if e.objectName() != "qt_spinbox_lineedit"] == ["detailEdit"]
    assert not any("diagnos" in w.objectName().lower() for w in dialog.findChildren(QLabel))
    assert ui.inscriptionCombo.currentData() == world.inscription.inscription_id
    assert "Aucun aménagement" in ui.existingLabel.text()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("extra_time"))
    assert "tiers temps" in ui.detailEdit.placeholderText()
    ui.detailEdit.setText("Un tiers temps sur les épreuves écrites")
    ui.separateRoomCheck.setChecked(True)
    ui.saveButton.click()
    qtbot.waitUntil(lambda: gone(dialog), timeout=10_000)
    wait_idle(qtbot)
    acc = Accommodation.get()
    assert (acc.kind, acc.detail, acc.separate_room, acc.granted_by) == (
        "extra_time",
        "Un tiers temps sur les épreuves écrites",
        True,
        world.agent.login,
    )
    assert "Aménagement enregistré pour la candidature" in file.ui.messageBanner.text()
    qtbot.waitUntil(
        lambda: (
            "Majoration du temps de composition — Un tiers temps"
            in file.findChild(QLabel, "accommodationsLabel").text()
        ),
        timeout=10_000,
    )
    # the Documents menu offers the same for the file on screen
    controller = documents.controller(window)
    assert controller.action_accommodation.isEnabled()
    again = controller.open_accommodation()
    assert "Majoration du temps de composition" in again.ui.existingLabel.text()
    again.reject()


def test_accommodation_detail_is_checked_by_the_service(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    file.ui.sections.setCurrentIndex(2)
    file.findChild(QPushButton, "accommodationButton").click()
    dialog = file.active_dialog
    dialog.ui.detailEdit.setText("tiers temps\x00")
    dialog.ui.saveButton.click()
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=10_000)
    assert not gone(dialog)
    assert Accommodation.select().count() == 0
    dialog.reject()


@pytest.mark.parametrize("role", ["print_operator", "read_only"])
def test_roles_that_may_not_record_accommodations(qtbot, world, open_file, role):
    window, file = open_file(world.sessions[role], world.candidate_id)
    button = file.findChild(QPushButton, "accommodationButton")
    assert not button.isEnabled()
    assert button.toolTip() == roles.why_not(Permission.RECORD_ACCOMMODATIONS)
    action = documents.controller(window).action_accommodation
    assert not action.isEnabled() and action.toolTip() == roles.why_not(Permission.RECORD_ACCOMMODATIONS)


def test_without_a_file_the_accommodation_action_says_so(qtbot, world, open_window):
    window = open_window(world.agent)
    action = documents.controller(window).action_accommodation
    assert not action.isEnabled()
    assert action.toolTip() == "Ouvrez d'abord le dossier d'un candidat."
