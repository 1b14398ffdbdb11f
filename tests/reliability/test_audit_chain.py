"""The journal under load and under attack: never forked, and verify names the first bad event."""

from __future__ import annotations

import threading

import psycopg
import pytest

from cyclades_desktop import cli
from cyclades_desktop.domain import audit, candidates
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import AuditEvent, Candidate
from tests import factories as f

THREADS, APPENDS = 8, 30


def test_concurrent_appends_never_fork_the_chain(db, frozen_now, figures):
    world = f.build_world()
    cid, _ = f.registered_candidate(world)
    agent = f.staff_session("agent")
    first = AuditEvent.select(AuditEvent.id).order_by(AuditEvent.id.desc()).scalar()
    start = threading.Barrier(THREADS)
    errors = []

    def appender():
        try:
            start.wait()
            for _ in range(APPENDS):
                candidates.send_reset_link(agent, cid)  # one event, a token and an e-mail per call
        except Exception as exc:
            errors.append(exc)
        finally:
            store_db.database.close()

    threads = [threading.Thread(target=appender) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors[:3]
    ids = [
        e.id for e in AuditEvent.select(AuditEvent.id).where(AuditEvent.id > first).order_by(AuditEvent.id)
    ]
    assert ids == list(range(first + 1, first + 1 + THREADS * APPENDS))  # no gap, no duplicate
    prevs = [e.prev_hash for e in AuditEvent.select(AuditEvent.prev_hash)]
    assert len(prevs) == len(set(prevs))  # no two events follow the same one: no fork
    report = audit.verify()
    assert report.ok, report.message()
    figures.record(
        f"concurrent journal appends [{store_db.backend()}]",
        connections=THREADS,
        appends=THREADS * APPENDS,
        forks=0,
        verified=report.checked,
    )


@pytest.fixture
def pg_db(request, tmp_path, frozen_now):
    from tests.conftest import fresh_database

    url = fresh_database("postgres", request, tmp_path)
    yield store_db.parse_url(url)
    store_db.close_database()


def test_a_client_that_does_not_lock_the_head_cannot_fork_it(pg_db, request):
    """A second client (a script, the portal) reads the head, someone appends, it appends too: refused."""
    f.build_world()
    server = request.getfixturevalue("pg_server")
    with server.admin_connect(pg_db.name) as rogue:
        last_id, last_hash = rogue.execute("SELECT last_id, last_hash FROM audit_head").fetchone()
        newcomer = f.active_candidate()  # the application appends meanwhile (locking properly)
        with pytest.raises(psycopg.errors.CheckViolation, match="ne suit pas la tête"):
            rogue.execute(
                "INSERT INTO audit_event (id, at, actor_kind, actor, db_role, action, entity, reason, "
                "prev_hash, hash) VALUES (%s, now(), 'system', 'script', '', 'x', 'y', '', %s, %s)",
                (last_id + 1, last_hash, "f" * 64),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="tête du journal"):
            rogue.execute("UPDATE audit_head SET last_id = last_id - 1")
    assert newcomer and audit.verify().ok


@pytest.mark.parametrize(
    "tamper, first_bad",
    [
        ("UPDATE audit_event SET reason = 'falsifié' WHERE id = 5", 5),
        ("DELETE FROM audit_event WHERE id = 6", 6),
        ('UPDATE audit_event SET new_values = \'{"role": "manager"}\' WHERE id = 7', 7),
    ],
)
def test_cli_audit_verify_names_the_first_bad_event(db, frozen_now, capsys, tamper, first_bad):
    f.build_world()
    database = store_db.database
    with database.atomic():
        if store_db.is_postgres():
            database.execute_sql("SET LOCAL session_replication_role = replica")  # a superuser's tampering
        else:
            for trigger in ("audit_event_no_update", "audit_event_no_delete"):
                database.execute_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        database.execute_sql(tamper)
    store_db.close_database()
    assert cli.main(["--database", db, "audit", "verify"]) == 3
    out = capsys.readouterr().out
    assert f"n° {first_bad}" in out, out
    store_db.open_database(db)


def test_identity_lock_is_never_lifted(db, frozen_now):
    world = f.build_world()
    cid, _ = f.registered_candidate(world)
    sql = "UPDATE candidate SET identity_locked_at = NULL WHERE id = ?"
    if store_db.is_postgres():
        sql = sql.replace("?", "%s")
    with pytest.raises(Exception, match="verrou d'identité"), store_db.database.atomic():
        store_db.database.execute_sql(sql, (cid,))
    assert Candidate.get_by_id(cid).identity_locked_at is not None
