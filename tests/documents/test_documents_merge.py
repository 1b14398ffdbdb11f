"""write_merged: one print file from many documents."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader, PdfWriter

from cyclades_desktop.documents import KINDS
from cyclades_desktop.documents.merge import write_merged
from cyclades_desktop.documents.samples import sample

from .helpers import normalise, rendered

INPUTS = [(kind, i) for i in range(6) for kind in KINDS]  # 30 documents, every hard name


def test_pages_in_order_and_readable(tmp_path):
    out = tmp_path / "impression.pdf"
    result = write_merged((rendered(kind, i) for kind, i in INPUTS), out)
    assert result.documents == result.pages == len(INPUTS)
    assert result.bytes_written == out.stat().st_size
    reader = PdfReader(out, strict=True)
    assert len(reader.pages) == len(INPUTS)
    for page, (kind, i) in zip(reader.pages, INPUTS, strict=True):
        text = normalise(page.extract_text())
        doc = sample(kind, i)
        assert KINDS[kind] in text
        assert doc.identity.birth_name in text and doc.identity.candidate_number in text
    assert not list(tmp_path.glob("*.part"))


def test_identical_objects_are_written_once(tmp_path):
    one = rendered("convocation", 0)
    result = write_merged((one for _ in range(50)), tmp_path / "same.pdf")
    assert result.pages == 50
    assert result.bytes_written < 3 * len(one)  # fonts, QR form and contents shared


def test_each_distinct_font_program_gets_its_own_subset_name(tmp_path):
    out = tmp_path / "fonts.pdf"
    write_merged((rendered(kind, i) for kind, i in INPUTS), out)
    reader = PdfReader(out)
    names: dict[str, set] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            program = font["/FontDescriptor"].raw_get("/FontFile2").idnum
            assert font["/FontDescriptor"]["/FontName"] == font["/BaseFont"]
            names.setdefault(font["/BaseFont"], set()).add(program)
    assert all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", name) for name in names)
    assert all(len(programs) == 1 for programs in names.values()), "two font programs share a name"
    assert len(names) > 2


def test_multi_page_inputs_and_foreign_pdfs(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(200, 300)
    writer.add_blank_page(300, 200)
    foreign = io.BytesIO()
    writer.write(foreign)
    out = tmp_path / "mixed.pdf"
    result = write_merged([foreign.getvalue(), rendered("recap", 2)], out)
    reader = PdfReader(out, strict=True)
    assert result.pages == len(reader.pages) == 3
    assert [float(p.mediabox.width) for p in reader.pages[:2]] == [200, 300]
    assert "Østergaard" in reader.pages[2].extract_text()


def test_failure_leaves_no_file(tmp_path):
    out = tmp_path / "rien.pdf"
    with pytest.raises(ValueError, match="nothing to merge"):
        write_merged([], out)
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt("secret")
    encrypted = io.BytesIO()
    writer.write(encrypted)
    with pytest.raises(ValueError, match="encrypted"):
        write_merged([rendered("recap"), encrypted.getvalue()], out)
    assert list(tmp_path.iterdir()) == []


def test_accepts_a_generator(tmp_path):
    seen = []

    def documents():
        for kind, i in INPUTS[:5]:
            seen.append(kind)
            yield rendered(kind, i)

    result = write_merged(documents(), tmp_path / "lazy.pdf")
    assert result.pages == 5 and len(seen) == 5
