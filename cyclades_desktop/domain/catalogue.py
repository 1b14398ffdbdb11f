"""Session set-up by managers: academies, exams, sessions and their windows, centres, papers.

Windows are checked as a whole: each closes after it opens, modification and documents come
no earlier than registration, results no earlier than documents; and a change may not strand
inscriptions already made (a registration window cannot move to start after one was saved).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import peewee as pw

from cyclades_desktop.domain import audit, departments, roles, validation
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.domain.sessions import WINDOW_LABELS
from cyclades_desktop.errors import ConflictError, NotFound, RuleViolation, ValidationError
from cyclades_desktop.store.db import transactional
from cyclades_desktop.store.models import (
    WINDOW_KINDS,
    Academy,
    Centre,
    Exam,
    ExamSession,
    Inscription,
    Mark,
    Paper,
    ServiceWindow,
    SupportingDocumentType,
)


def _require(session):
    if session.actor_kind != "system":
        roles.require(session, Permission.MANAGE_SESSIONS)


@transactional
def create_academy(
    session,
    code: str,
    name: str,
    office_name: str,
    office_address: str,
    office_email: str,
    office_phone: str,
    departments=(),
) -> int:
    _require(session)
    code = validation.clean_text(code, "code", max_length=20).upper()
    if Academy.select().where(Academy.code == code).exists():
        raise RuleViolation(f"L'académie « {code} » existe déjà.")
    a = Academy.create(
        code=code,
        name=validation.clean_text(name, "name", max_length=120),
        office_name=validation.clean_text(office_name, "office_name", max_length=200),
        office_address=validation.clean_text(office_address, "address", max_length=300, multiline=True),
        office_email=validation.email(office_email),
        office_phone=validation.phone(office_phone),
        departments=tuple(departments),
    )
    audit.record(session, "academy.created", "academy", a.id, new={"code": a.code, "name": a.name})
    return a.id


@transactional
def create_exam(
    session,
    code: str,
    name: str,
    *,
    kind: str = "examen",
    level: str = "",
    series=(),
    specialities=(),
    options=(),
    languages=(),
    specialities_required: int = 0,
    supporting_documents=(),
) -> int:
    _require(session)
    validation.choice(kind, "kind", ("examen", "concours"), "Le type")
    if specialities_required < 0 or specialities_required > len(specialities):
        raise ValidationError("Le nombre de spécialités exigées dépasse celles proposées.")
    code = validation.clean_text(code, "code", max_length=20).upper()
    if Exam.select().where(Exam.code == code).exists():
        raise RuleViolation(f"L'examen « {code} » existe déjà.")
    supporting_documents = _clean_documents(supporting_documents)
    e = Exam.create(
        code=code,
        name=validation.clean_text(name, "name", max_length=200),
        kind=kind,
        level=level,
        series=tuple(series),
        specialities=tuple(specialities),
        options=tuple(options),
        languages=tuple(languages),
        specialities_required=specialities_required,
    )
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
            raise ValidationError(
                f"Le service des {WINDOW_LABELS[kind]} ne peut pas ouvrir avant les inscriptions."
            )
    if "results" in windows:
        if windows["results"][0] < reg[1]:
            raise ValidationError(
                "Les résultats ne peuvent pas être publiés avant la clôture des inscriptions."
            )
        if "documents" in windows and windows["results"][0] < windows["documents"][0]:
            raise ValidationError("Le service des résultats ne peut pas ouvrir avant celui des documents.")


@transactional
def create_session(session, exam_id: int, academy_id: int, label: str, year: int, windows: dict) -> int:
    _require(session)
    check_windows(windows)
    label = validation.clean_text(label, "label", max_length=120)
    if (
        not Exam.select().where(Exam.id == exam_id).exists()
        or not Academy.select().where(Academy.id == academy_id).exists()
    ):
        raise NotFound("Examen ou académie introuvable.")
    if (
        ExamSession.select()
        .where(
            (ExamSession.exam == exam_id)
            & (ExamSession.academy == academy_id)
            & (ExamSession.year == year)
            & (ExamSession.label == label)
        )
        .exists()
    ):
        raise RuleViolation(f"La session « {label} » existe déjà pour cet examen.")
    s = ExamSession.create(exam=exam_id, academy=academy_id, label=label, year=year)
    for kind, (opens, closes) in windows.items():
        ServiceWindow.create(session=s, kind=kind, opens_at=opens, closes_at=closes)
    audit.record(
        session,
        "session.created",
        "exam_session",
        s.id,
        new={"label": label, "year": year, **{k: [str(o), str(c)] for k, (o, c) in windows.items()}},
    )
    return s.id


@transactional
def set_windows(session, session_id: int, windows: dict) -> None:
    """Change the windows of a session without stranding inscriptions already made."""
    _require(session)
    current = {
        w.kind: (w.opens_at, w.closes_at)
        for w in ServiceWindow.select().where(ServiceWindow.session == session_id)
    }
    merged = {**current, **windows}
    check_windows(merged)
    first = (
        Inscription.select(Inscription.created_at)
        .where(Inscription.session == session_id)
        .order_by(Inscription.created_at)
        .first()
    )
    if first is not None and merged["registration"][0] > first.created_at:
        raise RuleViolation(
            "Des candidats sont déjà inscrits : l'ouverture des inscriptions ne peut pas être "
            f"repoussée après le {first.created_at:%d/%m/%Y à %H:%M}."
        )
    for kind, (opens, closes) in windows.items():
        (
            ServiceWindow.insert(session=session_id, kind=kind, opens_at=opens, closes_at=closes)
            .on_conflict(
                conflict_target=[ServiceWindow.session, ServiceWindow.kind],
                update={ServiceWindow.opens_at: opens, ServiceWindow.closes_at: closes},
            )
            .execute()
        )
    audit.record(
        session,
        "session.windows_changed",
        "exam_session",
        session_id,
        old={k: [str(o), str(c)] for k, (o, c) in current.items() if k in windows},
        new={k: [str(o), str(c)] for k, (o, c) in windows.items()},
    )


@transactional
def create_centre(
    session,
    academy_id: int,
    uai: str,
    name: str,
    address: str,
    city: str,
    capacity: int,
    department: str = "",
) -> int:
    _require(session)
    uai = validation.uai(uai)
    if capacity < 1:
        raise ValidationError("La capacité d'un centre doit être d'au moins une place.")
    if Centre.select().where(Centre.uai == uai).exists():
        raise RuleViolation(f"Le centre {uai} existe déjà.")
    department = _centre_department(academy_id, department)
    c = Centre.create(
        academy=academy_id,
        uai=uai,
        name=validation.clean_text(name, "name", max_length=200),
        address=validation.clean_text(address, "address", max_length=250),
        city=validation.clean_text(city, "city", max_length=100),
        capacity=capacity,
        department=department,
    )
    audit.record(
        session, "centre.created", "centre", c.id, new={"uai": uai, "name": c.name, "capacity": capacity}
    )
    return c.id


@transactional
def add_paper(
    session,
    session_id: int,
    code: str,
    name: str,
    starts_at: dt.datetime,
    duration_minutes: int,
    coefficient: float = 1.0,
) -> int:
    _require(session)
    if duration_minutes <= 0 or duration_minutes > 12 * 60:
        raise ValidationError("La durée d'une épreuve va de 1 minute à 12 heures.")
    if coefficient <= 0:
        raise ValidationError("Le coefficient doit être positif.")
    code = validation.clean_text(code, "code", max_length=30)
    if not ExamSession.select().where(ExamSession.id == session_id).exists():
        raise NotFound("Cette session n'existe pas.")
    if Paper.select().where((Paper.session == session_id) & (Paper.code == code)).exists():
        raise RuleViolation(f"L'épreuve « {code} » existe déjà dans cette session.")
    p = Paper.create(
        session=session_id,
        code=code,
        name=validation.clean_text(name, "name", max_length=200),
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        coefficient=coefficient,
    )
    audit.record(
        session,
        "paper.created",
        "paper",
        p.id,
        new={"code": p.code, "name": p.name, "starts_at": str(starts_at)},
    )
    return p.id


def _bump(model, row_id: int, expected_version: int, what: str, **changes) -> None:
    """UPDATE … WHERE version = expected: someone who saved first is never overwritten."""
    done = (
        model.update(version=model.version + 1, **changes)
        .where((model.id == row_id) & (model.version == expected_version))
        .execute()
    )
    if not done:
        if not model.select().where(model.id == row_id).exists():
            raise NotFound(f"{what} n'existe plus.")
        raise ConflictError(
            f"{what} a été modifié(e) entre-temps par quelqu'un d'autre : rechargez, puis refaites "
            "votre modification."
        )


def _changed(old: dict, new: dict) -> tuple[dict, dict]:
    keys = [k for k in new if old.get(k) != new[k]]
    return {k: old.get(k) for k in keys}, {k: new[k] for k in keys}


@transactional
def update_academy(
    session,
    academy_id: int,
    expected_version: int,
    *,
    name: str,
    office_name: str,
    office_address: str,
    office_email: str,
    office_phone: str,
    departments=None,
) -> None:
    """The académie's name and its exam office's details, printed on documents and shown after registration."""
    _require(session)
    a = Academy.get_or_none(Academy.id == academy_id)
    if a is None:
        raise NotFound("Cette académie n'existe pas.")
    new: dict[str, Any] = {  # the submitted values, cleaned: text, lists, numbers
        "name": validation.clean_text(name, "name", max_length=120),
        "office_name": validation.clean_text(office_name, "office_name", max_length=200),
        "office_address": validation.clean_text(office_address, "address", max_length=300, multiline=True),
        "office_email": validation.email(office_email),
        "office_phone": validation.phone(office_phone),
    }
    if departments is not None:
        new["departments"] = _departments(departments)
    old = {k: (list(getattr(a, k)) if k == "departments" else getattr(a, k)) for k in new}
    if "departments" in new:
        new["departments"] = list(new["departments"])
    old, new = _changed(old, new)
    if not new:
        return
    _bump(Academy, academy_id, expected_version, "Cette académie", **new)
    audit.record(session, "academy.updated", "academy", academy_id, old=old, new=new)


def _centre_department(academy_id: int, department: str) -> str:
    """A centre's department, which must be one of its académie's when the académie lists them:
    candidates are seated by department, so a centre filed under the wrong académie would take
    another académie's candidates and never its own."""
    department = validation.clean_text(department, "department", required=False, max_length=20).upper()
    if not department:
        return ""
    department = departments.clean(department, "department")
    academy = Academy.get_or_none(Academy.id == academy_id)
    if academy is None:
        raise NotFound("Cette académie n'existe pas.")
    if academy.departments and department not in academy.departments:
        raise ValidationError(
            f"Le département {department} n'est pas dans le ressort de « {academy.name} » "
            f"(départements {', '.join(academy.departments)}).",
            "department",
        )
    return department


