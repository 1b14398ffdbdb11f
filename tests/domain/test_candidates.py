"""Staff services on a candidate: file, correction, e-mail change, reset link, conflicts."""

import pytest

from cyclades_desktop.domain import candidates, clock, outbox, portal
from cyclades_desktop.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from cyclades_desktop.store.models import AuditEvent, Candidate, Document
from tests import factories as f


@pytest.fixture
def world(db, frozen_now):
    return f.build_world()


@pytest.fixture
def agent(world):
    return f.staff_session("agent")


def test_candidate_file_shows_account_inscriptions_documents_history(world, agent):
    cid, new = f.registered_candidate(world)
    cf = candidates.candidate_file(agent, cid)
    assert cf.display_name == "LEFÈVRE Jeanne Marie"
    assert (
        cf.account_state == "active"
        and cf.identity_locked
        and "première inscription" in cf.identity_lock_reason
    )
    [ins] = cf.inscriptions
    assert (ins.number, ins.status_label, ins.version) == (new.inscription_number, "Inscrite", 1)
    assert [d.label for d in ins.supporting_documents] == ["Copie d'une pièce d'identité", "Certificat JDC"]
    assert [(d.kind, d.version, d.is_current) for d in cf.documents] == [("recap", 1, True)]
    assert {"account.created", "inscription.created", "document.published"} <= {h.action for h in cf.history}


def test_account_states(world, agent):
    pending = portal.create_account("p@example.fr", f.CANDIDATE_PASSWORD, f.identity()).candidate_id
    assert candidates.candidate_file(agent, pending).account_state == "awaiting_activation"
    clock.advance(hours=49)
    assert candidates.candidate_file(agent, pending).account_state == "due_for_deletion"


def test_identity_correction_reissues_recap_journals_and_mails(world, agent):
    cid, new = f.registered_candidate(world)
    cf = candidates.candidate_file(agent, cid)
    preview = candidates.preview_correction(
        agent, cid, {"birth_name": "Lefebvre", "first_names": "Jeanne Marie"}
    )
    assert preview == {"birth_name": ("Lefèvre", "Lefebvre")}
    result = candidates.correct_identity(
        agent,
        cid,
        cf.version,
        {"birth_name": "Lefebvre"},
        "Erreur de saisie de l'état civil",
        f.STAFF_PASSWORD,
    )
    assert result.reissued == (new.inscription_number,)
    c = Candidate.get_by_id(cid)
    assert c.birth_name == "Lefebvre" and c.name_key == "lefebvre" and c.version == cf.version + 1
    event = AuditEvent.select().where(AuditEvent.action == "identity.corrected").get()
    assert (event.actor, event.old_values, event.new_values, event.reason) == (
        agent.login,
        {"birth_name": "Lefèvre"},
        {"birth_name": "Lefebvre"},
        "Erreur de saisie de l'état civil",
    )
    assert Document.select().where(Document.kind == "recap", Document.is_current).get().version == 2
    assert "Correction de vos données d'identité" in [m.subject for m in outbox.for_candidate(cid)]


def test_correction_needs_reason_password_and_a_change(world, agent):
    cid, _ = f.registered_candidate(world)
    v = candidates.candidate_file(agent, cid).version
    with pytest.raises(ValidationError, match="motif"):
        candidates.correct_identity(agent, cid, v, {"birth_name": "Lefebvre"}, "", f.STAFF_PASSWORD)
    with pytest.raises(AuthenticationError):
        candidates.correct_identity(agent, cid, v, {"birth_name": "Lefebvre"}, "Erreur de saisie", "wrong")
    with pytest.raises(ValidationError, match="Aucune donnée"):
        candidates.correct_identity(
            agent, cid, v, {"birth_name": "Lefèvre"}, "Erreur de saisie", f.STAFF_PASSWORD
        )
    with pytest.raises(ValidationError, match="lettres"):
        candidates.correct_identity(
            agent, cid, v, {"birth_name": "L3fèvre"}, "Erreur de saisie", f.STAFF_PASSWORD
        )
    assert Candidate.get_by_id(cid).version == v and Candidate.get_by_id(cid).birth_name == "Lefèvre"


