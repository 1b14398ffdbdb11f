"""The readable summary of a candidate's data export (domain/subject_access.py): `resume.pdf`.

The same content as `donnees.json`, laid out for a person: identity and account, each
candidature with its marks, result, accommodations and documents, the e-mails, the journal.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cyclades_desktop.documents import fonts

_LABELS = {
    "candidate_number": "N° de candidat",
    "civility": "Civilité",
    "birth_name": "Nom de naissance",
    "usage_name": "Nom d'usage",
    "first_names": "Prénoms",
    "birth_date": "Date de naissance",
    "birth_country_code": "Pays de naissance (code INSEE)",
    "birth_commune_code": "Commune de naissance (code INSEE)",
    "birth_place": "Lieu de naissance",
    "nationality": "Nationalité",
    "father_name": "Nom du père",
    "mother_name": "Nom de la mère",
    "ine": "INE",
    "address": "Adresse",
    "postcode": "Code postal",
    "city": "Commune",
    "country": "Pays",
    "phone": "Téléphone",
    "email": "Adresse e-mail",
    "created_at": "Compte créé le",
    "activated_at": "Compte activé le",
    "last_used_at": "Dernière connexion",
    "identity_locked_at": "État civil verrouillé le",
}


def _styles():
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9, leading=11.5)
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=fonts.BOLD, fontSize=15, leading=19, spaceAfter=4
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=fonts.BOLD, fontSize=11.5, leading=15, spaceBefore=8
        ),
        "h3": ParagraphStyle("h3", parent=body, fontName=fonts.BOLD, fontSize=10, leading=13, spaceBefore=5),
        "body": body,
        "small": ParagraphStyle(
            "small", parent=body, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444")
        ),
    }


def _text(value) -> str:
    if value is None or value == "":
        return "—"
    if value is True:
        return "oui"
    if value is False:
        return "non"
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value) or "—"
    if isinstance(value, dict):
        return "; ".join(f"{k} : {_text(v)}" for k, v in value.items()) or "—"
    return str(value)


def _table(rows, widths, st):
    cells = [[Paragraph(escape(_text(c)), st["body"]) for c in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def render_summary(data: dict) -> bytes:
    st = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title="Données personnelles détenues par le service des examens",
        author="Service des examens",
    )
    ident = data["identite"]
    name = f"{ident.get('first_names', '')} {ident.get('usage_name') or ident.get('birth_name', '')}".strip()
    story: list = [
        Paragraph("Données personnelles détenues par le service des examens", st["title"]),
        Paragraph(
            escape(
                f"{name} — export du {data['exporte_le']} (UTC), au titre du droit d'accès "
                "(règlement général sur la protection des données, article 15). Le fichier donnees.json "
                "joint contient les mêmes données, lisibles par une machine ; les documents publiés sont "
                "dans le dossier documents/."
            ),
            st["small"],
        ),
        Paragraph("Identité", st["h2"]),
        _table(
            [("Donnée", "Valeur"), *((_LABELS.get(k, k), v) for k, v in ident.items())],
            [60 * mm, 114 * mm],
            st,
        ),
        Paragraph("Compte de l'espace candidat", st["h2"]),
        _table(
            [("Donnée", "Valeur"), *((_LABELS.get(k, k), v) for k, v in data["compte"].items())],
            [60 * mm, 114 * mm],
            st,
        ),
    ]
    for ins in data["candidatures"]:
        story += [
            Paragraph(
                escape(f"Candidature n° {ins['numero']} — {ins['examen']}, {ins['session']}"), st["h2"]
            ),
            _table(
                [
                    ("Donnée", "Valeur"),
                    ("Statut", f"{ins['statut']} {ins['motif_du_statut'] or ''}".strip()),
                    ("Inscrite le", ins["inscrite_le"]),
                    ("Voie", ins["voie"]),
                    ("Série", ins["serie"]),
                    ("Spécialités", ins["specialites"]),
                    ("Options", ins["options"]),
                    ("Langues", ins["langues"]),
                    ("Centre et salle", f"{ins['centre']} {ins['salle']}".strip()),
                    ("Résultat", ins["resultat"]),
                ],
                [60 * mm, 114 * mm],
                st,
            ),
        ]
        if ins["notes"]:
            story += [
                Paragraph("Notes", st["h3"]),
                _table(
                    [("Épreuve", "Note /20", "Absent", "Conservée")]
                    + [(m["epreuve"], m["note_sur_20"], m["absent"], m["conservee"]) for m in ins["notes"]],
                    [90 * mm, 28 * mm, 28 * mm, 28 * mm],
                    st,
                ),
            ]
        if ins["amenagements"]:
            story += [
                Paragraph("Aménagements d'épreuves accordés", st["h3"]),
                _table(
                    [("Mesure", "Précision", "Accordée le")]
                    + [(a["mesure"], a["precision"], a["accorde_le"]) for a in ins["amenagements"]],
                    [60 * mm, 74 * mm, 40 * mm],
                    st,
                ),
            ]
        if ins["documents"]:
            story += [
                Paragraph("Documents publiés", st["h3"]),
                _table(
                    [("Document", "Version", "En vigueur", "Code", "Publié le")]
                    + [
                        (
                            d["document"],
                            d["version"],
                            d["en_vigueur"],
                            d["code_de_verification"],
                            d["publie_le"],
                        )
                        for d in ins["documents"]
                    ],
                    [56 * mm, 18 * mm, 22 * mm, 38 * mm, 40 * mm],
                    st,
                ),
            ]
    story += [Paragraph("E-mails envoyés", st["h2"])]
    story += (
        [
            _table(
                [("Créé le", "Objet", "Texte")]
                + [(m["cree_le"], m["objet"], m["texte"]) for m in data["e_mails"]],
                [34 * mm, 50 * mm, 90 * mm],
                st,
            )
        ]
        if data["e_mails"]
        else [Paragraph("Aucun.", st["body"])]
    )
    story += [
        Paragraph("Journal des traitements", st["h2"]),
        _table(
            [("Le", "Action", "Par", "Motif")]
            + [(e["le"], e["action"], e["par"], e["motif"]) for e in data["journal"]],
            [34 * mm, 60 * mm, 40 * mm, 40 * mm],
            st,
        ),
        Spacer(1, 4 * mm),
    ]
    doc.build(story)
    return out.getvalue()
