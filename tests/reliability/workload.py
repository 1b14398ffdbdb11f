"""A mixed workload for many concurrent sessions, and the invariants checked after it.

Each worker thread is one workstation (on PostgreSQL: signed in as its own agent and print
operator roles, plus the portal's role) doing, at random: identity corrections, withdrawals,
publications, portal modifications of choices, and new registrations through the portal.
Expected refusals (someone saved first, the candidature was withdrawn meanwhile) are counted;
anything else is a failure.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import hashlib
import itertools
import random
import string
import threading
import time
import traceback
from dataclasses import dataclass, field

from cyclades_desktop.domain import audit, candidates, inscriptions, portal, publication
from cyclades_desktop.errors import ConflictError, RuleViolation
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import AuditEvent, Candidate, Document, DocumentContent, Inscription
from tests import factories as f

WEIGHTS = {"correct": 30, "publish": 25, "modify": 20, "register": 15, "withdraw": 10}
SPECIALITIES = (
    ("Mathématiques", "SES"),
    ("Physique-chimie", "SVT"),
    ("HLP", "SES"),
    ("Mathématiques", "SVT"),
)
_names = itertools.count()


def _letters(n: int) -> str:
    out = ""
    n += 26 * 26
    while n:
        n, r = divmod(n, 26)
        out = string.ascii_lowercase[r] + out
    return out.capitalize()


def fresh_first_name() -> str:
    return f"Anne-{_letters(next(_names))}"


@dataclass
class Workstation:
    """What one thread acts as; `*_db` are its own connections (None: the shared database)."""

    agent: object
    printer: object
    agent_db: object = None
    printer_db: object = None
    portal_db: object = None


@dataclass
class Tally:
    ops: collections.Counter = field(default_factory=collections.Counter)
    outcomes: collections.Counter = field(default_factory=collections.Counter)
    failures: list = field(default_factory=list)
    corrected: int = 0
    withdrawn: int = 0
    modified: int = 0
    registered: int = 0
    published: int = 0


def populate(world, count: int) -> tuple[list, list]:
    """`count` registered candidates with a centre: the shared targets of the workload."""
    ids, ins_ids = [], []
    for i in range(count):
        cid, new = f.registered_candidate(
            world, f"cible{i}@example.fr", birth_name=f"Cible{_letters(i)}", first_names="Jeanne"
        )
        ids.append(cid)
        ins_ids.append(new.inscription_id)
    Inscription.update(centre=world.centre_id, room="C1").where(Inscription.id.in_(ins_ids)).execute()
    return ids, ins_ids


@contextlib.contextmanager
def _as(db):
    if db is None:
        yield
    else:
        with store_db.thread_database(db):
            yield


@store_db.transactional
def _modify_and_tell(cid: int, iid: int, choices: dict) -> bool:
    """The portal's modification, and whether it changed anything (it says « version » either way)."""
    query = Inscription.select(Inscription.version).where(Inscription.id == iid)
    if store_db.is_postgres():
        query = query.for_update()  # nobody else modifies it between our look and the service's
    before = query.get().version
    return portal.modify_inscription(cid, iid, choices) > before


