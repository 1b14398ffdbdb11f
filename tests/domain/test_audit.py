"""The hash-chained journal: verify names the first altered, removed or inserted event."""

import pytest

from cyclades_desktop.domain import audit, staff
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import AuditEvent
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
    _bypass_guards(
        "INSERT INTO audit_event (id, at, actor_kind, actor, db_role, action, entity, reason, prev_hash, hash)"
        " VALUES (4, '2026-11-02 09:00:00', 'staff', 'pirate', '', 'x', 'y', '', ?, ?)",
        ("a" * 64, "b" * 64),
    )
    report = audit.verify()
    assert not report.ok and report.first_bad_id == 4


def test_export_head_matches_the_last_event(journal):
    head = audit.export_head()
    assert head["last_id"] == journal.checked and head["last_hash"] == journal.head_hash


def test_events_appended_together_chain_like_one_by_one(journal):
    system = staff.system_session()
    with store_db.database.atomic():
        single = audit.record(system, "test.one", "thing", 1, new={"n": 1})
        many = audit.record_many(
            system,
            [
                audit.Entry("test.many", "thing", i, candidate_id=i, new={"n": i, "é": "à"})
                for i in range(2, 6)
            ],
        )
        last = audit.record(system, "test.one", "thing", 6, old={"n": 5}, reason="fin")
        assert audit.record_many(system, []) == []
    events = [single, *many, last]
    assert [e.id for e in events] == list(range(journal.checked + 1, journal.checked + 7))
    assert [e.prev_hash for e in events[1:]] == [e.hash for e in events[:-1]]
    stored = list(AuditEvent.select().where(AuditEvent.id > journal.checked).order_by(AuditEvent.id))
    assert [(e.id, e.hash, e.action, e.entity_id, e.candidate_id, e.new_values) for e in stored] == [
        (e.id, e.hash, e.action, e.entity_id, e.candidate_id, e.new_values) for e in events
    ]
    report = audit.verify()
    assert report.ok and report.checked == journal.checked + 6 and report.head_hash == last.hash
    assert audit.export_head()["last_id"] == last.id
