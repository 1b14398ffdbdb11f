"""Property-based: names, e-mails, dates and identifiers of every shape fed to the services.

Each input is either accepted and stored as given, or refused with a French message; a refusal
leaves the database exactly as it was.
"""

import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cyclades_desktop.domain import candidates, portal, search, staff
from cyclades_desktop.errors import CycladesError, ValidationError
from cyclades_desktop.store.models import ALL_MODELS, AuditHead, Candidate
from tests import factories as f

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
NASTY = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "a\x07b",
        "'; DROP TABLE candidate; --",
        '=HYPERLINK("http://x")',
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)",
        "Robert'); DELETE FROM audit_event;--",
        "a" * 5000,
        "\u202eevil",
        "\ufeffBOM",
        "é" * 300,
        "😀",
        "NULL",
        "%",
        "_",
        "\\",
        "<script>",
        "O'Neil",
        "Jean-Édouard",
        "de La Fontaine",
    ]
)
TEXT = st.one_of(NASTY, st.text(max_size=300))


def snapshot():
    counts = tuple(m.select().count() for m in ALL_MODELS)
    versions = tuple(
        Candidate.select(Candidate.id, Candidate.version, Candidate.email, Candidate.birth_name)
        .order_by(Candidate.id)
        .tuples()
    )
    return counts, versions, AuditHead.get_by_id(1).last_hash


@pytest.fixture
def ctx(db, frozen_now):
    world = f.build_world()
    cid, _ = f.registered_candidate(world)
    return world, cid, f.staff_session("agent")


def _outcome(fn):
    before = snapshot()
    try:
        fn()
    except CycladesError as exc:
        assert str(exc) and str(exc)[0].isupper(), "a French sentence"
        assert not any(w in str(exc) for w in ("Traceback", "Error:")), str(exc)
        assert snapshot() == before, "a refusal changed the database"
        return False
    return True


@SETTINGS
@given(
    field=st.sampled_from(
        [
            "birth_name",
            "usage_name",
            "first_names",
            "birth_place",
            "address",
            "city",
            "postcode",
            "phone",
            "ine",
            "birth_commune_code",
            "birth_country_code",
        ]
    ),
    value=TEXT,
)
def test_identity_corrections(ctx, field, value):
    _, cid, agent = ctx
    v = Candidate.get_by_id(cid).version
    accepted = _outcome(
        lambda: candidates.correct_identity(
            agent, cid, v, {field: value}, "Correction demandée", f.STAFF_PASSWORD
        )
    )
    if accepted:
        stored = getattr(Candidate.get_by_id(cid), field) or ""
        assert stored.strip().upper() == " ".join(value.split()).strip().upper().replace(
            "’", "'"
        ) or field in ("ine", "birth_commune_code", "address", "city", "birth_place", "phone", "postcode")
        assert not any(ord(c) < 32 for c in stored) and len(stored) <= 250


@SETTINGS
@given(value=st.one_of(NASTY, st.emails(), st.text(max_size=80)))
def test_email_changes(ctx, value):
    _, cid, agent = ctx
    v = Candidate.get_by_id(cid).version
    if _outcome(lambda: candidates.change_email(agent, cid, v, value)):
        assert "@" in Candidate.get_by_id(cid).email


@SETTINGS
@given(
    value=st.one_of(
        NASTY, st.dates().map(str), st.text(max_size=20), st.dates().map(lambda d: d.strftime("%d/%m/%Y"))
    )
)
def test_birth_dates(ctx, value):
    _, cid, agent = ctx
    v = Candidate.get_by_id(cid).version
    if _outcome(
        lambda: candidates.correct_identity(
            agent, cid, v, {"birth_date": value}, "Correction demandée", f.STAFF_PASSWORD
        )
    ):
        born = Candidate.get_by_id(cid).birth_date
        assert dt.date(1900, 1, 1) <= born <= dt.date(2016, 11, 2)


@SETTINGS
@given(email=st.one_of(NASTY, st.emails()), first=TEXT, last=TEXT)
def test_account_creation(ctx, email, first, last):
    assume(email != "jeanne.lefevre@example.fr")
    if _outcome(
        lambda: portal.create_account(
            email, f.CANDIDATE_PASSWORD, f.identity(first_names=first, birth_name=last)
        )
    ):
        c = Candidate.select().order_by(Candidate.id.desc()).get()
        assert len(c.birth_name) <= 100 and len(c.first_names) <= 150 and "@" in c.email


@SETTINGS
@given(uai=TEXT)
def test_establishment_uai(ctx, uai):
    world, _, _ = ctx
    _outcome(
        lambda: portal.register_by_establishment(
            uai, f.identity(birth_name="Petit"), world.session_id, dict(f.CHOICES)
        )
    )


@SETTINGS
@given(query=TEXT)
def test_search_never_fails_unexpectedly(ctx, query):
    _, _, agent = ctx
    try:
        page = search.search(agent, query)
    except ValidationError as exc:
        assert str(exc)[0].isupper()
        return
    assert len(page.rows) <= search.PAGE


@SETTINGS
@given(login=TEXT, password=TEXT)
def test_sign_in_with_garbage(ctx, login, password):
    before = snapshot()[0]
    with pytest.raises(CycladesError):
        staff.sign_in(login, password)
    # only the journal (and a failure counter) may move on a refused sign-in
    after = snapshot()[0]
    assert [a for a, b in zip(after, before, strict=True) if a != b] in (
        [],
        [
            after[
                ALL_MODELS.index(
                    __import__("cyclades_desktop.store.models", fromlist=["AuditEvent"]).AuditEvent
                )
            ]
        ],
    )
