"""Lists and CSV exports (UTF-8, French headers), safe to open in a spreadsheet.

A value a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
return) is prefixed with an apostrophe, so a name typed as « =HYPERLINK(…) » stays text.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import peewee as pw

from cyclades_desktop.domain import roles, supporting
from cyclades_desktop.domain.candidates import STATUS_LABELS
from cyclades_desktop.domain.publication import ACCOMMODATION_LABELS
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import ValidationError
from cyclades_desktop.store.models import Accommodation, Candidate, Centre, Inscription

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(headers, rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
    return "\ufeff" + buf.getvalue()  # BOM: spreadsheets then read UTF-8 as such


def write(path, headers, rows) -> Path:
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(to_csv(headers, rows), encoding="utf-8", newline="")
    tmp.replace(path)
    return path


CANDIDATE_HEADERS = (
    "N° d'inscription",
    "N° de candidat",
    "Nom",
    "Nom de naissance",
    "Prénoms",
    "Date de naissance",
    "Statut",
    "Centre",
    "Salle",
    "Canal",
    "Établissement",
)


def candidates(session, session_id: int, *, centre_id: int | None = None, status: str | None = None):
    roles.require(session, Permission.VIEW_CANDIDATE)
    if status and status not in STATUS_LABELS:
        raise ValidationError(f"Statut inconnu : {status}.")
    q = (
        Inscription.select(Inscription, *Candidate.fields(), Centre)
        .join(Candidate, on=(Inscription.candidate == Candidate.id))
        .switch(Inscription)
        .join(Centre, pw.JOIN.LEFT_OUTER, on=(Inscription.centre == Centre.id))
        .where(Inscription.session == session_id)
        .order_by(Centre.name, Candidate.name_key, Candidate.first_key, Inscription.id)
    )
    if centre_id:
        q = q.where(Inscription.centre == centre_id)
    if status:
        q = q.where(Inscription.status == status)
    for ins in q.iterator():
        c = ins.candidate
        yield (
            ins.number,
            c.candidate_number or "",
            (c.usage_name or c.birth_name).upper(),
            c.birth_name.upper(),
            c.first_names,
            c.birth_date.strftime("%d/%m/%Y"),
            STATUS_LABELS[ins.status],
            ins.centre.name if ins.centre_id else "",
            ins.room,
            "Individuelle" if ins.channel == "individual" else "Établissement",
            ins.establishment_uai,
        )


MISSING_HEADERS = ("N° d'inscription", "Candidat", "Pièces manquantes")


def missing_pieces(session, session_id: int):
    for m in supporting.missing(session, session_id):
        yield (m.inscription_number, m.candidate_name, " ; ".join(m.missing))


ACCOMMODATION_HEADERS = ("Centre", "Salle", "N° d'inscription", "Candidat", "Aménagement", "Précision")


def accommodations(session, session_id: int, *, centre_id: int | None = None):
    """Measures per centre, for the centre heads: health data, so only roles that may see it."""
    roles.require(session, Permission.VIEW_ACCOMMODATIONS)
    q = (
        Accommodation.select(Accommodation, Inscription, *Candidate.fields(), Centre)
        .join(Inscription)
        .join(Candidate, on=(Inscription.candidate == Candidate.id))
        .switch(Inscription)
        .join(Centre, pw.JOIN.LEFT_OUTER, on=(Inscription.centre == Centre.id))
        .where((Inscription.session == session_id) & (Inscription.status == "registered"))
        .order_by(Centre.name, Candidate.name_key, Accommodation.id)
    )
    if centre_id:
        q = q.where(Inscription.centre == centre_id)
    for a in q.iterator():
        ins = a.inscription
        c = ins.candidate
        yield (
            ins.centre.name if ins.centre_id else "(non affecté)",
            ins.room,
            ins.number,
            f"{(c.usage_name or c.birth_name).upper()} {c.first_names}",
            ACCOMMODATION_LABELS[a.kind],
            a.detail,
        )
