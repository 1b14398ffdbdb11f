"""Session set-up by managers: windows, centres, assignment, supporting documents, lists, journal."""

import datetime as dt

import pytest

from cyclades_desktop.domain import (
    assignment,
    catalogue,
    exports,
    inscriptions,
    journal,
    supporting,
)
from cyclades_desktop.errors import PermissionDenied, RuleViolation, ValidationError
from cyclades_desktop.store.models import Inscription, ServiceWindow
from tests import factories as f

D = dt.datetime


@pytest.fixture
def world(db, frozen_now):
    return f.build_world()


@pytest.mark.parametrize(
    "windows, message",
    [
        ({"registration": (D(2027, 1, 10), D(2027, 1, 1))}, "fermer après"),
        ({"documents": (D(2027, 1, 1), D(2027, 2, 1))}, "service d'inscription"),
        (
            {"registration": (D(2027, 1, 1), D(2027, 2, 1)), "modification": (D(2026, 12, 1), D(2027, 2, 1))},
            "avant les inscriptions",
        ),
        (
            {"registration": (D(2027, 1, 1), D(2027, 2, 1)), "results": (D(2027, 1, 15), D(2027, 8, 1))},
            "avant la clôture",
        ),
        (
            {
                "registration": (D(2027, 1, 1), D(2027, 2, 1)),
                "documents": (D(2027, 5, 1), D(2027, 7, 1)),
                "results": (D(2027, 4, 1), D(2027, 8, 1)),
            },
            "avant celui des documents",
        ),
        ({"registration": (D(2027, 1, 1), None)}, "incomplètes"),
    ],
)
def test_wrong_windows_are_refused(world, windows, message):
    manager = f.staff_session("manager")
    with pytest.raises(ValidationError, match=message):
        catalogue.create_session(manager, world.exam_id, world.academy_id, "Session spéciale", 2027, windows)


def test_windows_cannot_strand_inscriptions(world, frozen_now):
    f.registered_candidate(world)
    manager = f.staff_session("manager")
    with pytest.raises(RuleViolation, match="déjà inscrits"):
        catalogue.set_windows(
            manager,
            world.session_id,
            {
                "registration": (frozen_now + dt.timedelta(days=1), frozen_now + dt.timedelta(days=40)),
                "documents": (frozen_now + dt.timedelta(days=2), frozen_now + dt.timedelta(days=200)),
            },
        )
    catalogue.set_windows(
        manager,
        world.session_id,
        {"registration": (frozen_now - dt.timedelta(days=20), frozen_now + dt.timedelta(days=40))},
    )
    w = ServiceWindow.get(ServiceWindow.session == world.session_id, ServiceWindow.kind == "registration")
    assert w.closes_at == frozen_now + dt.timedelta(days=40)


def test_set_up_is_for_managers(world):
    with pytest.raises(PermissionDenied):
        catalogue.create_centre(
            f.staff_session("agent"), world.academy_id, "0440022K", "Lycée", "rue", "Nantes", 10
        )
    with pytest.raises(ValidationError, match="UAI"):
        catalogue.create_centre(
            f.staff_session("manager"), world.academy_id, "44022K", "Lycée", "rue", "Nantes", 10
        )


def test_automatic_assignment_respects_capacity_department_and_separate_rooms(world):
    manager = f.staff_session("manager")
    small = catalogue.create_centre(
        manager,
        world.academy_id,
        "0490001A",
        "Lycée Joachim-du-Bellay",
        "1 av. Marie-Talet",
        "Angers",
        2,
        department="49",
    )
    ids = []
    for i in range(4):
        _, new = f.registered_candidate(
            world, f"a{i}@example.fr", birth_name=f"Angevin{chr(97 + i)}", postcode="49000", city="Angers"
        )
        ids.append(new.inscription_id)
    _, nantais = f.registered_candidate(world, "n@example.fr", birth_name="Nantais")
    inscriptions.grant_accommodation(
        manager, nantais.inscription_id, "material_conditions", "Salle à part", separate_room=True
    )
    report = assignment.assign_automatically(manager, world.session_id)
    assert (report.assigned, report.adapted_rooms, report.unassigned) == (5, 1, 0)
    in_angers = Inscription.select().where(Inscription.centre == small).count()
    assert in_angers == 2  # capacity, the rest goes to Nantes
    assert Inscription.get_by_id(nantais.inscription_id).room == "Salle aménagée 1"
    loads = {load.centre_id: load for load in assignment.loads(world.session_id)}
    assert loads[small].free == 0
    with pytest.raises(RuleViolation, match="complet"):
        moved = next(i for i in ids if Inscription.get_by_id(i).centre_id != small)
        assignment.assign(manager, moved, small, "Salle 1")


