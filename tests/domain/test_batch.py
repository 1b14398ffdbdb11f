"""Batch publication: all cores, progress, cancel and resume without duplicates, print file."""

import hashlib
import threading

import pytest
from pypdf import PdfReader

from cyclades_desktop.domain import audit, batch, inscriptions, publication, staff
from cyclades_desktop.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import (
    Academy,
    AuditEvent,
    BatchRun,
    Candidate,
    Centre,
    Document,
    DocumentContent,
    Exam,
    ExamSession,
    Inscription,
    OutboxMessage,
)
from tests import factories as f

NAMES = [
    "Martin",
    "Bernard",
    "Żółć",
    "Dubois",
    "O'Neil",
    "Nguyễn",
    "Lefèvre",
    "Petit",
    "Durand",
    "Moreau",
    "de La Fontaine",
    "Dvořák",
]


@pytest.fixture
def session_with_candidates(db, frozen_now):
    world = f.build_world()
    for i, name in enumerate(NAMES):
        f.registered_candidate(world, email=f"c{i}@example.fr", birth_name=name, first_names="Alex")
    Inscription.update(centre=world.centre_id, room="B12").execute()
    return world


def test_batch_publishes_every_convocation_with_progress(session_with_candidates):
    world = session_with_candidates
    operator = f.staff_session("print_operator")
    seen = []
    report = batch.publish_batch(operator, "convocation", world.session_id, progress=seen.append, workers=2)
    assert (report.state, report.total, report.published, report.failed) == ("done", 12, 12, 0)
    assert seen[-1].done == 12 and seen[-1].fraction == 1.0 and seen[-1].rate > 0
    assert Document.select().where(Document.kind == "convocation", Document.is_current).count() == 12
    assert audit.verify().ok
    again = batch.publish_batch(operator, "convocation", world.session_id, workers=1)
    assert (again.published, again.unchanged) == (0, 12)  # nothing changed: no new version


def test_cancel_then_resume_without_duplicates(session_with_candidates):
    world = session_with_candidates
    operator = f.staff_session("print_operator")
    cancel = threading.Event()

    def stop_after_first(p):
        if p.done >= 1:
            cancel.set()

    batch.CHUNK, old = 3, batch.CHUNK
    try:
        first = batch.publish_batch(
            operator, "convocation", world.session_id, progress=stop_after_first, cancel=cancel, workers=1
        )
    finally:
        batch.CHUNK = old
    assert first.state == "cancelled" and 0 < first.published < 12
    assert BatchRun.get_by_id(first.run_id).state == "cancelled"
    second = batch.publish_batch(operator, "convocation", world.session_id, workers=2)
    assert second.state == "done"
    assert (second.published, second.unchanged) == (12 - first.published, first.published)
    for ins in Inscription.select():
        versions = [
            d.version
            for d in Document.select().where(Document.inscription == ins.id, Document.kind == "convocation")
        ]
        assert versions == [1]


def test_changed_data_gets_a_new_version(session_with_candidates):
    world = session_with_candidates
    operator = f.staff_session("print_operator")
    batch.publish_batch(operator, "convocation", world.session_id, workers=1)
    Inscription.update(room="A01").where(Inscription.id == Inscription.select().first().id).execute()
    report = batch.publish_batch(operator, "convocation", world.session_id, workers=1)
    assert (report.published, report.unchanged) == (1, 11)


def test_inscriptions_without_centre_are_reported_not_fatal(session_with_candidates):
    world = session_with_candidates
    first = Inscription.select().order_by(Inscription.id).first()
    Inscription.update(centre=None).where(Inscription.id == first.id).execute()
    report = batch.publish_batch(
        f.staff_session("print_operator"), "convocation", world.session_id, workers=1
    )
    assert (report.published, report.failed) == (11, 1)
    assert "centre" in report.errors[0][1] and report.errors[0][0] == first.number


def test_print_file_is_ordered_by_centre_then_name(session_with_candidates, tmp_path):
    world = session_with_candidates
    operator = f.staff_session("print_operator")
    batch.publish_batch(operator, "convocation", world.session_id, workers=1)
    out = tmp_path / "convocations.pdf"
    result, missing = batch.write_print_file(operator, "convocation", world.session_id, out)
    assert missing == 0 and result.documents == 12
    reader = PdfReader(str(out))
    firsts = []
    for page in reader.pages:
        text = page.extract_text()
        for name in sorted(NAMES, key=len, reverse=True):
            if name.upper() in text.upper() and text.upper().find(name.upper()) >= 0:
                firsts.append(name)
                break
    from cyclades_desktop.domain.text import key

    assert [key(n) for n in dict.fromkeys(firsts)] == sorted(key(n) for n in NAMES)


def test_roles_and_bad_kind(session_with_candidates):
    world = session_with_candidates
    with pytest.raises(PermissionDenied):
        batch.publish_batch(f.staff_session("agent"), "convocation", world.session_id)
    with pytest.raises(ValidationError):
        batch.publish_batch(staff.system_session(), "menu", world.session_id)


