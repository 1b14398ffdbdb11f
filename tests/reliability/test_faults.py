"""Faults: a server restarted under the window, a process killed mid-write, a read-only file, a full disk.

Each fault must end in a clear French message or a transparent recovery, and nothing lost:
every change reported as saved is in the database, the SQLite file passes integrity_check,
the journal verifies, no document is half-published.
"""

from __future__ import annotations

import collections
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cyclades_desktop.domain import audit, batch, candidates, publication, staff
from cyclades_desktop.errors import DatabaseUnavailable
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import AuditEvent, Candidate, Document, DocumentContent, Inscription
from tests import factories as f
from tests.conftest import fresh_database
from tests.domain.test_pg_roles import setup_pg_world

ROOT = Path(__file__).resolve().parents[2]


# ----------------------------------------------------------------------------- PostgreSQL


def test_postgres_restarted_under_an_open_window(request, tmp_path, frozen_now, monkeypatch, figures):
    pg = setup_pg_world(request, tmp_path)
    agent, own = pg.sign_in("alain")
    faults = collections.Counter()
    with store_db.thread_database(own):
        seen = candidates.candidate_file(agent, pg.candidate_id).version

        # 1. restarted while the window sat idle: the next action simply works
        pg.server.restart()
        faults["restart_while_idle"] += 1
        assert candidates.candidate_file(agent, pg.candidate_id).version == seen

        # 2. restarted in the middle of a correction (after its UPDATE, before its journal entry)
        real_record = audit.record
        fired = []

        def restart_then_record(*args, **kwargs):
            if not fired:
                fired.append(True)
                pg.server.restart()
            return real_record(*args, **kwargs)

        monkeypatch.setattr(audit, "record", restart_then_record)
        with pytest.raises(DatabaseUnavailable, match="Rien n'a été enregistré : réessayez") as lost:
            candidates.correct_identity(
                agent, pg.candidate_id, seen, {"birth_name": "Lefebvre"}, "Erreur de saisie", f.STAFF_PASSWORD
            )
        assert lost.value.kind == "connection_lost"
        faults["restart_mid_transaction"] += 1
        monkeypatch.setattr(audit, "record", real_record)
        c = Candidate.get_by_id(pg.candidate_id)
        assert (c.birth_name, c.version) == ("Lefèvre", seen)  # nothing half-written
        # the user retries the same action: it goes through, once
        candidates.correct_identity(
            agent, pg.candidate_id, seen, {"birth_name": "Lefebvre"}, "Erreur de saisie", f.STAFF_PASSWORD
        )

        # 3. the server down: a clear message; back up: the next action works
        pg.server._run(pg.server.bindir / "pg_ctl", "-D", pg.server.data, "-m", "fast", "-w", "stop")
        faults["server_down"] += 1
        try:
            with pytest.raises(DatabaseUnavailable, match="ne répond pas") as down:
                candidates.candidate_file(agent, pg.candidate_id)
            assert down.value.kind == "unreachable"
        finally:
            pg.server._pg_ctl_start()
        assert candidates.candidate_file(agent, pg.candidate_id).identity["birth_name"] == "Lefebvre"
    own.close()
    with store_db.thread_database(pg.owner):  # the owner's connection died too, and comes back
        events = AuditEvent.select().where(AuditEvent.action == "identity.corrected")
        assert [(e.new_values, e.db_role) for e in events] == [
            ({"birth_name": "Lefebvre"}, pg.roles["alain"])
        ]
        assert audit.verify().ok
    figures.record(
        "postgres restarted under the window",
        faults_injected=dict(faults),
        lost=0,
        duplicated=0,
        french_messages=2,
    )


# ----------------------------------------------------------------------------- SQLite, killed


