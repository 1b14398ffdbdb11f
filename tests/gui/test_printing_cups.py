"""Printing on a real print queue: CUPS started by the test (tests/support/cups.py), the queue a
generic PDF printer writing to a file. The batch window's merged file goes through Qt's CUPS
plug-in, libcups, cupsd and the pdftopdf filter, as it would to the print shop's printer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from cyclades_desktop import documents
from cyclades_desktop.documents import merge, samples
from tests.support import cups

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cups_server():
    if not cups.available():
        if os.environ.get("CYCLADES_REQUIRE_CUPS") == "1":
            pytest.fail(
                "CUPS est requis (CYCLADES_REQUIRE_CUPS=1) : apt-get install cups-daemon cups-client "
                "cups-filters"
            )
        pytest.skip(
            "CUPS n'est pas installé sur ce poste (apt-get install cups-daemon cups-client cups-filters)."
        )
    server = cups.CupsServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def batch_file(tmp_path_factory):
    convocations = [documents.render(samples.sample("convocation", i)) for i in range(3)]
    path = tmp_path_factory.mktemp("lot") / "convocations.pdf"
    merged = merge.write_merged(convocations, path)
    assert len(PdfReader(str(path)).pages) == merged.pages >= 3
    return path


def _print(cups_server, batch_file, how: str) -> tuple[dict, PdfReader, int]:
    env = {**cups_server.env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    cups_server.output.unlink(missing_ok=True)
    run = subprocess.run(
        [sys.executable, "-m", "tests.support.print_to_queue", cups.QUEUE, str(batch_file), how],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert cups.QUEUE in report["queues"] and report["valid"] and report["printer"] == cups.QUEUE
    assert report["spooler_found"]  # a CUPS queue: the batch window hands it the file
    data = cups_server.wait_for_output()
    return report, PdfReader(BytesIO(data)), len(data)


def _a4(page) -> bool:
    width, height = (float(v) for v in page.mediabox[2:])
    return abs(width - 595) < 3 and abs(height - 842) < 3


def test_a_merged_batch_file_is_handed_to_the_spooler_as_it_is(cups_server, batch_file):
    report, printed, size = _print(cups_server, batch_file, "spool")
    pages = len(PdfReader(str(batch_file)).pages)
    assert report["sent"] == report["pages"] == pages == len(printed.pages)  # every page, none twice
    assert all(_a4(p) for p in printed.pages)
    text = "".join(p.extract_text() for p in printed.pages)
    for i in range(3):  # the text travels, not pictures of it: each candidate's name is there
        assert samples.identity(i).birth_name.upper() in text.upper()
    assert size < 3 * batch_file.stat().st_size


def test_page_by_page_printing_reaches_the_queue_too(cups_server, batch_file):
    report, printed, _size = _print(cups_server, batch_file, "paint")
    assert report["sent"] == report["pages"] == len(printed.pages)
    assert _a4(printed.pages[0])
