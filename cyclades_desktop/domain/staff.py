"""Staff accounts, sign-in with lockout, and the signed-in session every service acts under.

A `StaffSession` is only made by `sign_in` (or `system_session` for the command line's
maintenance work): services take the acting person from it, never from a name passed in.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import math
import socket
from dataclasses import dataclass, field
from typing import Any

from cyclades_desktop.domain import audit, clock, passwords, roles, validation
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import (
    AuthenticationError,
    ConflictError,
    DatabaseUnavailable,
    NotFound,
    RuleViolation,
    ValidationError,
)
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store import postgres_roles
from cyclades_desktop.store.db import transactional
from cyclades_desktop.store.models import ROLES, StaffUser

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = dt.timedelta(minutes=15)
_SESSION_KEY = object()


@dataclass(frozen=True)
class StaffSession:
    staff_id: int | None
    login: str
    full_name: str
    role: str
    actor_kind: str = "staff"
    signed_in_at: dt.datetime = field(default_factory=clock.now)
    _key: object = field(default=None, repr=False, compare=False)
    db_role: str = ""  # on PostgreSQL after pg-setup: the LOGIN role this person is connected as

    def __post_init__(self):
        if self._key is not _SESSION_KEY:
            raise RuntimeError("Une session ne s'obtient que par sign_in().")

    @property
    def role_label(self) -> str:
        return roles.ROLE_LABELS.get(self.role, self.role)

    def can(self, permission: Permission) -> bool:
        return roles.allows(self.role, permission)


def system_session() -> StaffSession:
    """The command line's maintenance identity, journaled as the OS user on this host."""
    try:
        who = getpass.getuser()
    except Exception:
        who = "inconnu"
    return StaffSession(
        None,
        f"cyclades-admin:{who}@{socket.gethostname()}",
        "Administration (ligne de commande)",
        "manager",
        actor_kind="system",
        _key=_SESSION_KEY,
    )


def portal_session() -> StaffSession:
    """The candidate portal's identity in the journal (used by domain/portal.py)."""
    return StaffSession(None, "portail", "Espace candidat", "portal", actor_kind="portal", _key=_SESSION_KEY)


def _locked_message(until: dt.datetime) -> str:
    minutes = max(1, math.ceil((until - clock.now()).total_seconds() / 60))
    return (
        f"Compte verrouillé après {MAX_FAILED_ATTEMPTS} essais infructueux : "
        f"réessayez dans {minutes} minute{'s' if minutes > 1 else ''}, ou demandez à un gestionnaire."
    )


def sign_in(login: str, password: str) -> StaffSession:
    """Check the password, count failures in the database, journal the outcome."""
    login = (login or "").strip().lower() if isinstance(login, str) else ""
    if len(login) > 64 or any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in login):
        login = (
            "".join(c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF else "?" for c in login[:64])
            + "…"
        )
    if postgres_roles.active():
        return sign_in_postgres(login, password if isinstance(password, str) else "")
    outcome = _sign_in(login, password if isinstance(password, str) else "")
    if isinstance(outcome, StaffSession):
        return outcome
    raise AuthenticationError(outcome)


@transactional
def _sign_in(login: str, password: str):
    system = system_session()
    user = StaffUser.get_or_none(StaffUser.login == login)
    now = clock.now()
    if user is None:
        audit.record(
            system,
            "staff.sign_in_refused",
            "staff_user",
            None,
            new={"login": login[:64]},
            reason="identifiant inconnu",
        )
        passwords.verify_password(None, password)
        return "Identifiant ou mot de passe incorrect."
    if not user.active:
        audit.record(
            system,
            "staff.sign_in_refused",
            "staff_user",
            user.id,
            new={"login": login},
            reason="compte désactivé",
        )
        return "Ce compte est désactivé. Adressez-vous à un gestionnaire."
    if user.locked_until and user.locked_until > now:
        audit.record(
            system,
            "staff.sign_in_refused",
            "staff_user",
            user.id,
            new={"login": login},
            reason="compte verrouillé",
        )
        return _locked_message(user.locked_until)
    if not passwords.verify_password(user.password_hash, password):
        failures = user.failed_attempts + 1
        locked_until = now + LOCKOUT if failures >= MAX_FAILED_ATTEMPTS else None
        StaffUser.update(
            failed_attempts=0 if locked_until else failures,
            locked_until=locked_until,
        ).where(StaffUser.id == user.id).execute()
        audit.record(
            system,
            "staff.sign_in_failed",
            "staff_user",
            user.id,
            new={"login": login, "failures": failures, "locked": bool(locked_until)},
        )
        if locked_until:
            return _locked_message(locked_until)
        return "Identifiant ou mot de passe incorrect."
    StaffUser.update(failed_attempts=0, locked_until=None, last_login_at=now).where(
        StaffUser.id == user.id
    ).execute()
    session = StaffSession(user.id, user.login, user.full_name, user.role, _key=_SESSION_KEY)
    audit.record(session, "staff.signed_in", "staff_user", user.id)
    return session


