"""The rules of the candidate space, applied over the shared database exactly as the portal does.

The exam office never runs this module in production: the portal does. We keep it so that
demo data and tests write what the portal writes, and the staff side is always tested against
it. Every change is journaled under the « portail » identity, in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cyclades_desktop.domain import (
    audit,
    clock,
    departments,
    identity,
    numbering,
    outbox,
    passwords,
    publication,
    sessions,
    validation,
)
from cyclades_desktop.domain.staff import portal_session
from cyclades_desktop.errors import AuthenticationError, NotFound, RuleViolation, ValidationError
from cyclades_desktop.store.db import transactional
from cyclades_desktop.store.models import (
    Academy,
    AccountToken,
    Candidate,
    Document,
    Exam,
    ExamSession,
    Inscription,
)

EMAIL_EXISTS = "Cette adresse e-mail existe déjà dans l'application Cyclades"
ACTIVATION_DELAY = dt.timedelta(hours=48)
RESET_DELAY = dt.timedelta(hours=24)
RETENTION = dt.timedelta(days=365)


def academy_for_postcode(postcode: str) -> Academy | None:
    """The academy of residence, from the department of the postcode."""
    dept = departments.of_postcode(postcode)
    if dept is None:
        return None
    for academy in Academy.select():
        if dept in academy.departments:
            return academy
    return None


def _email_taken(key: str, except_id: int | None = None) -> bool:
    q = Candidate.select().where(Candidate.email_key == key)
    if except_id is not None:
        q = q.where(Candidate.id != except_id)
    return q.exists()


def _identity_row(data: dict) -> dict:
    row = dict(data)
    row.update(identity.search_keys(data["birth_name"], data.get("usage_name", ""), data["first_names"]))
    academy = academy_for_postcode(data.get("postcode", ""))
    row["academy"] = academy.id if academy else None
    return row


@dataclass(frozen=True)
class NewAccount:
    candidate_id: int
    activation_token: str


@transactional
def create_account(email: str, password: str, identity_data: dict) -> NewAccount:
    """« Créer mon compte »: one account per e-mail, case-insensitive; activation link e-mailed."""
    email = validation.email(email)
    password = validation.password(password)
    data = identity.clean(identity_data, clock.now().date())
    key = validation.email_key(email)
    if _email_taken(key):
        raise RuleViolation(EMAIL_EXISTS)
    now = clock.now()
    c = Candidate.create(
        email=email,
        email_key=key,
        password_hash=passwords.hash_password(password),
        created_at=now,
        updated_at=now,
        updated_by="portail",
        **_identity_row(data),
    )
    token, digest = passwords.new_token()
    AccountToken.create(
        candidate=c,
        purpose="activation",
        token_hash=digest,
        created_at=now,
        expires_at=now + ACTIVATION_DELAY,
    )
    audit.record(
        portal_session(),
        "account.created",
        "candidate",
        c.id,
        candidate_id=c.id,
        new={"email": email, **{k: str(v) for k, v in data.items() if v}},
    )
    outbox.queue(
        email,
        "activation",
        "Activer mon compte Cyclades",
        "Bonjour,\n\nVotre compte Cyclades a été créé. Cliquez sur « Activer mon compte » "
        f"dans les 48 heures, sinon il sera supprimé :\n/activation/{token}",
        c.id,
    )
    return NewAccount(c.id, token)


def _use_token(token: str, purpose: str) -> AccountToken:
    t = AccountToken.get_or_none(
        (AccountToken.token_hash == passwords.token_hash(token or "")) & (AccountToken.purpose == purpose)
    )
    if t is None or t.used_at is not None or t.expires_at <= clock.now():
        raise RuleViolation("Ce lien n'est plus valable : il a expiré ou a déjà servi.")
    AccountToken.update(used_at=clock.now()).where(AccountToken.id == t.id).execute()
    return t


@transactional
def activate(token: str) -> int:
    t = _use_token(token, "activation")
    now = clock.now()
    Candidate.update(activated_at=now, last_used_at=now).where(Candidate.id == t.candidate_id).execute()
    audit.record(
        portal_session(), "account.activated", "candidate", t.candidate_id, candidate_id=t.candidate_id
    )
    return t.candidate_id


@transactional
def login(email: str, password: str) -> int:
    c = (
        Candidate.select(Candidate.id, Candidate.password_hash, Candidate.activated_at)
        .where(Candidate.email_key == validation.email_key(email or ""))
        .get_or_none()
    )
    if c is None or not passwords.verify_password(c.password_hash, password or ""):
        raise AuthenticationError("Adresse e-mail ou mot de passe incorrect.")
    if c.activated_at is None:
        raise AuthenticationError(
            "Votre compte n'est pas activé : cliquez sur le lien « Activer mon compte » reçu par e-mail."
        )
    Candidate.update(last_used_at=clock.now()).where(Candidate.id == c.id).execute()
    return c.id


def _queue_reset(c: Candidate) -> str:
    if not c.email:  # both callers check it first
        raise RuleViolation("Ce candidat n'a pas d'adresse e-mail : aucun lien ne peut lui être envoyé.")
    now = clock.now()
    token, digest = passwords.new_token()
    AccountToken.create(
        candidate=c, purpose="reset", token_hash=digest, created_at=now, expires_at=now + RESET_DELAY
    )
    outbox.queue(
        c.email,
        "password_reset",
        "Réinitialisation de votre mot de passe Cyclades",
        "Bonjour,\n\nPour choisir un nouveau mot de passe, suivez ce lien valable 24 heures :\n"
        f"/reinitialisation/{token}\n\nSi vous n'avez rien demandé, ignorez ce message.",
        c.id,
    )
    return token


@transactional
def request_password_reset(email: str) -> str | None:
    """« Mot de passe oublié »: says nothing of whether the address exists."""
    c = Candidate.get_or_none(Candidate.email_key == validation.email_key(email or ""))
    if c is None or not c.email:
        return None
    token = _queue_reset(c)
    audit.record(portal_session(), "account.reset_requested", "candidate", c.id, candidate_id=c.id)
    return token


@transactional
def reset_password(token: str, new_password: str) -> None:
    new_password = validation.password(new_password)
    t = _use_token(token, "reset")
    Candidate.update(
        password_hash=passwords.hash_password(new_password),
        last_used_at=clock.now(),
        version=Candidate.version + 1,
    ).where(Candidate.id == t.candidate_id).execute()
    audit.record(
        portal_session(), "account.password_reset", "candidate", t.candidate_id, candidate_id=t.candidate_id
    )


def _candidate(candidate_id: int) -> Candidate:
    c = Candidate.get_or_none(Candidate.id == candidate_id)
    if c is None:
        raise NotFound("Ce compte candidat n'existe pas.")
    return c


@transactional
def change_email(candidate_id: int, new_email: str) -> None:
    """The candidate may always change the e-mail; the new one becomes the login."""
    new_email = validation.email(new_email)
    c = _candidate(candidate_id)
    key = validation.email_key(new_email)
    if _email_taken(key, except_id=c.id):
        raise RuleViolation(EMAIL_EXISTS)
    Candidate.update(
        email=new_email,
        email_key=key,
        version=Candidate.version + 1,
        updated_at=clock.now(),
        updated_by="portail",
    ).where(Candidate.id == c.id).execute()
    audit.record(
        portal_session(),
        "account.email_changed",
        "candidate",
        c.id,
        candidate_id=c.id,
        old={"email": c.email},
        new={"email": new_email},
    )


@transactional
def change_password(candidate_id: int, old_password: str, new_password: str) -> None:
    c = _candidate(candidate_id)
    stored = Candidate.select(Candidate.password_hash).where(Candidate.id == c.id).scalar()
    if not passwords.verify_password(stored, old_password or ""):
        raise AuthenticationError("Mot de passe actuel incorrect.")
    new_password = validation.password(new_password)
    Candidate.update(
        password_hash=passwords.hash_password(new_password), version=Candidate.version + 1
    ).where(Candidate.id == c.id).execute()
    audit.record(portal_session(), "account.password_changed", "candidate", c.id, candidate_id=c.id)


@transactional
def update_identity(candidate_id: int, changes: dict) -> None:
    """Identity can be edited by the candidate only until the first inscription is saved."""
    c = _candidate(candidate_id)
    if c.identity_locked_at is not None:
        raise RuleViolation(
            "Vos données d'identité ne sont plus modifiables depuis votre première inscription : "
            "adressez-vous au service des examens."
        )
    data = identity.clean(changes, clock.now().date(), partial=True)
    merged = {f: getattr(c, f) for f in identity.FIELDS} | data
    old = {k: str(getattr(c, k)) for k in data}
    Candidate.update(
        version=Candidate.version + 1, updated_at=clock.now(), updated_by="portail", **_identity_row(merged)
    ).where(Candidate.id == c.id).execute()
    audit.record(
        portal_session(),
        "identity.updated",
        "candidate",
        c.id,
        candidate_id=c.id,
        old=old,
        new={k: str(v) for k, v in data.items()},
    )


def check_choices(exam: Exam, choices: dict) -> dict:
    """Every mandatory field of the inscription tabs, checked against the exam's catalogue."""
    allowed = {"serie", "specialities", "options", "languages"}
    unknown = set(choices) - allowed
    if unknown:
        raise ValidationError(f"Champ d'inscription inconnu : {', '.join(sorted(unknown))}.")
    serie = validation.clean_text(choices.get("serie", ""), "serie", required=False, max_length=60)
    if exam.series and serie not in exam.series:
        raise ValidationError(f"Choisissez une série parmi : {', '.join(exam.series)}.", "serie")
    specialities = tuple(choices.get("specialities", ()))
    if len(specialities) != exam.specialities_required or len(set(specialities)) != len(specialities):
        raise ValidationError(
            f"Choisissez exactement {exam.specialities_required} spécialité(s) différente(s).", "specialities"
        )
    for s in specialities:
        if s not in exam.specialities:
            raise ValidationError(
                f"La spécialité « {s} » n'est pas proposée pour cet examen.", "specialities"
            )
    options = tuple(choices.get("options", ()))
    for o in options:
        if o not in exam.options:
            raise ValidationError(f"L'option « {o} » n'est pas proposée pour cet examen.", "options")
    languages = tuple(choices.get("languages", ()))
    if exam.languages and not languages:
        raise ValidationError("Choisissez au moins une langue vivante.", "languages")
    for lang in languages:
        if lang not in exam.languages:
            raise ValidationError(f"La langue « {lang} » n'est pas proposée pour cet examen.", "languages")
    return {"serie": serie, "specialities": specialities, "options": options, "languages": languages}


