"""Batch publication of a kind of document for a session (optionally one centre).

The main process reads the data and writes the results; worker processes only render, so
every core is used while the database sees one writer. At most a few chunks are in flight,
so memory stays flat however large the batch. Each chunk is stored in one transaction, each
document with its audit event: a crash or a cancel leaves no half-published document,
and running the batch again skips what was already published (same data, same version).
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from dataclasses import dataclass

import peewee as pw

from cyclades_desktop.domain import clock, publication, roles
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import NotFound, RuleViolation, ValidationError
from cyclades_desktop.store.db import database
from cyclades_desktop.store.models import (
    DOCUMENT_KINDS,
    Academy,
    BatchRun,
    Candidate,
    Centre,
    Document,
    DocumentContent,
    Exam,
    ExamSession,
    Inscription,
)

log = logging.getLogger(__name__)
CHUNK = 25


@dataclass(frozen=True)
class Progress:
    done: int  # handled so far (published or already up to date)
    total: int
    published: int
    unchanged: int
    failed: int
    rate: float  # documents per second
    eta_seconds: float | None

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


@dataclass(frozen=True)
class BatchReport:
    kind: str
    run_id: int
    state: str  # done | cancelled | failed
    total: int
    published: int
    unchanged: int
    failed: int
    errors: tuple  # (inscription number, French message), the first few
    seconds: float
    left_out: int = 0  # withdrawn or set aside while the batch ran: no document, no e-mail

    def summary(self) -> str:
        state = {"done": "terminé", "cancelled": "interrompu", "failed": "en échec"}[self.state]
        rate = self.published / self.seconds if self.seconds else 0
        left_out = (
            f", {self.left_out} laissé(s) de côté (candidature désinscrite ou écartée entre-temps)"
            if self.left_out
            else ""
        )
        return (
            f"{publication.KIND_LABELS[self.kind]} — lot {state} : {self.published} publié(s), "
            f"{self.unchanged} déjà à jour, {self.failed} en erreur{left_out} "
            f"sur {self.total}, en {self.seconds:.1f} s ({rate:.0f} documents/s)."
        )


def selection(session_id: int, centre_id: int | None = None):
    """Registered inscriptions of the batch, in print order: centre, then name."""
    q = (
        Inscription.select(Inscription.id, Inscription.number)
        .join(Candidate, on=(Inscription.candidate == Candidate.id))
        .join(Centre, pw.JOIN.LEFT_OUTER, on=(Inscription.centre == Centre.id))
        .where((Inscription.session == session_id) & (Inscription.status == "registered"))
    )
    if centre_id:
        q = q.where(Inscription.centre == centre_id)
    return q.order_by(Centre.name, Candidate.name_key, Candidate.first_key, Inscription.id)


def _check(session, kind: str, session_id: int, centre_id: int | None):
    if session.actor_kind != "system":
        roles.require(session, Permission.PUBLISH_BATCH)
    if kind not in DOCUMENT_KINDS:
        raise ValidationError(f"Type de document inconnu : « {kind} ». Types : {', '.join(DOCUMENT_KINDS)}.")
    if not ExamSession.select().where(ExamSession.id == session_id).exists():
        raise NotFound(f"La session n° {session_id} n'existe pas.")
    if centre_id and not Centre.select().where(Centre.id == centre_id).exists():
        raise NotFound(f"Le centre n° {centre_id} n'existe pas.")


def _render(document) -> bytes:
    from cyclades_desktop.documents import render

    return render(document)


def _render_chunk(documents: list) -> list[bytes | Exception]:
    out: list[bytes | Exception] = []
    for d in documents:
        try:
            out.append(_render(d))
        except Exception as exc:
            out.append(exc)
    return out


LEFT_OUT = "left_out"


def _still_registered(ids: list[int]) -> set[int]:
    """The chunk's candidatures still registered, read in the storing transaction.

    On SQLite the storing transaction holds the write lock, so no withdrawal commits meanwhile.
    On PostgreSQL (READ COMMITTED) a withdrawal committing between this read and the chunk's
    commit, a few milliseconds, is not seen: locking the rows (FOR SHARE) would need an UPDATE
    grant the print operators must not have.
    """
    q = Inscription.select(Inscription.id).where(
        Inscription.id.in_(ids) & (Inscription.status == "registered")
    )
    return {ins.id for ins in q}


def _currents(ids: list[int], kind: str) -> dict:
    """inscription id -> its current document of `kind` (what publishing the next version needs)."""
    return {
        d.inscription_id: d
        for d in Document.select(
            Document.id, Document.inscription, Document.version, Document.input_hash
        ).where(Document.inscription.in_(ids) & (Document.kind == kind) & Document.is_current)
    }


def _prepare(ids: list[int], kind: str, numbers: dict | None = None):
    """Data to render for each inscription that needs a new version (main process, read-only)."""
    from cyclades_desktop.documents.model import Document as RenderedDocument
    from cyclades_desktop.documents.model import DocumentHeader

    jobs, unchanged, errors = [], 0, []
    # the chunk's rows in two queries (its inscriptions with their candidate, session, académie,
    # exam and centre; their current documents) instead of some ten per document
    loaded = {
        ins.id: ins
        for ins in (
            Inscription.select(Inscription, *Candidate.fields(), ExamSession, Academy, Exam, Centre)
            .join(Candidate)
            .switch(Inscription)
            .join(ExamSession)
            .join(Academy)
            .switch(ExamSession)
            .join(Exam)
            .switch(Inscription)
            .join(Centre, pw.JOIN.LEFT_OUTER)
            .where(Inscription.id.in_(ids))
        )
    }
    currents = _currents(ids, kind)
    shared: dict = {}  # what the chunk's inscriptions read alike (their session's papers), read once
    for ins_id in ids:
        try:
            ins, office, ident, payload, input_hash = publication.build(
                ins_id, kind, ins=loaded.get(ins_id), shared=shared
            )
        except Exception as exc:
            errors.append(((numbers or {}).get(ins_id, str(ins_id)), str(exc)))
            continue
        current = currents.get(ins.id)
        if current is not None and current.input_hash == input_hash:
            unchanged += 1
            continue
        version = current.version + 1 if current else 1
        code = publication.new_verification_code()
        header = DocumentHeader(
            kind=kind,
            version=version,
            issued_on=clock.now().date(),
            verification_code=code,
            verification_url=publication.VERIFY_URL + code,
            exam_name=ins.session.exam.name,
            session_label=ins.session.label,
            inscription_number=ins.number,
        )
        jobs.append(
            (
                ins,
                version,
                code,
                input_hash,
                RenderedDocument(office=office, identity=ident, header=header, payload=payload),
            )
        )
    return jobs, unchanged, errors


def _store_chunk(
    session, kind: str, jobs: list, results: list, run_id: int | None = None, done: int | None = None
) -> list:
    """Store a rendered chunk in one transaction, each document with its own audit event and
    e-mail, the batch's progress with them: a crash or a cancel leaves whole chunks, never half
    a document, and one commit and a few statements per chunk instead of five per document.
    Returns, per job, True, False (someone published a version meanwhile: the next run will
    redo it), LEFT_OUT (the candidature was withdrawn or set aside since the batch read it: it
    gets no document and no e-mail) or the rendering error."""
    out: list[bool | str | Exception] = []
    fresh = []
    with database.atomic():
        ids = [j[0].id for j in jobs]
        currents = _currents(ids, kind)
        registered = _still_registered(ids)
        for (ins, version, code, input_hash, _), pdf in zip(jobs, results, strict=True):
            current = currents.get(ins.id)
            if ins.id not in registered:
                out.append(LEFT_OUT)
            elif isinstance(pdf, Exception):
                out.append(pdf)
            elif (current.version if current else 0) != version - 1:
                out.append(False)
            else:
                out.append(True)
                fresh.append(publication.NewVersion(ins, version, code, input_hash, pdf, current))
        publication.store_many(session, kind, fresh)
        if run_id is not None:
            BatchRun.update(done=done).where(BatchRun.id == run_id).execute()
    return out


def workers_default() -> int:
    return max(1, os.cpu_count() or 1)


def publish_batch(
    session,
    kind: str,
    session_id: int,
    centre_id: int | None = None,
    *,
    progress=None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
) -> BatchReport:
    """Publish `kind` for every registered inscription of the session (or centre); resumable."""
    _check(session, kind, session_id, centre_id)
    cancel = cancel or threading.Event()
    rows = list(selection(session_id, centre_id).tuples())
    ids, numbers = [r[0] for r in rows], dict(rows)
    with database.atomic():
        run = BatchRun.create(
            kind=kind,
            session=session_id,
            centre=centre_id,
            started_at=clock.now(),
            started_by=session.login,
            total=len(ids),
        )
    workers = workers or workers_default()
    t0 = time.perf_counter()
    counts = {"published": 0, "unchanged": 0, "failed": 0, "left_out": 0}
    errors: list = []
    done = 0

    def report(state_done):
        elapsed = time.perf_counter() - t0
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (len(ids) - done) / rate if rate > 0 else None
        if progress:
            progress(
                Progress(
                    done, len(ids), counts["published"], counts["unchanged"], counts["failed"], rate, eta
                )
            )

    state = "done"
    chunks = [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
    pool = (
        cf.ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
        if workers > 1
        else None
    )
    in_flight: deque = deque()
    try:
        chunk_iter = iter(chunks)
        exhausted = False
        while True:
            while not exhausted and not cancel.is_set() and len(in_flight) < 2 * workers:
                chunk = next(chunk_iter, None)
                if chunk is None:
                    exhausted = True
                    break
                jobs, unchanged, errs = _prepare(chunk, kind, numbers)
                counts["unchanged"] += unchanged
                counts["failed"] += len(errs)
                errors.extend(errs)
                done += unchanged + len(errs)
                docs = [j[4] for j in jobs]
                future = pool.submit(_render_chunk, docs) if pool else _Done(_render_chunk(docs))
                in_flight.append((jobs, future))
            if not in_flight:
                break
            jobs, future = in_flight.popleft()
            results = future.result()
            stored_chunk = _store_chunk(session, kind, jobs, results, run.id, done + len(jobs))
            for job, stored in zip(jobs, stored_chunk, strict=True):
                if stored == LEFT_OUT:
                    counts["left_out"] += 1
                elif isinstance(stored, Exception):
                    counts["failed"] += 1
                    errors.append((job[0].number, str(stored)))
                elif stored:
                    counts["published"] += 1
                else:
                    counts["failed"] += 1
                    errors.append((job[0].number, "publié entre-temps par quelqu'un d'autre"))
                done += 1
            report(done)
            if cancel.is_set() and not in_flight:
                break
        if cancel.is_set() and done < len(ids):
            state = "cancelled"
    except BaseException:
        state = "failed"
        raise
    finally:
        if pool:
            pool.shutdown(wait=True, cancel_futures=True)
        BatchRun.update(state=state, finished_at=clock.now(), done=done).where(
            BatchRun.id == run.id
        ).execute()
    return BatchReport(
        kind,
        run.id,
        state,
        len(ids),
        counts["published"],
        counts["unchanged"],
        counts["failed"],
        tuple(errors[:20]),
        time.perf_counter() - t0,
        counts["left_out"],
    )


class _Done:
    """A finished future for the single-process path."""

    def __init__(self, value):
        self._value = value

    def result(self):
        return self._value


def write_print_file(session, kind: str, session_id: int, out_path, centre_id: int | None = None):
    """One merged PDF of the current documents of a batch, in centre then name order, for the print shop."""
    from cyclades_desktop.documents.merge import write_merged

    _check(session, kind, session_id, centre_id)
    ids = [r.id for r in selection(session_id, centre_id)]
    missing = []

    def pdfs():
        for start in range(0, len(ids), 200):
            part = ids[start : start + 200]
            rows = {
                d.inscription_id: d.id
                for d in Document.select(Document.id, Document.inscription).where(
                    Document.inscription.in_(part) & (Document.kind == kind) & Document.is_current
                )
            }
            for ins_id in part:
                if ins_id not in rows:
                    missing.append(ins_id)
                    continue
                yield bytes(DocumentContent.get_by_id(rows[ins_id]).pdf)

    if not ids:
        raise RuleViolation("Aucune candidature inscrite dans cette sélection.")
    result = write_merged(pdfs(), out_path)
    return result, len(missing)
