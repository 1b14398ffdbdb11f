"""Staff accounts, sign-in with lockout counted in the database, roles."""

import datetime as dt

import pytest

from cyclades_desktop.domain import clock, roles, staff
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from cyclades_desktop.store.models import AuditEvent, StaffUser
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