def _check_identity_complete(c: Candidate) -> None:
    missing = [identity.LABELS[f] for f in ("civility", "address", "postcode", "city") if not getattr(c, f)]
    if identity.born_abroad(c.birth_country_code):
        missing += [identity.LABELS[f] for f in ("father_name", "mother_name") if not getattr(c, f)]
    if missing:
        raise ValidationError("Complétez votre identité avant de vous inscrire : " + ", ".join(missing) + ".")


@dataclass(frozen=True)
class NewInscription:
    inscription_id: int
    candidate_number: str
    inscription_number: str
    office: str


def _session(session_id: int) -> ExamSession:
    s = ExamSession.get_or_none(ExamSession.id == session_id)
    if s is None:
        raise NotFound("Cette session n'existe pas.")
    return s


def _save_inscription(c: Candidate, s: ExamSession, choices: dict, channel: str, uai: str) -> NewInscription:
    now = clock.now()
    if c.candidate_number is None:
        c.candidate_number = numbering.next_candidate_number()
        Candidate.update(candidate_number=c.candidate_number).where(Candidate.id == c.id).execute()
    if c.identity_locked_at is None:
        Candidate.update(identity_locked_at=now).where(Candidate.id == c.id).execute()
    ins = Inscription.create(
        candidate=c,
        session=s,
        number=numbering.next_inscription_number(s.year),
        channel=channel,
        establishment_uai=uai,
        created_at=now,
        updated_at=now,
        updated_by="portail",
        **choices,
    )
    audit.record(
        portal_session(),
        "inscription.created",
        "inscription",
        ins.id,
        candidate_id=c.id,
        new={
            "number": ins.number,
            "session": s.id,
            "channel": channel,
            **{k: list(v) if isinstance(v, tuple) else v for k, v in choices.items()},
        },
    )
    publication.publish(portal_session(), ins.id, "recap")
    academy = s.academy
    office = f"{academy.office_name} — {academy.name}, {academy.office_email}, {academy.office_phone}"
    if c.email:
        outbox.queue(
            c.email,
            "inscription",
            f"Confirmation de votre inscription — {s.exam.name}",
            f"Bonjour,\n\nVotre inscription est enregistrée.\nNuméro de candidat : {c.candidate_number}\n"
            f"Numéro d'inscription : {ins.number}\nVotre récapitulatif est dans « Mes documents ».\n\n"
            f"Contact : {office}",
            c.id,
        )
    return NewInscription(ins.id, c.candidate_number, ins.number, office)


