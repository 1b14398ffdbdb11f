"""What the database guards by itself, whoever writes: triggers and constraints, both backends."""

import peewee
import pytest

from cyclades_desktop.domain import audit, inscriptions, staff
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import AuditEvent, Document, Inscription
from tests import factories as f

DB_ERRORS = (peewee.IntegrityError, peewee.InternalError, peewee.OperationalError, peewee.DatabaseError)


@pytest.fixture
def registered(db, frozen_now):
    world = f.build_world()
    return f.registered_candidate(world)


def _raw(sql, params=()):
    if store_db.is_postgres():
        sql = sql.replace("?", "%s")
    with store_db.database.atomic():
        store_db.database.execute_sql(sql, params)


def test_withdrawn_inscription_cannot_be_updated_back(registered):
    _, new = registered
    ins = Inscription.get_by_id(new.inscription_id)
    inscriptions.withdraw(staff.system_session(), ins.id, ins.version, "Demande écrite")
    for status in ("registered", "set_aside"):
        with pytest.raises(DB_ERRORS, match="jamais en arrière"):
            _raw("UPDATE inscription SET status = ? WHERE id = ?", (status, ins.id))
    assert Inscription.get_by_id(ins.id).status == "withdrawn"


def test_set_aside_may_only_move_forward(registered):
    _, new = registered
    ins = Inscription.get_by_id(new.inscription_id)
    inscriptions.set_aside(staff.system_session(), ins.id, ins.version, "Pièces manquantes")
    with pytest.raises(DB_ERRORS, match="jamais en arrière"):
        _raw("UPDATE inscription SET status = 'registered' WHERE id = ?", (ins.id,))
    _raw("UPDATE inscription SET status = 'withdrawn' WHERE id = ?", (ins.id,))


def test_audit_rows_cannot_be_updated_or_deleted(registered):
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    with pytest.raises(DB_ERRORS, match="journal"):
        _raw("UPDATE audit_event SET reason = 'falsifié' WHERE id = ?", (event.id,))
    with pytest.raises(DB_ERRORS, match="journal"):
        _raw("DELETE FROM audit_event WHERE id = ?", (event.id,))
    assert audit.verify().ok


def test_published_document_is_never_rewritten(registered):
    doc = Document.get()
    with pytest.raises(DB_ERRORS, match="réécrit"):
        _raw("UPDATE document SET sha256 = ? WHERE id = ?", ("0" * 64, doc.id))
    with pytest.raises(DB_ERRORS, match="réécrit"):
        _raw("UPDATE document_content SET pdf = ? WHERE document_id = ?", (b"%PDF-forged", doc.id))


def test_one_current_version_per_kind(registered):
    doc = Document.get()
    with pytest.raises(DB_ERRORS):
        _raw(
            "INSERT INTO document (inscription_id, kind, version, is_current, verification_code, sha256, "
            "input_hash, size, published_at, published_by) VALUES (?, 'recap', 2, ?, 'XXXX-XXXX-XXXX', ?, ?, 1, "
            "'2026-11-02 09:00:00', 'script')",
            (doc.inscription_id, True, "1" * 64, "2" * 64),
        )
    assert Document.select().where(Document.is_current).count() == 1


def test_superseded_document_cannot_become_current_again(registered):
    cid, new = registered
    from cyclades_desktop.domain import portal

    portal.modify_inscription(cid, new.inscription_id, {"specialities": ("Physique-chimie", "SVT")})
    old = Document.get(Document.version == 1)
    with pytest.raises(DB_ERRORS):
        _raw("UPDATE document SET is_current = ? WHERE id = ?", (True, old.id))