def test_supporting_documents_and_missing_list(world):
    agent = f.staff_session("agent")
    _, a = f.registered_candidate(world, "a@example.fr", birth_name="Durand")
    _, b = f.registered_candidate(world, "b@example.fr", birth_name="Martin")
    types = {
        d.label: d.type_id
        for d in __import__("cyclades_desktop.domain.candidates", fromlist=["x"])
        .candidate_file(agent, Inscription.get_by_id(a.inscription_id).candidate_id)
        .inscriptions[0]
        .supporting_documents
    }
    for t in types.values():
        supporting.set_received(agent, a.inscription_id, t, True)
    supporting.set_received(agent, b.inscription_id, types["Certificat JDC"], True)
    missing = supporting.missing(agent, world.session_id)
    assert [(m.inscription_number, m.missing) for m in missing] == [
        (b.inscription_number, ("Copie d'une pièce d'identité",))
    ]
    with pytest.raises(PermissionDenied):
        supporting.set_received(
            f.staff_session("read_only"), a.inscription_id, types["Certificat JDC"], False
        )


def test_csv_exports_neutralise_formulas(world):
    f.registered_candidate(world, "x@example.fr", birth_name="Martin", first_names="Jean")
    manager = f.staff_session("manager")
    text = exports.to_csv(("Nom", "Formule"), [("Martin", '=HYPERLINK("http://evil")'), ("-2+3", "@SUM(A1)")])
    assert text.startswith("\ufeffNom;Formule\r\n")
    assert "'=HYPERLINK" in text and "'-2+3" in text and "'@SUM" in text
    rows = list(exports.candidates(manager, world.session_id))
    assert rows[0][2:5] == ("MARTIN", "MARTIN", "Jean") and rows[0][6] == "Inscrite"


def test_accommodation_list_is_health_data(world):
    _, new = f.registered_candidate(world)
    agent = f.staff_session("agent")
    inscriptions.grant_accommodation(agent, new.inscription_id, "extra_time", "Tiers temps")
    assert [r[4] for r in exports.accommodations(agent, world.session_id)] == [
        "Majoration du temps de composition"
    ]
    with pytest.raises(PermissionDenied):
        list(exports.accommodations(f.staff_session("print_operator"), world.session_id))


def test_journal_filters_and_export(world):
    cid, new = f.registered_candidate(world)
    manager = f.staff_session("manager")
    ins = Inscription.get_by_id(new.inscription_id)
    inscriptions.withdraw(manager, ins.id, ins.version, "Demande écrite du candidat", f.STAFF_PASSWORD)
    events = journal.query(manager, journal.JournalFilters(candidate_id=cid))
    assert events[0].action == "inscription.withdrawn" and all(e.candidate_id == cid for e in events)
    mine = journal.query(manager, journal.JournalFilters(actor=manager.login))
    assert {e.action for e in mine} == {"staff.signed_in", "inscription.withdrawn"}
    page1 = journal.query(manager, limit=3)
    page2 = journal.query(manager, before_id=page1[-1].id, limit=3)
    assert page1[-1].id > page2[0].id
    csv_text = exports.to_csv(journal.HEADERS, journal.rows(events))
    assert "Désinscription" in csv_text and "Demande écrite du candidat" in csv_text
    assert journal.verify(manager).ok
    with pytest.raises(PermissionDenied):
        journal.query(f.staff_session("agent", "ag9"))
