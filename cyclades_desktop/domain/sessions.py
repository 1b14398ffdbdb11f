"""Exam sessions and their service windows (« ouverture des services »)."""

from __future__ import annotations

import datetime as dt

from cyclades_desktop.domain import clock
from cyclades_desktop.store.models import ExamSession, ServiceWindow

WINDOW_LABELS = {
    "registration": "inscriptions",
    "modification": "modifications",
    "documents": "documents",
    "results": "résultats",
}


def window(session_id: int, kind: str) -> ServiceWindow | None:
    return ServiceWindow.get_or_none((ServiceWindow.session == session_id) & (ServiceWindow.kind == kind))


def is_open(session_id: int, kind: str, at: dt.datetime | None = None) -> bool:
    w = window(session_id, kind)
    at = at or clock.now()
    return w is not None and w.opens_at <= at < w.closes_at


def modification_open(session_id: int, at: dt.datetime | None = None) -> bool:
    """Candidates may modify while registration is open, or during a separate modification window."""
    return is_open(session_id, "registration", at) or is_open(session_id, "modification", at)


def running_session_ids(at: dt.datetime | None = None) -> list[int]:
    """Sessions with a window still to close: their candidates' accounts are never purged."""
    at = at or clock.now()
    return [
        w.session_id
        for w in ServiceWindow.select(ServiceWindow.session).where(ServiceWindow.closes_at > at).distinct()
    ]


def label(s: ExamSession) -> str:
    return f"{s.exam.name} — {s.label}"
