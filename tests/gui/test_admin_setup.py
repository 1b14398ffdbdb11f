"""« Gestion » set-up screens: a manager opens a session with its windows, a centre and a paper from
the GUI alone; wrong windows are refused with the service's message and nothing is saved; office
details and the exam catalogue are edited; other roles cannot reach any of it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QAction

from cyclades_desktop.domain import exports, portal, roles
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import admin
from cyclades_desktop.gui.admin.common import AdminPage, select_id
from cyclades_desktop.store.models import (
    Academy,
    Centre,
    ExamSession,
    Inscription,
    Paper,
    ServiceWindow,
    SupportingDocumentType,
)
from tests import factories
from tests.gui.conftest import gone, wait_idle

D = dt.datetime


def utc(local: dt.datetime) -> dt.datetime:
    """What a local date and time typed in the window is stored as (naive UTC)."""
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def menu_page(qtbot, window, key):
    """Open a « Gestion » screen through its menu entry."""
    action = window.findChild(QAction, admin.action_name(key))
    assert action.isEnabled(), action.toolTip()
    action.trigger()
    wait_idle(qtbot)
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, AdminPage) and page.key == key
    return page


def save(qtbot, dialog):
    dialog.save_button.click()
    wait_idle(qtbot)


def test_a_manager_opens_a_session_with_windows_a_centre_and_a_paper_then_candidates_register_and_are_listed(
    qtbot, world, open_window, frozen_now, tmp_path
):
    window = open_window(world.sessions["manager"])
    menu = window.findChild(type(window.ui.menuTools), "menuAdmin")
    assert menu is not None and menu.title() == "&Gestion"

    # the session and its four windows, typed in local time
    sessions = menu_page(qtbot, window, "sessions")
    dialog = sessions.new_session()
    ui = dialog.ui
    ui.labelEdit.setText("Session de septembre 2027")
    ui.yearSpin.setValue(2027)
    windows = {
        "registration": (D(2026, 10, 15, 8, 0), D(2026, 12, 15, 23, 59)),
        "modification": (D(2026, 10, 15, 8, 0), D(2027, 1, 31, 18, 0)),
        "documents": (D(2026, 11, 1, 9, 0), D(2027, 10, 1, 0, 0)),
        "results": (D(2027, 9, 20, 10, 0), D(2027, 12, 31, 23, 59)),
    }
    for kind, (opens, closes) in windows.items():
        dialog.set_window(kind, opens, closes)
    save(qtbot, dialog)
    assert gone(dialog)
    new = ExamSession.get(ExamSession.label == "Session de septembre 2027")
    stored = {
        w.kind: (w.opens_at, w.closes_at)
        for w in ServiceWindow.select().where(ServiceWindow.session == new.id)
    }
    assert stored == {k: (utc(o), utc(c)) for k, (o, c) in windows.items()}
    assert "Session de septembre 2027" in sessions.ui.messageLabel.text()
    assert sessions.current_session().id == new.id  # selected once the list is read again
    assert (
        "Ouverts : inscriptions, modifications"
        in sessions.ui.sessionsTable.item(sessions.ui.sessionsTable.currentRow(), 3).text()
    )

    # a paper of that session
    paper = sessions.add_paper()
    paper.ui.codeEdit.setText("MATHS")
    paper.ui.nameEdit.setText("Mathématiques")
    paper.set_start(D(2027, 9, 8, 14, 0))
    paper.ui.durationSpin.setValue(240)
    paper.ui.coefficientSpin.setValue(16)
    save(qtbot, paper)
    assert gone(paper)
    p = Paper.get(Paper.session == new.id)
    assert (p.code, p.starts_at, p.duration_minutes, p.coefficient) == (
        "MATHS",
        D(2027, 9, 8, 14, 0),
        240,
        16.0,
    )
    qtbot.waitUntil(lambda: sessions.ui.papersTable.rowCount() == 1)
    assert sessions.ui.papersTable.item(0, 3).text() == "14:00"  # a paper's hour is the centre's, shown as is

    # a centre of the académie
    centres = menu_page(qtbot, window, "centres")
    dialog = centres.new_centre()
    dialog.ui.academyCombo.setCurrentIndex(dialog.ui.academyCombo.findData(world.world.academy_id))
    dialog.ui.uaiEdit.setText("0440029T")
    dialog.ui.nameEdit.setText("Lycée Jules-Verne")
    dialog.ui.addressEdit.setText("1 rue du Général-Meusnier")
    dialog.ui.cityEdit.setText("Nantes")
    dialog.ui.departmentEdit.setText("44")
    dialog.ui.capacitySpin.setValue(500)
    save(qtbot, dialog)
    assert gone(dialog)
    centre = Centre.get(Centre.uai == "0440029T")
    assert (centre.name, centre.capacity, centre.department) == ("Lycée Jules-Verne", 500, "44")
    assert centres.ui.centresTable.rowCount() == 2

    # candidates register into it through the portal's rules, and are assigned and listed
    for name in ("Abadie", "Bodin", "Caron"):
        cid = factories.active_candidate(f"{name.lower()}@example.fr", birth_name=name)
        portal.register(cid, new.id, dict(factories.CHOICES))
    assignment_page = menu_page(qtbot, window, "assignment")
    assignment_page.ui.sessionCombo.setCurrentIndex(assignment_page.ui.sessionCombo.findData(new.id))
    wait_idle(qtbot)
    assignment_page.ui.autoButton.click()
    wait_idle(qtbot)
    assert "3 candidat(s) affecté(s)" in assignment_page.ui.messageLabel.text()
    assert (
        Inscription.select().where((Inscription.session == new.id) & Inscription.centre.is_null()).count()
        == 0
    )
    lists = menu_page(qtbot, window, "lists")
    lists.choose("candidates", new.id, centre.id)
    wait_idle(qtbot)
    assert lists.model.rowCount() == 3  # the emptiest centre of their department took them all
    lists.export_to(str(tmp_path / "centre.csv"))
    wait_idle(qtbot)
    text = (tmp_path / "centre.csv").read_bytes().decode("utf-8")
    assert text.startswith("\ufeff" + ";".join(exports.CANDIDATE_HEADERS))
    assert text.count("Lycée Jules-Verne") == 3 and "CARON" in text


@pytest.mark.parametrize(
    "windows, message",
    [
        (
            {"documents": (D(2026, 10, 1, 9, 0), D(2027, 10, 1))},
            "Le service des documents ne peut pas ouvrir avant les inscriptions.",
        ),
        (
            {"registration": (D(2026, 12, 15, 8, 0), D(2026, 11, 15, 8, 0))},
            "Le service des inscriptions doit fermer après son ouverture.",
        ),
    ],
)
def test_a_wrong_window_is_refused_with_the_message_and_nothing_is_saved(
    qtbot, world, open_window, windows, message
):
    window = open_window(world.sessions["manager"])
    page = menu_page(qtbot, window, "sessions")
    before = (ExamSession.select().count(), ServiceWindow.select().count())
    dialog = page.new_session()
    dialog.set_window("registration", D(2026, 10, 15, 8, 0), D(2026, 12, 15, 23, 59))
    for kind, (opens, closes) in windows.items():
        dialog.set_window(kind, opens, closes)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == message and dialog.ui.errorLabel.isVisible()
    assert (ExamSession.select().count(), ServiceWindow.select().count()) == before
    assert any(
        w.property("invalid") for w in (dialog.rows["registration"][1:] + dialog.rows["documents"][1:])
    )
    dialog.reject()


def test_a_calendar_change_that_would_strand_inscriptions_is_refused(qtbot, world, open_window, frozen_now):
    window = open_window(world.sessions["manager"])
    page = menu_page(qtbot, window, "sessions")
    assert select_id(page.ui.sessionsTable, world.world.session_id)
    wait_idle(qtbot)
    before = {
        w.kind: (w.opens_at, w.closes_at)
        for w in ServiceWindow.select().where(ServiceWindow.session == world.world.session_id)
    }
    dialog = page.edit_windows()
    assert not dialog.ui.examCombo.isEnabled() and not dialog.rows["registration"][0].isEnabled()
    dialog.set_window(
        "registration", D(2026, 11, 20, 8, 0), D(2026, 12, 20, 18, 0)
    )  # after Jeanne registered
    dialog.set_window("documents", D(2026, 11, 21, 8, 0), D(2027, 5, 1, 18, 0))
    save(qtbot, dialog)
    assert "Des candidats sont déjà inscrits" in dialog.ui.errorLabel.text()
    after = {
        w.kind: (w.opens_at, w.closes_at)
        for w in ServiceWindow.select().where(ServiceWindow.session == world.world.session_id)
    }
    assert after == before
    # moving the closing date only is fine
    opens = page.current_session().windows["registration"][0]
    local_opens = opens.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    dialog.set_window("registration", local_opens, D(2026, 12, 20, 18, 0))
    documents = page.current_session().windows["documents"]
    dialog.set_window(
        "documents", *(v.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None) for v in documents)
    )
    save(qtbot, dialog)
    assert gone(dialog)
    w = ServiceWindow.get(
        ServiceWindow.session == world.world.session_id, ServiceWindow.kind == "registration"
    )
    assert (w.opens_at, w.closes_at) == (opens, utc(D(2026, 12, 20, 18, 0)))


def test_office_details_and_the_exam_catalogue_are_edited_with_french_refusals(qtbot, world, open_window):
    window = open_window(world.sessions["manager"])
    page = menu_page(qtbot, window, "academies")
    assert page.current.code == "NANTES"
    page.ui.officePhoneEdit.setText("02 40 00 00 00")
    page.ui.officeEmailEdit.setText("examens-at-ac-nantes.fr")
    page.ui.saveButton.click()
    wait_idle(qtbot)
    assert "n'est pas valide" in page.ui.errorLabel.text() and page.ui.officeEmailEdit.property("invalid")
    assert Academy.get_by_id(world.world.academy_id).office_phone == "02 40 37 37 37"  # nothing saved
    page.ui.officeEmailEdit.setText("examens@ac-nantes.fr")
    page.ui.saveButton.click()
    wait_idle(qtbot)
    a = Academy.get_by_id(world.world.academy_id)
    assert (a.office_email, a.office_phone) == ("examens@ac-nantes.fr", "02 40 00 00 00")
    assert "enregistrées" in page.ui.messageLabel.text()

    exams = menu_page(qtbot, window, "exams")
    assert exams.current.code == "BAC-GEN"
    exams.ui.specialitiesEdit.setPlainText(
        "Mathématiques\nPhysique-chimie\nHLP\nSVT"
    )  # SES was chosen by Jeanne
    exams.ui.saveButton.click()
    wait_idle(qtbot)
    assert "« SES » a déjà été choisie" in exams.ui.errorLabel.text()
    exams.ui.specialitiesEdit.setPlainText("\n".join(exams.current.specialities))
    exams.add_document()
    table = exams.ui.documentsTable
    table.item(2, 0).setText("photo")
    table.item(2, 1).setText("Photographie d'identité récente")
    exams.ui.saveButton.click()
    wait_idle(qtbot)
    assert exams.ui.errorLabel.text() == ""
    assert SupportingDocumentType.get(SupportingDocumentType.code == "PHOTO").mandatory
    qtbot.waitUntil(lambda: exams.ui.documentsTable.rowCount() == 3)


@pytest.mark.parametrize("role", ["agent", "print_operator", "read_only"])
def test_other_roles_cannot_reach_the_management_screens(qtbot, world, open_window, role):
    window = open_window(world.sessions[role])
    for entry in admin.entries():
        action = window.findChild(QAction, admin.action_name(entry.key))
        assert not action.isEnabled()
        assert action.toolTip() == roles.why_not(entry.permission)
        assert admin.open_page(window, entry.key) is None  # called anyway: nothing opens
    assert not any(isinstance(window.ui.tabs.widget(i), AdminPage) for i in range(window.ui.tabs.count()))
    assert roles.why_not(Permission.MANAGE_SESSIONS) == "Seuls les gestionnaires paramètrent les sessions."


def test_a_management_tab_closes_and_the_lock_switches_the_menu_off(qtbot, world, open_window):
    window = open_window(world.sessions["manager"])
    page = menu_page(qtbot, window, "staff")
    assert admin.open_page(window, "staff") is page  # one tab per screen
    action = window.findChild(QAction, admin.action_name("journal"))
    window.lock("test")
    assert not action.isEnabled()
    window.unlock()
    assert action.isEnabled()
    window.ui.tabs.tabCloseRequested.emit(window.ui.tabs.indexOf(page))
    assert window.ui.tabs.indexOf(page) == -1


def _answer(qtbot, box, accept: bool) -> None:
    from PySide6.QtWidgets import QPushButton

    assert box.isVisible() and box.objectName() == "confirmBox"
    if accept:
        box.findChild(QPushButton, "acceptButton").click()
    else:
        box.reject()
    wait_idle(qtbot)


def test_a_centre_or_a_paper_created_by_mistake_is_deleted_after_a_question(qtbot, world, open_window):
    window = open_window(world.sessions["manager"])
    spare = Centre.create(
        academy=world.world.academy_id,
        uai="0440098Y",
        name="Lycée en trop",
        address="X",
        city="Nantes",
        capacity=5,
    )
    centres = menu_page(qtbot, window, "centres")
    assert not centres.ui.deleteCentreButton.isEnabled()
    select_id(centres.ui.centresTable, spare.id)
    assert centres.ui.deleteCentreButton.isEnabled()
    centres.ui.deleteCentreButton.click()
    box = centres.active_dialog
    assert "0440098Y — Lycée en trop" in box.text()
    _answer(qtbot, box, accept=False)  # « Annuler » changes nothing
    assert Centre.select().where(Centre.id == spare.id).exists()
    select_id(centres.ui.centresTable, spare.id)
    centres.delete_centre()
    _answer(qtbot, centres.active_dialog, accept=True)
    assert not Centre.select().where(Centre.id == spare.id).exists()
    assert centres.ui.messageLabel.text() == "Centre 0440098Y — Lycée en trop supprimé."
    qtbot.waitUntil(lambda: centres.ui.centresTable.rowCount() == 1)

    # the world's centre has a candidate assigned: refused with the service's sentence, kept
    _, new = factories.registered_candidate(world.world, "affecte@example.fr", birth_name="Affecté")
    Inscription.update(centre=world.world.centre_id).where(Inscription.id == new.inscription_id).execute()
    select_id(centres.ui.centresTable, world.world.centre_id)
    centres.delete_centre()
    _answer(qtbot, centres.active_dialog, accept=True)
    assert "affectez-les à un autre centre" in centres.ui.messageLabel.text()
    assert Centre.select().where(Centre.id == world.world.centre_id).exists()

    sessions = menu_page(qtbot, window, "sessions")
    select_id(sessions.ui.sessionsTable, world.world.session_id)
    qtbot.waitUntil(lambda: sessions.ui.papersTable.rowCount() == 2)
    spe = Paper.get((Paper.session == world.world.session_id) & (Paper.code == "SPE1"))
    select_id(sessions.ui.papersTable, spe.id)
    sessions.ui.deletePaperButton.click()
    box = sessions.active_dialog
    assert "SPE1" in box.text() and "publiez-les à nouveau" in box.informativeText()
    _answer(qtbot, box, accept=True)
    assert not Paper.select().where(Paper.id == spe.id).exists()
    assert "Épreuve SPE1 supprimée" in sessions.ui.messageLabel.text()
    qtbot.waitUntil(lambda: sessions.ui.papersTable.rowCount() == 1)
