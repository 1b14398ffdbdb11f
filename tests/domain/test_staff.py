"""Staff accounts, sign-in with lockout counted in the database, roles."""

import datetime as dt
import os
import subprocess
import sys

import pytest

from cyclades_desktop.domain import clock, inscriptions, passwords, roles, staff
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from cyclades_desktop.store.models import AuditEvent, Inscription, StaffUser
from tests import factories as f


def test_password_is_hashed_with_argon2id(db):
    staff.create_staff(staff.system_session(), "marie", "Marie Curie", "agent", f.STAFF_PASSWORD)
    stored = StaffUser.get(StaffUser.login == "marie").password_hash
    assert stored.startswith("$argon2id$") and f.STAFF_PASSWORD not in stored


def test_sign_in_right_and_wrong_are_journaled(db, frozen_now):
    staff.create_staff(staff.system_session(), "marie", "Marie Curie", "agent", f.STAFF_PASSWORD)
    s = staff.sign_in("MARIE", f.STAFF_PASSWORD)
    assert (s.login, s.role, s.role_label) == ("marie", "agent", "Agent")
    with pytest.raises(AuthenticationError, match="incorrect"):
        staff.sign_in("marie", "wrong")
    with pytest.raises(AuthenticationError, match="incorrect"):
        staff.sign_in("nobody", "wrong")
    actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.id)]
    assert actions[-3:] == ["staff.signed_in", "staff.sign_in_failed", "staff.sign_in_refused"]


def test_lockout_after_five_failures_for_fifteen_minutes(db, frozen_now):
    staff.create_staff(staff.system_session(), "marie", "Marie Curie", "agent", f.STAFF_PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="incorrect"):
            staff.sign_in("marie", "wrong")
    with pytest.raises(AuthenticationError, match="verrouillé"):
        staff.sign_in("marie", "wrong")
    with pytest.raises(AuthenticationError, match="verrouillé"):
        staff.sign_in("marie", f.STAFF_PASSWORD)  # even the right password
    assert StaffUser.get(StaffUser.login == "marie").locked_until == frozen_now + dt.timedelta(minutes=15)
    clock.advance(minutes=15, seconds=1)
    assert staff.sign_in("marie", f.STAFF_PASSWORD).login == "marie"


def test_sessions_cannot_be_forged(db):
    with pytest.raises(RuntimeError):
        staff.StaffSession(1, "pirate", "Pirate", "manager")


@pytest.mark.parametrize("role", ["agent", "print_operator", "read_only"])
def test_only_managers_manage_staff(db, role):
    s = f.staff_session(role)
    with pytest.raises(PermissionDenied, match="gestionnaires"):
        staff.create_staff(s, "other", "Other", "agent", f.STAFF_PASSWORD)


def test_last_manager_cannot_be_removed(db):
    boss = f.staff_session("manager", "boss")
    info = next(i for i in staff.list_staff(boss) if i.login == "boss")
    with pytest.raises(RuleViolation, match="dernier gestionnaire"):
        staff.update_staff(boss, info.id, info.version, role="agent")
    with pytest.raises(RuleViolation, match="dernier gestionnaire"):
        staff.update_staff(boss, info.id, info.version, active=False)
    staff.create_staff(boss, "second", "Second", "manager", f.STAFF_PASSWORD)
    assert staff.update_staff(boss, info.id, info.version, role="agent").role == "agent"


def test_staff_update_refuses_a_stale_version(db):
    boss = f.staff_session("manager", "boss")
    agent = staff.create_staff(boss, "agent7", "Agent Sept", "agent", f.STAFF_PASSWORD)
    staff.update_staff(boss, agent.id, agent.version, full_name="Agent 7")
    with pytest.raises(ConflictError):
        staff.update_staff(boss, agent.id, agent.version, role="read_only")
    assert StaffUser.get_by_id(agent.id).role == "agent"


def test_disabled_account_cannot_sign_in(db):
    boss = f.staff_session("manager", "boss")
    a = staff.create_staff(boss, "agent7", "Agent Sept", "agent", f.STAFF_PASSWORD)
    staff.update_staff(boss, a.id, a.version, active=False)
    with pytest.raises(AuthenticationError, match="désactivé"):
        staff.sign_in("agent7", f.STAFF_PASSWORD)


@pytest.mark.parametrize("login", ["", "1abc", "jé", "a b", "x" * 65, "a;drop"])
def test_bad_logins_are_refused(db, login):
    with pytest.raises(ValidationError):
        staff.create_staff(staff.system_session(), login, "X", "agent", f.STAFF_PASSWORD)
    assert StaffUser.select().count() == 0


def test_permission_matrix():
    assert roles.allows("agent", Permission.WITHDRAW)
    assert not roles.allows("print_operator", Permission.WITHDRAW)
    assert not roles.allows("print_operator", Permission.CORRECT_IDENTITY)
    assert roles.allows("print_operator", Permission.PUBLISH_BATCH)
    assert not roles.allows("agent", Permission.PUBLISH_BATCH)
    assert not roles.allows("read_only", Permission.PUBLISH_DOCUMENT)
    assert roles.allows("read_only", Permission.SEARCH)
    assert not roles.allows("read_only", Permission.VIEW_ACCOMMODATIONS)
    assert all(roles.allows("manager", p) for p in Permission)


