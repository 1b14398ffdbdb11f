"""The audit journal: one event per change, in the change's transaction, chained by SHA-256.

Each event's hash covers its content and the previous event's hash, so an altered, removed
or inserted event breaks the chain from that point on; `verify` names the first bad one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import cast

from cyclades_desktop.domain import clock
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import AuditEvent, AuditHead

GENESIS = "0" * 64


def _canonical(event: dict) -> str:
    return json.dumps(event, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def event_hash(prev_hash: str, fields: dict) -> str:
    return hashlib.sha256((prev_hash + _canonical(fields)).encode()).hexdigest()


def _hashed_fields(e) -> dict:
    at = e.at if isinstance(e.at, str) else e.at.isoformat(timespec="microseconds")
    return {
        "id": int(e.id),
        "at": at,
        "actor_kind": e.actor_kind,
        "actor": e.actor,
        "action": e.action,
        "entity": e.entity,
        "entity_id": e.entity_id,
        "candidate_id": e.candidate_id,
        "old": e.old_values,
        "new": e.new_values,
        "reason": e.reason,
    }


def record(
    session,
    action: str,
    entity: str,
    entity_id=None,
    *,
    candidate_id=None,
    old=None,
    new=None,
    reason: str = "",
) -> AuditEvent:
    """Append one event; must run inside the transaction of the change it records."""
    return record_many(session, [Entry(action, entity, entity_id, candidate_id, old, new, reason)])[0]


@dataclass(frozen=True)
class Entry:
    """One event to append, before it gets its place in the chain."""

    action: str
    entity: str
    entity_id: int | None = None
    candidate_id: int | None = None
    old: dict | None = None
    new: dict | None = None
    reason: str = ""


_COLUMNS = (
    "id",
    "at",
    "actor_kind",
    "actor",
    "db_role",
    "action",
    "entity",
    "entity_id",
    "candidate_id",
    "old_values",
    "new_values",
    "reason",
    "prev_hash",
    "hash",
)


def record_many(session, entries: list[Entry]) -> list[AuditEvent]:
    """Append events in order, one per change, holding the chain head once for them all (a batch
    stores a chunk of documents in one transaction): must run inside that transaction.

    Each event is still hashed on its own, after the one before.
    """
    if not entries:
        return []
    query = AuditHead.select(AuditHead.last_id, AuditHead.last_hash).where(AuditHead.id == 1)
    if store_db.is_postgres():  # SQLite's IMMEDIATE transactions already serialise writers
        query = query.for_update()
    # peewee-stubs type .tuples() as the model select; its rows are tuples
    last_id, prev_hash = cast(tuple[int, str], query.tuples().get())
    at = clock.now()
    events, rows = [], []
    for n, e in enumerate(entries, start=last_id + 1):
        event = AuditEvent(
            id=n,
            at=at,
            actor_kind=session.actor_kind,
            actor=session.login,
            db_role="",
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            candidate_id=e.candidate_id,
            old_values=_jsonable(e.old),
            new_values=_jsonable(e.new),
            reason=e.reason or "",
            prev_hash=prev_hash,
            hash="",
        )
        event.hash = prev_hash = event_hash(prev_hash, _hashed_fields(event))
        events.append(event)
        rows.append(
            (
                n,
                at,
                event.actor_kind,
                event.actor,
                "",
                event.action,
                event.entity,
                event.entity_id,
                event.candidate_id,
                event.old_values,
                event.new_values,
                event.reason,
                event.prev_hash,
                event.hash,
            )
        )
    if store_db.is_postgres():
        _insert_one_by_one(rows)
    else:  # no row-by-row guard on SQLite: one multi-row INSERT per few hundred events
        fields = [getattr(AuditEvent, c) for c in _COLUMNS]
        for start in range(0, len(rows), 500):
            AuditEvent.insert_many(rows[start : start + 500], fields=fields).as_rowcount().execute()
    AuditHead.update(last_id=events[-1].id, last_hash=events[-1].hash).where(AuditHead.id == 1).execute()
    return events


def _insert_one_by_one(rows: list[tuple]) -> None:
    """PostgreSQL checks each event against the head the previous one moved (migrations/m0002,
    an AFTER ROW trigger, run only at the end of a statement): one INSERT per event then, but
    sent together (psycopg pipelines `executemany`), not one round trip each."""
    db = store_db.database.obj
    json_text = AuditEvent.new_values.db_value
    rows = [(*r[:9], json_text(r[9]), json_text(r[10]), *r[11:]) for r in rows]
    sql = (
        f'INSERT INTO "{AuditEvent._meta.table_name}" ({", ".join(_COLUMNS)}) '
        f"VALUES ({', '.join(['%s'] * len(_COLUMNS))})"
    )
    db.execute_many(sql, rows)


def _jsonable(values):
    if values is None:
        return None
    return json.loads(_canonical(values))


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    checked: int
    first_bad_id: int | None
    problem: str
    head_hash: str

    def message(self) -> str:
        if self.ok:
            return f"Journal intègre : {self.checked} événements vérifiés, empreinte {self.head_hash[:16]}…"
        return f"Journal altéré à l'événement n° {self.first_bad_id} : {self.problem}"


def verify(batch: int = 5000) -> VerifyReport:
    """Walk the chain in id order; ids must follow each other without gaps."""
    prev_hash, expected_id, checked = GENESIS, 1, 0
    last_id = 0
    while True:
        rows = list(AuditEvent.select().where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch))
        if not rows:
            break
        for e in rows:
            if e.id != expected_id:
                return VerifyReport(
                    False,
                    checked,
                    expected_id,
                    f"l'événement n° {expected_id} manque (suivant trouvé : n° {e.id}).",
                    prev_hash,
                )
            if e.prev_hash != prev_hash:
                return VerifyReport(
                    False, checked, e.id, "il ne suit pas l'événement précédent (chaînage rompu).", prev_hash
                )
            if event_hash(prev_hash, _hashed_fields(e)) != e.hash:
                return VerifyReport(False, checked, e.id, "son contenu a été modifié après coup.", prev_hash)
            prev_hash, expected_id, checked = e.hash, expected_id + 1, checked + 1
            last_id = e.id
    head = AuditHead.get_by_id(1)
    if head.last_id != checked or head.last_hash != prev_hash:
        return VerifyReport(
            False,
            checked,
            checked + 1 if head.last_id > checked else checked,
            "la fin du journal a été effacée ou la tête de chaîne ne correspond pas.",
            prev_hash,
        )
    return VerifyReport(True, checked, None, "", prev_hash)


def export_head() -> dict:
    head = AuditHead.get_by_id(1)
    return {
        "last_id": head.last_id,
        "last_hash": head.last_hash,
        "exported_at": clock.now().isoformat(timespec="seconds") + "Z",
    }


def events_for_candidate(candidate_id: int, limit: int = 500) -> list[AuditEvent]:
    return list(
        AuditEvent.select()
        .where(AuditEvent.candidate_id == candidate_id)
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    )


def to_utc_text(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S UTC")
