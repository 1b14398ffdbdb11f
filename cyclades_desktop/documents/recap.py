"""Récapitulatif (confirmation) d'inscription: what the candidature holds, the
accommodations asked for, and the state of each supporting document."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .layout import (
    CONTENT_WIDTH,
    B,
    T,
    Text,
    boxed,
    build_pdf,
    data_table,
    key_values,
    section,
    styles,
)
from .model import Document, RecapData

KIND = "recap"

CHANNELS = {
    "individual": "Inscription individuelle",
    "establishment": "Inscription par l'établissement de formation",
}


def _lines(items: tuple[str, ...], empty: str = "—") -> str:
    return "\n".join(items) if items else empty


def body(document: Document) -> list[Flowable]:
    data: RecapData = document.payload  # type: ignore[assignment]
    st = styles()
    header = document.header
    flow: list[Flowable] = [
        Spacer(1, 3 * mm),
        Text(
            [
                "Votre inscription à l'examen ",
                B(header.exam_name),
                f" ({header.session_label}) est enregistrée sous le numéro d'inscription ",
                B(header.inscription_number),
                ". Ce récapitulatif reprend les informations de votre candidature : vérifiez-les et signalez "
                "sans délai toute erreur au service des examens. Chaque modification enregistrée donne lieu "
                "à une nouvelle version de ce document ; seule la plus récente fait foi.",
            ],
            st.body,
        ),
    ]
    flow += section("Candidature")
    pairs: list[tuple[str, str]] = [("Mode d'inscription", CHANNELS[data.channel])]
    if data.establishment:
        pairs.append(("Établissement", data.establishment))
    if data.serie:
        pairs.append(("Série ou voie", data.serie))
    pairs += [
        ("Enseignements de spécialité", _lines(data.specialities)),
        ("Langues vivantes", _lines(data.languages)),
        ("Options", _lines(data.options, "Aucune")),
    ]
    flow.append(key_values(pairs, label_width=52 * mm, bold=True))

    flow += section("Aménagements d'épreuves")
    if data.accommodations:
        flow += [Text(f"•\u00a0{item}", st.cell) for item in data.accommodations]
        flow.append(
            Text(
                "Les aménagements sont accordés par une décision distincte (notification d'aménagements).",
                st.small,
            )
        )
    else:
        flow.append(Text("Aucun aménagement d'épreuves demandé.", st.cell))

    flow += section("Pièces justificatives")
    if data.supporting_documents:
        rows: list[list] = [[T("Pièce", st.cell_head), T("État", st.cell_head)]]
        missing = 0
        for label, received in data.supporting_documents:
            state = T("Reçue", st.cell) if received else T("À fournir", st.cell, bold=True)
            missing += not received
            rows.append([T(label, st.cell), state])
        flow.append(data_table(rows, [CONTENT_WIDTH - 32 * mm, 32 * mm]))
        if missing:
            flow.append(Spacer(1, 3 * mm))
            flow.append(
                boxed(
                    [
                        Text(
                            [
                                B("Pièces à fournir. "),
                                "Votre dossier n'est complet qu'à réception des pièces marquées « À fournir ». "
                                "Adressez-les au service des examens en rappelant votre numéro d'inscription.",
                            ],
                            st.cell,
                        )
                    ]
                )
            )
    else:
        flow.append(Text("Aucune pièce justificative n'est demandée pour cet examen.", st.cell))
    return flow


def render(document: Document) -> bytes:
    """The récapitulatif d'inscription as PDF bytes."""
    if not isinstance(document.payload, RecapData):
        raise TypeError("a recap needs a RecapData payload")
    return build_pdf(document, body(document))