def test_second_workstation_sees_who_changed_the_record(world, agent):
    cid, _ = f.registered_candidate(world)
    other = f.staff_session("agent", "paul")
    seen_by_both = candidates.candidate_file(agent, cid).version
    candidates.correct_identity(
        other, cid, seen_by_both, {"first_names": "Jeanne"}, "Prénom d'usage", f.STAFF_PASSWORD
    )
    with pytest.raises(ConflictError) as err:
        candidates.correct_identity(
            agent, cid, seen_by_both, {"birth_name": "Lefebvre"}, "Erreur", f.STAFF_PASSWORD
        )
    assert err.value.changed_by == "paul" and "paul" in str(err.value)
    c = Candidate.get_by_id(cid)
    assert (c.first_names, c.birth_name) == ("Jeanne", "Lefèvre")


def test_email_change_is_unique_and_tells_both_addresses(world, agent):
    cid = f.active_candidate("a@example.fr")
    f.active_candidate("b@example.fr", birth_name="Martin")
    v = candidates.candidate_file(agent, cid).version
    with pytest.raises(RuleViolation) as err:
        candidates.change_email(agent, cid, v, "B@Example.fr")
    assert str(err.value) == portal.EMAIL_EXISTS
    with pytest.raises(ValidationError):
        candidates.change_email(agent, cid, v, "not-an-email")
    candidates.change_email(agent, cid, v, "a.new@example.fr")
    assert portal.login("a.new@example.fr", f.CANDIDATE_PASSWORD) == cid
    recipients = [m.to_address for m in outbox.for_candidate(cid) if m.template == "email_changed"]
    assert recipients == ["a@example.fr", "a.new@example.fr"]


def test_reset_link_goes_to_the_outbox(world, agent):
    cid = f.active_candidate("a@example.fr")
    candidates.send_reset_link(agent, cid)
    [m] = [m for m in outbox.for_candidate(cid) if m.template == "password_reset"]
    token = m.body.split("/reinitialisation/")[1].split()[0]
    portal.reset_password(token, "Un-nouveau-2027")
    assert portal.login("a@example.fr", "Un-nouveau-2027") == cid


@pytest.mark.parametrize("role", ["print_operator", "read_only"])
def test_roles_without_the_right_are_refused(world, role):
    cid, _ = f.registered_candidate(world)
    s = f.staff_session(role)
    v = candidates.candidate_file(s, cid).version
    with pytest.raises(PermissionDenied):
        candidates.correct_identity(s, cid, v, {"birth_name": "X"}, "Erreur de saisie", f.STAFF_PASSWORD)
    with pytest.raises(PermissionDenied):
        candidates.change_email(s, cid, v, "x@example.fr")
    with pytest.raises(PermissionDenied):
        candidates.send_reset_link(s, cid)
    assert Candidate.get_by_id(cid).version == v


def test_accommodations_are_hidden_from_roles_that_may_not_see_them_and_reads_are_journaled(world, agent):
    from cyclades_desktop.domain import inscriptions

    cid, new = f.registered_candidate(world)
    inscriptions.grant_accommodation(agent, new.inscription_id, "extra_time", "Tiers temps")
    reader = f.staff_session("read_only")
    [ins] = candidates.candidate_file(reader, cid).inscriptions
    assert ins.accommodations == () and ins.accommodations_hidden
    [ins] = candidates.candidate_file(agent, cid).inscriptions
    assert [a.detail for a in ins.accommodations] == ["Tiers temps"]
    assert AuditEvent.select().where(AuditEvent.action == "accommodations.viewed").count() == 1


def test_accommodation_notice_pdf_needs_the_right_to_see_accommodations(world, agent):
    from cyclades_desktop.domain import inscriptions, publication

    _, new = f.registered_candidate(world)
    inscriptions.grant_accommodation(agent, new.inscription_id, "extra_time", "Tiers temps")
    doc = publication.publish(agent, new.inscription_id, "accommodation_notice")
    assert publication.pdf_bytes(doc.document_id, agent).startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        publication.pdf_bytes(doc.document_id, f.staff_session("print_operator"))
