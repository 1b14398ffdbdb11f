"""Notification d'aménagements d'épreuves: the measures granted under article
D613-26 du code de l'éducation. Measures only: never a diagnosis (health data)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from .layout import (
    CONTENT_WIDTH,
    B,
    T,
    Text,
    boxed,
    build_pdf,
    data_table,
    french_date,
    full_name,
    section,
    signature_block,
    styles,
)
from .model import AccommodationNoticeData, Document

KIND = "accommodation_notice"
LEGAL_BASIS = "article D613-26 du code de l'éducation"


def body(document: Document) -> list[Flowable]:
    data: AccommodationNoticeData = document.payload  # type: ignore[assignment]
    st = styles()
    header = document.header
    decided = f" par décision du {french_date(data.decided_on)}" if data.decided_on else ""
    flow: list[Flowable] = [
        Spacer(1, 3 * mm),
        Text("Vu le code de l'éducation, notamment son article D613-26 ;", st.body),
        Text(
            [
                f"En application de l'{LEGAL_BASIS}, les aménagements d'épreuves suivants sont accordés{decided} à ",
                B(full_name(document)),
                " pour l'examen ",
                B(header.exam_name),
                f" ({header.session_label}) :",
            ],
            st.body,
        ),
    ]
    flow += section("Aménagements accordés")
    rows: list[list] = [[T("Aménagement", st.cell_head), T("Modalités", st.cell_head)]]
    for kind_label, detail in data.measures:
        rows.append([T(kind_label, st.cell, bold=True), T(detail, st.cell)])
    flow.append(data_table(rows, [52 * mm, CONTENT_WIDTH - 52 * mm]))
    flow.append(Spacer(1, 4 * mm))
    flow.append(
        boxed(
            [
                Text(
                    [
                        B("Le jour des épreuves. "),
                        "Présentez cette notification avec votre convocation au responsable du centre d'examen : "
                        "elle lui indique les seules mesures accordées. Elle ne contient aucune information "
                        "médicale et n'a pas à être complétée.",
                    ],
                    st.cell,
                ),
                Text(
                    [
                        B("Questions. "),
                        "Si un aménagement ne vous semble pas conforme à la décision, contactez sans délai "
                        "le service des examens.",
                    ],
                    st.cell,
                ),
            ]
        )
    )
    flow[-1] = KeepTogether([flow[-1], signature_block(document)])  # never a signature alone on a page
    return flow


def render(document: Document) -> bytes:
    """The notification d'aménagements as PDF bytes."""
    if not isinstance(document.payload, AccommodationNoticeData):
        raise TypeError("an accommodation notice needs an AccommodationNoticeData payload")
    return build_pdf(document, body(document))
