"""The rules of the candidate space, as the portal applies them over the shared database."""

import datetime as dt

import pytest

from cyclades_desktop.domain import catalogue, clock, outbox, portal, publication, staff
from cyclades_desktop.errors import AuthenticationError, RuleViolation, ValidationError
from cyclades_desktop.store.models import Candidate, Document, Inscription
from tests import factories as f


@pytest.fixture
def world(db, frozen_now):
    return f.build_world()


def test_email_is_unique_case_insensitively_with_the_exact_message(world):
    f.active_candidate("Jeanne.Lefevre@Example.fr")
    with pytest.raises(RuleViolation) as err:
        portal.create_account("jeanne.lefevre@EXAMPLE.FR", f.CANDIDATE_PASSWORD, f.identity())
    assert str(err.value) == "Cette adresse e-mail existe déjà dans l'application Cyclades"
    assert Candidate.select().count() == 1


def test_account_must_be_activated_within_48_hours(world):
    acc = portal.create_account("a@example.fr", f.CANDIDATE_PASSWORD, f.identity())
    mails = outbox.for_candidate(acc.candidate_id)
    assert [m.subject for m in mails] == ["Activer mon compte Cyclades"]
    with pytest.raises(AuthenticationError, match="pas activé"):
        portal.login("a@example.fr", f.CANDIDATE_PASSWORD)
    clock.advance(hours=48, seconds=1)
    with pytest.raises(RuleViolation, match="plus valable"):
        portal.activate(acc.activation_token)


def test_activation_then_login_is_case_insensitive_and_updates_last_use(world):
    acc = portal.create_account("b@example.fr", f.CANDIDATE_PASSWORD, f.identity())
    clock.advance(hours=47)
    portal.activate(acc.activation_token)
    with pytest.raises(RuleViolation):
        portal.activate(acc.activation_token)  # a link serves once
    clock.advance(hours=1)
    assert portal.login("B@EXAMPLE.FR", f.CANDIDATE_PASSWORD) == acc.candidate_id
    assert Candidate.get_by_id(acc.candidate_id).last_used_at == clock.now()
    with pytest.raises(AuthenticationError):
        portal.login("b@example.fr", "wrong-password")


def test_password_reset_by_token_and_change_of_email_and_password(world):
    cid = f.active_candidate("c@example.fr")
    assert portal.request_password_reset("nobody@example.fr") is None
    token = portal.request_password_reset("C@example.fr")
    portal.reset_password(token, "Nouveau-mot-2027")
    assert portal.login("c@example.fr", "Nouveau-mot-2027") == cid
    with pytest.raises(RuleViolation):
        portal.reset_password(token, "Encore-un-autre-1")
    portal.change_email(cid, "c.new@example.fr")
    assert portal.login("c.new@example.fr", "Nouveau-mot-2027") == cid
    with pytest.raises(AuthenticationError):
        portal.login("c@example.fr", "Nouveau-mot-2027")
    portal.change_password(cid, "Nouveau-mot-2027", "Troisieme-mot-9")
    assert portal.login("c.new@example.fr", "Troisieme-mot-9") == cid


def test_identity_is_locked_from_the_first_inscription_even_after_withdrawal(world):
    cid = f.active_candidate()
    portal.update_identity(cid, {"first_names": "Jeanne"})
    assert Candidate.get_by_id(cid).first_names == "Jeanne"
    new = portal.register(cid, world.session_id, dict(f.CHOICES))
    with pytest.raises(RuleViolation, match="plus modifiables"):
        portal.update_identity(cid, {"first_names": "Jeannette"})
    Inscription.update(status="withdrawn").where(Inscription.id == new.inscription_id).execute()
    with pytest.raises(RuleViolation, match="plus modifiables"):
        portal.update_identity(cid, {"first_names": "Jeannette"})
    assert Candidate.get_by_id(cid).first_names == "Jeanne"


def test_inscription_issues_numbers_recap_and_office_contact(world):
    cid, new = f.registered_candidate(world)
    assert new.candidate_number.isdigit() and len(new.candidate_number) == 10
    assert new.inscription_number.startswith("2027") and len(new.inscription_number) == 12
    assert "dec@ac-nantes.fr" in new.office
    docs = portal.list_documents(cid)
    assert [(d.kind, d.version) for d in docs] == [("recap", 1)]
    pdf = publication.pdf_bytes(docs[0].document_id)
    assert pdf.startswith(b"%PDF")
    subjects = [m.subject for m in outbox.for_candidate(cid)]
    assert any(s.startswith("Confirmation de votre inscription") for s in subjects)


def test_numbers_are_unique_across_candidates(world):
    numbers = set()
    for i in range(5):
        _, new = f.registered_candidate(world, email=f"n{i}@example.fr")
        numbers.add(new.candidate_number)
        numbers.add(new.inscription_number)
    assert len(numbers) == 10


def test_inscription_only_while_registration_is_open(world):
    cid = f.active_candidate()
    with pytest.raises(RuleViolation, match="fermé"):
        portal.register(cid, world.closed_session_id, dict(f.CHOICES))
    clock.advance(days=31)
    with pytest.raises(RuleViolation, match="fermé"):
        portal.register(cid, world.session_id, dict(f.CHOICES))
    assert Inscription.select().count() == 0


def test_inscription_only_in_the_academy_of_residence(world):
    cid = f.active_candidate(postcode="35000", city="Rennes")
    with pytest.raises(RuleViolation, match="académie de résidence"):
        portal.register(cid, world.session_id, dict(f.CHOICES))


