"""Official documents of the exam office, rendered to PDF with ReportLab (Qt-free).

Public API::

    from cyclades_desktop.documents import KINDS, render, UnsupportedCharacters
    from cyclades_desktop.documents import model        # the input dataclasses
    from cyclades_desktop.documents.merge import write_merged

* :data:`KINDS` maps a document kind to its French title.
* :func:`render` takes a :class:`model.Document` and returns the PDF bytes,
  identical for an identical document.
* One module per document (``recap``, ``convocation``, ``transcript``,
  ``certificate``, ``accommodation_notice``), each with ``render(document) -> bytes``;
  ``layout`` holds the shared page; ``fonts`` the embedded DejaVu Sans subset.
"""

from __future__ import annotations

from importlib import import_module

from .layout import KINDS, UnsupportedCharacters
from .model import Document

__all__ = ["KINDS", "Document", "UnsupportedCharacters", "render"]

_MODULES = {kind: f"{__name__}.{kind}" for kind in KINDS}


def render(document: Document) -> bytes:
    """Render ``document`` with the renderer of its ``header.kind``; returns PDF bytes."""
    kind = document.header.kind
    try:
        module_name = _MODULES[kind]
    except KeyError:
        raise ValueError(f"unknown document kind {kind!r}") from None
    return import_module(module_name).render(document)