def _prepare_sqlite(request, tmp_path, candidates_count: int):
    url = fresh_database("sqlite", request, tmp_path)
    world = f.build_world()
    for i in range(candidates_count):
        f.registered_candidate(
            world, f"k{i}@example.fr", birth_name=f"Arret{chr(97 + i % 26)}", first_names="Jeanne"
        )
    Inscription.update(centre=world.centre_id, room="D4").execute()
    f.staff_session("agent")
    f.staff_session("print_operator")
    store_db.close_database()
    return url, Path(store_db.parse_url(url).path)


def _child(mode: str, path: Path, now, seed: int):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability._child", mode, str(path), now.isoformat(), str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _read_until(proc, prefix: str, timeout: float = 30) -> list:
    lines, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"child ended: {proc.stderr.read()[-2000:]}")
        lines.append(line.split())
        if line.startswith(prefix):
            return lines
    raise AssertionError(f"no {prefix} from the child")


def _kill_at_random(proc, rnd, low=0.15, high=0.6) -> list:
    """SIGKILL after a random delay, while it writes; return what it said it had committed."""
    lines = []  # whole lines only: the last one may have been cut by the kill
    reader = threading.Thread(
        target=lambda: lines.extend(line.split() for line in proc.stdout if line.endswith("\n"))
    )
    reader.start()
    time.sleep(rnd.uniform(low, high))
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    reader.join(10)
    return lines


