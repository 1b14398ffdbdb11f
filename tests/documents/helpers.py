"""Helpers for the document tests: render once, read the PDF back."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from cyclades_desktop.documents import render
from cyclades_desktop.documents.samples import sample


def normalise(text: str) -> str:
    """NFC, no-break spaces as spaces, runs of white space as one space."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text).strip()


def pypdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return normalise(" ".join(page.extract_text() for page in reader.pages))


def pdftotext(pdf: bytes, *args: str) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", *args, "-", "-"], input=pdf, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


_cache: dict[tuple, bytes] = {}


def rendered(kind: str, index: int = 0, **changes) -> bytes:
    """``render(sample(kind, index, **changes))``, cached for the session."""
    key = (kind, index, tuple(sorted(changes.items())))
    if key not in _cache:
        _cache[key] = render(sample(kind, index, **changes))
    return _cache[key]