def _workstation() -> str:
    try:
        who = getpass.getuser()
    except Exception:
        who = "inconnu"
    return f"poste:{who}@{socket.gethostname()}"[:120]


def _connect_as(db_role: str, password: str):
    """A new connection as `db_role`: PostgreSQL checks the password (the sign-in URL gives host and base)."""
    url = store_db.database.obj.cyclades_url.with_user(db_role, password)
    staff_db = store_db.make_database(url)
    staff_db.connect()
    return staff_db


def sign_in_postgres(login: str, password: str) -> StaffSession:
    """Sign in as the staff member's own PostgreSQL role, then act over that connection.

    The sign-in connection (the workstation's `cyclades_signin` role, or the owner's on the
    command line) asks the database whether this login may try and records failures: a wrong
    password opens no connection, yet five of them lock the account for 15 minutes, in the
    database. Refusals, failures and successes are journaled (docs/deployment.md).
    """
    workstation = _workstation()
    current = store_db.database.obj
    gate_url = getattr(current, "cyclades_gate_url", None)  # signed in already: back to the sign-in role
    gate = store_db.make_database(gate_url) if gate_url is not None else current
    try:
        with store_db.thread_database(gate):
            staff_db = _open_own_connection(login, password, workstation)
    finally:
        if gate is not current:
            gate.close()
    try:
        with store_db.thread_database(staff_db):
            staff_id, staff_login, full_name, role = postgres_roles.sign_in_succeeded(workstation)
    except Exception:
        staff_db.close()
        raise
    session = StaffSession(
        staff_id, staff_login, full_name, role, db_role=staff_db.cyclades_url.user, _key=_SESSION_KEY
    )
    staff_db.cyclades_gate_url = gate.cyclades_url  # sign_out() comes back to it
    store_db.switch_database(staff_db)
    if current is not staff_db and not current.is_closed() and not current.in_transaction():
        current.close()  # this thread's sign-in (or previous member's) connection is no longer needed
    return session


_DECOY_ROLE = "cyclades_no_such_login"


def _decoy_connection(password: str) -> None:
    """Spend on an unknown login what a real one costs: PostgreSQL answers a role that does not
    exist with a mock SCRAM exchange, as slow as a real one, then refuses it."""
    with contextlib.suppress(DatabaseUnavailable):
        _connect_as(_DECOY_ROLE, password).close()


def _open_own_connection(login: str, password: str, workstation: str):
    gate = postgres_roles.sign_in_begin(login, workstation)
    if gate.status == "unknown":
        _decoy_connection(password or "")
        raise AuthenticationError("Identifiant ou mot de passe incorrect.")
    if gate.status == "disabled":
        raise AuthenticationError("Ce compte est désactivé. Adressez-vous à un gestionnaire.")
    if gate.status == "locked":
        raise AuthenticationError(_locked_minutes_message(gate.minutes_left or 1))
    if gate.status == "no_role":
        raise AuthenticationError(
            "Ce compte n'a pas encore de rôle dans la base partagée : un gestionnaire doit "
            "réinitialiser son mot de passe."
        )
    assert gate.db_role is not None  # every status without a role was refused above
    try:
        return _connect_as(gate.db_role, password or "")
    except DatabaseUnavailable as exc:
        if not postgres_roles.is_password_refusal(exc):
            raise
    _failures, locked, minutes = postgres_roles.sign_in_failed(login, workstation)
    if locked:
        raise AuthenticationError(_locked_minutes_message(minutes or 1))
    raise AuthenticationError("Identifiant ou mot de passe incorrect.")


def sign_out() -> None:
    """On PostgreSQL, close the member's own connection and go back to the sign-in role."""
    current = store_db.database.obj
    gate_url = getattr(current, "cyclades_gate_url", None)
    if gate_url is None:
        return
    store_db.switch_database(store_db.make_database(gate_url))
    if not current.in_transaction():
        current.close()


