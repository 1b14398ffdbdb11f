"""Small read-only lookups for the desktop window: the choices of the search filters, and so on.

Qt-free, like every domain module; each checks the role as the other services do.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

import peewee as _pw

from cyclades_desktop.domain import roles
from cyclades_desktop.domain import text as _text
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import NotFound as _NotFound
from cyclades_desktop.errors import ValidationError as _ValidationError
from cyclades_desktop.store.models import (
    INSCRIPTION_STATUSES,
    Academy,
    Accommodation,
    Candidate,
    Centre,
    Exam,
    ExamSession,
    Inscription,
    Paper,
    ServiceWindow,
    StaffUser,
    SupportingDocumentReceived,
    SupportingDocumentType,
)

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
        for s in (
            ExamSession.select(ExamSession, Exam, Academy)
            .join(Exam)
            .switch(ExamSession)
            .join(Academy)
            .order_by(ExamSession.year.desc(), Exam.name, Academy.name, ExamSession.label)
        )
    )
    exams = tuple(Choice(e.id, e.name) for e in Exam.select().order_by(Exam.name))
    academies = tuple(Choice(a.id, a.name) for a in Academy.select().order_by(Academy.name))
    statuses = tuple(Choice(code, STATUS_LABELS[code]) for code in INSCRIPTION_STATUSES)
    return FilterOptions(sessions, exams, statuses, academies)


def has_staff_accounts() -> bool:
    """Whether anyone can sign in at all (the sign-in dialog explains what to do if not).

    Asked before anyone is signed in, so it checks no role; it reveals nothing but yes or no.
    """
    return StaffUser.select().where(StaffUser.active).exists()


# -- documents: batch publication, verification, marks, accommodations --------------------
@dataclass(frozen=True)
class CentreChoice:
    id: int
    label: str  # « Lycée Guist'hau (Nantes) »
    registered: int  # active candidatures of the session seated there


@dataclass(frozen=True)
class LastBatch:
    state: str  # running | cancelled | done | failed
    started_at: object  # datetime (naive UTC)
    started_by: str
    finished_at: object
    total: int
    done: int


@dataclass(frozen=True)
class BatchScope:
    """What a batch of `kind` would cover: active candidatures, and how many already have it."""

    registered: int
    current: int  # of which have a current document of this kind (they are skipped if unchanged)
    without_centre: int  # convocations cannot be issued for these
    last: LastBatch | None  # the latest run on this exact selection


def session_centres(session, session_id: int) -> tuple:
    """The exam centres of a session's académie, with the active candidatures seated in each."""
    import peewee as pw

    from cyclades_desktop.store.models import Centre, Inscription

    roles.require(session, Permission.SEARCH)
    s = ExamSession.get_or_none(ExamSession.id == session_id)
    if s is None:
        return ()
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
    seated = dict(cast(Iterable[tuple[int, int]], rows))  # peewee-stubs: rows are (centre id, count)
    return tuple(
        CentreChoice(c.id, f"{c.name} ({c.city})", seated.get(c.id, 0))
        for c in Centre.select().where(Centre.academy == s.academy_id).order_by(Centre.name, Centre.id)
    )


def batch_scope(session, kind: str, session_id: int, centre_id: int | None = None) -> BatchScope:
    """Counts for the batch window: how many candidatures, how many already published, last run."""
    from cyclades_desktop.store.models import BatchRun, Document, Inscription

    roles.require(session, Permission.PUBLISH_BATCH)
    where = (Inscription.session == session_id) & (Inscription.status == "registered")
    if centre_id:
        where &= Inscription.centre == centre_id
    registered = Inscription.select().where(where).count()
    current = (
        Inscription.select()
        .join(Document, on=(Document.inscription == Inscription.id))
        .where(where & (Document.kind == kind) & Document.is_current)
        .count()
    )
    without_centre = (
        0 if centre_id else Inscription.select().where(where & Inscription.centre.is_null(True)).count()
    )
    runs = BatchRun.select().where((BatchRun.session == session_id) & (BatchRun.kind == kind))
    runs = (
        runs.where(BatchRun.centre == centre_id) if centre_id else runs.where(BatchRun.centre.is_null(True))
    )
    run = runs.order_by(BatchRun.started_at.desc(), BatchRun.id.desc()).first()
    last = (
        LastBatch(run.state, run.started_at, run.started_by, run.finished_at, run.total, run.done)
        if run
        else None
    )
    return BatchScope(registered, current, without_centre, last)


