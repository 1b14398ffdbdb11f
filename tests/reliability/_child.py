"""A workstation in a separate process, for the faults tests: it writes until it is killed.

python -m tests.reliability._child MODE SQLITE_PATH FROZEN_ISO SEED

- writer: corrections and publications in a loop, printing each one after its commit;
- batch: one batch publication of convocations, printing progress;
- try-write: one correction, printing the outcome (for a read-only file).
"""

from __future__ import annotations

import datetime as dt
import random
import sys

from cyclades_desktop.domain import batch, candidates, clock, publication, staff
from cyclades_desktop.errors import CycladesError
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import Candidate, Inscription
from tests import factories as f
from tests.reliability.workload import _letters
from tests.support.hashing import use_cheapest_hashing

use_cheapest_hashing()  # before any test hashes a password


def say(*words) -> None:
    print(*words, flush=True)


def main() -> int:
    mode, path, frozen, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    clock.set_now(dt.datetime.fromisoformat(frozen))
    try:
        store_db.open_database(f"sqlite:///{path}")
        if mode == "try-write":
            agent = staff.system_session()
            cid = Candidate.select(Candidate.id).order_by(Candidate.id).first().id
            version = Candidate.get_by_id(cid).version
            candidates.correct_identity(
                agent, cid, version, {"first_names": "Lecture"}, "Essai en lecture seule"
            )
            say("WROTE")
            return 0
    except CycladesError as exc:
        say("REFUSED", type(exc).__name__, str(exc))
        return 0
    agent = staff.sign_in("agent1", f.STAFF_PASSWORD)
    printer = staff.sign_in("printoperator1", f.STAFF_PASSWORD)
    if mode == "batch":
        session_id = Inscription.select(Inscription.session).first().session_id
        say("READY")
        report = batch.publish_batch(
            printer, "convocation", session_id, workers=1, progress=lambda p: say("PROGRESS", p.done)
        )
        say("DONE", report.state, report.published)
        return 0
    rows = list(
        Inscription.select(Inscription.id, Inscription.candidate)
        .where(Inscription.status == "registered")
        .tuples()
    )
    rnd = random.Random(seed)
    say("READY")
    n = 0
    while True:
        n += 1
        iid, cid = rnd.choice(rows)
        name = f"Anne-{_letters(seed * 100000 + n)}"
        version = Candidate.get_by_id(cid).version
        candidates.correct_identity(
            agent, cid, version, {"first_names": name}, "Essai d'arrêt brutal", f.STAFF_PASSWORD
        )
        say("CORRECTED", cid, name)
        result = publication.publish(printer, iid, "convocation")
        say("PUBLISHED", result.document_id, result.version, int(result.created))


if __name__ == "__main__":
    raise SystemExit(main())