def _departments(values) -> tuple:
    out = []
    for v in values:
        v = departments.clean(v, "departments")
        if v not in out:
            out.append(v)
    return tuple(out)


def _clean_list(values, field: str, label: str) -> tuple:
    out = []
    for v in values:
        v = validation.clean_text(v, field, max_length=120)
        if v in out:
            raise ValidationError(f"{label} « {v} » figure deux fois.", field)
        out.append(v)
    return tuple(out)


def _clean_documents(documents) -> list[tuple[str, str, bool]]:
    out, codes = [], set()
    for code, label, mandatory in documents:
        code = validation.clean_text(code, "code", max_length=30).upper()
        label = validation.clean_text(label, "label", max_length=200)
        if code in codes:
            raise ValidationError(f"La pièce « {code} » figure deux fois.", "supporting_documents")
        codes.add(code)
        out.append((code, label, bool(mandatory)))
    return out


@transactional
def update_exam(
    session,
    exam_id: int,
    expected_version: int,
    *,
    name: str,
    kind: str,
    level: str = "",
    series=(),
    specialities=(),
    options=(),
    languages=(),
    specialities_required: int = 0,
    supporting_documents=None,
) -> None:
    """Change an exam of the catalogue; a choice already made by a candidate cannot be removed.

    `supporting_documents`: (code, label, mandatory) for every piece, existing ones included; a
    piece is never removed (pieces may have been received against it): make it optional instead.
    """
    _require(session)
    e = Exam.get_or_none(Exam.id == exam_id)
    if e is None:
        raise NotFound("Cet examen n'existe pas.")
    validation.choice(kind, "kind", ("examen", "concours"), "Le type")
    new: dict[str, Any] = {  # the submitted values, cleaned: text, lists, numbers
        "name": validation.clean_text(name, "name", max_length=200),
        "kind": kind,
        "level": validation.clean_text(level, "level", required=False, max_length=60),
        "series": _clean_list(series, "series", "La série"),
        "specialities": _clean_list(specialities, "specialities", "La spécialité"),
        "options": _clean_list(options, "options", "L'option"),
        "languages": _clean_list(languages, "languages", "La langue"),
        "specialities_required": int(specialities_required),
    }
    if new["specialities_required"] < 0 or new["specialities_required"] > len(new["specialities"]):
        raise ValidationError(
            "Le nombre de spécialités exigées dépasse celles proposées.", "specialities_required"
        )
    in_exam = Inscription.select(Inscription.id).join(ExamSession).where(ExamSession.exam == exam_id)
    for field, label in (
        ("series", "La série"),
        ("specialities", "La spécialité"),
        ("options", "L'option"),
        ("languages", "La langue"),
    ):
        for gone in set(getattr(e, field)) - set(new[field]):
            column = Inscription.serie if field == "series" else getattr(Inscription, field)
            needle = pw.Value(
                f"%{json.dumps(gone, ensure_ascii=False)}%", converter=False
            )  # the JSON element
            used = column == gone if field == "series" else pw.Expression(column, pw.OP.ILIKE, needle)
            if in_exam.where(used).exists():
                raise RuleViolation(
                    f"{label} « {gone} » a déjà été choisie par des candidats : elle ne peut pas être "
                    "retirée de l'examen."
                )
    old = {k: (list(getattr(e, k)) if isinstance(getattr(e, k), tuple) else getattr(e, k)) for k in new}
    new = {k: (list(v) if isinstance(v, tuple) else v) for k, v in new.items()}
    old, new = _changed(old, new)
    pieces_old, pieces_new = {}, {}
    if supporting_documents is not None:
        wanted = {
            code: (label, mandatory) for code, label, mandatory in _clean_documents(supporting_documents)
        }
        current = {
            t.code: t for t in SupportingDocumentType.select().where(SupportingDocumentType.exam == exam_id)
        }
        removed = sorted(set(current) - set(wanted))
        if removed:
            raise RuleViolation(
                f"La pièce « {current[removed[0]].label} » ne peut pas être retirée : des candidats "
                "ont pu la fournir. Rendez-la facultative."
            )
        for code, (label, mandatory) in wanted.items():
            t = current.get(code)
            if t is None:
                SupportingDocumentType.create(exam=exam_id, code=code, label=label, mandatory=mandatory)
                pieces_new[code] = [label, mandatory]
            elif (t.label, t.mandatory) != (label, mandatory):
                SupportingDocumentType.update(label=label, mandatory=mandatory).where(
                    SupportingDocumentType.id == t.id
                ).execute()
                pieces_old[code], pieces_new[code] = [t.label, t.mandatory], [label, mandatory]
    if not new and not pieces_new:
        return
    _bump(
        Exam,
        exam_id,
        expected_version,
        "Cet examen",
        **{k: (tuple(v) if isinstance(v, list) else v) for k, v in new.items()},
    )
    if pieces_new:
        old["supporting_documents"], new["supporting_documents"] = pieces_old, pieces_new
    audit.record(session, "exam.updated", "exam", exam_id, old=old, new=new)