def candidate_of_verification_code(session, code: str) -> int | None:
    """The candidate whose document bears `code` (to open their file), or None."""
    from cyclades_desktop.domain import publication
    from cyclades_desktop.store.models import Document, Inscription

    roles.require(session, Permission.VIEW_CANDIDATE)
    row = (
        Inscription.select(Inscription.candidate)
        .join(Document, on=(Document.inscription == Inscription.id))
        .where(Document.verification_code == publication.normalise_code(code))
        .first()
    )
    return row.candidate_id if row is not None else None


# -- session set-up and administration (managers) ---------------------------------------------
# What the « Gestion » screens read. Each is role-checked like the services that change the
# same rows; long lists come by keyset pages (`after` = the last row's key), never whole.

MAX_PAGE = 500


@dataclass(frozen=True)
class Page:
    rows: tuple
    next_after: object | None  # pass back as `after` for the next page; None: that was the last


@dataclass(frozen=True)
class AcademyInfo:
    id: int
    code: str
    name: str
    office_name: str
    office_address: str
    office_email: str
    office_phone: str
    departments: tuple
    version: int


def academies(session) -> list[AcademyInfo]:
    roles.require(session, Permission.MANAGE_SESSIONS)
    return [
        AcademyInfo(
            a.id,
            a.code,
            a.name,
            a.office_name,
            a.office_address,
            a.office_email,
            a.office_phone,
            tuple(a.departments),
            a.version,
        )
        for a in Academy.select().order_by(Academy.name)
    ]


@dataclass(frozen=True)
class DocumentTypeInfo:
    id: int
    code: str
    label: str
    mandatory: bool


@dataclass(frozen=True)
class ExamInfo:
    id: int
    code: str
    name: str
    kind: str
    level: str
    series: tuple
    specialities: tuple
    options: tuple
    languages: tuple
    specialities_required: int
    supporting_documents: tuple  # DocumentTypeInfo
    version: int


def exams(session) -> list[ExamInfo]:
    roles.require(session, Permission.MANAGE_SESSIONS)
    types: dict[int, list] = {}
    for t in SupportingDocumentType.select().order_by(SupportingDocumentType.id):
        types.setdefault(t.exam_id, []).append(DocumentTypeInfo(t.id, t.code, t.label, t.mandatory))
    return [
        ExamInfo(
            e.id,
            e.code,
            e.name,
            e.kind,
            e.level,
            tuple(e.series),
            tuple(e.specialities),
            tuple(e.options),
            tuple(e.languages),
            e.specialities_required,
            tuple(types.get(e.id, ())),
            e.version,
        )
        for e in Exam.select().order_by(Exam.name)
    ]


@dataclass(frozen=True)
class SessionInfo:
    id: int
    exam_id: int
    exam_name: str
    academy_id: int
    academy_name: str
    label: str
    year: int
    windows: dict  # kind -> (opens_at, closes_at), naive UTC
    version: int

    @property
    def title(self) -> str:
        return f"{self.exam_name} — {self.label} ({self.academy_name})"


