"""Managers' set-up services added for the « Gestion » screens, on SQLite and PostgreSQL:
office details, exam catalogue, centres, papers, and the read-only lookups behind the screens."""

from __future__ import annotations

import datetime as dt

import pytest

from cyclades_desktop.domain import (
    assignment,
    catalogue,
    inscriptions,
    journal,
    queries,
    supporting,
)
from cyclades_desktop.errors import ConflictError, NotFound, PermissionDenied, RuleViolation, ValidationError
from cyclades_desktop.store.models import Academy, AuditEvent, Centre, Exam, Paper, SupportingDocumentType
from tests import factories as f


@pytest.fixture
def world(db, frozen_now):
    return f.build_world()


@pytest.fixture
def manager(world):
    return f.staff_session("manager")


def _last_event(action):
    return AuditEvent.select().where(AuditEvent.action == action).order_by(AuditEvent.id.desc()).first()


def test_office_details_are_updated_with_a_version_check_and_journaled(world, manager):
    a = next(x for x in queries.academies(manager) if x.id == world.academy_id)
    catalogue.update_academy(
        manager,
        a.id,
        a.version,
        name=a.name,
        office_name="Division des examens (DEC)",
        office_address="Rectorat\n4 rue de la Houssinière\n44322 Nantes",
        office_email="dec@ac-nantes.fr",
        office_phone="02 40 37 37 38",
        departments=("44", "49", "85"),
    )
    row = Academy.get_by_id(a.id)
    assert (row.office_name, row.office_phone, row.departments, row.version) == (
        "Division des examens (DEC)",
        "02 40 37 37 38",
        ("44", "49", "85"),
        a.version + 1,
    )
    event = _last_event("academy.updated")
    assert (
        event.old_values["office_phone"] == "02 40 37 37 37"
        and event.new_values["office_phone"] == "02 40 37 37 38"
    )
    assert "name" not in event.new_values  # only what changed
    with pytest.raises(ConflictError, match="entre-temps"):  # a second workstation read the old version
        catalogue.update_academy(
            manager,
            a.id,
            a.version,
            name=a.name,
            office_name="Autre",
            office_address="x",
            office_email="dec@ac-nantes.fr",
            office_phone="",
        )
    with pytest.raises(ValidationError, match="e-mail"):
        catalogue.update_academy(
            manager,
            a.id,
            row.version,
            name=a.name,
            office_name="DEC",
            office_address="x",
            office_email="pas-une-adresse",
            office_phone="",
        )
    with pytest.raises(ValidationError, match="département"):
        catalogue.update_academy(
            manager,
            a.id,
            row.version,
            name=a.name,
            office_name="DEC",
            office_address="x",
            office_email="dec@ac-nantes.fr",
            office_phone="",
            departments=("Loire",),
        )
    with pytest.raises(PermissionDenied):
        catalogue.update_academy(
            f.staff_session("agent"),
            a.id,
            row.version,
            name="X",
            office_name="X",
            office_address="X",
            office_email="x@example.fr",
            office_phone="",
        )