def _locked_minutes_message(minutes: int) -> str:
    return (
        f"Compte verrouillé après {MAX_FAILED_ATTEMPTS} essais infructueux : "
        f"réessayez dans {minutes} minute{'s' if minutes > 1 else ''}, ou demandez à un gestionnaire."
    )


def reauthenticate(session: StaffSession, password: str | None) -> None:
    """Ask again before irreversible or sensitive actions (withdrawal, identity correction).

    A wrong password counts toward the sign-in lockout and is journaled (ASVS 2.2.1), in its own
    transaction: the caller runs this before its own, so that its refusal rolls nothing back.
    """
    if session.actor_kind != "staff":
        return
    if store_db.database.in_transaction():
        raise RuntimeError("reauthenticate() runs before the action's transaction, never inside it")
    if session.db_role and store_db.is_postgres():
        _reauthenticate_postgres(session, password or "")
        return
    refusal = _reauthenticate_sqlite(session, password or "")
    if refusal:
        raise AuthenticationError(refusal)


_WRONG_PASSWORD = "Mot de passe incorrect : l'action n'a pas été effectuée."


def _reauthenticate_postgres(session: StaffSession, password: str) -> None:
    mine = StaffUser.select(StaffUser.locked_until).where(StaffUser.id == session.staff_id).first()
    if mine is not None and mine.locked_until and mine.locked_until > clock.now():
        raise AuthenticationError(_locked_message(mine.locked_until))
    try:
        _connect_as(session.db_role, password).close()  # PostgreSQL checks the password
    except DatabaseUnavailable as exc:
        if not postgres_roles.is_password_refusal(exc):
            raise
        with store_db.database.atomic():
            _failures, locked, minutes = postgres_roles.reauth_failed(_workstation())
        if locked:
            raise AuthenticationError(_locked_minutes_message(minutes or 1)) from None
        raise AuthenticationError(_WRONG_PASSWORD) from None
    with store_db.database.atomic():
        postgres_roles.reauth_succeeded()


@transactional
def _reauthenticate_sqlite(session: StaffSession, password: str) -> str | None:
    """The refusal to show, or None; the failure it counts is committed either way."""
    user = StaffUser.get_or_none(StaffUser.id == session.staff_id)
    now = clock.now()
    if user is None or not user.active:
        passwords.verify_password(None, password)
        return _WRONG_PASSWORD
    if user.locked_until and user.locked_until > now:
        audit.record(session, "staff.reauth_refused", "staff_user", user.id, reason="compte verrouillé")
        return _locked_message(user.locked_until)
    if passwords.verify_password(user.password_hash, password):
        if user.failed_attempts:
            StaffUser.update(failed_attempts=0).where(StaffUser.id == user.id).execute()
        return None
    failures = user.failed_attempts + 1
    locked_until = now + LOCKOUT if failures >= MAX_FAILED_ATTEMPTS else None
    StaffUser.update(failed_attempts=0 if locked_until else failures, locked_until=locked_until).where(
        StaffUser.id == user.id
    ).execute()
    audit.record(
        session,
        "staff.reauth_failed",
        "staff_user",
        user.id,
        new={"failures": failures, "locked": bool(locked_until)},
    )
    return _locked_message(locked_until) if locked_until else _WRONG_PASSWORD


@dataclass(frozen=True)
class StaffInfo:
    id: int
    login: str
    full_name: str
    role: str
    active: bool
    locked: bool
    last_login_at: dt.datetime | None
    version: int


def _public_fields():
    """Every column but the password hash, which PostgreSQL roles may not read."""
    return [f for f in StaffUser._meta.sorted_fields if f.name != "password_hash"]


def _staff_row(staff_id: int) -> StaffUser | None:
    return StaffUser.select(*_public_fields()).where(StaffUser.id == staff_id).first()


def _info(u: StaffUser) -> StaffInfo:
    return StaffInfo(
        u.id,
        u.login,
        u.full_name,
        u.role,
        u.active,
        bool(u.locked_until and u.locked_until > clock.now()),
        u.last_login_at,
        u.version,
    )


def _clean_login(login: str) -> str:
    login = validation.clean_text(login, "login", max_length=64).lower()
    if not all(c.isascii() and (c.isalnum() or c in "._-") for c in login) or not login[0].isalpha():
        raise ValidationError(
            "L'identifiant commence par une lettre et ne contient que des lettres, "
            "chiffres, points, tirets et soulignés (sans accent).",
            "login",
        )
    return login


