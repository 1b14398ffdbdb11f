"""Demo data: realistic, deterministic, written through the portal's rules or their pure functions."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from cyclades_desktop.domain import (
    audit,
    demo,
    identity,
    portal,
    retention,
    search,
    sessions,
    staff,
    text,
    validation,
)
from cyclades_desktop.domain.marks import DECISIONS, MENTIONS
from cyclades_desktop.errors import RuleViolation
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import (
    ACCOMMODATION_KINDS,
    Academy,
    Accommodation,
    AccountToken,
    AuditEvent,
    Candidate,
    Centre,
    Document,
    Exam,
    ExamSession,
    Inscription,
    Mark,
    OutboxMessage,
    Result,
    StaffUser,
)
from tests.conftest import fresh_database

N = 300
DAY = dt.timedelta(days=1)


def _schema():
    """Index and trigger definitions: the bulk load sets some aside and must restore them exactly."""
    if store_db.is_postgres():
        idx = store_db.database.execute_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1"
        ).fetchall()
        trg = store_db.database.execute_sql(
            "SELECT tgname, tgenabled, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"
        ).fetchall()
        return idx, trg
    return store_db.database.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY 1, 2"
    ).fetchall(), None


def _first_names():
    return [c.first_names for c in Candidate.select(Candidate.first_names).order_by(Candidate.id)]


def test_demo_world(db, frozen_now, backend):
    before = _schema()
    # the portal's functions (a PDF and a dozen queries per step) are what a small demo spends its
    # time on, and they are tested on both backends elsewhere: fewer here than the default 200
    portal_n = 150 if backend == "sqlite" else 30
    report = demo.generate(N, seed=3, portal_candidates=portal_n)
    now = frozen_now

    # the report tells the truth
    assert report.candidates == Candidate.select().count() == N
    assert report.via_portal == portal_n
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
    awaiting = (
        Candidate.select()
        .where(
            email & Candidate.activated_at.is_null() & (Candidate.created_at > now - portal.ACTIVATION_DELAY)
        )
        .count()
    )
    expired = (
        Candidate.select()
        .where(
            email & Candidate.activated_at.is_null() & (Candidate.created_at <= now - portal.ACTIVATION_DELAY)
        )
        .count()
    )
    unused = (
        Candidate.select()
        .where(
            email & Candidate.activated_at.is_null(False) & (Candidate.last_used_at <= now - portal.RETENTION)
        )
        .count()
    )
    active = Candidate.select().where(email & (Candidate.last_used_at > now - portal.RETENTION)).count()
    establishment = Candidate.select().where(Candidate.email.is_null()).count()
    assert (awaiting, expired, unused, active, establishment) == (
        report.awaiting_activation,
        report.activation_expired,
        report.unused,
        report.active,
        report.establishment,
    )
    assert min(awaiting, expired, unused, active, establishment) > 0
    assert (
        AccountToken.select()
        .where(AccountToken.purpose == "activation", AccountToken.used_at.is_null())
        .count()
        >= awaiting + expired
    )
    by_establishment = list(
        Candidate.select(
            Candidate.id, Candidate.password_hash, Inscription.channel, Inscription.establishment_uai
        )
        .join(Inscription)
        .where(Candidate.email.is_null())
        .tuples()
    )
    assert len({r[0] for r in by_establishment}) == establishment < len(by_establishment)  # pupils a year on
    assert all(
        h is None and ch == "establishment" and validation.UAI_RE.match(uai)
        for _i, h, ch, uai in by_establishment
    )
    purge = retention.purge(staff.system_session(), dry_run=True)
    assert purge.not_activated == expired and purge.unused + purge.spared_running == unused
    assert purge.unused > 0 and purge.spared_running > 0

    # names as they really are
    all_names = [(c.birth_name, c.usage_name, c.first_names) for c in Candidate.select()]
    joined = " ".join(" ".join(n) for n in all_names)
    for showcase in (
        "de La Fontaine",
        "Jean-Édouard",
        "Nguyễn",
        "Thị Ánh",
        "Żółć",
        "Łukasz",
        "Øyvind",
        "O'Neil",
        "N'Diaye",
        "Müller",
        "Le Goff",
    ):
        assert showcase in joined
    bulk = list(Candidate.select().where(Candidate.id > _last_portal_id()).order_by(Candidate.id))
    assert len(bulk) == N - portal_n
    assert sum(any(ord(ch) > 127 for ch in c.birth_name + c.first_names) for c in bulk) > len(bulk) * 0.2
    assert any(c.usage_name for c in bulk) and any("-" in c.first_names for c in Candidate.select())
    assert any(c.birth_country_code != "100" and c.father_name and c.mother_name for c in bulk)

    # every row is what the portal would have written: identity, keys, académie, formats
    today = now.date()
    academy_of: dict = {}
    for c in Candidate.select():
        data = {f: getattr(c, f) for f in identity.FIELDS}
        cleaned = identity.clean({**data, "ine": data["ine"] or ""}, today)
        assert all(cleaned[f] == data[f] for f in identity.FIELDS), c.id
        keys = identity.search_keys(c.birth_name, c.usage_name, c.first_names)
        assert all(getattr(c, k) == v for k, v in keys.items()), c.id
        if c.postcode not in academy_of:
            academy_of[c.postcode] = portal.academy_for_postcode(c.postcode).id
        assert c.academy_id == academy_of[c.postcode]
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
    assert (
        Candidate.select().where(Candidate.candidate_number.is_null(False)).count()
        == Candidate.select().join(Inscription).distinct().count()
    )

    # inscriptions are valid for their exam, in the académie of residence
    exams = {e.id: e for e in Exam.select()}
    session_of = {s.id: s for s in ExamSession.select()}
    open_now = {sid: sessions.is_open(sid, "registration") for sid in session_of}
    centre_academy = {c.id: c.academy_id for c in Centre.select()}
    academy_of_candidate = dict(Candidate.select(Candidate.id, Candidate.academy).tuples())
    for ins in Inscription.select():
        session = session_of[ins.session_id]
        assert session.academy_id == academy_of_candidate[ins.candidate_id]
        portal.check_choices(
            exams[session.exam_id],
            {k: getattr(ins, k) for k in ("serie", "specialities", "options", "languages")},
        )
        if ins.status != "registered":
            assert len(ins.status_reason) >= 5 and ins.status_changed_at and ins.status_changed_by
        if open_now[session.id] and ins.status == "registered":
            assert ins.centre_id and ins.room and centre_academy[ins.centre_id] == session.academy_id
    assert Inscription.select().where(Inscription.status == "withdrawn").count() == report.withdrawn > 0
    assert Inscription.select().where(Inscription.status == "set_aside").count() == report.set_aside
    assert Inscription.select().where(Inscription.version > 1).count() > 0
    assert {a.kind for a in Accommodation.select()} <= set(ACCOMMODATION_KINDS)
    assert 0.05 < report.accommodations / report.inscriptions < 0.3
    assert {r.decision for r in Result.select()} <= set(DECISIONS) and {
        r.mention for r in Result.select()
    } <= set(MENTIONS)
    assert Mark.select().where(Mark.absent).count() >= 0 and Mark.select().where(Mark.kept).count() >= 0
    for centre in Centre.select():
        digits = centre.uai[:7]
        assert (
            validation.UAI_RE.match(centre.uai)
            and centre.uai[7] == "ABCDEFGHJKLMNPRSTUVWXYZ"[int(digits) % 23]
        )
    by_pair: dict = {}
    anticipated: dict = {}
    for s in ExamSession.select():  # each exam of each académie: one session open, one closed, one to come
        state = (
            sessions.is_open(s.id, "registration"),
            sessions.window(s.id, "registration").closes_at < now,
        )
        into = anticipated if s.label.endswith("épreuves anticipées") else by_pair
        into.setdefault((s.exam_id, s.academy_id), []).append(state)
    assert by_pair and all(
        sorted(v) == [(False, False), (False, True), (True, False)] for v in by_pair.values()
    )
    # and for the baccalauréats, last year's épreuves anticipées (French, in première), closed
    bacs = {e.id for e in Exam.select().where(Exam.code.in_(demo._EA_EXAMS))}
    assert {e for e, _a in anticipated} == bacs and all(v == [(False, True)] for v in anticipated.values())
    active = {a for _e, a in by_pair}  # a small demo is the office of a few académies, Nantes first
    assert len(by_pair) == 5 * len(active) and len(active) == len(demo._active_academies(N)) == 3
    assert Academy.get(Academy.code == "NANTES").id in active
    assert {c.academy_id for c in Candidate.select()} == active

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
    firsts = {k for (k,) in store_db.database.execute_sql("SELECT key FROM first_vocab").fetchall()}
    assert {c.first_key for c in bulk} <= firsts

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


def _content():
    """What a demo wrote, without the ids the database chose nor the random secrets."""
    return (
        [
            (
                c.email_key,
                c.candidate_number,
                c.birth_name,
                c.first_names,
                c.birth_date,
                c.address,
                c.ine,
                c.created_at,
                c.last_used_at,
                c.name_key,
                c.search_text,
            )
            for c in Candidate.select().order_by(Candidate.id)
        ],
        [
            (
                i.number,
                i.serie,
                i.specialities,
                i.options,
                i.languages,
                i.status,
                i.room,
                i.version,
                i.updated_at,
            )
            for i in Inscription.select().order_by(Inscription.id)
        ],
        [(m.score, m.absent, m.kept) for m in Mark.select().order_by(Mark.id)],
        [(a.kind, a.detail, a.granted_at) for a in Accommodation.select().order_by(Accommodation.id)],
    )


def test_demo_is_deterministic(db, frozen_now, request, tmp_path):
    first = demo.generate(150, seed=11, portal_candidates=15)
    names_first, content_first = _first_names(), _content()
    (tmp_path / "again").mkdir()
    fresh_database(
        "sqlite", request, tmp_path / "again"
    )  # the same seed on another database (another backend)
    second = demo.generate(150, seed=11, portal_candidates=15)
    assert second.summary() == first.summary() and second.counts() == first.counts()
    assert _first_names() == names_first and _content() == content_first
    assert "graine 11" in first.summary() and first.via_portal == 15


def _drawn(seed: int, now: dt.datetime, count: int = 60):
    world = demo._World(now, 100)
    world.doc_types = {e["code"]: [(k, d[0], d[2]) for k, d in enumerate(e["documents"])] for e in demo.EXAMS}
    planner = demo._Planner(seed, world)
    plans = [planner.candidate(i) for i in range(count)]
    planner.freeze_portal()
    plans += planner.chunk(0, count, 2 * count)
    return [
        (
            p.state,
            p.ident["birth_name"],
            p.ident["first_names"],
            p.ident["address"],
            tuple((i.exam, i.when, i.status, i.channel) for i in p.inscriptions),
        )
        for p in plans
    ]


def test_demo_seeds_differ_and_dates_do_not_change_who_is_drawn():
    first = _drawn(1, dt.datetime(2026, 11, 2, 9))
    assert first == _drawn(1, dt.datetime(2026, 11, 2, 9)) != _drawn(2, dt.datetime(2026, 11, 2, 9))
    assert first == _drawn(
        1, dt.datetime(2027, 4, 30, 17, 45, 12)
    )  # dates move with the calendar, people do not
    # nor what their accounts hold besides (last year's inscriptions among them), on any weekday
    many = _drawn(3, dt.datetime(2026, 11, 2, 9), 400)
    assert all(many == _drawn(3, dt.datetime(2026, 11, 2 + k, 9 + k, 7 * k), 400) for k in range(1, 7))


def test_demo_worker_processes_write_the_same(sqlite_db, frozen_now, request, tmp_path, monkeypatch):
    """Large loads draw chunks in two spawned worker processes: the rows are those drawn here."""
    monkeypatch.setattr(demo, "CHUNK", 40)  # chunks are the unit of drawing: same size both times
    inline = demo.generate(130, seed=5, portal_candidates=10)
    expected = _content()
    (tmp_path / "worker").mkdir()
    fresh_database("sqlite", request, tmp_path / "worker")
    monkeypatch.setattr(demo, "PIPELINE_MIN", 1)
    piped = demo.generate(130, seed=5, portal_candidates=10)
    assert piped.counts() == inline.counts() and _content() == expected
    assert AuditEvent.select().where(AuditEvent.action == "demo.generated").count() == 3
    assert audit.verify().ok


def test_demo_rejects_bad_sizes(db, frozen_now):
    with pytest.raises(Exception, match="entier positif"):
        demo.generate(-1)
    empty = demo.generate(0)
    assert empty.candidates == 0 and Candidate.select().count() == 0
    assert Academy.select().count() == 30 and StaffUser.select().count() == 4
    # three académies, five exams, three sessions each, and the two baccalauréats' épreuves anticipées
    assert ExamSession.select().count() == 3 * (5 * 3 + 2)
    assert audit.verify().ok
