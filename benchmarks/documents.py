"""Convocations for a whole session, rendered and published, beside a bare ReportLab canvas.

`prepare(source, workdir, count)` copies the dataset (the batch writes ~20 KB per document and
must not change the dataset that search is measured on), takes the largest session of the
coming exams, keeps its first `count` registered candidates in print order (the others are set
aside in the copy), and seats them with `domain.assignment.assign_automatically`.

`python -m benchmarks.documents publish URL SESSION [--workers N]` runs
`batch.publish_batch` in a process of its own, so that its peak memory is its own, and
prints one JSON line: pages, seconds, pages per second, the peak resident memory of the main
process (getrusage) and of the largest worker, and the largest sum of resident memory of the
main process and its workers seen while it ran (/proc, sampled every 50 ms).

`python -m benchmarks.documents bare COUNT` draws the same convocation page with a bare
ReportLab canvas, one PDF per candidate as the batch makes them, in one process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from cyclades_desktop.store import db as store_db


# --------------------------------------------------------------------------- memory
def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return out


class MemorySampler(threading.Thread):
    """The largest RSS of this process plus its children (the batch's workers), every 50 ms."""

    def __init__(self, interval: float = 0.05):
        super().__init__(daemon=True)
        self.interval, self.peak_total_kb, self.peak_workers, self.peak_child_kb = interval, 0, 0, 0
        self._halt = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self._halt.is_set():
            kids = _children(me)
            sizes = [_rss_kb(k) for k in kids]
            self.peak_total_kb = max(self.peak_total_kb, _rss_kb(me) + sum(sizes))
            self.peak_child_kb = max([self.peak_child_kb, *sizes])
            self.peak_workers = max(self.peak_workers, len(kids))
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


# --------------------------------------------------------------------------- the data
def prepare(source_url: str, copy_path: Path | None, count: int, server=None) -> tuple[str, int, dict]:
    """A database holding one session of `count` registered, seated candidates: (url, session, facts).

    SQLite: the file is copied to `copy_path`. PostgreSQL: `server` makes a database from the
    dataset's as a template.
    """
    from cyclades_desktop.domain import assignment, staff
    from cyclades_desktop.domain.batch import selection
    from cyclades_desktop.store.models import Inscription

    facts = {}
    t0 = time.perf_counter()
    if source_url.startswith("sqlite"):
        src = Path(store_db.parse_url(source_url).path)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy_path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(src, copy_path)
        url = f"sqlite:///{copy_path}"
    else:
        src_name = store_db.parse_url(source_url).name
        name = f"{src_name}_docs"
        with server.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {src_name}")
        url = server.url(name)
    facts["copy_seconds"] = round(time.perf_counter() - t0, 1)
    store_db.open_database(url)
    db = store_db.database
    ph = "%s" if store_db.is_postgres() else "?"
    # the largest session of the coming exams (the convocations of the year): the latest year that
    # has papers (the dataset also holds last year's sessions, marked, and next year's, without papers)
    session_id = db.execute_sql(
        "SELECT i.session_id FROM inscription i JOIN exam_session s ON s.id = i.session_id "
        "WHERE i.status = 'registered' AND s.year = (SELECT MAX(s2.year) FROM exam_session s2 "
        "WHERE EXISTS (SELECT 1 FROM paper p WHERE p.session_id = s2.id)) "
        "GROUP BY i.session_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    ids = [r.id for r in selection(session_id)]
    if len(ids) < count:
        raise RuntimeError(f"the largest session has {len(ids)} registered candidates, fewer than {count}")
    with db.atomic():
        rest = ids[count:]
        for start in range(0, len(rest), 5000):
            part = rest[start : start + 5000]
            db.execute_sql(
                f"UPDATE inscription SET status = 'set_aside', status_reason = 'benchmark' "
                f"WHERE id IN ({', '.join([ph] * len(part))})",
                part,
            )
    t0 = time.perf_counter()
    report = assignment.assign_automatically(staff.system_session(), session_id)
    facts["assign_seconds"] = round(time.perf_counter() - t0, 2)
    facts["assigned_now"] = report.assigned
    facts["seated"] = (
        Inscription.select()
        .where(
            (Inscription.session == session_id)
            & (Inscription.status == "registered")
            & Inscription.centre.is_null(False)
        )
        .count()
    )
    if store_db.is_postgres():
        db.execute_sql("ANALYZE inscription")
    store_db.close_database()
    return url, session_id, facts


def publish_in_subprocess(url: str, session_id: int, workers: int) -> dict:
    """Run `publish` below in a fresh interpreter; return its JSON line."""
    root = Path(__file__).resolve().parent.parent
    cmd = [
        sys.executable,
        "-m",
        "benchmarks.documents",
        "publish",
        url,
        str(session_id),
        "--workers",
        str(workers),
    ]
    out = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"publish failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def publish(url: str, session_id: int, workers: int) -> dict:
    from cyclades_desktop.domain import batch, staff

    store_db.open_database(url)
    sampler = MemorySampler()
    sampler.start()
    cpu0 = os.times()
    report = batch.publish_batch(staff.system_session(), "convocation", session_id, workers=workers)
    cpu1 = os.times()
    sampler.stop()
    pages = report.published  # one page each (checked by the caller on a sample)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # not RUSAGE_CHILDREN: a spawned worker is forked before it execs, and that instant copy of
    # this process (its page cache included) would count as the worker's peak
    kids = sampler.peak_child_kb
    return {
        "state": report.state,
        "total": report.total,
        "published": report.published,
        "failed": report.failed,
        "errors": [list(e) for e in report.errors[:3]],
        "seconds": round(report.seconds, 2),
        "pages_per_s": round(pages / report.seconds, 1) if report.seconds else 0.0,
        "cpu_main_s": round((cpu1.user + cpu1.system) - (cpu0.user + cpu0.system), 2),
        "cpu_workers_s": round(
            (cpu1.children_user + cpu1.children_system) - (cpu0.children_user + cpu0.children_system), 2
        ),
        "peak_rss_main_mb": round(own / 1024, 1),
        "peak_rss_worker_mb": round(kids / 1024, 1),
        "peak_rss_total_mb": round(sampler.peak_total_kb / 1024, 1),
        "workers_seen": sampler.peak_workers,
    }


def check_pages(url: str, session_id: int, sample: int = 20) -> dict:
    """Page count and size of a sample of the published convocations."""
    import io

    from pypdf import PdfReader

    from cyclades_desktop.store.models import Document, DocumentContent, Inscription

    store_db.open_database(url)
    q = (
        Document.select(Document.id, Document.size)
        .join(Inscription)
        .where((Inscription.session == session_id) & (Document.kind == "convocation") & Document.is_current)
    )
    docs = list(q.limit(sample))
    pages = [len(PdfReader(io.BytesIO(bytes(DocumentContent.get_by_id(d.id).pdf))).pages) for d in docs]
    sizes = [d.size for d in q]
    store_db.close_database()
    return {
        "sample_pages": sorted(set(pages)),
        "documents": len(sizes),
        "mean_kb": round(sum(sizes) / len(sizes) / 1024, 1) if sizes else 0,
        "total_mb": round(sum(sizes) / 1e6, 1),
    }


# --------------------------------------------------------------------------- bare canvas
def bare_canvas(count: int, one_file: bool = False) -> dict:
    """The convocation's page drawn on a bare canvas: same fonts (embedded DejaVu subset), same
    texts at fixed places, same QR code; no layout engine, no tables, no measuring. One PDF per
    candidate (as published), or all pages in one PDF with `one_file`."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from cyclades_desktop.documents import fonts, layout
    from cyclades_desktop.documents.bench import documents

    fonts.register()
    R, B = fonts.REGULAR, fonts.BOLD
    docs = list(documents("convocation", count))
    w, h = A4

    def page(c: Canvas, d) -> None:
        o, ident, head, data = d.office, d.identity, d.header, d.payload
        y = h - 20 * mm
        c.setFont(B, 13)
        c.drawString(20 * mm, y, o.academy_name)
        c.setFont(R, 8.5)
        for line in [
            o.office_name,
            *o.address.splitlines(),
            f"Courriel : {o.email}",
            f"Téléphone : {o.phone}",
        ]:
            y -= 11
            c.drawString(20 * mm, y, line)
        c.setFont(B, 10)
        c.drawRightString(w - 20 * mm, h - 20 * mm, head.exam_name)
        c.setFont(B, 18)
        c.drawCentredString(w / 2, y - 30, "Convocation")
        c.setFont(R, 8.5)
        c.drawCentredString(
            w / 2, y - 44, f"Version {head.version} — éditée le {layout.french_date(head.issued_on)}"
        )
        y -= 70
        c.rect(20 * mm, y - 60, w - 40 * mm, 64)
        for label, value in (
            ("Nom de naissance", ident.birth_name),
            ("Prénoms", ident.first_names),
            ("N° de candidat", ident.candidate_number),
            ("N° d'inscription", head.inscription_number),
        ):
            c.setFont(R, 8.5)
            c.drawString(24 * mm, y - 8, label)
            c.setFont(B, 9.5)
            c.drawString(60 * mm, y - 8, value)
            y -= 13
        y -= 30
        c.setFont(R, 9)
        for p in data.papers:
            c.drawString(20 * mm, y, layout.french_long_date(p.starts_at.date()))
            c.drawString(70 * mm, y, p.name[:40])
            c.drawString(150 * mm, y, layout.french_duration(p.duration_minutes))
            c.drawString(170 * mm, y, p.room)
            y -= 24
        for line in (data.id_documents, data.allowed_equipment):
            y -= 13
            c.drawString(20 * mm, y, line[:110])
        c.setFont(B, 9)
        c.drawString(20 * mm, 23 * mm, f"Code de vérification : {head.verification_code}")
        c.setFont(R, 7.5)
        c.drawString(20 * mm, 19 * mm, head.verification_url)
        layout._draw_qr(c, head.verification_url, w - 20 * mm - layout.QR_SIZE, 8 * mm, layout.QR_SIZE)
        c.showPage()

    t0 = time.perf_counter()
    total = 0
    if one_file:
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
        for d in docs:
            page(c, d)
        c.save()
        total = len(buf.getvalue())
    else:
        for d in docs:
            buf = io.BytesIO()
            c = Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
            page(c, d)
            c.save()
            total += len(buf.getvalue())
    seconds = time.perf_counter() - t0
    return {
        "pages": count,
        "seconds": round(seconds, 2),
        "pages_per_s": round(count / seconds, 1),
        "mean_kb": round(total / (1 if one_file else count) / 1024, 1),
    }


def render_only(count: int) -> dict:
    """The renderer alone, in this process (documents.bench's measure)."""
    from cyclades_desktop.documents import render
    from cyclades_desktop.documents.bench import documents

    docs = list(documents("convocation", count))
    render(docs[0])
    t0 = time.perf_counter()
    for d in docs:
        render(d)
    seconds = time.perf_counter() - t0
    return {
        "pages": count,
        "seconds": round(seconds, 2),
        "pages_per_s": round(count / seconds, 1),
        "ms_per_page": round(seconds / count * 1000, 2),
    }


def main(argv=None) -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks.documents")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("publish")
    a.add_argument("url")
    a.add_argument("session", type=int)
    a.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    b = sub.add_parser("bare")
    b.add_argument("count", type=int)
    b.add_argument("--one-file", action="store_true")
    r = sub.add_parser("render")
    r.add_argument("count", type=int)
    args = p.parse_args(argv)
    if args.cmd == "publish":
        print(json.dumps(publish(args.url, args.session, args.workers)))
    elif args.cmd == "bare":
        print(json.dumps(bare_canvas(args.count, args.one_file)))
    else:
        print(json.dumps(render_only(args.count)))


if __name__ == "__main__":
    main()
