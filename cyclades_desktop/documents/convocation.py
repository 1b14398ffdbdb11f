"""Convocation aux épreuves: each paper with date, time, duration, centre and room;
when to arrive, the identity document to bring and the equipment allowed."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .layout import (
    CONTENT_WIDTH,
    NBSP,
    B,
    T,
    Text,
    boxed,
    build_pdf,
    data_table,
    feminine,
    french_duration,
    french_long_date,
    french_time,
    section,
    styles,
)
from .model import ConvocationData, Document

KIND = "convocation"


def _centre(paper) -> list[Flowable]:
    st = styles()
    lines: list[Flowable] = [T(paper.centre_name, st.cell, bold=True)]
    return lines + [T(line, st.cell) for line in paper.centre_address.splitlines() if line.strip()]


def _papers_by_time(data: ConvocationData):
    return sorted(data.papers, key=lambda p: (p.starts_at, p.name))


def _compact_table(data: ConvocationData):
    """All papers in one centre: two lines per paper, so that a whole session fits on a page."""
    st = styles()
    head = st.cell_head
    before = dt.timedelta(minutes=data.arrival_minutes_before)
    rows: list[list] = [
        [
            T("Date et horaires", head),
            T("Épreuve", head),
            T("Durée", head),
            T("Se présenter à", head),
            T("Salle", head),
        ]
    ]
    for paper in _papers_by_time(data):
        rows.append(
            [
                [
                    T(french_long_date(paper.starts_at.date()), st.cell, bold=True),
                    T(f"{french_time(paper.starts_at)} – {french_time(paper.ends_at)}", st.cell),
                ],
                T(paper.name, st.cell, bold=True),
                T(french_duration(paper.duration_minutes), st.cell),
                T(french_time(paper.starts_at - before), st.cell, bold=True),
                T(paper.room, st.cell, bold=True) if paper.room else T("affichée sur place", st.cell),
            ]
        )
    fixed = [46 * mm, 15 * mm, 31 * mm, 22 * mm]
    widths = [fixed[0], CONTENT_WIDTH - sum(fixed), *fixed[1:]]
    return data_table(rows, widths)


def _full_table(data: ConvocationData):
    """Papers in several centres: each row says where."""
    st = styles()
    head = st.cell_head
    rows: list[list] = [
        [T("Date et horaires", head), T("Épreuve", head), T("Centre d'examen", head), T("Salle", head)]
    ]
    before = dt.timedelta(minutes=data.arrival_minutes_before)
    for paper in _papers_by_time(data):
        when = [
            T(french_long_date(paper.starts_at.date()), st.cell, bold=True),
            T(f"de {french_time(paper.starts_at)} à {french_time(paper.ends_at)}", st.cell),
            Text([("Se présenter à ", False), (french_time(paper.starts_at - before), True)], st.cell),
        ]
        what = [
            T(paper.name, st.cell, bold=True),
            T(f"Durée{NBSP}: {french_duration(paper.duration_minutes)}", st.cell),
        ]
        room = T(paper.room, st.cell, bold=True) if paper.room else T("affichée sur place", st.cell)
        rows.append([when, what, _centre(paper), room])
    widths = [47 * mm, 44 * mm, CONTENT_WIDTH - 47 * mm - 44 * mm - 22 * mm, 22 * mm]
    return data_table(rows, widths)


def body(document: Document) -> list[Flowable]:
    data: ConvocationData = document.payload  # type: ignore[assignment]
    st = styles()
    header = document.header
    salutation = feminine(document, "Monsieur", "Madame", "Madame, Monsieur")
    convened = feminine(document, "convoqué", "convoquée")
    intro = Text(
        [
            f"{salutation}, vous êtes {convened} aux épreuves de l'examen ",
            B(header.exam_name),
            f" ({header.session_label}) aux dates, heures et lieux indiqués ci-dessous. Présentez cette "
            "convocation avec votre pièce d'identité à chaque épreuve.",
        ],
        st.body,
    )
    flow: list[Flowable] = [Spacer(1, 3 * mm), intro]
    centres = {(p.centre_name, p.centre_address) for p in data.papers}
    if len(centres) == 1:  # the usual case: the centre once, above the papers
        flow += section("Centre d'examen", room=20 * mm)
        flow += _centre(data.papers[0])
        flow += section("Épreuves")
        flow.append(_compact_table(data))
    else:
        flow += section("Épreuves")
        flow.append(_full_table(data))
    flow += section("Avant de venir")
    minutes = data.arrival_minutes_before
    instructions = [
        Text(
            [
                B("Heure d'arrivée."),
                f" Présentez-vous au centre d'examen {minutes}{NBSP}minutes avant le début de chaque épreuve "
                "(heure indiquée ci-dessus). Aucun candidat n'est admis en salle au-delà du délai fixé par "
                "le règlement de l'examen.",
            ],
            st.cell,
        ),
        Text([B("Pièce d'identité à présenter."), " ", data.id_documents], st.cell),
        Text([B("Matériel autorisé."), " ", data.allowed_equipment], st.cell),
        Text(
            [
                B("Appareils interdits."),
                " Téléphones, montres connectées et tout appareil de communication doivent être éteints "
                "et rangés avec vos affaires, hors de portée.",
            ],
            st.cell,
        ),
        Text(
            [
                B("Empêchement ou erreur."),
                " Prévenez sans délai le service des examens aux coordonnées figurant en tête de ce document.",
            ],
            st.cell,
        ),
    ]
    flow.append(boxed(instructions))
    return flow


def render(document: Document) -> bytes:
    """The convocation as PDF bytes."""
    if not isinstance(document.payload, ConvocationData):
        raise TypeError("a convocation needs a ConvocationData payload")
    return build_pdf(document, body(document))
