"""Two workstations on the same record at the same moment: the second save is refused, with who and when."""

from __future__ import annotations

import threading

from cyclades_desktop.domain import audit, candidates, inscriptions
from cyclades_desktop.errors import ConflictError, RuleViolation
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import AuditEvent, Candidate, Inscription
from tests import factories as f
from tests.domain.test_pg_roles import setup_pg_world

ROUNDS = 10


def _race(actions):
    """Run the actions at the same instant, one thread each; return their outcomes."""
    start = threading.Barrier(len(actions))
    outcomes = [None] * len(actions)

    def run(i, action):
        try:
            start.wait()
            outcomes[i] = ("ok", action())
        except Exception as exc:
            outcomes[i] = ("error", exc)

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return outcomes


def _in(db, fn):
    if db is None:
        return fn
    return lambda: _with(db, fn)


def _with(db, fn):
    with store_db.thread_database(db):
        try:
            return fn()
        finally:
            db.close()


def _correction_rounds(cid, people, dbs=(None, None)):
    """Both open the file, both save a different first name at once; repeated ROUNDS times."""
    conflicts = []
    for n in range(ROUNDS):
        seen = Candidate.get_by_id(cid).version
        names = [f"Anne-{chr(97 + n)}{'xy'[i]}" for i in range(2)]
        outcomes = _race(
            [
                _in(
                    dbs[i],
                    # bound now: a thread still running after _race's join(60) must not read
                    # the next round's version and names
                    lambda i=i, seen=seen, names=names: candidates.correct_identity(
                        people[i],
                        cid,
                        seen,
                        {"first_names": names[i]},
                        "Même dossier, deux postes",
                        f.STAFF_PASSWORD,
                    ),
                )
                for i in range(2)
            ]
        )
        won = [i for i, (kind, _) in enumerate(outcomes) if kind == "ok"]
        lost = [i for i, (kind, _) in enumerate(outcomes) if kind == "error"]
        assert len(won) == 1 and len(lost) == 1, outcomes
        error = outcomes[lost[0]][1]
        assert isinstance(error, ConflictError), repr(error)
        c = Candidate.get_by_id(cid)
        winner = people[won[0]].login
        # who and when, in the message and in the error for the window
        assert error.changed_by == winner and winner in str(error) and "rien n'a été enregistré" in str(error)
        assert error.changed_at == c.updated_at
        assert (c.first_names, c.version) == (names[won[0]], seen + 1)  # nothing overwritten
        conflicts.append(error)
    return conflicts


def test_two_workstations_correct_the_same_candidate(db, frozen_now, figures):
    world = f.build_world()
    cid, _ = f.registered_candidate(world)
    people = [f.staff_session("agent", "marie"), f.staff_session("agent", "paul")]
    before = AuditEvent.select().where(AuditEvent.action == "identity.corrected").count()
    conflicts = _correction_rounds(cid, people)
    assert AuditEvent.select().where(AuditEvent.action == "identity.corrected").count() - before == ROUNDS
    assert audit.verify().ok
    figures.record(
        f"two workstations, same candidate [{store_db.backend()}]",
        rounds=ROUNDS,
        saves=2 * ROUNDS,
        conflicts_detected=len(conflicts),
        overwritten=0,
    )


def test_two_agents_with_their_own_roles_on_the_same_candidate(request, tmp_path, frozen_now, figures):
    pg = setup_pg_world(request, tmp_path)
    from cyclades_desktop.domain import staff

    staff.create_staff(staff.system_session(), "paul", "Paul", "agent", f.STAFF_PASSWORD)
    marie, marie_db = pg.sign_in("alain")
    paul, paul_db = pg.sign_in("paul")
    conflicts = _correction_rounds(pg.candidate_id, [marie, paul], (marie_db, paul_db))
    roles = {e.db_role for e in AuditEvent.select().where(AuditEvent.action == "identity.corrected")}
    assert roles == {marie.db_role, paul.db_role}  # each save journaled under the role that made it
    assert audit.verify().ok
    figures.record(
        "two workstations, same candidate [postgres, own roles]",
        rounds=ROUNDS,
        saves=2 * ROUNDS,
        conflicts_detected=len(conflicts),
        overwritten=0,
    )


def test_two_workstations_withdraw_the_same_candidature(db, frozen_now):
    world = f.build_world()
    _, new = f.registered_candidate(world)
    people = [f.staff_session("agent", "marie"), f.staff_session("agent", "paul")]
    seen = Inscription.get_by_id(new.inscription_id).version
    outcomes = _race(
        [
            lambda p=p: inscriptions.withdraw(p, new.inscription_id, seen, "Demande écrite", f.STAFF_PASSWORD)
            for p in people
        ]
    )
    assert sorted(kind for kind, _ in outcomes) == ["error", "ok"]
    error = next(value for kind, value in outcomes if kind == "error")
    assert isinstance(error, (ConflictError, RuleViolation)), repr(error)
    assert AuditEvent.select().where(AuditEvent.action == "inscription.withdrawn").count() == 1
    assert Inscription.get_by_id(new.inscription_id).status == "withdrawn"
