"""Withdrawal and set-aside: staff-only, reasoned, re-authenticated, irreversible."""

import pytest

from cyclades_desktop.domain import candidates, clock, inscriptions, marks, outbox
from cyclades_desktop.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from cyclades_desktop.store.models import AuditEvent, Inscription
from tests import factories as f


@pytest.fixture
def setup(db, frozen_now):
    world = f.build_world()
    cid, new = f.registered_candidate(world)
    return cid, Inscription.get_by_id(new.inscription_id)


def test_withdrawal_reads_who_and_when_and_mails(setup):
    cid, ins = setup
    agent = f.staff_session("agent")
    inscriptions.withdraw(agent, ins.id, ins.version, "Demande écrite du candidat", f.STAFF_PASSWORD)
    [info] = candidates.candidate_file(agent, cid).inscriptions
    assert info.status == "withdrawn"
    assert info.status_label.startswith("Désinscrite le 02/11/2026 à 09:00 par Agent Test")
    e = AuditEvent.select().where(AuditEvent.action == "inscription.withdrawn").get()
    assert e.reason == "Demande écrite du candidat" and e.old_values == {"status": "registered"}
    assert any(m.template == "withdrawal" for m in outbox.for_candidate(cid))


def test_withdrawal_is_irreversible(setup):
    _, ins = setup
    agent = f.staff_session("agent")
    v = inscriptions.withdraw(agent, ins.id, ins.version, "Demande écrite", f.STAFF_PASSWORD)
    with pytest.raises(RuleViolation, match="définitive"):
        inscriptions.withdraw(agent, ins.id, v, "Encore", f.STAFF_PASSWORD)
    with pytest.raises(RuleViolation, match="définitive"):
        inscriptions.set_aside(agent, ins.id, v, "Encore", f.STAFF_PASSWORD)


def test_set_aside_then_withdraw(setup):
    _, ins = setup
    agent = f.staff_session("agent")
    v = inscriptions.set_aside(agent, ins.id, ins.version, "Pièces manquantes", f.STAFF_PASSWORD)
    with pytest.raises(RuleViolation, match="déjà écartée"):
        inscriptions.set_aside(agent, ins.id, v, "Pièces manquantes", f.STAFF_PASSWORD)
    inscriptions.withdraw(agent, ins.id, v, "Demande écrite", f.STAFF_PASSWORD)
    assert Inscription.get_by_id(ins.id).status == "withdrawn"


def test_withdrawal_needs_reason_password_and_fresh_version(setup):
    _, ins = setup
    agent = f.staff_session("agent")
    with pytest.raises(ValidationError):
        inscriptions.withdraw(agent, ins.id, ins.version, " ", f.STAFF_PASSWORD)
    with pytest.raises(AuthenticationError):
        inscriptions.withdraw(agent, ins.id, ins.version, "Demande écrite", "wrong")
    with pytest.raises(ConflictError):
        inscriptions.withdraw(agent, ins.id, ins.version - 1, "Demande écrite", f.STAFF_PASSWORD)
    assert Inscription.get_by_id(ins.id).status == "registered"


@pytest.mark.parametrize("role", ["print_operator", "read_only"])
def test_roles_that_may_not_withdraw(setup, role):
    _, ins = setup
    s = f.staff_session(role)
    with pytest.raises(PermissionDenied, match="agents et les gestionnaires"):
        inscriptions.withdraw(s, ins.id, ins.version, "Demande écrite", f.STAFF_PASSWORD)
    with pytest.raises(PermissionDenied):
        inscriptions.set_aside(s, ins.id, ins.version, "Demande écrite", f.STAFF_PASSWORD)
    assert Inscription.get_by_id(ins.id).status == "registered"


def test_no_withdrawal_once_the_jury_has_decided(setup):
    _, ins = setup
    world_session = ins.session_id
    content = (
        "numero_inscription;epreuve;note;conservee;decision;mention\n"
        f"{ins.number};PHILO;12,5;non;admis;assez bien\n"
    )
    marks.import_marks(f.staff_session("manager"), world_session, content)
    agent = f.staff_session("agent")
    for move, verb in ((inscriptions.withdraw, "désinscrite"), (inscriptions.set_aside, "écartée")):
        with pytest.raises(
            RuleViolation, match=f"jury a rendu sa décision .« admis ».*ne peut plus être {verb}"
        ):
            move(agent, ins.id, ins.version, "Demande écrite du candidat", f.STAFF_PASSWORD)
    after = Inscription.get_by_id(ins.id)
    assert (after.status, after.version) == ("registered", ins.version)
    assert not AuditEvent.select().where(AuditEvent.action == "inscription.withdrawn").exists()


def test_no_withdrawal_once_the_results_are_published(setup):
    _, ins = setup
    clock.advance(days=221)  # the results window of build_world opens on day 220
    with pytest.raises(RuleViolation, match="résultats de cette session sont publiés depuis le"):
        inscriptions.withdraw(
            f.staff_session("agent"), ins.id, ins.version, "Demande écrite du candidat", f.STAFF_PASSWORD
        )
    assert Inscription.get_by_id(ins.id).status == "registered"


def _withdrawal_mail(cid):
    [mail] = [m for m in outbox.for_candidate(cid) if m.template == "withdrawal"]
    return mail.body


def test_the_withdrawal_mail_offers_a_new_registration_only_while_it_is_open(db, frozen_now):
    world = f.build_world()
    agent = f.staff_session("agent")
    cid, new = f.registered_candidate(world)
    ins = Inscription.get_by_id(new.inscription_id)
    inscriptions.withdraw(agent, ins.id, ins.version, "Demande écrite du candidat", f.STAFF_PASSWORD)
    assert "vous pouvez vous inscrire à nouveau" in _withdrawal_mail(cid)
    assert "ouvertes jusqu'au 02/12/2026" in _withdrawal_mail(cid)  # build_world: now + 30 days

    late, new = f.registered_candidate(world, "tardif@example.fr", birth_name="Tardif")
    ins = Inscription.get_by_id(new.inscription_id)
    clock.advance(days=31)  # registration closed, results not out yet
    inscriptions.withdraw(agent, ins.id, ins.version, "Demande écrite du candidat", f.STAFF_PASSWORD)
    body = _withdrawal_mail(late)
    assert "définitive" in body and "inscrire à nouveau" not in body