# --- ASVS 2.1: what a staff password must be ---------------------------------------------------


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("court-11car", "au moins 12 caractères"),
        ("aaaaaaaaaaaa", "trop courant ou trop répétitif"),
        (" " * 12, "trop courant ou trop répétitif"),
        ("123456789012", "trop courant ou trop répétitif"),
        ("Motdepasse2026!", "trop courant ou trop répétitif"),
        ("azertyuiop123", "trop courant ou trop répétitif"),
        ("SoleilSoleilSoleil", "trop courant ou trop répétitif"),
        ("abcabcabcabc9", "trop courant ou trop répétitif"),
        ("Cyclades-2027", "trop courant ou trop répétitif"),
        ("marie.curie.2027", "ne doit pas contenir l'identifiant"),
    ],
)
def test_weak_staff_passwords_are_refused_and_nothing_is_created(db, password, why):
    boss = f.staff_session("manager")
    with pytest.raises(ValidationError, match=why) as refused:
        staff.create_staff(boss, "marie.curie", "Marie Curie", "agent", password)
    assert refused.value.field == "password"
    assert not StaffUser.select().where(StaffUser.login == "marie.curie").exists()


def test_a_strong_password_is_accepted_and_a_reset_follows_the_same_rule(db):
    boss = f.staff_session("manager")
    info = staff.create_staff(boss, "marie", "Marie Curie", "agent", "cheval agrafe pluie")
    with pytest.raises(ValidationError, match="identifiant"):
        staff.reset_staff_password(boss, info.id, "MARIE-a-change-2027")
    with pytest.raises(ValidationError, match="12 caractères"):
        staff.reset_staff_password(boss, info.id, "court")
    staff.reset_staff_password(boss, info.id, "lampe verte au grenier")
    assert staff.sign_in("marie", "lampe verte au grenier").login == "marie"


# --- ASVS 2.2: re-authentication counts toward the lockout, and is journaled --------------------


def _withdraw(session, password):
    world = f.build_world()
    _cid, new = f.registered_candidate(world)
    ins = Inscription.get_by_id(new.inscription_id)
    return ins, lambda pw: inscriptions.withdraw(
        session, ins.id, ins.version, "Demande écrite du candidat", pw
    )


def test_wrong_passwords_before_a_withdrawal_lock_the_account_and_are_journaled(db, frozen_now):
    staff.create_staff(staff.system_session(), "marie", "Marie Curie", "agent", f.STAFF_PASSWORD)
    marie = staff.sign_in("marie", f.STAFF_PASSWORD)
    ins, withdraw = _withdraw(marie, f.STAFF_PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Mot de passe incorrect"):
            withdraw("pas-le-bon-mot-de-passe")
    with pytest.raises(AuthenticationError, match="verrouillé"):
        withdraw("pas-le-bon-mot-de-passe")
    with pytest.raises(AuthenticationError, match="verrouillé"):
        withdraw(f.STAFF_PASSWORD)  # even the right one, while the lock lasts
    with pytest.raises(AuthenticationError, match="verrouillé"):
        staff.sign_in("marie", f.STAFF_PASSWORD)  # the same lockout as the sign-in's
    assert Inscription.get_by_id(ins.id).status == "registered"
    events = list(
        AuditEvent.select().where(AuditEvent.action.startswith("staff.reauth")).order_by(AuditEvent.id)
    )
    assert [e.action for e in events] == ["staff.reauth_failed"] * 5 + ["staff.reauth_refused"]
    assert {e.actor for e in events} == {"marie"}
    assert events[4].new_values == {"failures": 5, "locked": True}
    clock.advance(minutes=15, seconds=1)
    withdraw(f.STAFF_PASSWORD)
    assert Inscription.get_by_id(ins.id).status == "withdrawn"


def test_a_right_password_clears_the_failures_counted_before_it(db, frozen_now):
    staff.create_staff(staff.system_session(), "marie", "Marie Curie", "agent", f.STAFF_PASSWORD)
    marie = staff.sign_in("marie", f.STAFF_PASSWORD)
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            staff.reauthenticate(marie, "pas-le-bon-mot-de-passe")
    assert StaffUser.get(StaffUser.login == "marie").failed_attempts == 3
    staff.reauthenticate(marie, f.STAFF_PASSWORD)
    assert StaffUser.get(StaffUser.login == "marie").failed_attempts == 0


# --- ASVS 2.2.1 / 2.4: an unknown login costs a real hash; the installed app never hashes cheaply ----


def test_an_unknown_login_costs_the_same_argon2_verification_as_a_real_one(db, monkeypatch):
    staff.create_staff(staff.system_session(), "marie", "Marie Curie", "agent", f.STAFF_PASSWORD)
    verified: list[str] = []
    real = passwords._hasher

    class CountingHasher(type(real)):
        def verify(self, hash, password):
            verified.append(hash)
            return super().verify(hash, password)

    monkeypatch.setattr(
        passwords,
        "_hasher",
        CountingHasher(
            time_cost=real.time_cost,
            memory_cost=real.memory_cost,
            parallelism=real.parallelism,
            hash_len=real.hash_len,
            salt_len=real.salt_len,
        ),
    )
    with pytest.raises(AuthenticationError):
        staff.sign_in("marie", "pas-le-bon-mot-de-passe")
    with pytest.raises(AuthenticationError):
        staff.sign_in("personne", "pas-le-bon-mot-de-passe")
    assert len(verified) == 2 and all(h.startswith("$argon2id$") for h in verified)


def test_no_environment_variable_lowers_the_installed_hashing_cost():
    code = "from cyclades_desktop.domain import passwords; print(passwords.hash_password('un mot de passe'))"
    env = dict(os.environ, CYCLADES_FAST_HASH="1")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert "$m=65536,t=3,p=4$" in out  # RFC 9106's low-memory profile, whatever the environment says