@transactional
def update_centre(
    session,
    centre_id: int,
    expected_version: int,
    *,
    name: str,
    address: str,
    city: str,
    capacity: int,
    department: str = "",
) -> None:
    """Change a centre (its UAI is its identity and stays); capacity never below the seats already given."""
    _require(session)
    c = Centre.get_or_none(Centre.id == centre_id)
    if c is None:
        raise NotFound("Ce centre n'existe pas.")
    if capacity < 1:
        raise ValidationError("La capacité d'un centre doit être d'au moins une place.", "capacity")
    department = _centre_department(c.academy_id, department)
    busiest = (
        Inscription.select(pw.fn.COUNT(Inscription.id).alias("n"))
        .where((Inscription.centre == centre_id) & (Inscription.status == "registered"))
        .group_by(Inscription.session)
        .order_by(pw.fn.COUNT(Inscription.id).desc())
        .limit(1)
        .scalar()
        or 0
    )
    if capacity < busiest:
        raise RuleViolation(
            f"{busiest} candidats sont déjà affectés à ce centre pour une même session : la capacité "
            f"ne peut pas descendre sous {busiest} places."
        )
    new = {
        "name": validation.clean_text(name, "name", max_length=200),
        "address": validation.clean_text(address, "address", max_length=250),
        "city": validation.clean_text(city, "city", max_length=100),
        "capacity": int(capacity),
        "department": department,
    }
    old, new = _changed({k: getattr(c, k) for k in new}, new)
    if not new:
        return
    _bump(Centre, centre_id, expected_version, "Ce centre", **new)
    audit.record(session, "centre.updated", "centre", centre_id, old=old, new=new)


