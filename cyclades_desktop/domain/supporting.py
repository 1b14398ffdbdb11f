"""Pièces justificatives: ticking what each candidature has provided, and what is still missing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from cyclades_desktop.domain import audit, clock, roles
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import NotFound, ValidationError
from cyclades_desktop.store.db import transactional
from cyclades_desktop.store.models import (
    Candidate,
    Inscription,
    SupportingDocumentReceived,
    SupportingDocumentType,
)


@transactional
def set_received(session, inscription_id: int, type_id: int, received: bool) -> None:
    if session.actor_kind != "system" and not (
        session.can(Permission.MANAGE_SESSIONS) or session.can(Permission.CORRECT_IDENTITY)
    ):
        roles.require(session, Permission.MANAGE_SESSIONS)
    ins = Inscription.get_or_none(Inscription.id == inscription_id)
    if ins is None:
        raise NotFound("Cette candidature n'existe pas.")
    t = SupportingDocumentType.get_or_none(SupportingDocumentType.id == type_id)
    if t is None or t.exam_id != ins.session.exam_id:
        raise ValidationError("Cette pièce n'est pas demandée pour cet examen.")
    existing = SupportingDocumentReceived.get_or_none(
        (SupportingDocumentReceived.inscription == ins.id)
        & (SupportingDocumentReceived.document_type == t.id)
    )
    if received and existing is None:
        SupportingDocumentReceived.create(
            inscription=ins.id, document_type=t.id, received_at=clock.now(), received_by=session.login
        )
    elif not received and existing is not None:
        existing.delete_instance()
    else:
        return
    audit.record(
        session,
        "supporting_document.received" if received else "supporting_document.unticked",
        "inscription",
        ins.id,
        candidate_id=ins.candidate_id,
        new={"piece": t.label, "received": received},
    )


@dataclass(frozen=True)
class MissingPieces:
    inscription_id: int
    inscription_number: str
    candidate_name: str
    missing: tuple


def missing(session, session_id: int) -> list[MissingPieces]:
    """Active candidatures of the session still missing a mandatory piece, in name order."""
    roles.require(session, Permission.VIEW_CANDIDATE)
    from cyclades_desktop.store.models import ExamSession

    s = ExamSession.get_or_none(ExamSession.id == session_id)
    if s is None:
        raise NotFound("Cette session n'existe pas.")
    types = list(
        SupportingDocumentType.select().where(
            (SupportingDocumentType.exam == s.exam_id) & SupportingDocumentType.mandatory
        )
    )
    if not types:
        return []
    received: dict[int, set] = {}
    rows = (
        SupportingDocumentReceived.select(
            SupportingDocumentReceived.inscription, SupportingDocumentReceived.document_type
        )
        .join(Inscription)
        .where(Inscription.session == session_id)
        .tuples()
    )
    for ins_id, type_id in cast(Iterable[tuple[int, int]], rows):  # peewee-stubs: .tuples() rows are tuples
        received.setdefault(ins_id, set()).add(type_id)
    out = []
    q = (
        Inscription.select(
            Inscription.id,
            Inscription.number,
            Candidate.birth_name,
            Candidate.usage_name,
            Candidate.first_names,
        )
        .join(Candidate, on=(Inscription.candidate == Candidate.id))
        .where((Inscription.session == session_id) & (Inscription.status == "registered"))
        .order_by(Candidate.name_key, Candidate.first_key, Inscription.id)
    )
    for ins in q:
        lacking = tuple(t.label for t in types if t.id not in received.get(ins.id, set()))
        if lacking:
            c = ins.candidate
            out.append(
                MissingPieces(
                    ins.id, ins.number, f"{(c.usage_name or c.birth_name).upper()} {c.first_names}", lacking
                )
            )
    return out