def test_exam_catalogue_changes_but_never_strands_a_choice_or_a_piece(world, manager):
    f.registered_candidate(world)  # chose Mathématiques and SES, Anglais (factories.CHOICES)
    exam = next(e for e in queries.exams(manager) if e.id == world.exam_id)
    assert [d.code for d in exam.supporting_documents] == ["ID", "JDC"]
    kept = dict(
        name=exam.name,
        kind="examen",
        level="IV",
        series=exam.series,
        options=exam.options,
        languages=exam.languages,
        specialities_required=2,
    )
    with pytest.raises(RuleViolation, match="« SES » a déjà été choisie"):
        catalogue.update_exam(manager, exam.id, exam.version, specialities=("Mathématiques", "HLP"), **kept)
    with pytest.raises(RuleViolation, match="ne peut pas être retirée"):
        catalogue.update_exam(
            manager,
            exam.id,
            exam.version,
            specialities=exam.specialities,
            **kept,
            supporting_documents=[("ID", "Copie d'une pièce d'identité", True)],
        )
    with pytest.raises(ValidationError, match="dépasse"):
        catalogue.update_exam(
            manager,
            exam.id,
            exam.version,
            **{**kept, "specialities_required": 9},
            specialities=exam.specialities,
        )
    catalogue.update_exam(
        manager,
        exam.id,
        exam.version,
        specialities=(*exam.specialities, "Histoire-géographie, géopolitique et sciences politiques"),
        **{**kept, "options": ("Latin",)},  # nobody chose Grec: it may go
        supporting_documents=[
            ("ID", "Copie d'une pièce d'identité", True),
            ("JDC", "Certificat JDC", False),
            ("photo", "Photographie d'identité", True),
        ],
    )
    row = Exam.get_by_id(exam.id)
    assert row.options == ("Latin",) and row.specialities[-1].startswith("Histoire-géographie")
    types = {t.code: t for t in SupportingDocumentType.select().where(SupportingDocumentType.exam == exam.id)}
    assert set(types) == {"ID", "JDC", "PHOTO"} and not types["JDC"].mandatory and types["PHOTO"].mandatory
    event = _last_event("exam.updated")
    assert event.new_values["options"] == ["Latin"] and "PHOTO" in event.new_values["supporting_documents"]
    with pytest.raises(ConflictError):
        catalogue.update_exam(manager, exam.id, exam.version, specialities=exam.specialities, **kept)


def test_a_centre_changes_but_its_capacity_never_drops_below_the_seats_given(world, manager):
    for i in range(3):
        f.registered_candidate(world, f"c{i}@example.fr", birth_name=f"Martin{chr(97 + i)}")
    assignment.assign_automatically(manager, world.session_id)
    centre = next(c for c in queries.centres(manager, world.academy_id) if c.id == world.centre_id)
    with pytest.raises(RuleViolation, match="sous 3 places"):
        catalogue.update_centre(
            manager,
            centre.id,
            centre.version,
            name=centre.name,
            address=centre.address,
            city=centre.city,
            capacity=2,
            department="44",
        )
    with pytest.raises(ValidationError, match="au moins une place"):
        catalogue.update_centre(
            manager,
            centre.id,
            centre.version,
            name=centre.name,
            address=centre.address,
            city=centre.city,
            capacity=0,
            department="44",
        )
    catalogue.update_centre(
        manager,
        centre.id,
        centre.version,
        name="Lycée Guist'hau (annexe)",
        address=centre.address,
        city=centre.city,
        capacity=3,
        department="44",
    )
    row = Centre.get_by_id(centre.id)
    assert (row.name, row.capacity, row.uai) == ("Lycée Guist'hau (annexe)", 3, "0440021J")
    assert _last_event("centre.updated").new_values == {"name": "Lycée Guist'hau (annexe)", "capacity": 3}


def test_papers_are_changed_and_a_code_is_unique_in_its_session(world, manager):
    papers = queries.papers(manager, world.session_id)
    assert [p.code for p in papers] == ["PHILO", "SPE1"]
    philo = papers[0]
    with pytest.raises(RuleViolation, match="existe déjà"):
        catalogue.add_paper(
            manager, world.session_id, "PHILO", "Philosophie bis", dt.datetime(2027, 6, 17, 8), 60
        )
    with pytest.raises(RuleViolation, match="existe déjà"):
        catalogue.update_paper(
            manager,
            philo.id,
            philo.version,
            code="SPE1",
            name=philo.name,
            starts_at=philo.starts_at,
            duration_minutes=240,
            coefficient=8,
        )
    with pytest.raises(ValidationError, match="12 heures"):
        catalogue.update_paper(
            manager,
            philo.id,
            philo.version,
            code="PHILO",
            name=philo.name,
            starts_at=philo.starts_at,
            duration_minutes=0,
            coefficient=8,
        )
    catalogue.update_paper(
        manager,
        philo.id,
        philo.version,
        code="PHILO",
        name="Philosophie",
        starts_at=dt.datetime(2027, 6, 15, 7, 0),
        duration_minutes=240,
        coefficient=7.5,
    )
    row = Paper.get_by_id(philo.id)
    assert (row.starts_at, row.coefficient, row.version) == (
        dt.datetime(2027, 6, 15, 7, 0),
        7.5,
        philo.version + 1,
    )
    with pytest.raises(NotFound):
        catalogue.update_paper(
            manager, 999_999, 1, code="X", name="X", starts_at=dt.datetime(2027, 6, 1), duration_minutes=60
        )