@transactional
def update_paper(
    session,
    paper_id: int,
    expected_version: int,
    *,
    code: str,
    name: str,
    starts_at: dt.datetime,
    duration_minutes: int,
    coefficient: float = 1.0,
) -> None:
    _require(session)
    p = Paper.get_or_none(Paper.id == paper_id)
    if p is None:
        raise NotFound("Cette épreuve n'existe pas.")
    if not isinstance(starts_at, dt.datetime):
        raise ValidationError("La date et l'heure de l'épreuve sont obligatoires.", "starts_at")
    if duration_minutes <= 0 or duration_minutes > 12 * 60:
        raise ValidationError("La durée d'une épreuve va de 1 minute à 12 heures.", "duration_minutes")
    if coefficient <= 0:
        raise ValidationError("Le coefficient doit être positif.", "coefficient")
    code = validation.clean_text(code, "code", max_length=30)
    if (
        code != p.code
        and Paper.select().where((Paper.session == p.session_id) & (Paper.code == code)).exists()
    ):
        raise RuleViolation(f"L'épreuve « {code} » existe déjà dans cette session.")
    new = {
        "code": code,
        "name": validation.clean_text(name, "name", max_length=200),
        "starts_at": starts_at,
        "duration_minutes": int(duration_minutes),
        "coefficient": float(coefficient),
    }
    old, new = _changed({k: getattr(p, k) for k in new}, new)
    if not new:
        return
    _bump(Paper, paper_id, expected_version, "Cette épreuve", **new)
    audit.record(
        session,
        "paper.updated",
        "paper",
        paper_id,
        old={k: str(v) for k, v in old.items()},
        new={k: str(v) for k, v in new.items()},
    )


