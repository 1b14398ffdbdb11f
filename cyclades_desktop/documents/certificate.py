"""Attestation de réussite: the candidate was declared admis at the exam and session
of the header, with the mention if any."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from .layout import (
    B,
    T,
    Text,
    build_pdf,
    feminine,
    french_date,
    full_name,
    signature_block,
    styles,
)
from .model import CertificateData, Document

KIND = "certificate"


def body(document: Document) -> list[Flowable]:
    data: CertificateData = document.payload  # type: ignore[assignment]
    st = styles()
    ident, header = document.identity, document.header
    born = feminine(document, "né", "née")
    flow: list[Flowable] = [
        Spacer(1, 8 * mm),
        Text("Il est attesté que", st.statement_center),
        Spacer(1, 2 * mm),
        T(full_name(document), st.big_center),
        Text(
            f"{born} le {french_date(ident.birth_date)} à {ident.birth_place}, candidat n°\u00a0{ident.candidate_number}",
            st.statement_center,
        ),
        Spacer(1, 3 * mm),
        Text(
            [
                f"a été {feminine(document, 'déclaré admis', 'déclarée admise', 'déclaré(e) admis(e)')} à l'examen"
            ],
            st.statement_center,
        ),
        T(
            f"{data.exam_name or header.exam_name} — {data.session_label or header.session_label}",
            st.big_center,
        ),
    ]
    if data.mention:
        flow.append(Text(["avec la mention ", B(data.mention)], st.statement_center))
    if data.jury_date:
        flow.append(Text(f"par délibération du jury du {french_date(data.jury_date)}.", st.statement_center))
    flow += [
        Spacer(1, 8 * mm),
        KeepTogether(  # never a signature alone on a page
            [
                Text(
                    "La présente attestation est délivrée pour servir et valoir ce que de droit, dans l'attente "
                    "de la délivrance du diplôme. Son authenticité se vérifie avec le code figurant en bas de page.",
                    st.body,
                ),
                signature_block(document),
            ]
        ),
    ]
    return flow


def render(document: Document) -> bytes:
    """The attestation de réussite as PDF bytes."""
    if not isinstance(document.payload, CertificateData):
        raise TypeError("a certificate needs a CertificateData payload")
    return build_pdf(document, body(document))
