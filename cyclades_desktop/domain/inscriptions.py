"""Staff services on a candidature: withdrawal and set-aside (forward only), accommodations.

A withdrawn candidature is never reactivated: the database refuses it too (store/migrations/m0001_initial.py).
"""

from __future__ import annotations

import datetime as dt

from cyclades_desktop.domain import audit, clock, outbox, roles, sessions, staff, validation
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import ConflictError, NotFound, RuleViolation
from cyclades_desktop.store.db import transactional
from cyclades_desktop.store.models import ACCOMMODATION_KINDS, Accommodation, Inscription, Result

_TRANSITIONS = {
    "withdrawn": (("registered", "set_aside"), Permission.WITHDRAW, "inscription.withdrawn"),
    "set_aside": (("registered",), Permission.SET_ASIDE, "inscription.set_aside"),
}


def _get(inscription_id: int) -> Inscription:
    ins = Inscription.get_or_none(Inscription.id == inscription_id)
    if ins is None:
        raise NotFound("Cette candidature n'existe pas.")
    return ins


OTHER = "quelqu'un d'autre"

_MOVE_VERB = {"withdrawn": "désinscrite", "set_aside": "écartée"}


def results_lock(ins: Inscription, target: str) -> str | None:
    """Why a candidature can no longer leave the session: the jury has decided, or the results are out.

    Withdrawn then, its relevé and attestation would stay « en vigueur » for a candidature that no
    longer exists, and the candidate would be told to register again for a session that is over.
    """
    verb = _MOVE_VERB[target]
    result = Result.get_or_none(Result.inscription == ins.id)
    if result is not None:
        return (
            f"Le jury a rendu sa décision (« {result.decision} », enregistrée le "
            f"{result.recorded_at:%d/%m/%Y}) : cette candidature ne peut plus être {verb}. "
            "Rien n'a été modifié."
        )
    results = sessions.window(ins.session_id, "results")
    if results is not None and results.opens_at <= clock.now():
        return (
            f"Les résultats de cette session sont publiés depuis le {results.opens_at:%d/%m/%Y} : "
            f"ses candidatures ne peuvent plus être {verb}s. Rien n'a été modifié."
        )
    return None


def _conflict(ins: Inscription) -> ConflictError:
    return ConflictError(
        f"Cette candidature a été modifiée par {ins.updated_by or OTHER} le "
        f"{ins.updated_at:%d/%m/%Y à %H:%M:%S} (UTC) depuis que vous l'avez ouverte. Rechargez le dossier ; "
        "rien n'a été enregistré.",
        changed_by=ins.updated_by,
        changed_at=ins.updated_at,
    )


def _move(
    session, inscription_id: int, expected_version: int, target: str, reason: str, password: str | None
) -> int:
    """Check the role and the reason, ask the password again, then move in one transaction."""
    _allowed_from, permission, _action = _TRANSITIONS[target]
    roles.require(session, permission)
    reason = validation.reason(reason)
    staff.reauthenticate(session, password)
    return _apply_move(session, inscription_id, expected_version, target, reason)


@transactional
def _apply_move(session, inscription_id: int, expected_version: int, target: str, reason: str) -> int:
    allowed_from, _permission, action = _TRANSITIONS[target]
    ins = _get(inscription_id)
    if ins.status == "withdrawn":
        raise RuleViolation("Cette candidature est déjà désinscrite : une désinscription est définitive.")
    if ins.status not in allowed_from:
        raise RuleViolation("Cette candidature est déjà écartée.")
    locked = results_lock(ins, target)
    if locked:
        raise RuleViolation(locked)
    now = clock.now()
    updated = (
        Inscription.update(
            status=target,
            status_reason=reason,
            status_changed_at=now,
            status_changed_by=session.full_name or session.login,
            updated_at=now,
            updated_by=session.login,
            version=Inscription.version + 1,
        )
        .where((Inscription.id == ins.id) & (Inscription.version == expected_version))
        .execute()
    )
    if not updated:
        raise _conflict(Inscription.get_by_id(ins.id))
    audit.record(
        session,
        action,
        "inscription",
        ins.id,
        candidate_id=ins.candidate_id,
        reason=reason,
        old={"status": ins.status},
        new={"status": target, "number": ins.number},
    )
    c = ins.candidate
    if c.email:
        exam = ins.session.exam.name
        if target == "withdrawn":
            outbox.queue(
                c.email,
                "withdrawal",
                f"Désinscription — {exam}",
                _withdrawal_message(ins),
                c.id,
            )
        else:
            outbox.queue(
                c.email,
                "set_aside",
                f"Candidature écartée — {exam}",
                f"Bonjour,\n\nVotre candidature n° {ins.number} a été écartée par le service des examens. "
                "Contactez-le pour en connaître le motif.",
                c.id,
            )
    return expected_version + 1


def _withdrawal_message(ins: Inscription) -> str:
    """The withdrawal e-mail offers a new registration only while registration is open."""
    text = (
        "Bonjour,\n\nLe service des examens a procédé à votre désinscription (candidature "
        f"n° {ins.number}). Elle est définitive."
    )
    registration = sessions.window(ins.session_id, "registration")
    if sessions.is_open(ins.session_id, "registration") and registration is not None:
        closes = registration.closes_at.replace(tzinfo=dt.UTC).astimezone()  # the office's local time
        text += (
            f" Les inscriptions à cette session restent ouvertes jusqu'au {closes:%d/%m/%Y à %H:%M} : "
            "vous pouvez vous inscrire à nouveau depuis votre espace candidat."
        )
    return text


def withdraw(
    session, inscription_id: int, expected_version: int, reason: str, password: str | None = None
) -> int:
    """« Désinscription »: staff-only, irreversible."""
    return _move(session, inscription_id, expected_version, "withdrawn", reason, password)


def set_aside(
    session, inscription_id: int, expected_version: int, reason: str, password: str | None = None
) -> int:
    """« Candidature écartée »: forward only; it may still be withdrawn afterwards."""
    return _move(session, inscription_id, expected_version, "set_aside", reason, password)


@transactional
def grant_accommodation(
    session, inscription_id: int, kind: str, detail: str = "", *, separate_room: bool = False
) -> int:
    """Record a measure granted (D613-26): what is granted, never why."""
    roles.require(session, Permission.RECORD_ACCOMMODATIONS)
    validation.choice(kind, "kind", ACCOMMODATION_KINDS, "Le type d'aménagement")
    detail = validation.clean_text(detail, "detail", required=False, max_length=300)
    ins = _get(inscription_id)
    if ins.status != "registered":
        raise RuleViolation("Cette candidature n'est plus active.")
    a = Accommodation.create(
        inscription=ins.id,
        kind=kind,
        detail=detail,
        separate_room=separate_room,
        granted_at=clock.now(),
        granted_by=session.login,
    )
    audit.record(
        session,
        "accommodation.granted",
        "accommodation",
        a.id,
        candidate_id=ins.candidate_id,
        new={"inscription": ins.number, "kind": kind, "detail": detail, "separate_room": separate_room},
    )
    return a.id
