"""Session set-up by managers: academies, exams, sessions and their windows, centres, papers.

Windows are checked as a whole: each closes after it opens, modification and documents come
no earlier than registration, results no earlier than documents; and a change may not strand
inscriptions already made (a registration window cannot move to start after one was saved).
"""

from __future__ import annotations

import datetime as dt

from cyclades_desktop.domain import audit, roles, validation
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import NotFound, RuleViolation, ValidationError
from cyclades_desktop.store.db import transactional
from cyclades_desktop.store.models import (
    WINDOW_KINDS, Academy, Centre, Exam, ExamSession, Inscription, Paper, ServiceWindow, SupportingDocumentType,
)
from cyclades_desktop.domain.sessions import WINDOW_LABELS


def _require(session):
    if session.actor_kind != "system":
        roles.require(session, Permission.MANAGE_SESSIONS)


@transactional
def create_academy(session, code: str, name: str, office_name: str, office_address: str, office_email: str,
                   office_phone: str, departments=()) -> int:
    _require(session)
    a = Academy.create(
        code=validation.clean_text(code, "code", max_length=20).upper(),
        name=validation.clean_text(name, "name", max_length=120),
        office_name=validation.clean_text(office_name, "office_name", max_length=200),
        office_address=validation.clean_text(office_address, "address", max_length=300, multiline=True),
        office_email=validation.email(office_email), office_phone=validation.phone(office_phone),
        departments=tuple(departments))
    audit.record(session, "academy.created", "academy", a.id, new={"code": a.code, "name": a.name})
    return a.id


@transactional
def create_exam(session, code: str, name: str, *, kind: str = "examen", level: str = "", series=(),
                specialities=(), options=(), languages=(), specialities_required: int = 0,
                supporting_documents=()) -> int:
    _require(session)
    validation.choice(kind, "kind", ("examen", "concours"), "Le type")
    if specialities_required < 0 or specialities_required > len(specialities):
        raise ValidationError("Le nombre de spécialités exigées dépasse celles proposées.")
    e = Exam.create(code=validation.clean_text(code, "code", max_length=20).upper(),
                    name=validation.clean_text(name, "name", max_length=200), kind=kind, level=level,
                    series=tuple(series), specialities=tuple(specialities), options=tuple(options),
                    languages=tuple(languages), specialities_required=specialities_required)
    for code_, label, mandatory in supporting_documents:
        SupportingDocumentType.create(exam=e, code=code_, label=label, mandatory=mandatory)
    audit.record(session, "exam.created", "exam", e.id, new={"code": e.code, "name": e.name})
    return e.id


def check_windows(windows: dict) -> None:
    """windows: kind -> (opens_at, closes_at). Raise a French message on the first wrong one."""
    for kind, (opens, closes) in windows.items():
        if kind not in WINDOW_KINDS:
            raise ValidationError(f"Service inconnu : {kind}.")
        if not isinstance(opens, dt.datetime) or not isinstance(closes, dt.datetime):
            raise ValidationError(f"Les dates du service des {WINDOW_LABELS[kind]} sont incomplètes.")
        if closes <= opens:
            raise ValidationError(f"Le service des {WINDOW_LABELS[kind]} doit fermer après son ouverture.")
    reg = windows.get("registration")
    if reg is None:
        raise ValidationError("Une session doit avoir un service d'inscription.")
    for kind in ("modification", "documents"):
        if kind in windows and windows[kind][0] < reg[0]:
            raise ValidationError(f"Le service des {WINDOW_LABELS[kind]} ne peut pas ouvrir avant les inscriptions.")
    if "results" in windows:
        if windows["results"][0] < reg[1]:
            raise ValidationError("Les résultats ne peuvent pas être publiés avant la clôture des inscriptions.")
        if "documents" in windows and windows["results"][0] < windows["documents"][0]:
            raise ValidationError("Le service des résultats ne peut pas ouvrir avant celui des documents.")


