"""Measure the renderers and the merge on this machine (never run as a test).

    python -m cyclades_desktop.documents.bench render --count 1000 [--kind convocation]
    python -m cyclades_desktop.documents.bench merge --count 10000 [--pypdf]

``render`` renders ``count`` distinct documents in this process and prints pages/s.
``merge`` renders ``count`` distinct one-page convocations to a temporary directory,
then merges them with :func:`~cyclades_desktop.documents.merge.write_merged` (or with
``pypdf.PdfWriter`` for comparison), printing the resident memory as it goes.
"""

from __future__ import annotations

import argparse
import io
import resource
import tempfile
import time
from pathlib import Path

from . import render
from .samples import sample

_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def _code(i: int) -> str:
    chars = []
    for _ in range(12):
        i, r = divmod(i * 7919 + 13, len(_CODE_ALPHABET))
        chars.append(_CODE_ALPHABET[r])
    s = "".join(chars)
    return f"{s[:4]}-{s[4:8]}-{s[8:]}"


def documents(kind: str, count: int):
    """``count`` distinct documents of ``kind`` (names, numbers and codes vary)."""
    for i in range(count):
        code = _code(i)
        yield sample(
            kind,
            i,
            candidate_number=f"0274{i:07d}",
            inscription_number=f"2027-BAC-{i:06d}",
            verification_code=code,
            verification_url=f"https://cyclades.ac-nantes.example/verifier/{code}",
        )


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def bench_render(kind: str, count: int) -> None:
    docs = list(documents(kind, count))
    render(docs[0])  # font registration, imports
    total_bytes = pages = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for doc in docs:
        pdf = render(doc)
        total_bytes += len(pdf)
        pages += pdf.count(b"/Type /Page\n")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(
        f"{count} {kind} documents, {pages} pages in {elapsed:.2f} s: {pages / elapsed:.0f} pages/s "
        f"({pages / cpu:.0f} pages per CPU-second), {elapsed / count * 1000:.2f} ms/document, "
        f"{total_bytes / count / 1024:.1f} KiB/document"
    )


def bench_merge(count: int, use_pypdf: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        for i, doc in enumerate(documents("convocation", count)):
            (folder / f"{i:07d}.pdf").write_bytes(render(doc))
        print(f"rendered {count} convocations in {time.perf_counter() - start:.1f} s; RSS {rss_mb():.0f} MB")

        samples_rss: list[tuple[int, float]] = []

        def inputs():
            for i in range(count):
                if i % max(1, count // 10) == 0:
                    samples_rss.append((i, rss_mb()))
                yield (folder / f"{i:07d}.pdf").read_bytes()

        out = folder / "merged.pdf"
        start = time.perf_counter()
        if use_pypdf:
            from pypdf import PdfReader, PdfWriter

            writer = PdfWriter()
            for data in inputs():
                for page in PdfReader(io.BytesIO(data)).pages:
                    writer.add_page(page)
            writer.write(out)
            label = "pypdf.PdfWriter"
        else:
            from .merge import write_merged

            write_merged(inputs(), out)
            label = "write_merged"
        elapsed = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{label}: {count} documents in {elapsed:.1f} s ({count / elapsed:.0f} docs/s), "
            f"output {out.stat().st_size / 1e6:.1f} MB, peak RSS {peak:.0f} MB"
        )
        print("RSS while merging: " + ", ".join(f"{i}: {mb:.0f} MB" for i, mb in samples_rss))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m cyclades_desktop.documents.bench")
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("render")
    r.add_argument("--count", type=int, default=1000)
    r.add_argument("--kind", default="convocation")
    m = sub.add_parser("merge")
    m.add_argument("--count", type=int, default=10000)
    m.add_argument("--pypdf", action="store_true", help="merge with pypdf.PdfWriter instead, for comparison")
    args = parser.parse_args(argv)
    if args.command == "render":
        bench_render(args.kind, args.count)
    else:
        bench_merge(args.count, args.pypdf)


if __name__ == "__main__":
    main()