def exam_sessions(session) -> list[SessionInfo]:
    """Every session, newest first, with its service windows."""
    roles.require(session, Permission.MANAGE_SESSIONS)
    windows: dict[int, dict] = {}
    for w in ServiceWindow.select():
        windows.setdefault(w.session_id, {})[w.kind] = (w.opens_at, w.closes_at)
    return [
        SessionInfo(
            s.id,
            s.exam_id,
            s.exam.name,
            s.academy_id,
            s.academy.name,
            s.label,
            s.year,
            windows.get(s.id, {}),
            s.version,
        )
        for s in (
            ExamSession.select(ExamSession, Exam, Academy)
            .join(Exam)
            .switch(ExamSession)
            .join(Academy)
            .order_by(ExamSession.year.desc(), Exam.name, Academy.name, ExamSession.label)
        )
    ]


@dataclass(frozen=True)
class CentreInfo:
    id: int
    academy_id: int
    academy_name: str
    uai: str
    name: str
    address: str
    city: str
    department: str
    capacity: int
    version: int


def centres(session, academy_id: int | None = None) -> list[CentreInfo]:
    roles.require(session, Permission.MANAGE_SESSIONS)
    q = Centre.select(Centre, Academy).join(Academy).order_by(Academy.name, Centre.name)
    if academy_id:
        q = q.where(Centre.academy == academy_id)
    return [
        CentreInfo(
            c.id,
            c.academy_id,
            c.academy.name,
            c.uai,
            c.name,
            c.address,
            c.city,
            c.department,
            c.capacity,
            c.version,
        )
        for c in q
    ]


@dataclass(frozen=True)
class PaperInfo:
    id: int
    session_id: int
    code: str
    name: str
    starts_at: _dt.datetime
    duration_minutes: int
    coefficient: float
    version: int


def papers(session, session_id: int) -> list[PaperInfo]:
    roles.require(session, Permission.MANAGE_SESSIONS)
    return [
        PaperInfo(
            p.id, p.session_id, p.code, p.name, p.starts_at, p.duration_minutes, p.coefficient, p.version
        )
        for p in Paper.select().where(Paper.session == session_id).order_by(Paper.starts_at, Paper.code)
    ]


def _session_or_404(session_id: int) -> ExamSession:
    s = ExamSession.get_or_none(ExamSession.id == session_id)
    if s is None:
        raise _NotFound("Cette session n'existe pas.")
    return s


def _display_name(c) -> str:
    return f"{(c.usage_name or c.birth_name).upper()} {c.first_names}"


def _limit(limit: int) -> int:
    return max(1, min(int(limit), MAX_PAGE))


def _after(order, after):
    """Keyset condition: rows strictly after `after` in the order of the `order` columns."""
    return _pw.Tuple(*order) > _pw.Tuple(*after)


@dataclass(frozen=True)
class CandidatureRow:
    inscription_id: int
    number: str
    candidate_name: str
    postcode: str
    centre_id: int | None
    centre_name: str
    room: str


def candidatures(
    session, session_id: int, text: str = "", *, unassigned_only: bool = False, after=None, limit: int = 100
) -> Page:
    """Active candidatures of a session in name order, for assigning one by hand.

    `text`: the beginning of an inscription number, or of a name (accents and case ignored).
    """
    roles.require(session, Permission.MANAGE_SESSIONS)
    _session_or_404(session_id)
    limit = _limit(limit)
    order = (Candidate.name_key, Candidate.first_key, Inscription.id)
    q = (
        Inscription.select(
            Inscription.id,
            Inscription.number,
            Inscription.centre,
            Inscription.room,
            Candidate.birth_name,
            Candidate.usage_name,
            Candidate.first_names,
            Candidate.postcode,
            Candidate.name_key,
            Candidate.first_key,
            Centre.id,
            Centre.name,
        )
        .join(Candidate, on=(Inscription.candidate == Candidate.id))
        .switch(Inscription)
        .join(Centre, _pw.JOIN.LEFT_OUTER, on=(Inscription.centre == Centre.id))
        .where((Inscription.session == session_id) & (Inscription.status == "registered"))
        .order_by(*order)
        .limit(limit + 1)
    )
    text = (text or "").strip()
    if len(text) > 100:
        raise _ValidationError("La recherche doit compter 100 caractères au plus.")
    if text.replace(" ", "").isdigit():
        q = q.where(Inscription.number.startswith(text.replace(" ", "")))
    elif text:
        prefix = _text.key(text)
        if prefix:
            q = q.where((Candidate.name_key >= prefix) & (Candidate.name_key < _text.next_prefix(prefix)))
    if unassigned_only:
        q = q.where(Inscription.centre.is_null())
    if after:
        q = q.where(_after(order, after))
    rows = list(q)
    more = len(rows) > limit
    rows = rows[:limit]
    out = tuple(
        CandidatureRow(
            i.id,
            i.number,
            _display_name(i.candidate),
            i.candidate.postcode,
            i.centre_id,
            i.centre.name if i.centre else "",
            i.room,
        )
        for i in rows
    )
    last = rows[-1] if more else None  # rows were cut to limit: the page's last
    return Page(out, (last.candidate.name_key, last.candidate.first_key, last.id) if last else None)