def test_lookups_are_for_managers_and_list_sessions_with_their_windows(world, manager):
    sessions = {s.id: s for s in queries.exam_sessions(manager)}
    open_session = sessions[world.session_id]
    assert set(open_session.windows) == {"registration", "documents", "results"}
    assert open_session.title == "Baccalauréat général — Session 2027 (Académie de Nantes)"
    agent = f.staff_session("agent")
    for lookup in (queries.academies, queries.exams, queries.exam_sessions, queries.centres):
        with pytest.raises(PermissionDenied):
            lookup(agent)
    with pytest.raises(PermissionDenied):
        queries.journal_page(agent, journal.JournalFilters())


def test_candidatures_missing_pieces_and_lists_come_by_keyset_pages(world, manager):
    names = ["Bernard", "Durand", "Élie", "Martin", "Petit"]
    ids = {}
    for i, name in enumerate(names):
        _, new = f.registered_candidate(world, f"p{i}@example.fr", birth_name=name)
        ids[name] = new.inscription_id
    seen, after = [], None
    while True:
        page = queries.candidatures(manager, world.session_id, after=after, limit=2)
        seen += [r.candidate_name.split()[0] for r in page.rows]
        if page.next_after is None:
            break
        after = page.next_after
    assert seen == ["BERNARD", "DURAND", "ÉLIE", "MARTIN", "PETIT"]  # accents folded in the order
    assert [r.candidate_name for r in queries.candidatures(manager, world.session_id, "eli").rows] == [
        "ÉLIE Jeanne Marie"
    ]
    number = queries.candidatures(manager, world.session_id, "mart").rows[0].number
    assignment.assign(manager, ids["Martin"], world.centre_id, "B12")
    martin = queries.candidatures(manager, world.session_id, "mart").rows[0]
    assert (martin.centre_id, martin.centre_name, martin.room) == (world.centre_id, "Lycée Guist'hau", "B12")
    assert [
        r.candidate_name.split()[0]
        for r in queries.candidatures(manager, world.session_id, unassigned_only=True).rows
    ] == ["BERNARD", "DURAND", "ÉLIE", "PETIT"]
    assert [r.number for r in queries.candidatures(manager, world.session_id, number).rows] == [number]

    types = {t.code: t.id for t in queries.supporting_document_types(manager, world.session_id)}
    for name in ("Bernard", "Durand"):
        for t in types.values():
            supporting.set_received(manager, ids[name], t, True)
    supporting.set_received(manager, ids["Martin"], types["ID"], True)
    first = queries.missing_pieces(manager, world.session_id, limit=2)
    rest = queries.missing_pieces(manager, world.session_id, after=first.next_after, limit=2)
    rows = first.rows + rest.rows
    assert [r.candidate_name.split()[0] for r in rows] == ["ÉLIE", "MARTIN", "PETIT"]
    assert rows[1].missing == ("Certificat JDC",) and rows[1].received == {types["ID"]}
    expected = [(m.inscription_number, m.missing) for m in supporting.missing(manager, world.session_id)]
    assert [(r.number, r.missing) for r in rows] == expected  # the same rule as the service

    inscriptions.withdraw(manager, ids["Petit"], 1, "Demande écrite du candidat", f.STAFF_PASSWORD)
    listed = queries.candidate_list(manager, world.session_id, status="registered", limit=3)
    assert [r[2] for r in listed.rows] == ["BERNARD", "DURAND", "ÉLIE"] and listed.next_after is not None
    more = queries.candidate_list(
        manager, world.session_id, status="registered", after=listed.next_after, limit=3
    )
    assert [r[2] for r in more.rows] == ["MARTIN"] and more.next_after is None
    inscriptions.grant_accommodation(manager, ids["Durand"], "extra_time", "Tiers temps", separate_room=True)
    assert [r[3:5] for r in queries.accommodation_list(manager, world.session_id).rows] == [
        ("DURAND Jeanne Marie", "Majoration du temps de composition")
    ]
    with pytest.raises(PermissionDenied):
        queries.accommodation_list(f.staff_session("print_operator"), world.session_id)


