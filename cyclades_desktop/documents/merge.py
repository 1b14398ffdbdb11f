"""Concatenate many PDFs into one file for the print shop, with flat memory.

``pypdf.PdfWriter`` keeps every page object of the output in memory until it
writes the file: 10,000 convocations cost hundreds of megabytes. Here each input
is parsed with pypdf, the objects its pages reach are written to the output file
at once (renumbered), and only their offsets stay in memory (8 bytes per object)
until the cross-reference table is written at the end. Identical objects within
a short window (a font program repeated by consecutive documents, say) are
written once.

Usage::

    from cyclades_desktop.documents import render
    from cyclades_desktop.documents.merge import write_merged

    result = write_merged((render(doc) for doc in documents), "convocations.pdf")
    print(result.documents, result.pages, result.bytes_written)

The output appears atomically: it is written to a temporary file in the same
directory and renamed when complete, so a failed batch never leaves half a file
for the print shop.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import tempfile
from array import array
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    StreamObject,
)

__all__ = ["MergeResult", "write_merged"]

PAGES_PER_NODE = 256  # kids per intermediate page-tree node
DEDUP_WINDOW = 4096  # recent object digests remembered for de-duplication
_IN_PROGRESS = -1
_PARENT = NameObject("/Parent")
_FONT_NAME_KEYS = frozenset({"/BaseFont", "/FontName"})
_SUBSET_NAME = re.compile(r"/[A-Z]{6}\+")


@dataclass(frozen=True)
class MergeResult:
    documents: int
    pages: int
    objects: int
    bytes_written: int


class _StreamingWriter:
    """Writes a PDF object by object; keeps only object offsets and the page-tree nodes."""

    def __init__(self, out: BinaryIO):
        self.out = out
        self.offsets = array("Q", [0, 0, 0])  # index = object number; 0 is the free head
        self.catalog_id, self.root_id = 1, 2
        self.leaf_ids: list[int] = []
        self.leaf_kids: list[int] = []
        self.leaf_id = 0
        self.pages = 0
        self.documents = 0
        self.recent: OrderedDict[bytes, int] = OrderedDict()
        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    # ---- objects
    def _alloc(self) -> int:
        self.offsets.append(0)
        return len(self.offsets) - 1

    def _write(self, number: int, body: bytes) -> None:
        self.offsets[number] = self.out.tell()
        self.out.write(b"%d 0 obj\n" % number)
        self.out.write(body)
        self.out.write(b"\nendobj\n")

    def _serialize(self, obj, buf: io.BytesIO, local: dict) -> None:
        if isinstance(obj, IndirectObject):
            buf.write(b"%d 0 R" % self._visit(obj, local))
        elif isinstance(obj, StreamObject):
            data = obj._data
            buf.write(b"<<")
            for key, value in dict.items(obj):
                if key == "/Length":
                    continue
                key.write_to_stream(buf)
                buf.write(b" ")
                self._serialize(value, buf, local)
                buf.write(b"\n")
            buf.write(b"/Length %d>>\nstream\n" % len(data))
            buf.write(data)
            buf.write(b"\nendstream")
        elif isinstance(obj, DictionaryObject):
            tag = self._subset_tag(obj, local) if ("/BaseFont" in obj or "/FontName" in obj) else None
            buf.write(b"<<")
            for key, value in dict.items(obj):
                key.write_to_stream(buf)
                buf.write(b" ")
                if tag and key in _FONT_NAME_KEYS and _SUBSET_NAME.match(value):
                    buf.write(b"/" + tag + value[7:].encode("latin-1"))  # value[7:] = "+DejaVuSans"
                else:
                    self._serialize(value, buf, local)
                buf.write(b"\n")
            buf.write(b">>")
        elif isinstance(obj, ArrayObject):
            buf.write(b"[")
            for value in list.__iter__(obj):
                self._serialize(value, buf, local)
                buf.write(b" ")
            buf.write(b"]")
        else:
            obj.write_to_stream(buf)

    def _subset_tag(self, obj: DictionaryObject, local: dict) -> bytes | None:
        """A subset tag unique to the embedded font program this font dictionary uses.

        ReportLab names the first subset of every document « AAAAAA+DejaVuSans »;
        merged, thousands of different subsets would share one name, and some
        print servers cache fonts by name (wrong glyphs). The tag is made from the
        output object number of the font program, which de-duplication shares
        exactly between identical programs.
        """
        descriptor: PdfObject = obj
        if "/FontDescriptor" in obj:
            descriptor = obj["/FontDescriptor"]  # pypdf resolves the reference
        if not isinstance(descriptor, DictionaryObject):
            return None
        for key in ("/FontFile2", "/FontFile", "/FontFile3"):
            ref = dict.get(descriptor, key)
            if isinstance(ref, IndirectObject):
                number = self._visit(ref, local)
                letters = []
                for _ in range(6):
                    number, rest = divmod(number, 26)
                    letters.append(65 + rest)
                return bytes(reversed(letters))
        return None

    def _visit(self, ref: IndirectObject, local: dict) -> int:
        key = (ref.idnum, ref.generation)
        known = local.get(key)
        if known is not None:
            if known == _IN_PROGRESS:  # a reference cycle: give it a number now, no de-duplication
                known = local[key] = self._alloc()
            return known
        local[key] = _IN_PROGRESS
        buf = io.BytesIO()
        self._serialize(ref.get_object(), buf, local)
        body = buf.getvalue()
        number = local[key]
        if number != _IN_PROGRESS:
            self._write(number, body)
            return number
        digest = hashlib.blake2b(body, digest_size=16).digest()
        number = self.recent.get(digest)
        if number is not None:
            self.recent.move_to_end(digest)
        else:
            number = self._alloc()
            self._write(number, body)
            self.recent[digest] = number
            if len(self.recent) > DEDUP_WINDOW:
                self.recent.popitem(last=False)
        local[key] = number
        return number

    # ---- pages
    def _leaf_for_next_page(self) -> int:
        if not self.leaf_id or len(self.leaf_kids) >= PAGES_PER_NODE:
            self._close_leaf()
            self.leaf_id = self._alloc()
        return self.leaf_id

    def _close_leaf(self) -> None:
        if self.leaf_id and self.leaf_kids:
            kids = b" ".join(b"%d 0 R" % k for k in self.leaf_kids)
            self._write(
                self.leaf_id,
                b"<</Type /Pages /Parent %d 0 R /Count %d /Kids [%s]>>"
                % (self.root_id, len(self.leaf_kids), kids),
            )
            self.leaf_ids.append(self.leaf_id)
            self.leaf_kids = []

    def add(self, pdf: bytes) -> None:
        reader = PdfReader(io.BytesIO(pdf))
        if reader.is_encrypted:
            raise ValueError(f"document {self.documents + 1} is encrypted; cannot merge it")
        pages = list(reader.pages)  # pypdf copies inherited attributes into each page
        local: dict[tuple[int, int], int] = {}
        numbers = []
        for page in pages:  # number the pages first: annotations may point at them
            ref = page.indirect_reference
            number = self._alloc()
            numbers.append(number)
            if ref is not None:
                local[(ref.idnum, ref.generation)] = number
        for page, number in zip(pages, numbers, strict=True):
            parent = self._leaf_for_next_page()
            buf = io.BytesIO()
            buf.write(b"<<")
            for key, value in dict.items(page):
                if key == _PARENT:
                    continue
                key.write_to_stream(buf)
                buf.write(b" ")
                self._serialize(value, buf, local)
                buf.write(b"\n")
            buf.write(b"/Parent %d 0 R>>" % parent)
            self._write(number, buf.getvalue())
            self.leaf_kids.append(number)
            self.pages += 1
        self.documents += 1

    def finish(self) -> None:
        self._close_leaf()
        kids = b" ".join(b"%d 0 R" % k for k in self.leaf_ids)
        self._write(self.root_id, b"<</Type /Pages /Count %d /Kids [%s]>>" % (self.pages, kids))
        self._write(self.catalog_id, b"<</Type /Catalog /Pages %d 0 R>>" % self.root_id)
        info_id = self._alloc()
        self._write(info_id, b"<</Producer (Cyclades Desktop)>>")
        xref_at = self.out.tell()
        size = len(self.offsets)
        self.out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        chunk = bytearray()
        for offset in self.offsets[1:]:
            chunk += b"%010d 00000 n \n" % offset
            if len(chunk) > 1 << 16:
                self.out.write(chunk)
                chunk.clear()
        self.out.write(chunk)
        self.out.write(
            b"trailer\n<</Size %d /Root %d 0 R /Info %d 0 R>>\nstartxref\n%d\n%%%%EOF\n"
            % (size, self.catalog_id, info_id, xref_at)
        )


def write_merged(documents_pdf_bytes: Iterable[bytes], out_path: str | os.PathLike) -> MergeResult:
    """Write the pages of every PDF of ``documents_pdf_bytes``, in order, into one PDF file.

    The iterable is consumed lazily (pass a generator to keep memory flat). Raises
    ``ValueError`` when there is no page at all or an input is encrypted; the output
    file is then left untouched.
    """
    out_path = Path(out_path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part", dir=out_path.parent or ".")
    try:
        with open(fd, "wb", buffering=1 << 20) as out:
            writer = _StreamingWriter(out)
            for pdf in documents_pdf_bytes:
                writer.add(pdf)
            if writer.pages == 0:
                raise ValueError("nothing to merge: no page in the input")
            writer.finish()
            out.flush()
            os.fsync(out.fileno())
            size = out.tell()
        os.replace(tmp_name, out_path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return MergeResult(
        documents=writer.documents, pages=writer.pages, objects=len(writer.offsets) - 1, bytes_written=size
    )