def supporting_document_types(session, session_id: int) -> list[DocumentTypeInfo]:
    """The pieces the exam of this session asks for."""
    roles.require(session, Permission.MANAGE_SESSIONS)
    s = _session_or_404(session_id)
    return [
        DocumentTypeInfo(t.id, t.code, t.label, t.mandatory)
        for t in SupportingDocumentType.select()
        .where(SupportingDocumentType.exam == s.exam_id)
        .order_by(SupportingDocumentType.id)
    ]


@dataclass(frozen=True)
class MissingRow:
    inscription_id: int
    number: str
    candidate_name: str
    received: frozenset  # ids of the piece types received
    missing: tuple  # labels of the mandatory pieces still missing


def missing_pieces(session, session_id: int, after=None, limit: int = 200) -> Page:
    """Active candidatures still missing a mandatory piece, in name order, a page at a time.

    The same rule as supporting.missing(), read by keyset so that a large session never
    loads whole.
    """
    roles.require(session, Permission.MANAGE_SESSIONS)
    s = _session_or_404(session_id)
    limit = _limit(limit)
    types = list(
        SupportingDocumentType.select()
        .where(SupportingDocumentType.exam == s.exam_id)
        .order_by(SupportingDocumentType.id)
    )
    mandatory = [t for t in types if t.mandatory]
    if not mandatory:
        return Page((), None)
    order = (Candidate.name_key, Candidate.first_key, Inscription.id)
    out, key, chunk = [], after, max(limit * 5, 1000)  # most candidatures are complete: read wide
    while True:
        q = (
            Inscription.select(
                Inscription.id,
                Inscription.number,
                Candidate.birth_name,
                Candidate.usage_name,
                Candidate.first_names,
                Candidate.name_key,
                Candidate.first_key,
            )
            .join(Candidate, on=(Inscription.candidate == Candidate.id))
            .where((Inscription.session == session_id) & (Inscription.status == "registered"))
            .order_by(*order)
            .limit(chunk)
        )
        if key:
            q = q.where(_after(order, key))
        batch = list(q)
        received: dict[int, set] = {}
        pairs = (
            SupportingDocumentReceived.select(
                SupportingDocumentReceived.inscription, SupportingDocumentReceived.document_type
            )
            .where(SupportingDocumentReceived.inscription.in_([i.id for i in batch]))
            .tuples()
        )
        for ins_id, type_id in cast(Iterable[tuple[int, int]], pairs):  # peewee-stubs: rows are tuples
            received.setdefault(ins_id, set()).add(type_id)
        for i in batch:
            key = (i.candidate.name_key, i.candidate.first_key, i.id)
            got = received.get(i.id, set())
            lacking = tuple(t.label for t in mandatory if t.id not in got)
            if lacking:
                out.append(MissingRow(i.id, i.number, _display_name(i.candidate), frozenset(got), lacking))
                if len(out) == limit:
                    return Page(tuple(out), key)  # perhaps more after it
        if len(batch) < chunk:
            return Page(tuple(out), None)


