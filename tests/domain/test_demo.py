"""Demo data: realistic, deterministic, written through the portal's rules or their pure functions."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from cyclades_desktop.domain import audit, demo, demo_names, identity, portal, retention, search, sessions, staff, text, validation
from cyclades_desktop.domain.marks import DECISIONS, MENTIONS
from cyclades_desktop.errors import RuleViolation
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import (
    ACCOMMODATION_KINDS, Academy, AccountToken, Accommodation, AuditEvent, Candidate, Centre, Document, Exam,
    ExamSession, Inscription, Mark, OutboxMessage, Result, StaffUser,
)
from tests.conftest import fresh_database

N = 300
DAY = dt.timedelta(days=1)


def _schema():
    """Index and trigger definitions: the bulk load sets some aside and must restore them exactly."""
    if store_db.is_postgres():
        idx = store_db.database.execute_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1").fetchall()
        trg = store_db.database.execute_sql(
            "SELECT tgname, tgenabled, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1").fetchall()
        return idx, trg
    return store_db.database.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY 1, 2").fetchall(), None


def _first_names():
    return [c.first_names for c in Candidate.select(Candidate.first_names).order_by(Candidate.id)]


def test_demo_world(db, frozen_now):
    before = _schema()
    report = demo.generate(N, seed=3)
    now = frozen_now

    # the report tells the truth
    assert report.candidates == Candidate.select().count() == N
    assert report.via_portal == demo.PORTAL_CANDIDATES
    assert report.inscriptions == Inscription.select().count()
    assert report.accommodations == Accommodation.select().count()
    assert report.marks == Mark.select().count() and report.results == Result.select().count()
    assert report.academies == Academy.select().count() == 30 and report.exams == Exam.select().count() == 5
    assert report.documents == Document.select().count() > 0
    assert report.outbox == OutboxMessage.select().count() > 0
    assert report.audit_events == AuditEvent.select().count()
    assert "graine 3" in report.summary() and "demo-candidat" in report.summary()
    assert {u.login for u in StaffUser.select()} == {s[0] for s in demo.DEMO_STAFF}
    for login, password, role, _name in demo.DEMO_STAFF:
        assert len(password) >= 10
        assert staff.sign_in(login, password).role == role

    # every account state, by the portal's own definitions
    email = Candidate.email.is_null(False)
    awaiting = Candidate.select().where(email & Candidate.activated_at.is_null()
                                        & (Candidate.created_at > now - portal.ACTIVATION_DELAY)).count()
    expired = Candidate.select().where(email & Candidate.activated_at.is_null()
                                       & (Candidate.created_at <= now - portal.ACTIVATION_DELAY)).count()
    unused = Candidate.select().where(email & Candidate.activated_at.is_null(False)
                                      & (Candidate.last_used_at <= now - portal.RETENTION)).count()
    active = Candidate.select().where(email & (Candidate.last_used_at > now - portal.RETENTION)).count()
    establishment = Candidate.select().where(Candidate.email.is_null()).count()
    assert (awaiting, expired, unused, active, establishment) == (
        report.awaiting_activation, report.activation_expired, report.unused, report.active, report.establishment)
    assert min(awaiting, expired, unused, active, establishment) > 0
    assert AccountToken.select().where(AccountToken.purpose == "activation", AccountToken.used_at.is_null()).count() \
        >= awaiting + expired
    for c in Candidate.select().where(Candidate.email.is_null()):
        assert c.password_hash is None
        ins = list(c.inscriptions)
        assert ins and all(i.channel == "establishment" and validation.UAI_RE.match(i.establishment_uai) for i in ins)
    purge = retention.purge(staff.system_session(), dry_run=True)
    assert purge.not_activated == expired and purge.unused + purge.spared_running == unused
    assert purge.unused > 0 and purge.spared_running > 0

    # names as they really are
    all_names = [(c.birth_name, c.usage_name, c.first_names) for c in Candidate.select()]
    joined = " ".join(" ".join(n) for n in all_names)
    for showcase in ("de La Fontaine", "Jean-Édouard", "Nguyễn", "Thị Ánh", "Żółć", "Łukasz", "Øyvind", "O'Neil",
                     "N'Diaye", "Müller", "Le Goff"):
        assert showcase in joined
    bulk = list(Candidate.select().where(Candidate.id > _last_portal_id()).order_by(Candidate.id))
    assert len(bulk) == N - demo.PORTAL_CANDIDATES
    assert sum(any(ord(ch) > 127 for ch in c.birth_name + c.first_names) for c in bulk) > len(bulk) * 0.2
    assert any(c.usage_name for c in bulk) and any("-" in c.first_names for c in Candidate.select())
    assert any(c.birth_country_code != "100" and c.father_name and c.mother_name for c in bulk)

    # every row is what the portal would have written: identity, keys, académie, formats
    today = now.date()
    academy_codes = {a.id: a.departments for a in Academy.select()}
    for c in Candidate.select():
        data = {f: getattr(c, f) for f in identity.FIELDS}
        cleaned = identity.clean({**data, "ine": data["ine"] or ""}, today)
        assert all(cleaned[f] == data[f] for f in identity.FIELDS), c.id
        keys = identity.search_keys(c.birth_name, c.usage_name, c.first_names)
        assert all(getattr(c, k) == v for k, v in keys.items()), c.id
        assert c.academy_id == portal.academy_for_postcode(c.postcode).id
        if c.ine:
            assert validation.INE_RE.match(c.ine)
        if c.email:
            assert validation.email(c.email) == c.email and c.email_key == c.email.lower()
            assert c.email_key.endswith(".example")
    assert any(c.email != c.email_key for c in Candidate.select().where(email)) or N < 1000

    # numbers and logins unique
    for column in (Candidate.candidate_number, Candidate.email_key):
        values = [v for (v,) in Candidate.select(column).where(column.is_null(False)).tuples()]
        assert len(values) == len(set(values))
    numbers = [n for (n,) in Inscription.select(Inscription.number).tuples()]
    assert len(numbers) == len(set(numbers)) and all(re.fullmatch(r"\d{12}", n) for n in numbers)
    assert Candidate.select().where(Candidate.candidate_number.is_null(False)).count() == \
        Candidate.select().join(Inscription).distinct().count()

    # inscriptions are valid for their exam, in the académie of residence
    for ins in Inscription.select(Inscription, ExamSession, Candidate).join(ExamSession).switch(Inscription).join(Candidate):
        session = ins.session
        assert session.academy_id == ins.candidate.academy_id
        portal.check_choices(session.exam, {k: getattr(ins, k) for k in ("serie", "specialities", "options", "languages")})
        if ins.status != "registered":
            assert len(ins.status_reason) >= 5 and ins.status_changed_at and ins.status_changed_by
        is_open = sessions.is_open(session.id, "registration")
        if is_open and ins.status == "registered":
            assert ins.centre_id and ins.room
            assert ins.centre.academy_id == session.academy_id
    assert Inscription.select().where(Inscription.status == "withdrawn").count() == report.withdrawn > 0
    assert Inscription.select().where(Inscription.status == "set_aside").count() == report.set_aside
    assert Inscription.select().where(Inscription.version > 1).count() > 0
    assert {a.kind for a in Accommodation.select()} <= set(ACCOMMODATION_KINDS)
    assert 0.05 < report.accommodations / report.inscriptions < 0.3
    assert {r.decision for r in Result.select()} <= set(DECISIONS) and {r.mention for r in Result.select()} <= set(MENTIONS)
    assert Mark.select().where(Mark.absent).count() >= 0 and Mark.select().where(Mark.kept).count() >= 0
    for centre in Centre.select():
        digits = centre.uai[:7]
        assert validation.UAI_RE.match(centre.uai) and centre.uai[7] == "ABCDEFGHJKLMNPRSTUVWXYZ"[int(digits) % 23]
    for acad_code, _name, depts, *_rest in demo_names.ACADEMIES:
        for exam_code in ("BAC-GEN", "CRPE"):
            open_ = (ExamSession.select().join(Exam).switch(ExamSession).join(Academy)
                     .where((Exam.code == exam_code) & (Academy.code == acad_code)))
            assert [sessions.is_open(s.id, "registration") for s in open_].count(True) == 1

    # the journal: chained, one event per bulk chunk
    verify = audit.verify()
    assert verify.ok, verify.message()
    assert AuditEvent.select().where(AuditEvent.action == "demo.generated").count() == 1
    assert AuditEvent.select().where(AuditEvent.action == "inscription.created").count() > 0

    # the bulk rows are found like any other: by folded name, by part of a name
    system = staff.system_session()
    accented = next(c for c in bulk if c.birth_name != text.fold(c.birth_name).title() and not c.usage_name)
    query = f"{text.fold(accented.birth_name)} {text.fold(accented.first_names.split()[0])}"
    assert accented.id in [r.id for r in search.search(system, query, limit=500).rows]
    part = accented.name_key[1:5] if len(accented.name_key) >= 5 else accented.name_key
    assert accented.id in [r.id for r in search.search(system, part.upper(), limit=500).rows]
    if not store_db.is_postgres():
        store_db.database.execute_sql("INSERT INTO candidate_fts(candidate_fts) VALUES('integrity-check')")
    vocab = {k for (k,) in store_db.database.execute_sql("SELECT key FROM name_vocab").fetchall()}
    assert {c.name_key for c in bulk} <= vocab and {c.birth_name_key for c in bulk} <= vocab

    # what the load set aside is back, exactly
    assert _schema() == before

    # a second run is refused and changes nothing
    with pytest.raises(RuleViolation, match="déjà des candidats"):
        demo.generate(10)
    assert Candidate.select().count() == N and audit.verify().ok


def _last_portal_id() -> int:
    """The bulk starts after the portal's candidates: ids above the first demo.generated chunk."""
    event = AuditEvent.select().where(AuditEvent.action == "demo.generated").order_by(AuditEvent.id).first()
    return event.new_values["first_candidate_id"] - 1


def test_demo_is_deterministic(db, frozen_now, backend, request, tmp_path):
    first = demo.generate(260, seed=11)
    names_first = _first_names()
    keys_first = [(c.email_key, c.candidate_number) for c in Candidate.select().order_by(Candidate.id)]
    other = tmp_path / "other"
    other.mkdir()
    fresh_database("sqlite", request, other)  # the same seed on another database, even another backend
    second = demo.generate(260, seed=11)
    assert second.summary() == first.summary() and second.counts() == first.counts()
    assert _first_names() == names_first
    assert [(c.email_key, c.candidate_number) for c in Candidate.select().order_by(Candidate.id)] == keys_first
    third_dir = tmp_path / "third"
    third_dir.mkdir()
    fresh_database("sqlite", request, third_dir)
    third = demo.generate(260, seed=12)
    assert _first_names() != names_first and third.summary() != first.summary()


def test_demo_rejects_bad_sizes(db, frozen_now):
    with pytest.raises(Exception, match="entier positif"):
        demo.generate(-1)
    empty = demo.generate(0)
    assert empty.candidates == 0 and Candidate.select().count() == 0 and ExamSession.select().count() > 0
    assert audit.verify().ok