@transactional
def create_staff(session: StaffSession, login: str, full_name: str, role: str, password: str) -> StaffInfo:
    roles.require(session, Permission.MANAGE_STAFF)
    login = _clean_login(login)
    full_name = validation.clean_text(full_name, "full_name", max_length=150)
    validation.choice(role, "role", ROLES, "Le rôle")
    password = validation.staff_password(password, login)
    if StaffUser.select(StaffUser.id).where(StaffUser.login == login).exists():
        raise RuleViolation(f"L'identifiant « {login} » est déjà pris.")
    in_postgres = postgres_roles.active()  # then PostgreSQL holds the password, in the member's own role
    user = StaffUser.create(
        login=login,
        full_name=full_name,
        role=role,
        created_at=clock.now(),
        password_hash=postgres_roles.PASSWORD_HELD_BY_POSTGRES
        if in_postgres
        else passwords.hash_password(password),
    )
    if in_postgres:
        postgres_roles.set_staff_password(user.id, password)
    audit.record(
        session,
        "staff.created",
        "staff_user",
        user.id,
        new={"login": login, "full_name": full_name, "role": role},
    )
    return _info(user)


def list_staff(session: StaffSession) -> list[StaffInfo]:
    roles.require(session, Permission.MANAGE_STAFF)
    return [_info(u) for u in StaffUser.select(*_public_fields()).order_by(StaffUser.login)]


def _active_managers_other_than(user_id: int) -> int:
    return (
        StaffUser.select(StaffUser.id)
        .where((StaffUser.role == "manager") & StaffUser.active & (StaffUser.id != user_id))
        .count()
    )


@transactional
def update_staff(
    session: StaffSession,
    staff_id: int,
    expected_version: int,
    *,
    role: str | None = None,
    active: bool | None = None,
    full_name: str | None = None,
) -> StaffInfo:
    roles.require(session, Permission.MANAGE_STAFF)
    user = _staff_row(staff_id)
    if user is None:
        raise NotFound("Ce compte du personnel n'existe pas.")
    changes: dict[str, Any] = {}
    old: dict[str, Any] = {}
    if role is not None and role != user.role:
        validation.choice(role, "role", ROLES, "Le rôle")
        changes["role"], old["role"] = role, user.role
    if active is not None and active != user.active:
        changes["active"], old["active"] = active, user.active
    if full_name is not None and full_name != user.full_name:
        changes["full_name"], old["full_name"] = (
            validation.clean_text(full_name, "full_name", max_length=150),
            user.full_name,
        )
    if not changes:
        return _info(user)
    demoted = (
        user.role == "manager"
        and user.active
        and (changes.get("role", "manager") != "manager" or changes.get("active") is False)
    )
    if demoted and _active_managers_other_than(user.id) == 0:
        raise RuleViolation("Impossible : c'est le dernier gestionnaire actif. Nommez-en un autre d'abord.")
    updated = (
        StaffUser.update(version=StaffUser.version + 1, **changes)
        .where((StaffUser.id == staff_id) & (StaffUser.version == expected_version))
        .execute()
    )
    if not updated:
        raise ConflictError("Ce compte a été modifié entre-temps par quelqu'un d'autre. Rechargez-le.")
    audit.record(session, "staff.updated", "staff_user", staff_id, old=old, new=changes)
    row = _staff_row(staff_id)
    assert row is not None  # updated just above, in this transaction
    return _info(row)


@transactional
def reset_staff_password(session: StaffSession, staff_id: int, new_password: str) -> None:
    roles.require(session, Permission.MANAGE_STAFF)
    target = StaffUser.select(StaffUser.login).where(StaffUser.id == staff_id).first()
    if target is None:
        raise NotFound("Ce compte du personnel n'existe pas.")
    new_password = validation.staff_password(new_password, target.login)
    in_postgres = postgres_roles.active()
    stored = (
        postgres_roles.PASSWORD_HELD_BY_POSTGRES if in_postgres else passwords.hash_password(new_password)
    )
    if (
        not StaffUser.update(
            password_hash=stored, failed_attempts=0, locked_until=None, version=StaffUser.version + 1
        )
        .where(StaffUser.id == staff_id)
        .execute()
    ):
        raise NotFound("Ce compte du personnel n'existe pas.")
    if in_postgres:  # the trigger gave the account its role if it had none (created before pg-setup)
        postgres_roles.set_staff_password(staff_id, new_password)
    audit.record(session, "staff.password_reset", "staff_user", staff_id)
