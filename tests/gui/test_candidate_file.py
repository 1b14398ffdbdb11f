"""The candidate file: its five tabs, locked identity, documents and history."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from cyclades_desktop.gui.pdfview import PdfPreviewDialog
from tests.gui.conftest import wait_idle


def labels(widget):
    return [w.text() for w in widget.findChildren(QLabel)]


def test_identity_tab_shows_fields_and_why_they_are_locked(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    ui = file.ui
    assert ui.nameLabel.text() == "Mme LEFÈVRE Jeanne Marie"
    assert "Candidat n° " in ui.subLabel.text() and "14/03/2008" in ui.subLabel.text()
    assert [ui.sections.tabText(i).replace("&", "") for i in range(5)][:2] == ["Identité", "Compte"]
    assert file.findChild(QLabel, "identity_birth_name").text() == "Lefèvre"
    assert file.findChild(QLabel, "identity_birth_date").text() == "14/03/2008"
    assert "Verrouillée depuis la première inscription" in ui.lockBanner.text()
    assert "première inscription" in ui.lockBanner.text()
    assert "seul le service des examens" in file.findChild(QLabel, "identity_birth_name").toolTip()


def test_account_tab(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    ui = file.ui
    assert ui.emailValue.text() == "jeanne.lefevre@example.fr"
    assert ui.stateValue.text() == "Actif"
    assert ui.createdValue.text().startswith("02/11/2026 à ")
    assert ui.academyValue.text() == "Académie de Nantes"
    assert ui.changeEmailButton.isEnabled() and ui.resetLinkButton.isEnabled()


def test_inscriptions_tab_shows_each_candidature(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    number = world.inscription.inscription_number
    card = file.findChild(QLabel, "statusLabel").parent()
    text = "\n".join(labels(card))
    assert number in text
    assert "Baccalauréat général — Session 2027" in text
    assert "Inscrite" in text
    assert "Mathématiques, SES" in text
    assert "Copie d'une pièce d'identité — manquante (obligatoire)" in text
    assert "Aménagements : aucun." in text
    assert file.ui.sections.tabText(2) == "C&andidatures (1)"


def test_documents_tab_lists_and_previews_the_recap(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    table = file.ui.documentsTable
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "Récapitulatif d'inscription"
    assert table.item(0, 3).text() == "En vigueur"
    assert file.ui.previewButton.isEnabled()  # the first document is selected on load
    table.clearSelection()
    assert not file.ui.previewButton.isEnabled()
    assert "Sélectionnez" in file.ui.previewButton.toolTip()
    table.selectRow(0)
    assert file.ui.previewButton.isEnabled()
    file.preview_document()
    qtbot.waitUntil(lambda: isinstance(file.active_dialog, PdfPreviewDialog))
    dialog = file.active_dialog
    qtbot.waitUntil(lambda: dialog.page_count() >= 1)
    assert "Récapitulatif d'inscription" in dialog.windowTitle()
    dialog.close()


def test_publishing_a_new_version_supersedes_the_old_one(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    assert file.ui.publishButton.isEnabled()
    # change data that the recap prints, then publish it again from the menu
    from cyclades_desktop.domain import candidates

    candidates.correct_identity(
        world.sessions["manager"],
        world.candidate_id,
        file.file.version,
        {"first_names": "Jeanne Marie Claire"},
        "pièce d'identité présentée",
        "motdepasse-solide",
    )
    wait_idle(qtbot)
    file.reload()
    qtbot.waitUntil(lambda: file.ui.documentsTable.rowCount() == 2)
    states = sorted(file.ui.documentsTable.item(r, 3).text() for r in range(2))
    assert states == ["En vigueur", "Remplacée (v2 en vigueur)"]
    action = next(a for a in file._publish_menu.actions() if a.text() == "Récapitulatif d'inscription")
    action.trigger()
    wait_idle(qtbot)
    assert "déjà à jour" in file.ui.messageBanner.text()


def test_history_tab_reads_the_audit_journal(qtbot, world, open_file):
    _window, file = open_file(world.agent, world.candidate_id)
    table = file.ui.historyTable
    events = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert "Inscription enregistrée" in events
    assert "Activation du compte" in events
    assert "Création du compte" in events
    actors = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert "Espace candidat" in actors


def test_export_the_candidates_data_from_the_file(qtbot, world, open_file, tmp_path, monkeypatch):
    """« Exporter les données du candidat » : the ZIP is written off the GUI thread, then said."""
    import zipfile

    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "donnees.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    _window, file = open_file(world.agent, world.candidate_id)
    assert file.ui.exportDataButton.isEnabled()
    file.ui.exportDataButton.click()
    wait_idle(qtbot)
    qtbot.waitUntil(
        lambda: "Données exportées dans donnees.zip" in file.ui.messageBanner.text(), timeout=10_000
    )
    assert {"donnees.json", "resume.pdf"} <= set(zipfile.ZipFile(out).namelist())


def test_consultation_cannot_export_a_candidates_data(qtbot, world, open_file):
    _window, file = open_file(world.sessions["read_only"], world.candidate_id)
    assert not file.ui.exportDataButton.isEnabled()
    assert "agents et les gestionnaires" in file.ui.exportDataButton.toolTip()