def candidate_list(
    session,
    session_id: int,
    *,
    centre_id: int | None = None,
    status: str | None = None,
    after=None,
    limit: int = 200,
) -> Page:
    """Candidatures of a session (exports.CANDIDATE_HEADERS columns), in name order, by pages."""
    from cyclades_desktop.domain.candidates import STATUS_LABELS as _STATUS

    roles.require(session, Permission.VIEW_CANDIDATE)
    _session_or_404(session_id)
    if status and status not in _STATUS:
        raise _ValidationError(f"Statut inconnu : {status}.")
    limit = _limit(limit)
    order = (Candidate.name_key, Candidate.first_key, Inscription.id)
    q = (
        Inscription.select(Inscription, *Candidate.fields(), Centre)
        .join(Candidate, on=(Inscription.candidate == Candidate.id))
        .switch(Inscription)
        .join(Centre, _pw.JOIN.LEFT_OUTER, on=(Inscription.centre == Centre.id))
        .where(Inscription.session == session_id)
        .order_by(*order)
        .limit(limit + 1)
    )
    if centre_id:
        q = q.where(Inscription.centre == centre_id)
    if status:
        q = q.where(Inscription.status == status)
    if after:
        q = q.where(_after(order, after))
    items = list(q)
    more = len(items) > limit
    items = items[:limit]
    rows = []
    for ins in items:
        c = ins.candidate
        rows.append(
            (
                ins.number,
                c.candidate_number or "",
                (c.usage_name or c.birth_name).upper(),
                c.birth_name.upper(),
                c.first_names,
                c.birth_date.strftime("%d/%m/%Y"),
                _STATUS[ins.status],
                ins.centre.name if ins.centre else "",
                ins.room,
                "Individuelle" if ins.channel == "individual" else "Établissement",
                ins.establishment_uai,
            )
        )
    last = items[-1] if more else None  # items were cut to limit: the page's last
    return Page(tuple(rows), (last.candidate.name_key, last.candidate.first_key, last.id) if last else None)


def accommodation_list(
    session, session_id: int, *, centre_id: int | None = None, after=None, limit: int = 200
) -> Page:
    """Accommodations of a session (exports.ACCOMMODATION_HEADERS columns), by pages: health data."""
    from cyclades_desktop.domain.publication import ACCOMMODATION_LABELS as _LABELS

    roles.require(session, Permission.VIEW_ACCOMMODATIONS)
    _session_or_404(session_id)
    limit = _limit(limit)
    order = (Candidate.name_key, Candidate.first_key, Accommodation.id)
    q = (
        Accommodation.select(Accommodation, Inscription, *Candidate.fields(), Centre)
        .join(Inscription)
        .join(Candidate, on=(Inscription.candidate == Candidate.id))
        .switch(Inscription)
        .join(Centre, _pw.JOIN.LEFT_OUTER, on=(Inscription.centre == Centre.id))
        .where((Inscription.session == session_id) & (Inscription.status == "registered"))
        .order_by(*order)
        .limit(limit + 1)
    )
    if centre_id:
        q = q.where(Inscription.centre == centre_id)
    if after:
        q = q.where(_after(order, after))
    items = list(q)
    more = len(items) > limit
    items = items[:limit]
    rows = tuple(
        (
            a.inscription.centre.name if a.inscription.centre else "(non affecté)",
            a.inscription.room,
            a.inscription.number,
            _display_name(a.inscription.candidate),
            _LABELS[a.kind],
            a.detail,
        )
        for a in items
    )
    last = items[-1] if more else None  # items were cut to limit: the page's last
    return Page(
        rows,
        (last.inscription.candidate.name_key, last.inscription.candidate.first_key, last.id)
        if last
        else None,
    )


