"""Staff services on a candidate: the file, identity corrections, e-mail changes, reset links.

Each service checks the role, runs in one transaction, journals its change and queues the
candidate's e-mail. Writes name the version the user read: if someone saved in between, the
change is refused with who and when, never overwritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cyclades_desktop.domain import (
    audit,
    clock,
    identity,
    outbox,
    publication,
    roles,
    sessions,
    staff,
    validation,
)
from cyclades_desktop.domain.portal import (
    ACTIVATION_DELAY,
    EMAIL_EXISTS,
    RETENTION,
    _identity_row,
    _queue_reset,
)
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import ConflictError, NotFound, RuleViolation, ValidationError
from cyclades_desktop.store.db import transactional
from cyclades_desktop.store.models import (
    Accommodation,
    Candidate,
    Document,
    Inscription,
    SupportingDocumentReceived,
    SupportingDocumentType,
)

STATUS_LABELS = {"registered": "Inscrite", "set_aside": "Écartée", "withdrawn": "Désinscrite"}
CHANNEL_LABELS = {"individual": "Individuelle", "establishment": "Par l'établissement"}
ACCOUNT_STATE_LABELS = {
    "awaiting_activation": "En attente d'activation",
    "active": "Actif",
    "due_for_deletion": "À supprimer (règle de conservation)",
    "no_account": "Sans compte (inscrit par l'établissement)",
}


def account_state(c: Candidate, running: set[int] | None = None, now: dt.datetime | None = None) -> str:
    now = now or clock.now()
    if not c.email:
        return "no_account"
    if c.activated_at is None:
        return "due_for_deletion" if c.created_at + ACTIVATION_DELAY <= now else "awaiting_activation"
    last = c.last_used_at or c.activated_at
    if last + RETENTION <= now:
        running = running if running is not None else set(sessions.running_session_ids(now))
        in_running = any(i.session_id in running for i in c.inscriptions)
        return "active" if in_running else "due_for_deletion"
    return "active"


@dataclass(frozen=True)
class AccommodationInfo:
    id: int
    kind: str
    label: str
    detail: str
    granted_at: dt.datetime
    granted_by: str


@dataclass(frozen=True)
class SupportingDocumentInfo:
    type_id: int
    label: str
    mandatory: bool
    received_at: dt.datetime | None


@dataclass(frozen=True)
class InscriptionInfo:
    id: int
    number: str
    session_id: int
    session_label: str
    exam_name: str
    channel: str
    establishment_uai: str
    serie: str
    specialities: tuple
    options: tuple
    languages: tuple
    status: str
    status_reason: str
    status_changed_at: dt.datetime | None
    status_changed_by: str
    centre: str
    room: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    updated_by: str
    accommodations: tuple  # empty, with accommodations_hidden, when the role may not see them
    accommodations_hidden: bool
    supporting_documents: tuple

    @property
    def status_label(self) -> str:
        if self.status == "withdrawn" and self.status_changed_at:
            return f"Désinscrite le {self.status_changed_at:%d/%m/%Y à %H:%M} par {self.status_changed_by}"
        if self.status == "set_aside" and self.status_changed_at:
            return f"Écartée le {self.status_changed_at:%d/%m/%Y à %H:%M} par {self.status_changed_by}"
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    inscription_number: str
    kind: str
    kind_label: str
    version: int
    is_current: bool
    published_at: dt.datetime
    published_by: str
    verification_code: str
    size: int


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: dt.datetime
    actor: str
    action: str
    old: dict | None
    new: dict | None
    reason: str


@dataclass(frozen=True)
class CandidateFile:
    id: int
    version: int
    candidate_number: str
    identity: dict  # field -> value, see identity.FIELDS
    identity_locked: bool
    identity_lock_reason: str
    email: str
    account_state: str
    created_at: dt.datetime
    activated_at: dt.datetime | None
    last_used_at: dt.datetime | None
    academy: str
    updated_at: dt.datetime | None
    updated_by: str
    inscriptions: tuple
    documents: tuple
    history: tuple

    @property
    def display_name(self) -> str:
        i = self.identity
        last = (i["usage_name"] or i["birth_name"]).upper()
        return f"{last} {i['first_names']}"

    @property
    def account_state_label(self) -> str:
        return ACCOUNT_STATE_LABELS[self.account_state]


def _get(candidate_id: int) -> Candidate:
    c = Candidate.get_or_none(Candidate.id == candidate_id)
    if c is None:
        raise NotFound("Ce candidat n'existe pas (ou plus : son compte a pu être purgé).")
    return c


def _inscription_info(ins: Inscription, show_accommodations: bool) -> InscriptionInfo:
    accs: tuple[AccommodationInfo, ...] = ()
    if show_accommodations:
        accs = tuple(
            AccommodationInfo(
                a.id, a.kind, publication.ACCOMMODATION_LABELS[a.kind], a.detail, a.granted_at, a.granted_by
            )
            for a in Accommodation.select()
            .where(Accommodation.inscription == ins.id)
            .order_by(Accommodation.id)
        )
    received = {
        r.document_type_id: r.received_at
        for r in SupportingDocumentReceived.select().where(SupportingDocumentReceived.inscription == ins.id)
    }
    docs = tuple(
        SupportingDocumentInfo(t.id, t.label, t.mandatory, received.get(t.id))
        for t in SupportingDocumentType.select()
        .where(SupportingDocumentType.exam == ins.session.exam_id)
        .order_by(SupportingDocumentType.id)
    )
    return InscriptionInfo(
        ins.id,
        ins.number,
        ins.session_id,
        ins.session.label,
        ins.session.exam.name,
        ins.channel,
        ins.establishment_uai,
        ins.serie,
        tuple(ins.specialities),
        tuple(ins.options),
        tuple(ins.languages),
        ins.status,
        ins.status_reason,
        ins.status_changed_at,
        ins.status_changed_by,
        ins.centre.name if ins.centre else "",
        ins.room,
        ins.version,
        ins.created_at,
        ins.updated_at,
        ins.updated_by,
        accs,
        not show_accommodations,
        docs,
    )


@transactional
def candidate_file(session, candidate_id: int) -> CandidateFile:
    """Everything the candidate file shows, read in one transaction (a consistent picture)."""
    roles.require(session, Permission.VIEW_CANDIDATE)
    c = _get(candidate_id)
    show_acc = session.can(Permission.VIEW_ACCOMMODATIONS)
    inscriptions = list(
        Inscription.select().where(Inscription.candidate == c.id).order_by(Inscription.created_at.desc())
    )
    numbers = {i.id: i.number for i in inscriptions}
    docs = tuple(
        DocumentInfo(
            d.id,
            numbers[d.inscription_id],
            d.kind,
            publication.KIND_LABELS[d.kind],
            d.version,
            d.is_current,
            d.published_at,
            d.published_by,
            d.verification_code,
            d.size,
        )
        for d in Document.select()
        .where(Document.inscription.in_(list(numbers) or [0]))
        .order_by(Document.inscription, Document.kind, Document.version.desc())
    )
    history = tuple(
        HistoryEntry(e.id, e.at, e.actor, e.action, e.old_values, e.new_values, e.reason)
        for e in audit.events_for_candidate(c.id)
    )
    if show_acc and any(i.accommodations for i in inscriptions):
        # health data: each staff read of it is journaled
        audit.record(session, "accommodations.viewed", "candidate", c.id, candidate_id=c.id)
    lock_reason = ""
    if c.identity_locked_at:
        lock_reason = (
            f"Verrouillée depuis la première inscription du {c.identity_locked_at:%d/%m/%Y} : "
            "seul le service des examens peut la corriger."
        )
    return CandidateFile(
        id=c.id,
        version=c.version,
        candidate_number=c.candidate_number or "",
        identity={f: getattr(c, f) if getattr(c, f) is not None else "" for f in identity.FIELDS},
        identity_locked=c.identity_locked_at is not None,
        identity_lock_reason=lock_reason,
        email=c.email or "",
        account_state=account_state(c),
        created_at=c.created_at,
        activated_at=c.activated_at,
        last_used_at=c.last_used_at,
        academy=c.academy.name if c.academy else "",
        updated_at=c.updated_at,
        updated_by=c.updated_by,
        inscriptions=tuple(_inscription_info(i, show_acc) for i in inscriptions),
        documents=docs,
        history=history,
    )


def _conflict(c: Candidate) -> ConflictError:
    when = f"{c.updated_at:%d/%m/%Y à %H:%M:%S} (UTC)" if c.updated_at else "entre-temps"
    who = c.updated_by or "quelqu'un d'autre"
    return ConflictError(
        f"Ce dossier a été modifié par {who} le {when} depuis que vous l'avez ouvert. "
        "Rechargez-le pour voir ses données actuelles ; rien n'a été enregistré.",
        changed_by=who,
        changed_at=c.updated_at,
    )


def _update_candidate(session, c: Candidate, expected_version: int, values: dict) -> None:
    updated = (
        Candidate.update(
            version=Candidate.version + 1, updated_at=clock.now(), updated_by=session.login, **values
        )
        .where((Candidate.id == c.id) & (Candidate.version == expected_version))
        .execute()
    )
    if not updated:
        raise _conflict(Candidate.get_by_id(c.id))


@dataclass(frozen=True)
class CorrectionResult:
    changed: dict  # field -> (old, new)
    reissued: tuple  # numbers of the inscriptions whose récapitulatif was reissued
    version: int


def preview_correction(session, candidate_id: int, changes: dict) -> dict:
    """The before/after the confirmation shows: field -> (old, new), only what changes."""
    roles.require(session, Permission.CORRECT_IDENTITY)
    c = _get(candidate_id)
    data = identity.clean(changes, clock.now().date(), partial=True)
    return {f: (getattr(c, f), v) for f, v in data.items() if (getattr(c, f) or "") != (v or "")}


def correct_identity(
    session, candidate_id: int, expected_version: int, changes: dict, reason: str, password: str | None = None
) -> CorrectionResult:
    """Staff correction after the identity lock: reason required, récapitulatifs reissued, e-mail sent.

    The password is asked again before the transaction, so that a refusal is counted and kept.
    """
    roles.require(session, Permission.CORRECT_IDENTITY)
    reason = validation.reason(reason)
    staff.reauthenticate(session, password)
    return _apply_correction(session, candidate_id, expected_version, changes, reason)


@transactional
def _apply_correction(
    session, candidate_id: int, expected_version: int, changes: dict, reason: str
) -> CorrectionResult:
    c = _get(candidate_id)
    data = identity.clean(changes, clock.now().date(), partial=True)
    diff = {f: (getattr(c, f), v) for f, v in data.items() if (getattr(c, f) or "") != (v or "")}
    if not diff:
        raise ValidationError("Aucune donnée n'a changé : rien à corriger.")
    merged = {f: getattr(c, f) for f in identity.FIELDS} | data
    row = _identity_row(merged)
    if row["academy"] is None:
        row["academy"] = c.academy_id
    _update_candidate(session, c, expected_version, row)
    audit.record(
        session,
        "identity.corrected",
        "candidate",
        c.id,
        candidate_id=c.id,
        reason=reason,
        old={f: str(o) if o is not None else None for f, (o, _) in diff.items()},
        new={f: str(n) if n is not None else None for f, (_, n) in diff.items()},
    )
    reissued = []
    for ins in Inscription.select().where(
        (Inscription.candidate == c.id) & (Inscription.status == "registered")
    ):
        recap_due = (
            sessions.is_open(ins.session_id, "registration")
            or sessions.is_open(ins.session_id, "documents")
            or Document.select().where((Document.inscription == ins.id) & (Document.kind == "recap")).exists()
        )
        if not recap_due:
            continue
        if publication.publish(session, ins.id, "recap", notify=False).created:
            reissued.append(ins.number)
    if c.email:
        fields = ", ".join(identity.LABELS[f].lower() for f in diff)
        outbox.queue(
            c.email,
            "identity_corrected",
            "Correction de vos données d'identité",
            f"Bonjour,\n\nLe service des examens a corrigé vos données d'identité ({fields}). "
            + ("Votre récapitulatif d'inscription a été réédité. " if reissued else "")
            + "Si cette correction vous semble erronée, contactez le service des examens.",
            c.id,
        )
    return CorrectionResult(diff, tuple(reissued), expected_version + 1)


@transactional
def change_email(session, candidate_id: int, expected_version: int, new_email: str) -> int:
    """A new login for the candidate; unique, case-insensitive, both addresses told."""
    roles.require(session, Permission.CHANGE_EMAIL)
    new_email = validation.email(new_email)
    c = _get(candidate_id)
    key = validation.email_key(new_email)
    if c.email == new_email:
        raise ValidationError("C'est déjà l'adresse de ce candidat.", "email")
    if Candidate.select().where((Candidate.email_key == key) & (Candidate.id != c.id)).exists():
        raise RuleViolation(EMAIL_EXISTS)
    _update_candidate(session, c, expected_version, {"email": new_email, "email_key": key})
    audit.record(
        session,
        "account.email_changed",
        "candidate",
        c.id,
        candidate_id=c.id,
        old={"email": c.email},
        new={"email": new_email},
    )
    body = (
        f"Bonjour,\n\nÀ la demande du service des examens, l'adresse de connexion de votre compte Cyclades "
        f"est désormais {new_email}."
    )
    if c.email:
        outbox.queue(c.email, "email_changed", "Changement de votre adresse de connexion", body, c.id)
    outbox.queue(new_email, "email_changed", "Changement de votre adresse de connexion", body, c.id)
    return expected_version + 1


@transactional
def send_reset_link(session, candidate_id: int) -> None:
    roles.require(session, Permission.SEND_RESET_LINK)
    c = _get(candidate_id)
    if not c.email:
        raise RuleViolation(
            "Ce candidat, inscrit par son établissement, n'a pas de compte ni d'adresse e-mail."
        )
    _queue_reset(c)
    audit.record(session, "account.reset_link_sent", "candidate", c.id, candidate_id=c.id)