def test_journal_pages_resolve_candidate_numbers_and_export_everything(world, manager, tmp_path):
    cid, new = f.registered_candidate(world)
    number = new.candidate_number
    assert queries.candidate_id_for_number(manager, number) == cid
    assert queries.candidate_id_for_number(manager, new.inscription_number) == cid
    with pytest.raises(NotFound):
        queries.candidate_id_for_number(manager, "1999999999")
    with pytest.raises(ValidationError):
        queries.candidate_id_for_number(manager, "DROP TABLE")
    filters = journal.JournalFilters(candidate_id=cid)
    first = queries.journal_page(manager, filters, limit=1)
    second = queries.journal_page(manager, filters, before_id=first.next_after, limit=1)
    assert first.rows[0].id > second.rows[0].id and all(
        r.candidate_id == cid for r in first.rows + second.rows
    )
    assert {r.candidate_number for r in first.rows + second.rows} == {number}
    count = queries.export_journal(manager, journal.JournalFilters(), tmp_path / "journal.csv")
    text = (tmp_path / "journal.csv").read_bytes().decode("utf-8")
    assert count == AuditEvent.select().count() and text.count("\r\n") == count + 1
    assert "manager1" in queries.journal_actors(manager) and "portail" in queries.journal_actors(manager)


def test_a_manager_signed_in_as_their_own_postgresql_role_may_set_up_what_the_screens_change(
    request, tmp_path, frozen_now
):
    """After pg-setup, the manager's role has the grants these services need; the agent's has none."""
    from cyclades_desktop.store import db as store_db
    from tests.domain.test_pg_roles import setup_pg_world

    pg = setup_pg_world(request, tmp_path)
    boss, own = pg.sign_in("gisele")
    agent, agent_db = pg.sign_in("alain")
    try:
        with store_db.thread_database(own):
            a = next(x for x in queries.academies(boss) if x.id == pg.world.academy_id)
            catalogue.update_academy(
                boss,
                a.id,
                a.version,
                name=a.name,
                office_name="DEC 2",
                office_address="Rectorat",
                office_email="dec@ac-nantes.fr",
                office_phone="",
                departments=a.departments,
            )
            e = next(x for x in queries.exams(boss) if x.id == pg.world.exam_id)
            catalogue.update_exam(
                boss,
                e.id,
                e.version,
                name=e.name,
                kind=e.kind,
                level=e.level,
                series=e.series,
                specialities=e.specialities,
                options=e.options,
                languages=e.languages,
                specialities_required=e.specialities_required,
                supporting_documents=[(d.code, d.label, d.mandatory) for d in e.supporting_documents]
                + [("PHOTO", "Photographie", True)],
            )
            c = queries.centres(boss)[0]
            catalogue.update_centre(
                boss,
                c.id,
                c.version,
                name=c.name,
                address=c.address,
                city=c.city,
                capacity=c.capacity + 10,
                department=c.department,
            )
            new_paper = catalogue.add_paper(
                boss, pg.world.session_id, "EAF", "Français", dt.datetime(2027, 6, 12, 8), 240
            )
            p = next(x for x in queries.papers(boss, pg.world.session_id) if x.id == new_paper)
            catalogue.update_paper(
                boss,
                p.id,
                p.version,
                code="EAF",
                name="Français (écrit)",
                starts_at=p.starts_at,
                duration_minutes=240,
                coefficient=5,
            )
            p = next(x for x in queries.papers(boss, pg.world.session_id) if x.id == new_paper)
            catalogue.delete_paper(boss, p.id, p.version)
            spare = catalogue.create_centre(boss, pg.world.academy_id, "0440098Y", "Erreur", "X", "Nantes", 5)
            catalogue.delete_centre(
                boss, spare, next(x.version for x in queries.centres(boss) if x.id == spare)
            )
            acted = {
                (ev.action, ev.db_role)
                for ev in AuditEvent.select().where(
                    AuditEvent.action.endswith(".updated") | AuditEvent.action.endswith(".deleted")
                )
            }
        assert {action for action, _role in acted} >= {
            "academy.updated",
            "exam.updated",
            "centre.updated",
            "paper.updated",
            "paper.deleted",
            "centre.deleted",
        }
        assert {role for _action, role in acted} == {pg.roles["gisele"]}
        with store_db.thread_database(agent_db), pytest.raises(PermissionDenied):
            catalogue.update_centre(agent, c.id, c.version + 1, name="X", address="X", city="X", capacity=1)
    finally:
        own.close()
        agent_db.close()


