"""Demo data: last year's sessions beside this year's, and the inscriptions an account holds in both."""

from __future__ import annotations

import datetime as dt

from cyclades_desktop.domain import demo
from cyclades_desktop.store.models import (
    Candidate,
    Document,
    Exam,
    ExamSession,
    Inscription,
    Mark,
    Paper,
    Result,
    ServiceWindow,
)


def _planner(seed: int, now: dt.datetime, size: int = 1_000_000) -> demo._Planner:
    world = demo._World(now, size)
    world.doc_types = {e["code"]: [(k, d[0], d[2]) for k, d in enumerate(e["documents"])] for e in demo.EXAMS}
    return demo._Planner(seed, world)


def _draw(planner: demo._Planner, count: int) -> list:
    plans = [planner.candidate(i) for i in range(50)]
    planner.freeze_portal()
    return plans + planner.chunk(0, 50, count)


def test_history_keeps_the_people_and_doubles_their_past(monkeypatch):
    """The extra inscriptions come from a stream of their own: the people drawn for a seed, and
    the inscriptions they were drawn to sit, are those drawn without them."""
    now = dt.datetime(2026, 11, 30, 9)
    with_history = _draw(_planner(4, now), 3000)
    monkeypatch.setattr(demo._Planner, "_history", lambda self, plan, kind: None)
    without = _draw(_planner(4, now), 3000)
    assert [p.ident for p in with_history] == [p.ident for p in without]
    assert [p.state for p in with_history] == [p.state for p in without]
    for a, b in zip(with_history, without, strict=True):
        main = [(i.exam, i.when, i.status, i.choices) for i in b.inscriptions]
        assert [
            x for x in ((i.exam, i.when, i.status, i.choices) for i in a.inscriptions) if x in main
        ] == main

    count = sum(len(p.inscriptions) for p in with_history)
    assert 1.4 < count / len(with_history) < 1.8
    assert sum(len(p.inscriptions) for p in without) / len(without) < 1.1
    pupils = [p for p in with_history if p.state == "establishment"]
    terminale = [
        p for p in pupils if any(i.when == "open" and i.exam in demo._EA_EXAMS for i in p.inscriptions)
    ]
    assert sum(any(i.when == "ea" for i in p.inscriptions) for p in terminale) > 0.9 * len(terminale)
    for p in with_history:
        assert len(p.inscriptions) <= demo.MAX_INSCRIPTIONS
        assert [i.created for i in p.inscriptions] == sorted(i.created for i in p.inscriptions)
        if p.state == "establishment":
            assert p.created == p.inscriptions[0].created and len({i.uai for i in p.inscriptions}) == 1
        elif p.activated is not None:
            assert all(p.activated < i.created for i in p.inscriptions)
            assert p.last_used >= max([p.activated] + [i.created for i in p.inscriptions])


def test_last_year_and_this_year_in_one_base(db, frozen_now):
    report = demo.generate(400, seed=8, portal_candidates=60)
    now = frozen_now
    assert report.inscriptions == Inscription.select().count() > 1.3 * report.candidates

    windows = {(w.session_id, w.kind): (w.opens_at, w.closes_at) for w in ServiceWindow.select()}
    sessions = {s.id: s for s in ExamSession.select()}
    exam_code = {e.id: e.code for e in Exam.select()}
    papers: dict = {}
    for p in Paper.select():
        papers.setdefault(p.session_id, {})[p.id] = (p.code, p.starts_at)
    marks: dict = {}
    for m in Mark.select():
        marks.setdefault(m.inscription_id, set()).add(m.paper_id)
    results = {r.inscription_id: r for r in Result.select()}
    candidates = {c.id: c for c in Candidate.select()}
    seen = set()
    by_candidate: dict = {}
    for ins in Inscription.select().order_by(Inscription.id):
        s = sessions[ins.session_id]
        c = candidates[ins.candidate_id]
        by_candidate.setdefault(c.id, []).append((ins, s))
        opens, closes = windows[(s.id, "registration")]
        assert opens <= ins.created_at < closes, ins.number  # saved while registration was open
        assert c.created_at <= ins.created_at and c.identity_locked_at <= ins.created_at
        if c.email is not None:
            assert c.activated_at < ins.created_at
        if ins.status == "registered":
            assert (c.id, s.id) not in seen  # one active inscription per session
            seen.add((c.id, s.id))
        anticipated = s.label.endswith("épreuves anticipées")
        past = all(start < now for _code, start in papers.get(s.id, {}).values()) and s.id in papers
        if past and ins.status == "registered":  # last year's sessions: marked, decided (not the EA)
            assert marks[ins.id] == set(papers[s.id]), ins.number
            assert (ins.id in results) != anticipated
            if anticipated:
                assert "FR-E" in {papers[s.id][p][0] for p in marks[ins.id]} <= set(demo._EA_PAPERS)
        else:
            assert ins.id not in marks and ins.id not in results
    assert (
        sum(
            s.label.endswith("épreuves anticipées")
            for _i, s in ((i, s) for v in by_candidate.values() for i, s in v)
        )
        > 0
    )
    for cid, items in by_candidate.items():
        assert candidates[cid].identity_locked_at == min(i.created_at for i, _s in items)
        if candidates[cid].email is None and len(items) > 1:  # a pupil registered again by the lycée
            years = [s.year for _i, s in items]
            assert years == sorted(years) and len({i.establishment_uai for i, _s in items}) == 1
            if items[0][1].label.endswith("épreuves anticipées"):
                assert items[1][1].exam_id == items[0][1].exam_id and years[1] == years[0] + 1
    portal_pupils = [
        v for cid, v in by_candidate.items() if candidates[cid].email is None and len(v) > 1 and cid <= 60
    ]
    assert portal_pupils  # through portal.register_known_pupil
    # last year's relevés de notes and attestations de réussite, published for the portal's candidates
    docs = list(Document.select().where(Document.kind.in_(("transcript", "certificate"))))
    assert {d.kind for d in docs} == {"transcript", "certificate"}
    for d in docs:
        assert d.is_current and d.inscription_id in results and d.inscription.candidate_id <= 60
        assert d.kind == "transcript" or results[d.inscription_id].decision == "admis"
    assert len({(d.inscription_id, d.kind) for d in docs}) == len(docs)  # one current version of each
    assert {
        exam_code[s.exam_id]
        for v in by_candidate.values()
        for _i, s in v
        if s.label.endswith("épreuves anticipées")
    } <= set(demo._EA_EXAMS)
