"""Assigning registered candidates to exam centres and rooms, within capacity.

Automatic assignment keeps candidates near home (a centre of their department, else of their
académie) and seats those whose accommodations need a separate room in a room of their own
kind (« salle aménagée »), so the convocation carries the right room.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

import peewee as pw

from cyclades_desktop.domain import audit, clock, departments, roles, validation
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import NotFound, RuleViolation, ValidationError
from cyclades_desktop.store.db import transactional
from cyclades_desktop.store.models import Accommodation, Candidate, Centre, ExamSession, Inscription

ROOM_SEATS = 30
ADAPTED_ROOM_SEATS = 10


def _require(session):
    if session.actor_kind != "system":
        roles.require(session, Permission.MANAGE_SESSIONS)


@dataclass(frozen=True)
class CentreLoad:
    centre_id: int
    uai: str
    name: str
    city: str
    capacity: int
    assigned: int

    @property
    def free(self) -> int:
        return self.capacity - self.assigned


def loads(session_id: int) -> list[CentreLoad]:
    """Each centre of the session's académie with its seats taken in this session."""
    s = ExamSession.get_or_none(ExamSession.id == session_id)
    if s is None:
        raise NotFound("Cette session n'existe pas.")
    rows = (
        Inscription.select(Inscription.centre, pw.fn.COUNT(Inscription.id))
        .where(
            (Inscription.session == session_id)
            & (Inscription.status == "registered")
            & Inscription.centre.is_null(False)
        )
        .group_by(Inscription.centre)
        .tuples()
    )
    taken = dict(cast(Iterable[tuple[int, int]], rows))  # peewee-stubs: rows are (centre id, count)
    return [
        CentreLoad(c.id, c.uai, c.name, c.city, c.capacity, taken.get(c.id, 0))
        for c in Centre.select().where(Centre.academy == s.academy_id).order_by(Centre.name)
    ]


@dataclass(frozen=True)
class AssignmentReport:
    assigned: int
    adapted_rooms: int
    unassigned: int  # no seat left anywhere in the académie

    def summary(self) -> str:
        text = f"{self.assigned} candidat(s) affecté(s), dont {self.adapted_rooms} en salle aménagée."
        if self.unassigned:
            text += f" {self.unassigned} sans place : augmentez la capacité ou ouvrez un centre."
        return text


@transactional
def assign_automatically(session, session_id: int) -> AssignmentReport:
    """Seat every registered, unassigned candidate; never beyond a centre's capacity."""
    _require(session)
    centres = {c.centre_id: c for c in loads(session_id)}
    if not centres:
        raise RuleViolation("Aucun centre d'examen n'est ouvert dans l'académie de cette session.")
    free = {cid: c.free for cid, c in centres.items()}
    dept_of = {c.id: c.department for c in Centre.select().where(Centre.id.in_(list(centres)))}
    rooms_used: dict[tuple[int, bool], int] = defaultdict(int)
    for ins in Inscription.select(Inscription.centre, Inscription.room).where(
        (Inscription.session == session_id) & Inscription.centre.is_null(False)
    ):
        assert ins.centre_id is not None  # the query keeps assigned inscriptions only
        rooms_used[(ins.centre_id, ins.room.startswith("Salle aménagée"))] += 1
    adapted_ids = {
        a.inscription_id
        for a in Accommodation.select(Accommodation.inscription).where(Accommodation.separate_room)
    }
    todo = (
        Inscription.select(Inscription.id, Candidate.postcode)
        .join(Candidate, on=(Inscription.candidate == Candidate.id))
        .where(
            (Inscription.session == session_id)
            & (Inscription.status == "registered")
            & Inscription.centre.is_null()
        )
        .order_by(Candidate.name_key, Candidate.first_key, Inscription.id)
    )
    assigned = adapted = unassigned = 0
    now = clock.now()
    for ins in todo:
        dept = departments.of_postcode(ins.candidate.postcode)
        choices = sorted(
            (cid for cid in free if free[cid] > 0), key=lambda cid: (dept_of[cid] != dept, -free[cid], cid)
        )
        if not choices:
            unassigned += 1
            continue
        cid = choices[0]
        separate = ins.id in adapted_ids
        seats = ADAPTED_ROOM_SEATS if separate else ROOM_SEATS
        n = rooms_used[(cid, separate)]
        room = f"Salle aménagée {n // seats + 1}" if separate else f"Salle {n // seats + 1}"
        rooms_used[(cid, separate)] += 1
        free[cid] -= 1
        Inscription.update(
            centre=cid, room=room, version=Inscription.version + 1, updated_at=now, updated_by=session.login
        ).where(Inscription.id == ins.id).execute()
        assigned += 1
        adapted += separate
    audit.record(
        session,
        "centres.assigned",
        "exam_session",
        session_id,
        new={"assigned": assigned, "adapted_rooms": adapted, "unassigned": unassigned},
    )
    return AssignmentReport(assigned, adapted, unassigned)


@transactional
def assign(session, inscription_id: int, centre_id: int, room: str) -> None:
    """Assign one candidature by hand, within the centre's capacity."""
    _require(session)
    room = validation.clean_text(room, "room", required=False, max_length=40)
    ins = Inscription.get_or_none(Inscription.id == inscription_id)
    if ins is None:
        raise NotFound("Cette candidature n'existe pas.")
    if ins.status != "registered":
        raise RuleViolation("Seule une candidature active peut être affectée.")
    load = next((c for c in loads(ins.session_id) if c.centre_id == centre_id), None)
    if load is None:
        raise ValidationError("Ce centre n'appartient pas à l'académie de la session.")
    if ins.centre_id != centre_id and load.free <= 0:
        raise RuleViolation(f"Le centre {load.name} est complet ({load.capacity} places).")
    old = {"centre": ins.centre_id, "room": ins.room}
    Inscription.update(
        centre=centre_id,
        room=room,
        version=Inscription.version + 1,
        updated_at=clock.now(),
        updated_by=session.login,
    ).where(Inscription.id == ins.id).execute()
    audit.record(
        session,
        "centre.assigned",
        "inscription",
        ins.id,
        candidate_id=ins.candidate_id,
        old=old,
        new={"centre": centre_id, "room": room},
    )