@transactional
def create_session(session, exam_id: int, academy_id: int, label: str, year: int, windows: dict) -> int:
    _require(session)
    check_windows(windows)
    label = validation.clean_text(label, "label", max_length=120)
    if not Exam.select().where(Exam.id == exam_id).exists() or not Academy.select().where(Academy.id == academy_id).exists():
        raise NotFound("Examen ou académie introuvable.")
    if ExamSession.select().where((ExamSession.exam == exam_id) & (ExamSession.academy == academy_id)
                                  & (ExamSession.year == year) & (ExamSession.label == label)).exists():
        raise RuleViolation(f"La session « {label} » existe déjà pour cet examen.")
    s = ExamSession.create(exam=exam_id, academy=academy_id, label=label, year=year)
    for kind, (opens, closes) in windows.items():
        ServiceWindow.create(session=s, kind=kind, opens_at=opens, closes_at=closes)
    audit.record(session, "session.created", "exam_session", s.id,
                 new={"label": label, "year": year, **{k: [str(o), str(c)] for k, (o, c) in windows.items()}})
    return s.id


@transactional
def set_windows(session, session_id: int, windows: dict) -> None:
    """Change the windows of a session without stranding inscriptions already made."""
    _require(session)
    current = {w.kind: (w.opens_at, w.closes_at) for w in ServiceWindow.select().where(ServiceWindow.session == session_id)}
    merged = {**current, **windows}
    check_windows(merged)
    first = (Inscription.select(Inscription.created_at).where(Inscription.session == session_id)
             .order_by(Inscription.created_at).first())
    if first is not None and merged["registration"][0] > first.created_at:
        raise RuleViolation("Des candidats sont déjà inscrits : l'ouverture des inscriptions ne peut pas être "
                            f"repoussée après le {first.created_at:%d/%m/%Y à %H:%M}.")
    for kind, (opens, closes) in windows.items():
        (ServiceWindow.insert(session=session_id, kind=kind, opens_at=opens, closes_at=closes)
         .on_conflict(conflict_target=[ServiceWindow.session, ServiceWindow.kind],
                      update={ServiceWindow.opens_at: opens, ServiceWindow.closes_at: closes}).execute())
    audit.record(session, "session.windows_changed", "exam_session", session_id,
                 old={k: [str(o), str(c)] for k, (o, c) in current.items() if k in windows},
                 new={k: [str(o), str(c)] for k, (o, c) in windows.items()})


@transactional
def create_centre(session, academy_id: int, uai: str, name: str, address: str, city: str, capacity: int,
                  department: str = "") -> int:
    _require(session)
    uai = validation.uai(uai)
    if capacity < 1:
        raise ValidationError("La capacité d'un centre doit être d'au moins une place.")
    if Centre.select().where(Centre.uai == uai).exists():
        raise RuleViolation(f"Le centre {uai} existe déjà.")
    c = Centre.create(academy=academy_id, uai=uai, name=validation.clean_text(name, "name", max_length=200),
                      address=validation.clean_text(address, "address", max_length=250),
                      city=validation.clean_text(city, "city", max_length=100), capacity=capacity,
                      department=department)
    audit.record(session, "centre.created", "centre", c.id, new={"uai": uai, "name": c.name, "capacity": capacity})
    return c.id


@transactional
def add_paper(session, session_id: int, code: str, name: str, starts_at: dt.datetime, duration_minutes: int,
              coefficient: float = 1.0) -> int:
    _require(session)
    if duration_minutes <= 0 or duration_minutes > 12 * 60:
        raise ValidationError("La durée d'une épreuve va de 1 minute à 12 heures.")
    if coefficient <= 0:
        raise ValidationError("Le coefficient doit être positif.")
    p = Paper.create(session=session_id, code=validation.clean_text(code, "code", max_length=30),
                     name=validation.clean_text(name, "name", max_length=200), starts_at=starts_at,
                     duration_minutes=duration_minutes, coefficient=coefficient)
    audit.record(session, "paper.created", "paper", p.id, new={"code": p.code, "name": p.name,
                                                               "starts_at": str(starts_at)})
    return p.id


def sessions_list() -> list[ExamSession]:
    return list(ExamSession.select(ExamSession, Exam).join(Exam).order_by(ExamSession.year.desc(), Exam.name))
