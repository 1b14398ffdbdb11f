"""Small read-only lookups for the desktop window: the choices of the search filters, and so on.

Qt-free, like every domain module; each checks the role as the other services do.
"""

from __future__ import annotations

from dataclasses import dataclass

from cyclades_desktop.domain import roles
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.store.models import Academy, Exam, ExamSession, INSCRIPTION_STATUSES, StaffUser

STATUS_LABELS = {"registered": "Inscrite", "set_aside": "Écartée", "withdrawn": "Désinscrite"}
assert set(STATUS_LABELS) == set(INSCRIPTION_STATUSES)


@dataclass(frozen=True)
class Choice:
    id: int | str
    label: str


@dataclass(frozen=True)
class FilterOptions:
    sessions: tuple  # Choice(session id, « Baccalauréat général — Session 2027 (Académie de Nantes) »)
    exams: tuple
    statuses: tuple
    academies: tuple


def filter_options(session) -> FilterOptions:
    """What the search filters offer, newest sessions first."""
    roles.require(session, Permission.SEARCH)
    sessions = tuple(
        Choice(s.id, f"{s.exam.name} — {s.label} ({s.academy.name})")
        for s in (ExamSession.select(ExamSession, Exam, Academy).join(Exam).switch(ExamSession).join(Academy)
                  .order_by(ExamSession.year.desc(), Exam.name, Academy.name, ExamSession.label)))
    exams = tuple(Choice(e.id, e.name) for e in Exam.select().order_by(Exam.name))
    academies = tuple(Choice(a.id, a.name) for a in Academy.select().order_by(Academy.name))
    statuses = tuple(Choice(code, STATUS_LABELS[code]) for code in INSCRIPTION_STATUSES)
    return FilterOptions(sessions, exams, statuses, academies)


def has_staff_accounts() -> bool:
    """Whether anyone can sign in at all (the sign-in dialog explains what to do if not).

    Asked before anyone is signed in, so it checks no role; it reveals nothing but yes or no.
    """
    return StaffUser.select().where(StaffUser.active).exists()
