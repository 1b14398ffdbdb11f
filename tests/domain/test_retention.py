"""Purge: 48 hours to activate, one year of disuse, sparing candidates of running sessions."""

import pytest

from cyclades_desktop.domain import clock, portal, retention, staff
from cyclades_desktop.errors import PermissionDenied
from cyclades_desktop.store.models import AuditEvent, Candidate, Inscription
from tests import factories as f


def test_purge_rules(db, frozen_now):
    world = f.build_world()
    never_activated = portal.create_account(
        "late@example.fr", f.CANDIDATE_PASSWORD, f.identity()
    ).candidate_id
    idle = f.active_candidate("idle@example.fr", birth_name="Martin")
    idle_registered, _ = f.registered_candidate(world, "busy@example.fr", birth_name="Durand")
    establishment = portal.register_by_establishment(
        "0440021J", f.identity(birth_name="Petit"), world.session_id, dict(f.CHOICES)
    ).inscription_id
    clock.advance(days=366)  # the open session's results window still runs: "busy" is spared
    fresh = portal.create_account("fresh@example.fr", f.CANDIDATE_PASSWORD, f.identity()).candidate_id
    system = staff.system_session()
    dry = retention.purge(system, dry_run=True)
    assert (dry.not_activated, dry.unused, dry.spared_running) == (1, 1, 1)
    assert Candidate.select().count() == 5
    report = retention.purge(system)
    assert (report.not_activated, report.unused) == (1, 1)
    remaining = {c.id for c in Candidate.select()}
    assert never_activated not in remaining and idle not in remaining
    assert {idle_registered, fresh} <= remaining
    assert Inscription.select().where(Inscription.id == establishment).exists()
    events = AuditEvent.select().where(AuditEvent.action == "account.purged")
    assert sorted(e.candidate_id for e in events) == sorted([never_activated, idle])
    clock.advance(days=100)  # now every window has closed: the busy account goes too
    assert retention.purge(system).unused == 1
    assert not Candidate.select().where(Candidate.id == idle_registered).exists()


def test_purge_is_for_managers(db):
    with pytest.raises(PermissionDenied):
        retention.purge(f.staff_session("agent"))
