"""The portal's retention rules, run by the exam office: purge of dead accounts.

An account not activated within 48 hours is deleted with its data; an account unused for more
than a year too, unless it has an inscription in a session still running. Each deletion
leaves an audit event (the journal has no foreign key to the candidate, so it outlives it).
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from cyclades_desktop.domain import audit, clock, roles, sessions
from cyclades_desktop.domain.portal import ACTIVATION_DELAY, RETENTION
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.store.db import database
from cyclades_desktop.store.models import (
    AccountToken,
    Candidate,
    Document,
    DocumentContent,
    Inscription,
)


@dataclass(frozen=True)
class PurgeReport:
    not_activated: int
    unused: int
    spared_running: int
    dry_run: bool

    @property
    def total(self) -> int:
        return self.not_activated + self.unused


def _due():
    now = clock.now()
    running = sessions.running_session_ids(now)
    not_activated = (
        Candidate.email.is_null(False)
        & Candidate.activated_at.is_null()
        & (Candidate.created_at <= now - ACTIVATION_DELAY)
    )
    last_use = pw.fn.COALESCE(Candidate.last_used_at, Candidate.activated_at)
    unused = (
        Candidate.email.is_null(False) & Candidate.activated_at.is_null(False) & (last_use <= now - RETENTION)
    )
    in_running = Candidate.id.in_(
        Inscription.select(Inscription.candidate).where(Inscription.session.in_(running or [0]))
    )
    return not_activated, unused, in_running


def _delete_candidate(candidate_id: int) -> None:
    ins_ids = Inscription.select(Inscription.id).where(Inscription.candidate == candidate_id)
    doc_ids = Document.select(Document.id).where(Document.inscription.in_(ins_ids))
    DocumentContent.delete().where(DocumentContent.document.in_(doc_ids)).execute()
    Document.delete().where(Document.inscription.in_(ins_ids)).execute()
    Inscription.delete().where(
        Inscription.candidate == candidate_id
    ).execute()  # cascades to marks, accommodations…
    AccountToken.delete().where(AccountToken.candidate == candidate_id).execute()
    Candidate.delete().where(Candidate.id == candidate_id).execute()


def purge(session, *, dry_run: bool = False, batch: int = 500) -> PurgeReport:
    """Delete due accounts in batches of one transaction each, so that a long purge never blocks the office."""
    roles.require(session, Permission.PURGE)
    not_activated, unused, in_running = _due()
    spared = Candidate.select().where(unused & in_running).count()
    counts = {"not_activated": 0, "unused": 0}
    for rule, cond in (("not_activated", not_activated), ("unused", unused & ~in_running)):
        if dry_run:
            counts[rule] = Candidate.select().where(cond).count()
            continue
        while True:
            with database.atomic():
                ids = [
                    c.id
                    for c in Candidate.select(Candidate.id, Candidate.email, Candidate.candidate_number)
                    .where(cond)
                    .limit(batch)
                ]
                if not ids:
                    break
                for c in Candidate.select(Candidate.id, Candidate.email, Candidate.candidate_number).where(
                    Candidate.id.in_(ids)
                ):
                    _delete_candidate(c.id)
                    audit.record(
                        session,
                        "account.purged",
                        "candidate",
                        c.id,
                        candidate_id=c.id,
                        old={"email": c.email, "candidate_number": c.candidate_number},
                        reason="compte non activé sous 48 heures"
                        if rule == "not_activated"
                        else "compte inutilisé depuis plus d'un an",
                    )
                counts[rule] += len(ids)
    return PurgeReport(counts["not_activated"], counts["unused"], spared, dry_run)