@pytest.mark.parametrize(
    "choices, message",
    [
        (
            {"serie": "Générale", "specialities": ("Mathématiques",), "languages": ("Anglais",)},
            "exactement 2",
        ),
        (
            {"serie": "Générale", "specialities": ("Mathématiques", "Cuisine"), "languages": ("Anglais",)},
            "Cuisine",
        ),
        ({"serie": "Pro", "specialities": ("Mathématiques", "SES"), "languages": ("Anglais",)}, "série"),
        ({"serie": "Générale", "specialities": ("Mathématiques", "SES")}, "langue"),
    ],
)
def test_every_mandatory_field_is_checked(world, choices, message):
    cid = f.active_candidate()
    with pytest.raises(ValidationError, match=message):
        portal.register(cid, world.session_id, choices)
    assert Inscription.select().count() == 0
    assert Candidate.get_by_id(cid).identity_locked_at is None


def test_born_abroad_must_give_parents_names(world):
    cid = f.active_candidate(
        birth_country_code="99122", birth_commune_code="", birth_place="Varsovie (Pologne)"
    )
    with pytest.raises(ValidationError, match="Nom du père"):
        portal.register(cid, world.session_id, dict(f.CHOICES))
    portal.update_identity(cid, {"father_name": "Żółć", "mother_name": "Kowalska"})
    portal.register(cid, world.session_id, dict(f.CHOICES))


def test_modification_raises_version_reissues_recap_and_mails(world):
    cid, new = f.registered_candidate(world)
    version = portal.modify_inscription(cid, new.inscription_id, {"specialities": ("Physique-chimie", "SVT")})
    assert version == 2
    docs = portal.list_documents(cid)
    assert [(d.kind, d.version) for d in docs] == [("recap", 2)]
    assert Document.select().where(Document.kind == "recap").count() == 2
    assert "Modification de candidature" in [m.subject for m in outbox.for_candidate(cid)]
    # saving the same choices again changes nothing
    assert (
        portal.modify_inscription(cid, new.inscription_id, {"specialities": ("Physique-chimie", "SVT")}) == 2
    )
    assert Document.select().count() == 2


def test_modification_refused_after_the_window(world):
    cid, new = f.registered_candidate(world)
    clock.advance(days=31)
    with pytest.raises(RuleViolation, match="close"):
        portal.modify_inscription(cid, new.inscription_id, {"specialities": ("Physique-chimie", "SVT")})


def test_recap_is_hidden_once_registration_has_closed(world):
    cid, _ = f.registered_candidate(world)
    assert [d.kind for d in portal.list_documents(cid)] == ["recap"]
    clock.advance(days=31)
    assert portal.list_documents(cid) == []


def test_withdrawn_inscription_never_returns_but_a_new_one_is_possible(world):
    from cyclades_desktop.domain import inscriptions, staff

    cid, new = f.registered_candidate(world)
    ins = Inscription.get_by_id(new.inscription_id)
    inscriptions.withdraw(staff.system_session(), ins.id, ins.version, "Demande du candidat")
    with pytest.raises(RuleViolation):
        portal.modify_inscription(cid, ins.id, {"specialities": ("Physique-chimie", "SVT")})
    again = portal.register(cid, world.session_id, dict(f.CHOICES))
    assert again.inscription_number != new.inscription_number
    assert again.candidate_number == new.candidate_number
    assert Inscription.get_by_id(ins.id).status == "withdrawn"


def test_establishment_registration_creates_no_account(world):
    new = portal.register_by_establishment(
        "0440021J", f.identity(birth_name="Nguyễn", first_names="Thị Ánh"), world.session_id, dict(f.CHOICES)
    )
    ins = Inscription.get_by_id(new.inscription_id)
    assert ins.channel == "establishment" and ins.establishment_uai == "0440021J"
    c = ins.candidate
    assert c.email is None and c.password_hash is None and c.identity_locked_at is not None
    with pytest.raises(ValidationError, match="UAI"):
        portal.register_by_establishment("044221W", f.identity(), world.session_id, dict(f.CHOICES))


def test_establishment_registers_a_known_pupil_again_on_the_same_record(world):
    """The épreuves anticipées in première, then the baccalauréat in terminale: one pupil, one record."""
    first = portal.register_by_establishment("0440021J", f.identity(), world.session_id, dict(f.CHOICES))
    pupil = Inscription.get_by_id(first.inscription_id).candidate_id
    system = staff.system_session()
    now = clock.now()
    windows = {"registration": (now - dt.timedelta(days=1), now + dt.timedelta(days=30))}
    anticipated = catalogue.create_session(
        system, world.exam_id, world.academy_id, "Session 2027 — épreuves anticipées", 2027, windows
    )
    again = portal.register_known_pupil("0440021J", pupil, anticipated, dict(f.CHOICES))
    ins = Inscription.get_by_id(again.inscription_id)
    assert (
        ins.candidate_id == pupil and ins.channel == "establishment" and ins.establishment_uai == "0440021J"
    )
    assert (
        again.candidate_number == first.candidate_number
        and again.inscription_number != first.inscription_number
    )
    assert Candidate.select().count() == 1
    with pytest.raises(RuleViolation, match="déjà inscrit"):
        portal.register_known_pupil("0440021J", pupil, world.session_id, dict(f.CHOICES))
    with pytest.raises(RuleViolation, match="fermé"):
        portal.register_known_pupil("0440021J", pupil, world.closed_session_id, dict(f.CHOICES))
    rennes = catalogue.create_session(
        system, world.exam_id, world.other_academy_id, "Session 2027", 2027, windows
    )
    with pytest.raises(RuleViolation, match="académie"):
        portal.register_known_pupil("0440021J", pupil, rennes, dict(f.CHOICES))
    holder = f.active_candidate()
    with pytest.raises(RuleViolation, match="son propre compte"):
        portal.register_known_pupil("0440021J", holder, anticipated, dict(f.CHOICES))