def test_codes_are_unique_with_a_french_refusal_and_accommodations_filter_by_centre(world, manager):
    from cyclades_desktop.domain import exports

    with pytest.raises(RuleViolation, match="L'académie « NANTES » existe déjà"):
        catalogue.create_academy(manager, "nantes", "Académie bis", "DEC", "Rectorat", "dec@ac-nantes.fr", "")
    with pytest.raises(RuleViolation, match="L'examen « BAC-GEN » existe déjà"):
        catalogue.create_exam(manager, "bac-gen", "Baccalauréat bis")
    with pytest.raises(ValidationError, match="figure deux fois"):
        catalogue.create_exam(
            manager, "CAP", "CAP", supporting_documents=[("ID", "Pièce", True), ("id", "Autre", True)]
        )
    _, a = f.registered_candidate(world, "a@example.fr", birth_name="Aubert")
    _, b = f.registered_candidate(world, "b@example.fr", birth_name="Barre")
    other = catalogue.create_centre(
        manager,
        world.academy_id,
        "0440022K",
        "Lycée Clemenceau",
        "1 rue Clemenceau",
        "Nantes",
        50,
        department="44",
    )
    assignment.assign(manager, a.inscription_id, world.centre_id, "Salle 1")
    assignment.assign(manager, b.inscription_id, other, "Salle 2")
    for ins in (a, b):
        inscriptions.grant_accommodation(manager, ins.inscription_id, "extra_time", "Tiers temps")
    assert [r[0] for r in exports.accommodations(manager, world.session_id)] == [
        "Lycée Clemenceau",
        "Lycée Guist'hau",
    ]
    assert [r[3] for r in exports.accommodations(manager, world.session_id, centre_id=other)] == [
        "BARRE Jeanne Marie"
    ]
    assert [r[3] for r in queries.accommodation_list(manager, world.session_id, centre_id=other).rows] == [
        "BARRE Jeanne Marie"
    ]


def test_the_journal_reads_days_where_the_staff_are_not_in_utc(world, manager):
    from cyclades_desktop.domain import clock

    paris_winter = dt.timezone(dt.timedelta(hours=1))
    clock.set_now(dt.datetime(2026, 11, 1, 23, 30))  # 00:30 on the 2nd in Paris
    late, _ = f.registered_candidate(world, "tard@example.fr", birth_name="Tardif")  # candidate ids
    clock.set_now(dt.datetime(2026, 11, 2, 23, 30))  # 00:30 on the 3rd in Paris
    next_day, _ = f.registered_candidate(world, "lendemain@example.fr", birth_name="Lendemain")
    day = dt.date(2026, 11, 2)

    def candidates_on(zone):
        rows = journal.query(manager, journal.JournalFilters(since=day, until=day, zone=zone), limit=5000)
        return {e.candidate_id for e in rows} & {late, next_day}

    assert candidates_on(paris_winter) == {late}
    assert candidates_on(dt.UTC) == {next_day}