def journal_actors(session) -> list[str]:
    """Who may appear as « person » in the journal: staff logins, the portal, then the others seen."""
    roles.require(session, Permission.VIEW_AUDIT)
    query = StaffUser.select(StaffUser.login).order_by(StaffUser.login).tuples()
    logins = [login for (login,) in cast(Iterable[tuple[str]], query)]  # peewee-stubs: rows are tuples
    return [*logins, "portail"]


def candidate_id_for_number(session, number: str) -> int:
    """The candidate of a candidate number (« 1000000042 ») or of an inscription number."""
    roles.require(session, Permission.VIEW_AUDIT)
    digits = (number or "").replace(" ", "")
    if not digits.isdigit() or len(digits) > 16:
        raise _ValidationError(
            "Le numéro de candidat ne contient que des chiffres (ex. 1000000042).", "candidate"
        )
    found = Candidate.select(Candidate.id).where(Candidate.candidate_number == digits).scalar()
    if found is None:
        found = Inscription.select(Inscription.candidate).where(Inscription.number == digits).scalar()
    if found is None:
        raise _NotFound(f"Aucun candidat ni aucune candidature ne porte le numéro {digits}.")
    return found


@dataclass(frozen=True)
class JournalRow:
    id: int
    at: _dt.datetime  # naive UTC
    actor: str
    action: str
    action_label: str
    entity: str
    candidate_id: int | None
    old_values: dict | None
    new_values: dict | None
    reason: str
    candidate_number: str = ""  # what staff know the candidate by (empty once the account is purged)


def journal_page(session, filters, before_id: int | None = None, limit: int = 200) -> Page:
    """One page of the journal (newest first); `next_after` is the `before_id` of the next page."""
    from cyclades_desktop.domain import journal as _journal

    limit = _limit(limit)
    events = _journal.query(session, filters, before_id=before_id, limit=limit + 1)
    more = len(events) > limit
    events = events[:limit]
    ids = {e.candidate_id for e in events if e.candidate_id}
    numbers = (
        dict(Candidate.select(Candidate.id, Candidate.candidate_number).where(Candidate.id.in_(ids)).tuples())
        if ids
        else {}
    )
    rows = tuple(
        JournalRow(
            e.id,
            e.at,
            e.actor,
            e.action,
            _journal.label(e.action),
            f"{e.entity} {e.entity_id or ''}".strip(),
            e.candidate_id,
            e.old_values,
            e.new_values,
            e.reason,
            numbers.get(e.candidate_id) or "",
        )
        for e in events
    )
    return Page(rows, events[-1].id if more and events else None)


def export_journal(session, filters, path) -> int:
    """Write every event matching `filters` (newest first) to a CSV file; return how many."""
    from cyclades_desktop.domain import exports as _exports
    from cyclades_desktop.domain import journal as _journal

    roles.require(session, Permission.VIEW_AUDIT)
    count = 0

    def events():
        nonlocal count
        before = None
        while True:
            page = _journal.query(session, filters, before_id=before, limit=5000)
            yield from page
            count += len(page)
            if len(page) < 5000:
                return
            before = page[-1].id

    _exports.write(path, _journal.HEADERS, _journal.rows(events()))
    return count


def inscription_numbers(session, session_id: int, keys) -> dict:
    """For a batch's error list: each key (an inscription number, or an inscription id as
    `batch._prepare` reports a document it could not build) -> the inscription number."""
    from cyclades_desktop.store.models import Inscription

    roles.require(session, Permission.PUBLISH_BATCH)
    keys = [str(k) for k in keys]
    out = {}
    for row in Inscription.select(Inscription.id, Inscription.number).where(
        (Inscription.session == session_id) & Inscription.number.in_(keys)
    ):
        out[row.number] = row.number
    ids = [int(k) for k in keys if k.isdigit() and k not in out and len(k) < 10]
    if ids:
        for row in Inscription.select(Inscription.id, Inscription.number).where(
            (Inscription.session == session_id) & Inscription.id.in_(ids)
        ):
            out[str(row.id)] = row.number
    return out