def _check_file(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def _check_documents() -> int:
    docs = list(Document.select().order_by(Document.inscription, Document.kind, Document.version))
    contents = dict(DocumentContent.select(DocumentContent.document, DocumentContent.pdf).tuples())
    groups = collections.defaultdict(list)
    for d in docs:
        assert d.id in contents and hashlib.sha256(bytes(contents[d.id])).hexdigest() == d.sha256  # whole
        groups[(d.inscription_id, d.kind)].append(d)
    for versions in groups.values():
        assert [d.version for d in versions] == list(range(1, len(versions) + 1))
        assert sum(d.is_current for d in versions) == 1 and versions[-1].is_current
    return len(docs)


def test_sqlite_killed_during_writes_loses_nothing_committed(request, tmp_path, frozen_now, figures):
    url, path = _prepare_sqlite(request, tmp_path, 8)
    rnd = random.Random(7)
    kills, confirmed = 0, collections.Counter()
    for round_ in range(4):
        proc = _child("writer", path, frozen_now, round_ + 1)
        _read_until(proc, "READY")
        said = _kill_at_random(proc, rnd, 0.3, 1.2)
        kills += 1
        _check_file(path)
        store_db.open_database(url)
        try:
            report = audit.verify()
            assert report.ok, report.message()
            for words in said:  # every change the child saw committed is there
                if not words:
                    continue
                if words[0] == "CORRECTED":
                    names = {
                        e.new_values.get("first_names")
                        for e in AuditEvent.select().where(
                            (AuditEvent.action == "identity.corrected")
                            & (AuditEvent.entity_id == int(words[1]))
                        )
                    }
                    assert words[2] in names, words
                    confirmed["corrections"] += 1
                elif words[0] == "PUBLISHED":
                    d = Document.get_by_id(int(words[1]))
                    assert d.version == int(words[2])
                    confirmed["publications"] += 1
            documents = _check_documents()
        finally:
            store_db.close_database()
    assert confirmed["corrections"] > 0
    figures.record(
        "sqlite killed during writes",
        kills=kills,
        committed_changes_checked=dict(confirmed),
        integrity_check="ok",
        audit_verify="ok",
        documents_whole=documents,
        lost=0,
    )


def test_batch_killed_midway_resumes_without_half_documents(request, tmp_path, frozen_now, figures):
    total = 3 * batch.CHUNK - 5
    url, path = _prepare_sqlite(request, tmp_path, total)
    proc = _child("batch", path, frozen_now, 1)
    _read_until(proc, "PROGRESS")  # a first chunk is stored, the next one is on its way
    _kill_at_random(proc, random.Random(3), 0.0, 0.05)
    _check_file(path)
    store_db.open_database(url)
    published_before = Document.select().where(Document.kind == "convocation").count()
    assert 0 < published_before < total, "killed too late or too early to prove anything"
    _check_documents()
    printer = f.staff_session("print_operator", "reprise")
    report = batch.publish_batch(printer, "convocation", Inscription.select().first().session_id, workers=1)
    assert (report.state, report.unchanged, report.published) == (
        "done",
        published_before,
        total - published_before,
    )
    assert Document.select().where(Document.kind == "convocation").count() == total  # all, each once
    assert _check_documents() >= total and audit.verify().ok
    figures.record(
        "batch killed midway",
        kills=1,
        published_before_kill=published_before,
        resumed_published=report.published,
        skipped_as_done=report.unchanged,
        duplicates=0,
        half_published=0,
    )
    store_db.close_database()


# ----------------------------------------------------------------------------- SQLite, read-only and full


def _snapshot():
    return (
        Candidate.select().count(),
        Document.select().count(),
        AuditEvent.select().count(),
        tuple(Candidate.select(Candidate.version).order_by(Candidate.id).tuples()),
    )


def test_read_only_database_says_so_and_loses_nothing(request, tmp_path, frozen_now, figures):
    url, path = _prepare_sqlite(request, tmp_path, 2)
    outcomes = {}
    # a) the file itself cannot be written (read-only permissions; as root, which writes anyway, immutable)
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False).returncode != 0:
            pytest.skip("chattr +i n'est pas disponible sur ce système de fichiers")
        request.addfinalizer(
            lambda: subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=True)
        )
    else:
        os.chmod(path, 0o444)
    proc = _child("try-write", path, frozen_now, 0)
    out, err = proc.communicate(timeout=60)
    assert out.startswith("REFUSED DatabaseUnavailable"), out + err
    assert "lecture seule" in out and "rien n'a été enregistré" in out
    outcomes["file_read_only"] = out.split(" ", 2)[2].strip()
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    os.chmod(path, 0o644)
    # b) a connection that may only read (e.g. a locked medium): same message, nothing lost
    store_db.open_database(url)
    before = _snapshot()
    cid = Candidate.select().first().id
    store_db.database.execute_sql("PRAGMA query_only = 1")
    with pytest.raises(DatabaseUnavailable, match="lecture seule") as read_only:
        candidates.correct_identity(
            staff.system_session(),
            cid,
            Candidate.get_by_id(cid).version,
            {"first_names": "Lecture"},
            "Essai en lecture seule",
        )
    assert read_only.value.kind == "read_only"
    store_db.database.execute_sql("PRAGMA query_only = 0")
    assert _snapshot() == before
    _check_file(path)
    assert audit.verify().ok
    figures.record("read-only sqlite", faults_injected=2, messages=outcomes, lost=0)
    store_db.close_database()


def test_full_disk_says_so_and_the_retry_succeeds(request, tmp_path, frozen_now, figures):
    url, path = _prepare_sqlite(request, tmp_path, 2)
    store_db.open_database(url)
    printer = staff.sign_in("printoperator1", f.STAFF_PASSWORD)
    ins = Inscription.select().first()
    database = store_db.database
    database.execute_sql("VACUUM")  # no free page left inside the file
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")  # the disk is full: not one more page
    before = _snapshot()
    with pytest.raises(DatabaseUnavailable, match=r"disque .* est plein") as err:
        publication.publish(printer, ins.id, "convocation")
    assert "rien n'a été enregistré" in str(err.value) and err.value.kind == "disk_full"
    assert _snapshot() == before
    database.execute_sql("PRAGMA max_page_count = 1073741823")  # space freed
    result = publication.publish(printer, ins.id, "convocation")
    assert result.created and result.version == 1
    _check_documents()
    assert audit.verify().ok
    store_db.close_database()
    _check_file(path)
    figures.record(
        "full disk (sqlite max_page_count)", faults_injected=1, message=str(err.value), lost=0, retried_ok=1
    )