@transactional
def register(candidate_id: int, session_id: int, choices: dict) -> NewInscription:
    """« Enregistrer »: only while registration is open, only in the academy of residence."""
    c = _candidate(candidate_id)
    s = _session(session_id)
    if c.activated_at is None:
        raise RuleViolation("Votre compte doit être activé avant toute inscription.")
    if not sessions.is_open(s.id, "registration"):
        raise RuleViolation("Le service d'inscription de cette session est fermé.")
    if c.academy_id != s.academy_id:
        raise RuleViolation("Vous ne pouvez vous inscrire que dans votre académie de résidence.")
    _check_identity_complete(c)
    choices = check_choices(s.exam, choices)
    active = Inscription.select().where(
        (Inscription.candidate == c.id) & (Inscription.session == s.id) & (Inscription.status == "registered")
    )
    if active.exists():
        raise RuleViolation("Vous êtes déjà inscrit à cette session : modifiez votre candidature.")
    Candidate.update(last_used_at=clock.now()).where(Candidate.id == c.id).execute()
    return _save_inscription(c, s, choices, "individual", "")


@transactional
def register_by_establishment(
    uai: str, identity_data: dict, session_id: int, choices: dict
) -> NewInscription:
    """Pupils in training are registered by their establishment and create no account."""
    uai = validation.uai(uai)
    s = _session(session_id)
    if not sessions.is_open(s.id, "registration"):
        raise RuleViolation("Le service d'inscription de cette session est fermé.")
    data = identity.clean(identity_data, clock.now().date())
    choices = check_choices(s.exam, choices)
    now = clock.now()
    row = _identity_row(data)
    row["academy"] = row["academy"] or s.academy_id
    c = Candidate.create(created_at=now, updated_at=now, updated_by=f"établissement {uai}", **row)
    audit.record(
        portal_session(),
        "account.created_by_establishment",
        "candidate",
        c.id,
        candidate_id=c.id,
        new={"uai": uai, "birth_name": data["birth_name"], "first_names": data["first_names"]},
    )
    return _save_inscription(c, s, choices, "establishment", uai)


