"""« Gestion » day-to-day screens: centre assignment, supporting documents, lists, staff accounts
and the audit journal, driven through their widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cyclades_desktop.domain import assignment, catalogue, inscriptions, journal
from cyclades_desktop.gui.admin import common
from cyclades_desktop.store.models import Inscription, StaffUser, SupportingDocumentReceived
from tests import factories
from tests.gui.conftest import gone, wait_idle
from tests.gui.test_admin_setup import menu_page, save


def _register(world, *names, **identity):
    out = {}
    for name in names:
        _cid, new = factories.registered_candidate(
            world.world, f"{name.lower()}@example.fr", birth_name=name, **identity
        )
        out[name] = new
    return out


def test_automatic_assignment_runs_off_thread_then_one_candidature_is_moved_by_hand(
    qtbot, world, open_window
):
    manager = world.sessions["manager"]
    angers = catalogue.create_centre(
        manager,
        world.world.academy_id,
        "0490001A",
        "Lycée Joachim-du-Bellay",
        "1 avenue Marie-Talet",
        "Angers",
        2,
        department="49",
    )
    _register(world, "Angevin", "Angevine", "Anjou", postcode="49000", city="Angers")
    page = menu_page(qtbot, world_window := open_window(manager), "assignment")
    assert page.ui.loadsTable.rowCount() == 2 and page.ui.autoButton.isEnabled()
    assert page.model.rowCount() == 4  # Jeanne and the three from Angers, none assigned yet
    page.ui.autoButton.click()
    assert not page.ui.autoButton.isEnabled()  # while the worker runs
    wait_idle(qtbot)
    assert page.ui.messageLabel.text() == "4 candidat(s) affecté(s), dont 0 en salle aménagée."
    loads = {
        page.ui.loadsTable.item(r, 1).text(): (
            page.ui.loadsTable.item(r, 4).text(),
            page.ui.loadsTable.item(r, 5).text(),
        )
        for r in range(page.ui.loadsTable.rowCount())
    }
    assert loads == {
        "0490001A": ("2", "0"),
        "0440021J": ("2", "398"),
    }  # Angers full: the third went to Nantes

    # by hand: Jeanne to Angers is refused (full), to Nantes room B12 is done
    page.ui.searchEdit.setText("lefev")
    page.search()
    wait_idle(qtbot)
    assert page.model.rowCount() == 1
    page.ui.candidaturesView.setCurrentIndex(page.model.index(0, 0))
    page.ui.centreCombo.setCurrentIndex(page.ui.centreCombo.findData(angers))
    page.ui.roomEdit.setText("B12")
    page.ui.assignButton.click()
    wait_idle(qtbot)
    assert (
        "complet" in page.ui.messageLabel.text() and page.ui.messageLabel.property("role") == "banner-error"
    )
    page.ui.candidaturesView.setCurrentIndex(page.model.index(0, 0))
    page.ui.centreCombo.setCurrentIndex(page.ui.centreCombo.findData(world.world.centre_id))
    page.ui.roomEdit.setText("B12")
    page.ui.assignButton.click()
    wait_idle(qtbot)
    ins = Inscription.get_by_id(world.inscription.inscription_id)
    assert (ins.centre_id, ins.room) == (world.world.centre_id, "B12")
    assert "affectée à Lycée Guist'hau, B12" in page.ui.messageLabel.text()
    row = page.model.row(0)  # the list read again shows where she sits
    assert (row.candidate_name, row.centre_name, row.room) == (
        "LEFÈVRE Jeanne Marie",
        "Lycée Guist'hau",
        "B12",
    )
    assert page.model.index(0, 3).data() == "Lycée Guist'hau"
    assert world_window.statusBar().currentMessage() == page.ui.messageLabel.text()


def test_ticking_a_piece_removes_it_from_the_missing_list(qtbot, world, open_window):
    more = _register(world, "Martin")
    page = menu_page(qtbot, open_window(world.sessions["manager"]), "supporting")
    model = page.model
    assert [t.code for t in model.types] == ["ID", "JDC"]
    assert [model.row(i).candidate_name for i in range(model.rowCount())] == [
        "LEFÈVRE Jeanne Marie",
        "MARTIN Jeanne Marie",
    ]
    id_column, jdc_column = 2, 3
    assert model.index(0, id_column).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    # tick the ID of Jeanne: it leaves her missing pieces, she stays (JDC still missing)
    model.setData(model.index(0, id_column), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    wait_idle(qtbot)
    assert model.row(0).missing == ("Certificat JDC",)
    assert model.index(0, 4).data() == "Certificat JDC"
    assert model.index(0, id_column).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # tick the JDC: nothing is missing any more, her row goes
    model.setData(model.index(0, jdc_column), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    wait_idle(qtbot)
    assert [model.row(i).number for i in range(model.rowCount())] == [more["Martin"].inscription_number]
    assert "est complet" in page.ui.messageLabel.text()
    assert (
        SupportingDocumentReceived.select()
        .where(SupportingDocumentReceived.inscription == world.inscription.inscription_id)
        .count()
        == 2
    )
    page.reload()
    wait_idle(qtbot)
    assert model.rowCount() == 1  # read again from the database: the same


def test_lists_on_screen_and_as_csv_with_a_formula_neutralised(qtbot, world, open_window, tmp_path):
    manager = world.sessions["manager"]
    new = _register(world, "Abadie", first_names="Léa")
    assignment.assign(manager, new["Abadie"].inscription_id, world.world.centre_id, "=HYPERLINK(1)")
    inscriptions.grant_accommodation(
        manager, new["Abadie"].inscription_id, "extra_time", "@Tiers temps", separate_room=True
    )
    page = menu_page(qtbot, open_window(manager), "lists")
    page.choose("candidates", world.world.session_id)
    wait_idle(qtbot)
    assert [page.model.index(r, 2).data() for r in range(page.model.rowCount())] == ["ABADIE", "LEFÈVRE"]
    assert page.model.index(0, 8).data() == "=HYPERLINK(1)"  # on screen as typed
    page.export_to(str(tmp_path / "candidats.csv"))
    wait_idle(qtbot)
    text = (tmp_path / "candidats.csv").read_bytes().decode("utf-8")
    assert ";ABADIE;ABADIE;Léa;" in text
    assert ";'=HYPERLINK(1);" in text and ";=HYPERLINK" not in text  # a room typed as a formula stays text
    assert "2 ligne(s) exportée(s)" in page.ui.messageLabel.text()

    page.choose("accommodations", world.world.session_id)
    wait_idle(qtbot)
    assert (
        page.model.rowCount() == 1 and page.model.index(0, 4).data() == "Majoration du temps de composition"
    )
    assert not page.ui.statusCombo.isEnabled()
    page.export_to(str(tmp_path / "amenagements.csv"))
    wait_idle(qtbot)
    assert ";'@Tiers temps\r\n" in (tmp_path / "amenagements.csv").read_bytes().decode("utf-8")
    page.choose("missing", world.world.session_id)
    wait_idle(qtbot)
    assert (
        page.model.rowCount() == 2
        and page.model.index(0, 2).data() == "Copie d'une pièce d'identité ; Certificat JDC"
    )
    page.export_to(str(tmp_path / "pieces.csv"))
    wait_idle(qtbot)
    assert (
        (tmp_path / "pieces.csv")
        .read_bytes()
        .decode("utf-8")
        .startswith("\ufeffN° d'inscription;Candidat;Pièces manquantes\r\n")
    )


def test_staff_creation_password_twice_and_the_last_manager_refusal(qtbot, world, open_window):
    page = menu_page(qtbot, open_window(world.sessions["manager"]), "staff")
    assert page.ui.staffTable.rowCount() == 4
    dialog = page.new_member()
    ui = dialog.ui
    ui.loginEdit.setText("nadia.benali")
    ui.fullNameEdit.setText("Nadia Benali")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("print_operator"))
    ui.passwordEdit.setText("un-mot-de-passe-solide")
    ui.confirmEdit.setText("un-mot-de-passe-solidE")
    save(qtbot, dialog)
    assert (
        "ne sont pas identiques" in ui.errorLabel.text()
        and not StaffUser.select().where(StaffUser.login == "nadia.benali").exists()
    )
    ui.passwordEdit.setText("court")
    ui.confirmEdit.setText("court")
    save(qtbot, dialog)
    assert (
        ui.errorLabel.text() == "Le mot de passe doit compter au moins 12 caractères."
        and ui.passwordEdit.text() == ""
    )
    ui.passwordEdit.setText("un-mot-de-passe-solide")
    ui.confirmEdit.setText("un-mot-de-passe-solide")
    save(qtbot, dialog)
    assert gone(dialog)
    assert StaffUser.get(StaffUser.login == "nadia.benali").role == "print_operator"
    assert page.ui.messageLabel.text() == "Compte « nadia.benali » créé (Opérateur d'impression)."
    qtbot.waitUntil(lambda: page.ui.staffTable.rowCount() == 5)

    # the only manager cannot be demoted nor disabled: the service's sentence is shown
    assert page.select_login("manager1")
    page.ui.roleCombo.setCurrentIndex(page.ui.roleCombo.findData("agent"))
    page.change_role()
    wait_idle(qtbot)
    assert (
        page.ui.messageLabel.text()
        == "Impossible : c'est le dernier gestionnaire actif. Nommez-en un autre d'abord."
    )
    page.ui.toggleActiveButton.click()
    wait_idle(qtbot)
    assert "dernier gestionnaire actif" in page.ui.messageLabel.text()
    assert StaffUser.get(StaffUser.login == "manager1").active

    # another account: disabled, re-enabled, new password
    assert page.select_login("agent1")
    assert page.ui.toggleActiveButton.text() == "&Désactiver"
    page.ui.toggleActiveButton.click()
    wait_idle(qtbot)
    assert not StaffUser.get(StaffUser.login == "agent1").active
    assert page.select_login("agent1") and page.ui.toggleActiveButton.text() == "&Réactiver"
    page.ui.toggleActiveButton.click()
    wait_idle(qtbot)
    assert StaffUser.get(StaffUser.login == "agent1").active
    assert page.select_login("agent1")
    reset = page.reset_password()
    reset.ui.passwordEdit.setText("nouveau-mot-de-passe")
    reset.ui.confirmEdit.setText("nouveau-mot-de-passe")
    save(qtbot, reset)
    assert gone(reset)
    assert factories.staff.sign_in("agent1", "nouveau-mot-de-passe").login == "agent1"


def test_journal_filter_export_and_integrity_check(qtbot, world, open_window, tmp_path):
    manager = world.sessions["manager"]
    ins = Inscription.get_by_id(world.inscription.inscription_id)
    inscriptions.withdraw(
        manager, ins.id, ins.version, "=SOMME(A1:A9) demande écrite du candidat", factories.STAFF_PASSWORD
    )
    page = menu_page(qtbot, open_window(manager), "journal")
    assert page.model.rowCount() > 5
    ids = [page.model.row(r).id for r in range(page.model.rowCount())]
    assert ids == sorted(ids, reverse=True)  # newest first

    page.ui.candidateEdit.setText("1999999999")
    page.apply()
    wait_idle(qtbot)
    assert "Aucun candidat" in page.ui.messageLabel.text() and page.ui.candidateEdit.property("invalid")

    page.ui.candidateEdit.setText(world.inscription.candidate_number)
    page.ui.personCombo.setEditText("manager1")
    page.ui.actionCombo.setCurrentIndex(page.ui.actionCombo.findData("inscription.withdrawn"))
    page.ui.sinceCheck.setChecked(True)
    page.ui.sinceEdit.setDate(page.ui.sinceEdit.date().fromString("01/11/2026", "dd/MM/yyyy"))
    page.apply()
    wait_idle(qtbot)
    assert page.model.rowCount() == 1
    row = page.model.row(0)
    assert (row.actor, row.action_label, row.candidate_id) == (
        "manager1",
        "Désinscription",
        world.candidate_id,
    )
    assert "(filtres appliqués)" in page.ui.countLabel.text()

    path = tmp_path / "journal.csv"
    page.export_to(str(path))
    wait_idle(qtbot)
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    assert lines[0] == "\ufeff" + ";".join(journal.HEADERS) and lines[2] == ""  # one event, and the end
    assert lines[1].startswith(f"{row.id};") and ";manager1;" in lines[1] and ";Désinscription;" in lines[1]
    assert lines[1].endswith(";'=SOMME(A1:A9) demande écrite du candidat")  # the formula stays text
    assert "1 événement(s) exporté(s)" in page.ui.messageLabel.text()

    page.ui.verifyButton.click()
    wait_idle(qtbot)
    assert page.ui.messageLabel.text().startswith("Journal intègre :")
    page.clear()
    wait_idle(qtbot)
    assert page.model.rowCount() > 1 and page.filters == journal.JournalFilters()


def test_export_asks_where_to_write(qtbot, world, open_window, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(
        common, "ask_save_path", lambda parent, title, name: asked.append(name) or str(tmp_path / name)
    )
    page = menu_page(qtbot, open_window(world.sessions["manager"]), "journal")
    page.ui.exportButton.click()
    wait_idle(qtbot)
    assert asked == [f"journal-audit-{dt.date.today():%Y%m%d}.csv"] and (tmp_path / asked[0]).exists()