def test_a_centre_created_by_mistake_is_deleted_only_while_nobody_is_assigned_to_it(world, manager):
    spare = catalogue.create_centre(
        manager, world.academy_id, "0440099Z", "Lycée fantôme", "1 rue X", "Nantes", 10
    )
    _, new = f.registered_candidate(world, "affecte@example.fr", birth_name="Affecté")
    assignment.assign(manager, new.inscription_id, spare, "A1")
    info = next(c for c in queries.centres(manager, world.academy_id) if c.id == spare)
    with pytest.raises(RuleViolation, match="1 candidature"):
        catalogue.delete_centre(manager, spare, info.version)
    assignment.assign(manager, new.inscription_id, world.centre_id, "B2")
    info = next(c for c in queries.centres(manager, world.academy_id) if c.id == spare)
    with pytest.raises(ConflictError):
        catalogue.delete_centre(manager, spare, info.version - 1)
    with pytest.raises(PermissionDenied):
        catalogue.delete_centre(f.staff_session("agent"), spare, info.version)
    assert Centre.select().where(Centre.id == spare).exists()
    catalogue.delete_centre(manager, spare, info.version)
    assert not Centre.select().where(Centre.id == spare).exists()
    assert _last_event("centre.deleted").old_values["uai"] == "0440099Z"
    with pytest.raises(NotFound):
        catalogue.delete_centre(manager, spare, info.version)


def test_a_paper_is_deleted_until_a_mark_is_recorded_for_it(world, manager):
    from cyclades_desktop.domain import marks
    from cyclades_desktop.store.models import Mark

    extra = catalogue.add_paper(
        manager, world.session_id, "LV3", "Langue vivante 3", dt.datetime(2027, 6, 20, 8), 90
    )
    version = next(p.version for p in queries.papers(manager, world.session_id) if p.id == extra)
    catalogue.delete_paper(manager, extra, version)
    assert [p.code for p in queries.papers(manager, world.session_id)] == ["PHILO", "SPE1"]
    assert _last_event("paper.deleted").old_values["code"] == "LV3"
    _, new = f.registered_candidate(world, "note@example.fr", birth_name="Noté")
    marks.import_marks(
        manager, world.session_id, f"numero_inscription;epreuve;note\n{new.inscription_number};PHILO;12\n"
    )
    philo = queries.papers(manager, world.session_id)[0]
    with pytest.raises(RuleViolation, match="1 note"):
        catalogue.delete_paper(manager, philo.id, philo.version)
    assert Mark.select().count() == 1 and Paper.select().where(Paper.id == philo.id).exists()


def test_a_centre_is_filed_under_the_academie_of_its_department(world, manager):
    nantes = next(a for a in queries.academies(manager) if a.id == world.academy_id)
    catalogue.update_academy(
        manager,
        nantes.id,
        nantes.version,
        name=nantes.name,
        office_name=nantes.office_name,
        office_address=nantes.office_address,
        office_email=nantes.office_email,
        office_phone=nantes.office_phone,
        departments=("44", "49", "53", "72", "85"),
    )
    with pytest.raises(ValidationError, match="département 13 n'est pas dans le ressort") as err:
        catalogue.create_centre(
            manager,
            world.academy_id,
            "0130001X",
            "Lycée Thiers",
            "5 place du Lycée",
            "Marseille",
            300,
            department="13",
        )
    assert err.value.field == "department"
    assert not Centre.select().where(Centre.uai == "0130001X").exists()
    centre = next(c for c in queries.centres(manager, world.academy_id) if c.id == world.centre_id)
    with pytest.raises(ValidationError, match="départements 44, 49, 53, 72, 85"):
        catalogue.update_centre(
            manager,
            centre.id,
            centre.version,
            name=centre.name,
            address=centre.address,
            city=centre.city,
            capacity=centre.capacity,
            department="13",
        )
    assert Centre.get_by_id(centre.id).department == centre.department
    laval = catalogue.create_centre(
        manager,
        world.academy_id,
        "0530001D",
        "Lycée Ambroise-Paré",
        "17 rue du Lycée",
        "Laval",
        150,
        department="53",
    )
    assert Centre.get_by_id(laval).department == "53"
