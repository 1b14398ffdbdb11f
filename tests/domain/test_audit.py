"""The hash-chained journal: verify names the first altered, removed or inserted event."""

import pytest

from cyclades_desktop.domain import audit, staff
from cyclades_desktop.store import db as store_db
from tests import factories as f


@pytest.fixture
def journal(db, frozen_now):
    f.build_world()
    report = audit.verify()
    assert report.ok and report.checked >= 5
    return report


def _bypass_guards(sql, params=()):
    """Tamper as an attacker with the file or superuser access would: guards off."""
    db = store_db.database
    if store_db.is_postgres():
        sql = sql.replace("?", "%s")
        with db.atomic():
            db.execute_sql("SET LOCAL session_replication_role = replica")
            db.execute_sql(sql, params)
    else:
        with db.atomic():
            for t in ("audit_event_no_update", "audit_event_no_delete"):
                db.execute_sql(f"DROP TRIGGER IF EXISTS {t}")
            db.execute_sql(sql, params)


def test_altered_event_is_named(journal):
    _bypass_guards("UPDATE audit_event SET reason = 'falsifié' WHERE id = 3")
    report = audit.verify()
    assert not report.ok and report.first_bad_id == 3
    assert "modifié" in report.message()


def test_removed_event_is_named(journal):
    _bypass_guards("DELETE FROM audit_event WHERE id = 2")
    report = audit.verify()
    assert not report.ok and report.first_bad_id == 2 and "manque" in report.problem


def test_removed_tail_is_detected(journal):
    last = journal.checked
    _bypass_guards("DELETE FROM audit_event WHERE id = ?", (last,))
    assert not audit.verify().ok


def test_inserted_event_is_named(journal):
    _bypass_guards("UPDATE audit_event SET id = id + 1000 WHERE id >= 4")
    _bypass_guards("INSERT INTO audit_event (id, at, actor_kind, actor, db_role, action, entity, reason, prev_hash, hash)"
                   " VALUES (4, '2026-11-02 09:00:00', 'staff', 'pirate', '', 'x', 'y', '', ?, ?)", ("a" * 64, "b" * 64))
    report = audit.verify()
    assert not report.ok and report.first_bad_id == 4


def test_export_head_matches_the_last_event(journal):
    head = audit.export_head()
    assert head["last_id"] == journal.checked and head["last_hash"] == journal.head_hash