def test_a_chunk_is_stored_whole_one_event_and_one_email_per_document(session_with_candidates):
    world = session_with_candidates
    operator = f.staff_session("print_operator")
    events_before = AuditEvent.select().count()
    report = batch.publish_batch(operator, "convocation", world.session_id, workers=1)  # one chunk of 12
    assert report.published == 12
    docs = {d.id: d for d in Document.select().where(Document.kind == "convocation")}
    events = list(AuditEvent.select().where(AuditEvent.id > events_before).order_by(AuditEvent.id))
    assert [e.id for e in events] == list(range(events_before + 1, events_before + 13))
    assert {e.entity_id for e in events} == set(docs) and all(
        e.action == "document.published" for e in events
    )
    for e in events:
        d = docs[e.entity_id]
        ins = Inscription.get_by_id(d.inscription_id)
        assert e.candidate_id == ins.candidate_id and e.actor == operator.login
        assert e.new_values == {
            "kind": "convocation",
            "version": 1,
            "inscription": ins.number,
            "sha256": d.sha256,
        }
        pdf = bytes(DocumentContent.get_by_id(d.id).pdf)
        assert hashlib.sha256(pdf).hexdigest() == d.sha256 and len(pdf) == d.size
        if store_db.is_postgres():
            assert e.db_role  # set by the database's own trigger, row by row
    mails = {
        (m.candidate_id, m.to_address)
        for m in OutboxMessage.select()
        if m.subject == "Nouveau document : Convocation"
    }
    assert mails == {(c.id, c.email) for c in Candidate.select() if c.email}
    assert audit.verify().ok and BatchRun.get_by_id(report.run_id).done == 12

    # two changed: their former versions superseded in the same chunk, one current each
    changed = [i.id for i in Inscription.select().order_by(Inscription.id).limit(2)]
    Inscription.update(room="A01").where(Inscription.id.in_(changed)).execute()
    again = batch.publish_batch(operator, "convocation", world.session_id, workers=1)
    assert (again.published, again.unchanged) == (2, 10)
    for ins_id in changed:
        versions = [
            (d.version, d.is_current)
            for d in Document.select()
            .where(Document.inscription == ins_id, Document.kind == "convocation")
            .order_by(Document.version)
        ]
        assert versions == [(1, False), (2, True)]
    assert audit.verify().ok


def test_a_version_published_meanwhile_is_reported_not_duplicated(session_with_candidates):
    world = session_with_candidates
    operator = f.staff_session("print_operator")
    ids = [r.id for r in batch.selection(world.session_id)]
    jobs, unchanged, errors = batch._prepare(ids, "convocation")
    assert (len(jobs), unchanged, errors) == (12, 0, [])
    raced = jobs[3][0].id
    publication.publish(operator, raced, "convocation")  # someone else, between render and store
    stored = batch._store_chunk(operator, "convocation", jobs, [b"%PDF-1.4 test"] * len(jobs))
    assert stored == [True] * 3 + [False] + [True] * 8
    assert Document.select().where(Document.inscription == raced, Document.kind == "convocation").count() == 1
    assert Document.select().where(Document.kind == "convocation", Document.is_current).count() == 12
    assert audit.verify().ok


def test_a_candidature_withdrawn_while_the_batch_runs_gets_no_document_and_no_mail(session_with_candidates):
    world = session_with_candidates
    operator, agent = f.staff_session("print_operator"), f.staff_session("agent")
    ids = [r.id for r in batch.selection(world.session_id)]
    jobs, _unchanged, _errors = batch._prepare(ids, "convocation")
    gone, aside = Inscription.get_by_id(jobs[2][0].id), Inscription.get_by_id(jobs[7][0].id)
    inscriptions.withdraw(agent, gone.id, gone.version, "Demande écrite du candidat", f.STAFF_PASSWORD)
    inscriptions.set_aside(agent, aside.id, aside.version, "Pièces manquantes", f.STAFF_PASSWORD)
    mails_before = OutboxMessage.select().where(OutboxMessage.subject.startswith("Nouveau document")).count()
    stored = batch._store_chunk(operator, "convocation", jobs, [b"%PDF-1.4 test"] * len(jobs))
    assert [i for i, s in enumerate(stored) if s == batch.LEFT_OUT] == [2, 7]
    assert stored.count(True) == 10
    for ins in (gone, aside):
        assert (
            not Document.select()
            .where(Document.inscription == ins.id, Document.kind == "convocation")
            .exists()
        )
        assert not (
            OutboxMessage.select()
            .where(
                (OutboxMessage.candidate_id == ins.candidate_id)
                & OutboxMessage.subject.startswith("Nouveau document")
            )
            .exists()
        )
    mails = OutboxMessage.select().where(OutboxMessage.subject.startswith("Nouveau document")).count()
    assert mails - mails_before == 10


def test_the_batch_report_counts_what_it_left_out(session_with_candidates):
    world = session_with_candidates
    report = batch.BatchReport("convocation", 1, "done", 12, 10, 0, 0, (), 2.0, left_out=2)
    assert "10 publié(s)" in report.summary() and "2 laissé(s) de côté" in report.summary()
    full = batch.publish_batch(f.staff_session("print_operator"), "convocation", world.session_id, workers=1)
    assert full.left_out == 0 and "laissé" not in full.summary()


def test_build_from_a_loaded_inscription_is_build_by_id(session_with_candidates):
    first = Inscription.select().order_by(Inscription.id).first()
    loaded = (
        Inscription.select(Inscription, Candidate, ExamSession, Academy, Exam, Centre)
        .join(Candidate)
        .switch(Inscription)
        .join(ExamSession)
        .join(Academy)
        .switch(ExamSession)
        .join(Exam)
        .switch(Inscription)
        .join(Centre)
        .where(Inscription.id == first.id)
        .get()
    )
    for kind in ("convocation", "recap"):
        by_id = publication.build(first.id, kind)
        shared: dict = {}
        from_loaded = publication.build(first.id, kind, ins=loaded, shared=shared)
        assert from_loaded[1:] == by_id[1:]
    Inscription.update(status="set_aside").where(Inscription.id == first.id).execute()
    loaded.status = "set_aside"
    with pytest.raises(RuleViolation, match="n'est plus active"):
        publication.build(first.id, "convocation", ins=loaded)
    with pytest.raises(NotFound):
        publication.build(10**9, "convocation")