@transactional
def register_known_pupil(uai: str, candidate_id: int, session_id: int, choices: dict) -> NewInscription:
    """An establishment registers again a pupil it registered before (the épreuves anticipées in
    première, the baccalauréat in terminale): the same record, a new inscription, same rules."""
    uai = validation.uai(uai)
    c = _candidate(candidate_id)
    s = _session(session_id)
    if c.email is not None:
        raise RuleViolation("Ce candidat a son propre compte : il s'inscrit lui-même.")
    if not sessions.is_open(s.id, "registration"):
        raise RuleViolation("Le service d'inscription de cette session est fermé.")
    if c.academy_id != s.academy_id:
        raise RuleViolation("Un élève ne s'inscrit que dans son académie de résidence.")
    choices = check_choices(s.exam, choices)
    if (
        Inscription.select()
        .where(
            (Inscription.candidate == c.id)
            & (Inscription.session == s.id)
            & (Inscription.status == "registered")
        )
        .exists()
    ):
        raise RuleViolation("Cet élève est déjà inscrit à cette session.")
    return _save_inscription(c, s, choices, "establishment", uai)


@transactional
def modify_inscription(candidate_id: int, inscription_id: int, choices: dict) -> int:
    """A saved change raises the version, reissues the récapitulatif and e-mails the candidate."""
    ins = Inscription.get_or_none(
        (Inscription.id == inscription_id) & (Inscription.candidate == candidate_id)
    )
    if ins is None:
        raise NotFound("Cette candidature n'existe pas.")
    if ins.status != "registered":
        raise RuleViolation("Cette candidature n'est plus active : elle ne peut pas être modifiée.")
    if not sessions.modification_open(ins.session_id):
        raise RuleViolation("La période de modification des candidatures est close.")
    choices = check_choices(
        ins.session.exam,
        {**{k: getattr(ins, k) for k in ("serie", "specialities", "options", "languages")}, **choices},
    )
    old = {k: getattr(ins, k) for k in choices}
    if all(old[k] == choices[k] for k in choices):
        return ins.version
    now = clock.now()
    Inscription.update(
        version=Inscription.version + 1, updated_at=now, updated_by="portail", **choices
    ).where(Inscription.id == ins.id).execute()
    audit.record(
        portal_session(),
        "inscription.modified",
        "inscription",
        ins.id,
        candidate_id=candidate_id,
        old={k: list(v) if isinstance(v, tuple) else v for k, v in old.items()},
        new={k: list(v) if isinstance(v, tuple) else v for k, v in choices.items()},
    )
    publication.publish(portal_session(), ins.id, "recap")
    c = ins.candidate
    if c.email:
        outbox.queue(
            c.email,
            "modification",
            "Modification de candidature",
            f"Bonjour,\n\nLa modification de votre candidature n° {ins.number} est enregistrée "
            f"(version {ins.version + 1}). Votre nouveau récapitulatif est dans « Mes documents ».",
            c.id,
        )
    return ins.version + 1


@dataclass(frozen=True)
class PortalDocument:
    document_id: int
    inscription_number: str
    kind: str
    version: int
    published_at: dt.datetime


def list_documents(candidate_id: int) -> list[PortalDocument]:
    """« Mes documents »: the latest version of each; the récapitulatif only while registration is open."""
    rows = (
        Document.select(Document, Inscription)
        .join(Inscription)
        .where((Inscription.candidate == candidate_id) & Document.is_current)
        .order_by(Inscription.number, Document.kind)
    )
    out = []
    for d in rows:
        if d.kind == "recap" and not sessions.is_open(d.inscription.session_id, "registration"):
            continue
        out.append(PortalDocument(d.id, d.inscription.number, d.kind, d.version, d.published_at))
    return out
