"""Many workstations at once, on SQLite and on PostgreSQL (as their own roles), then the invariants.

Bounded: THREADS × OPS operations of mixed work (CYCLADES_STRESS_THREADS / _OPS to change).
"""

from __future__ import annotations

import os

from cyclades_desktop.domain import staff
from cyclades_desktop.store import db as store_db
from tests import factories as f
from tests.conftest import fresh_database
from tests.domain.test_pg_roles import setup_pg_world
from tests.reliability import workload

THREADS = int(os.environ.get("CYCLADES_STRESS_THREADS", "8"))
OPS = int(os.environ.get("CYCLADES_STRESS_OPS", "50"))
TARGETS = 12


def _retries_before() -> dict:
    return dict(store_db.retry_counts)


def _retries_since(before: dict) -> dict:
    return {k: v - before.get(k, 0) for k, v in store_db.retry_counts.items() if v - before.get(k, 0)}


def _report(figures, name, tally, elapsed, checked, retries):
    row = figures.record(
        name,
        threads=THREADS,
        ops_per_thread=OPS,
        seconds=round(elapsed, 1),
        retries=retries,
        invariants=checked,
        **workload.summary(tally),
    )
    assert not tally.failures, "\n\n".join(tally.failures[:3])
    return row


def test_stress_sqlite(request, tmp_path, frozen_now, figures):
    fresh_database("sqlite", request, tmp_path)
    world = f.build_world()
    targets = workload.populate(world, TARGETS)
    stations = []
    for i in range(THREADS):
        agent = f.staff_session("agent", f"agent{i}")
        printer = f.staff_session("print_operator", f"imprim{i}")
        stations.append(workload.Workstation(agent, printer))
    base = workload.baseline()
    before = _retries_before()
    tally, elapsed = workload.run(stations, OPS, targets, world)
    retries = _retries_since(before)
    checked = workload.check_invariants(base, tally)
    row = _report(figures, "stress[sqlite]", tally, elapsed, checked, retries)
    assert row["operations"] == THREADS * OPS and tally.corrected and tally.published and tally.modified
    store_db.close_database()


def test_stress_postgres_each_workstation_as_its_own_roles(request, tmp_path, frozen_now, figures):
    pg = setup_pg_world(request, tmp_path)
    with pg.server.admin_connect() as conn:  # detect deadlocks in 0.1 s rather than 1 s (they are retried)
        conn.execute(f"ALTER DATABASE {pg.dbname} SET deadlock_timeout = '100ms'")
    targets = workload.populate(pg.world, TARGETS)
    system = staff.system_session()
    stations = []
    for i in range(THREADS):
        staff.create_staff(system, f"agent{i}", f"Agent {i}", "agent", f.STAFF_PASSWORD)
        staff.create_staff(system, f"imprim{i}", f"Imprimeur {i}", "print_operator", f.STAFF_PASSWORD)
    for i in range(THREADS):
        agent, agent_db = pg.sign_in(f"agent{i}")
        printer, printer_db = pg.sign_in(f"imprim{i}")
        stations.append(workload.Workstation(agent, printer, agent_db, printer_db, pg.portal_db()))
    base = workload.baseline()
    before = _retries_before()
    tally, elapsed = workload.run(stations, OPS, targets, pg.world)
    retries = _retries_since(before)
    checked = workload.check_invariants(base, tally)
    # the journal names, for each change, the database role of the workstation that made it
    from cyclades_desktop.store.models import AuditEvent

    roles = {e.db_role for e in AuditEvent.select().where(AuditEvent.id > base.last_event)}
    expected = {s.agent.db_role for s in stations} | {s.printer.db_role for s in stations} | {pg.portal_role}
    assert roles <= expected and pg.portal_role in roles
    row = _report(figures, "stress[postgres, own roles]", tally, elapsed, checked, retries)
    assert row["operations"] == THREADS * OPS and tally.corrected and tally.published and tally.modified