def _one(kind: str, ws: Workstation, rnd: random.Random, targets, world, tally: Tally, serial: str) -> str:
    cids, ins_ids = targets
    if kind == "correct":
        cid = rnd.choice(cids)
        with _as(ws.agent_db):
            version = Candidate.get_by_id(cid).version  # the file as the agent opened it
            time.sleep(rnd.random() * 0.004)  # reading and typing: others may save meanwhile
            candidates.correct_identity(
                ws.agent,
                cid,
                version,
                {"first_names": fresh_first_name()},
                "Correction (essai de charge)",
                f.STAFF_PASSWORD,
            )
        tally.corrected += 1
    elif kind == "withdraw":
        iid = rnd.choice(ins_ids[: len(ins_ids) // 2])  # the other half stays active for the rest
        with _as(ws.agent_db):
            version = Inscription.get_by_id(iid).version
            time.sleep(rnd.random() * 0.004)
            inscriptions.withdraw(
                ws.agent, iid, version, "Désinscription (essai de charge)", f.STAFF_PASSWORD
            )
        tally.withdrawn += 1
    elif kind == "publish":
        with _as(ws.printer_db):
            result = publication.publish(ws.printer, rnd.choice(ins_ids), "convocation")
        if result.created:
            tally.published += 1
            return "created"
        return "unchanged"
    elif kind == "modify":
        i = rnd.randrange(len(ins_ids))
        with _as(ws.portal_db):
            changed = _modify_and_tell(cids[i], ins_ids[i], {"specialities": rnd.choice(SPECIALITIES)})
        if changed:
            tally.modified += 1
            return "changed"
        return "unchanged"
    elif kind == "register":
        with _as(ws.portal_db):
            cid = f.active_candidate(
                f"nouveau.{serial}@example.fr", birth_name=f"Nouveau{_letters(rnd.randrange(10**6))}"
            )
            portal.register(cid, world.session_id, dict(f.CHOICES))
        tally.registered += 1
    return "ok"


def worker(
    ws: Workstation, seed: int, ops: int, targets, world, tally: Tally, start: threading.Barrier, close_dbs=()
) -> None:
    rnd = random.Random(seed)
    kinds = list(WEIGHTS)
    weights = [WEIGHTS[k] for k in kinds]
    try:
        start.wait()
        for n in range(ops):
            kind = rnd.choices(kinds, weights)[0]
            tally.ops[kind] += 1
            try:
                outcome = _one(kind, ws, rnd, targets, world, tally, f"{seed}-{n}")
            except ConflictError:
                outcome = "conflict"
            except RuleViolation as exc:  # withdrawn meanwhile: refused, as it must be
                outcome = "refused:" + str(exc)[:40]
            except Exception as exc:
                outcome = "FAILED"
                tally.failures.append(f"{kind}: {type(exc).__name__}: {exc}\n{traceback.format_exc()}")
            tally.outcomes[f"{kind}:{outcome}"] += 1
    finally:
        for db in close_dbs:
            if db is not None:
                db.close()  # this thread's connections


def run(workstations: list, ops: int, targets, world, seed: int = 2027) -> tuple[Tally, float]:
    tallies = [Tally() for _ in workstations]
    start = threading.Barrier(len(workstations))
    threads = [
        threading.Thread(
            target=worker,
            name=f"poste-{i}",
            args=(
                ws,
                seed + i,
                ops,
                targets,
                world,
                tallies[i],
                start,
                (ws.agent_db, ws.printer_db, ws.portal_db) if ws.agent_db else (store_db.database.obj,),
            ),
        )
        for i, ws in enumerate(workstations)
    ]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    elapsed = time.perf_counter() - began
    assert not any(t.is_alive() for t in threads), "a workstation is stuck"
    total = Tally()
    for t in tallies:
        total.ops.update(t.ops)
        total.outcomes.update(t.outcomes)
        total.failures.extend(t.failures)
        for name in ("corrected", "withdrawn", "modified", "registered", "published"):
            setattr(total, name, getattr(total, name) + getattr(t, name))
    return total, elapsed


# ----------------------------------------------------------------------------- invariants


@dataclass
class Baseline:
    last_event: int
    candidate_versions: dict
    inscription_versions: dict
    documents: int


def baseline() -> Baseline:
    return Baseline(
        AuditEvent.select(AuditEvent.id).order_by(AuditEvent.id.desc()).scalar() or 0,
        dict(Candidate.select(Candidate.id, Candidate.version).tuples()),
        dict(Inscription.select(Inscription.id, Inscription.version).tuples()),
        Document.select().count(),
    )


def check_invariants(base: Baseline, tally: Tally) -> dict:
    """Every change has its audit event; numbers unique; one current version; no withdrawal undone."""
    events = list(AuditEvent.select().where(AuditEvent.id > base.last_event).order_by(AuditEvent.id))
    by_action = collections.Counter(e.action for e in events)
    checked = collections.Counter()

    # every change the workstations reported has its event, and every event its change
    assert by_action["identity.corrected"] == tally.corrected
    assert by_action["inscription.withdrawn"] == tally.withdrawn
    assert by_action["inscription.modified"] == tally.modified
    assert by_action["inscription.created"] == tally.registered
    checked["changes_matched_to_events"] = (
        tally.corrected + tally.withdrawn + tally.modified + tally.registered
    )

    # versions moved exactly as many times as events say
    per_candidate = collections.Counter(e.entity_id for e in events if e.action == "identity.corrected")
    for cid, version in Candidate.select(Candidate.id, Candidate.version).tuples():
        if cid in base.candidate_versions:
            assert version - base.candidate_versions[cid] == per_candidate[cid], cid
            checked["candidate_versions"] += 1
    per_inscription = collections.Counter(
        e.entity_id for e in events if e.action in ("inscription.modified", "inscription.withdrawn")
    )
    for iid, version in Inscription.select(Inscription.id, Inscription.version).tuples():
        if iid in base.inscription_versions:
            assert version - base.inscription_versions[iid] == per_inscription[iid], iid
            checked["inscription_versions"] += 1

    # documents: one event per version, contiguous versions, one current, content intact
    documents = list(Document.select().order_by(Document.inscription, Document.kind, Document.version))
    assert len(documents) - base.documents == by_action["document.published"]
    groups = collections.defaultdict(list)
    for d in documents:
        groups[(d.inscription_id, d.kind)].append(d)
    for versions in groups.values():
        assert [d.version for d in versions] == list(range(1, len(versions) + 1))
        assert [d.is_current for d in versions] == [False] * (len(versions) - 1) + [True]
    sizes = dict(DocumentContent.select(DocumentContent.document, DocumentContent.pdf).tuples())
    for d in documents:
        assert hashlib.sha256(bytes(sizes[d.id])).hexdigest() == d.sha256, d.id
    checked["documents"] = len(documents)

    # numbers unique
    for column in (Inscription.number, Candidate.candidate_number, Document.verification_code):
        values = [v for (v,) in column.model.select(column).where(column.is_null(False)).tuples()]
        assert len(values) == len(set(values)), column
        checked["numbers"] += len(values)

    # no inscription came back from withdrawal
    withdrawn = {e.entity_id for e in AuditEvent.select().where(AuditEvent.action == "inscription.withdrawn")}
    statuses = dict(
        Inscription.select(Inscription.id, Inscription.status)
        .where(Inscription.id.in_(list(withdrawn) or [0]))
        .tuples()
    )
    assert set(statuses.values()) <= {"withdrawn"}
    checked["withdrawals_still_withdrawn"] = len(statuses)

    report = audit.verify()
    assert report.ok, report.message()
    checked["audit_events_verified"] = report.checked
    return dict(checked)


def summary(tally: Tally) -> dict:
    conflicts = sum(v for k, v in tally.outcomes.items() if k.endswith(":conflict"))
    refused = sum(v for k, v in tally.outcomes.items() if ":refused" in k)
    return {
        "operations": sum(tally.ops.values()),
        "by_kind": dict(tally.ops),
        "conflicts_detected": conflicts,
        "refused_as_expected": refused,
        "failures": len(tally.failures),
        "changes": {
            "corrected": tally.corrected,
            "withdrawn": tally.withdrawn,
            "modified": tally.modified,
            "registered": tally.registered,
            "published": tally.published,
        },
    }


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
