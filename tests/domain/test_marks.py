"""Import of marks and decisions: every bad row reported by line, nothing imported then."""

import sqlite3

import pytest

from cyclades_desktop.domain import inscriptions, marks, publication
from cyclades_desktop.domain.marks import ImportRejected
from cyclades_desktop.errors import PermissionDenied
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import Inscription, Mark, Result
from tests import factories as f


@pytest.fixture
def two(db, frozen_now):
    world = f.build_world()
    _, a = f.registered_candidate(world, "a@example.fr", birth_name="Durand")
    _, b = f.registered_candidate(world, "b@example.fr", birth_name="Żółć")
    return world, a.inscription_number, b.inscription_number


def test_good_file_is_imported_with_average_and_decision(two):
    world, a, b = two
    content = (
        "\ufeffnumero_inscription;epreuve;note;conservee;decision;mention\n"
        f"{a};PHILO;12,5;non;admis;assez bien\n{a};SPE1;14;oui;admis;assez bien\n"
        f"{b};PHILO;ABS;;;\n{b};SPE1;8;;;\n"
    )
    content = content.replace("admis;assez bien", "admis;très bien avec félicitations du jury")
    report = marks.import_marks(f.staff_session("manager"), world.session_id, content)
    assert (report.rows, report.inscriptions, report.results) == (4, 2, 1)
    ins = Inscription.get(Inscription.number == a)
    result = Result.get(Result.inscription == ins.id)
    assert (float(result.average), result.decision) == (13.5, "admis")
    assert result.mention == "très bien avec félicitations du jury"  # 36 characters, on both backends
    assert Mark.select().where(Mark.kept).count() == 1 and Mark.select().where(Mark.absent).count() == 1
    pdf = publication.pdf_bytes(
        publication.publish(f.staff_session("agent", "ag2"), ins.id, "transcript").document_id
    )
    assert pdf.startswith(b"%PDF")


def test_any_bad_row_rejects_the_whole_file_with_line_numbers(two):
    world, a, b = two
    content = (
        "numero_inscription,epreuve,note,decision\n"
        f"{a},PHILO,12,admis\n"
        f"{a},PHILO,13,admis\n"
        f"{b},MATHS,10,\n"
        f"999999999999,PHILO,10,\n"
        f"{b},SPE1,21,\n"
        f"{b},PHILO,douze,\n"
        f"{a},SPE1,10,refusé\n"
        f"{b},SPE1,10,recalé\n"
    )
    with pytest.raises(marks.ImportRejected) as err:
        marks.import_marks(f.staff_session("manager"), world.session_id, content)
    lines = [line for line, _ in err.value.problems]
    assert lines == [3, 4, 5, 6, 7, 8, 9]
    assert "rien n'a été importé" in str(err.value) and "ligne 4 : épreuve « MATHS » inconnue" in str(
        err.value
    )
    assert Mark.select().count() == 0 and Result.select().count() == 0


def test_missing_columns_and_role(two):
    world, a, _ = two
    with pytest.raises(marks.ImportRejected, match="colonne"):
        marks.import_marks(f.staff_session("manager"), world.session_id, "numero;note\n1;2\n")
    with pytest.raises(PermissionDenied):
        marks.import_marks(
            f.staff_session("agent"), world.session_id, f"numero_inscription;epreuve;note\n{a};PHILO;1\n"
        )


def test_the_file_is_checked_before_the_write_lock_is_taken(sqlite_db, frozen_now):
    """Another workstation holding SQLite's write lock does not stop the check, only the short write."""
    world = f.build_world()
    _, a = f.registered_candidate(world, "a@example.fr", birth_name="Durand")
    good = f"numero_inscription;epreuve;note\n{a.inscription_number};PHILO;12\n"
    bad = f"numero_inscription;epreuve;note\n{a.inscription_number};PHILO;25\n"
    manager = f.staff_session("manager")  # before the lock: creating the account writes
    other = sqlite3.connect(store_db.database.database, timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the other workstation's write transaction
    try:
        with pytest.raises(ImportRejected, match="ligne 2 : note « 25 » hors de l'intervalle"):
            marks.import_marks(manager, world.session_id, bad)
        plan = marks.check_marks_file(world.session_id, good)
        assert len(plan.marks) == 1 and not store_db.database.in_transaction()
    finally:
        other.execute("ROLLBACK")
        other.close()
    report = marks.import_marks(manager, world.session_id, good)
    assert report.rows == 1 and Mark.select().count() == 1


def test_a_candidature_withdrawn_between_the_check_and_the_write_stops_the_import(two):
    world, a, _b = two
    content = f"numero_inscription;epreuve;note\n{a};PHILO;12\n"
    plan = marks.check_marks_file(world.session_id, content)
    ins = Inscription.get(Inscription.number == a)
    inscriptions.withdraw(f.staff_session("agent"), ins.id, ins.version, "Demande écrite", f.STAFF_PASSWORD)
    with pytest.raises(ImportRejected, match=f"ligne 2 : la candidature n° {a} n'est plus active"):
        marks._write_marks(f.staff_session("manager"), plan)
    assert Mark.select().count() == 0