def _delete(model, row_id: int, expected_version: int, what: str) -> None:
    """DELETE … WHERE version = expected: a row someone changed meanwhile is not removed unseen."""
    if not model.delete().where((model.id == row_id) & (model.version == expected_version)).execute():
        if not model.select().where(model.id == row_id).exists():
            raise NotFound(f"{what} n'existe plus.")
        raise ConflictError(
            f"{what} a été modifié(e) entre-temps par quelqu'un d'autre : rechargez, puis décidez à nouveau."
        )


@transactional
def delete_centre(session, centre_id: int, expected_version: int) -> None:
    """Remove a centre created by mistake (its UAI, its identity, cannot be corrected): only while
    no candidate is assigned to it, so that no convocation names it."""
    _require(session)
    c = Centre.get_or_none(Centre.id == centre_id)
    if c is None:
        raise NotFound("Ce centre n'existe pas.")
    assigned = Inscription.select().where(Inscription.centre == centre_id).count()
    if assigned:
        raise RuleViolation(
            f"{assigned} candidature(s) sont affectées à ce centre : affectez-les à un autre centre "
            "avant de le supprimer."
        )
    _delete(Centre, centre_id, expected_version, "Ce centre")
    audit.record(
        session,
        "centre.deleted",
        "centre",
        centre_id,
        old={"uai": c.uai, "name": c.name, "city": c.city, "capacity": c.capacity},
    )


@transactional
def delete_paper(session, paper_id: int, expected_version: int) -> None:
    """Remove an épreuve added by mistake, while no mark is recorded for it. Convocations already
    published still list it until they are published again (new version, e-mail to each candidate)."""
    _require(session)
    p = Paper.get_or_none(Paper.id == paper_id)
    if p is None:
        raise NotFound("Cette épreuve n'existe pas.")
    marks = Mark.select().where(Mark.paper == paper_id).count()
    if marks:
        raise RuleViolation(
            f"{marks} note(s) sont enregistrées pour l'épreuve « {p.code} » : elle ne peut plus "
            "être supprimée."
        )
    _delete(Paper, paper_id, expected_version, "Cette épreuve")
    audit.record(
        session,
        "paper.deleted",
        "paper",
        paper_id,
        old={"session": p.session_id, "code": p.code, "name": p.name, "starts_at": str(p.starts_at)},
    )


def sessions_list() -> list[ExamSession]:
    return list(ExamSession.select(ExamSession, Exam).join(Exam).order_by(ExamSession.year.desc(), Exam.name))
