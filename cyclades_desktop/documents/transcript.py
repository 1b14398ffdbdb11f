"""Relevé de notes: each paper's mark out of 20 with its coefficient, the average,
the jury's decision and the mention; marks kept from an earlier session are flagged."""

from __future__ import annotations

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
    french_number,
    section,
    styles,
)
from .model import Document, Mark, TranscriptData

KIND = "transcript"

KEPT_LABEL = "note conservée"


def decision_text(document: Document, decision: str) -> str:
    """The decision as printed, agreed with the candidate's civility."""
    return {
        "admis": feminine(document, "Admis", "Admise"),
        "second groupe": feminine(document, "Autorisé", "Autorisée")
        + " à se présenter aux épreuves du second groupe",
        "refusé": feminine(document, "Refusé", "Refusée"),
        "ajourné": feminine(document, "Ajourné", "Ajournée"),
    }[decision]


def _score(document: Document, mark: Mark) -> str:
    if mark.absent:
        return feminine(document, "Absent", "Absente")
    if mark.score is None:
        return "—"
    return french_number(mark.score)


def _points(mark: Mark) -> str:
    if mark.score is None:
        return "—"
    return french_number(mark.score * mark.coefficient)


def body(document: Document) -> list[Flowable]:
    data: TranscriptData = document.payload  # type: ignore[assignment]
    st = styles()
    flow: list[Flowable] = [Spacer(1, 1 * mm)]
    flow += section("Notes obtenues")
    rows: list[list] = [
        [
            T("Épreuve", st.cell_head),
            T("Coefficient", st.cell_head_right),
            T(f"Note{NBSP}/{NBSP}20", st.cell_head_right),
            T("Points", st.cell_head_right),
        ]
    ]
    any_kept = False
    for mark in data.marks:
        name: list[Flowable] = [T(mark.paper_name, st.cell)]
        if mark.kept:
            any_kept = True
            name.append(T(f"{KEPT_LABEL} (session antérieure)", st.cell_note))
        score = _score(document, mark)
        rows.append(
            [
                name,
                T(french_number(mark.coefficient, trim=True), st.cell_right),
                Text([(score + (" *" if mark.kept else ""), mark.score is not None)], st.cell_right),
                T(_points(mark), st.cell_right),
            ]
        )
    widths = [CONTENT_WIDTH - 3 * 27 * mm, 27 * mm, 27 * mm, 27 * mm]
    flow.append(data_table(rows, widths))
    if any_kept:
        flow.append(Spacer(1, 1.5 * mm))
        flow.append(
            Text(
                "* Note conservée : note d'une session antérieure, conservée à la demande du candidat "
                "(notes égales ou supérieures à 10 sur 20).",
                st.small,
            )
        )

    flow += section("Résultat")
    average = "—" if data.average is None else f"{french_number(data.average)}{NBSP}/{NBSP}20"
    result = [
        Text(["Moyenne générale : ", B(average)], st.result),
        Text(["Décision du jury : ", B(decision_text(document, data.decision))], st.result),
    ]
    if data.mention:
        result.append(Text(["Mention : ", B(data.mention)], st.result))
    flow.append(boxed(result))
    flow.append(Spacer(1, 3 * mm))
    flow.append(
        Text(
            "Ce relevé de notes n'est pas un diplôme. Conservez-le : aucun duplicata n'est délivré une fois "
            "le service de consultation des documents fermé.",
            st.small,
        )
    )
    return flow


def render(document: Document) -> bytes:
    """The relevé de notes as PDF bytes."""
    if not isinstance(document.payload, TranscriptData):
        raise TypeError("a transcript needs a TranscriptData payload")
    return build_pdf(document, body(document))
