"""The candidate's identity: which fields exist, how they are checked, how they feed search.

Shared by the portal (before the identity lock), the staff correction and the demo data, so
that a name is checked and folded the same way whoever writes it.
"""

from __future__ import annotations

import datetime as dt

from cyclades_desktop.domain import text, validation
from cyclades_desktop.errors import ValidationError

FIELDS = (
    "civility",
    "birth_name",
    "usage_name",
    "first_names",
    "birth_date",
    "birth_country_code",
    "birth_commune_code",
    "birth_place",
    "nationality",
    "address",
    "postcode",
    "city",
    "country",
    "phone",
    "ine",
    "father_name",
    "mother_name",
)

LABELS = {
    "civility": "Civilité",
    "birth_name": "Nom de naissance",
    "usage_name": "Nom d'usage",
    "first_names": "Prénoms",
    "birth_date": "Date de naissance",
    "birth_country_code": "Pays de naissance (code INSEE)",
    "birth_commune_code": "Commune de naissance (code INSEE)",
    "birth_place": "Lieu de naissance",
    "nationality": "Nationalité",
    "address": "Adresse",
    "postcode": "Code postal",
    "city": "Ville",
    "country": "Pays",
    "phone": "Téléphone",
    "ine": "INE",
    "father_name": "Nom du père",
    "mother_name": "Nom de la mère",
}

FRANCE = "100"


def clean(data: dict, today: dt.date, *, partial: bool = False) -> dict:
    """Check and normalise identity fields; with `partial`, only those present."""
    unknown = set(data) - set(FIELDS)
    if unknown:
        raise ValidationError(f"Champ d'identité inconnu : {', '.join(sorted(unknown))}.")
    out: dict = {}

    def present(f):
        return f in data or not partial

    if present("civility"):
        out["civility"] = validation.choice(
            data.get("civility", ""), "civility", ("M.", "Mme"), "La civilité"
        )
    for f, req in (
        ("birth_name", True),
        ("usage_name", False),
        ("first_names", True),
        ("father_name", False),
        ("mother_name", False),
    ):
        if present(f):
            out[f] = validation.name(
                data.get(f, ""), f, required=req, max_length=150 if f != "birth_name" else 100
            )
    if present("birth_date"):
        out["birth_date"] = validation.birth_date(data.get("birth_date"), today)
    if present("birth_country_code"):
        code = validation.clean_text(
            data.get("birth_country_code", FRANCE), "birth_country_code", max_length=5
        )
        if not validation.INSEE_COUNTRY_RE.match(code):
            raise ValidationError(
                "Le pays de naissance se donne par son code INSEE (France : 100, étranger : 99xxx).",
                "birth_country_code",
            )
        out["birth_country_code"] = code
    if present("birth_commune_code"):
        code = validation.clean_text(
            data.get("birth_commune_code", ""), "birth_commune_code", required=False, max_length=5
        ).upper()
        if code and not validation.INSEE_COMMUNE_RE.match(code):
            raise ValidationError(
                "La commune de naissance se donne par son code INSEE à 5 caractères.", "birth_commune_code"
            )
        out["birth_commune_code"] = code
    for f, req, n in (
        ("birth_place", False, 120),
        ("nationality", False, 60),
        ("address", False, 250),
        ("city", False, 100),
        ("country", False, 60),
    ):
        if present(f):
            out[f] = validation.clean_text(data.get(f, ""), f, required=req, max_length=n)
    if present("postcode"):
        pc = validation.clean_text(data.get("postcode", ""), "postcode", required=False, max_length=10)
        if pc and not validation.POSTCODE_RE.match(pc):
            raise ValidationError("Le code postal n'est pas valide.", "postcode")
        out["postcode"] = pc
    if present("phone"):
        out["phone"] = validation.phone(data.get("phone", ""))
    if present("ine"):
        out["ine"] = validation.ine(data.get("ine", ""))
    return out


def search_keys(birth_name: str, usage_name: str, first_names: str) -> dict:
    """The folded columns search reads; recomputed with every change of a name."""
    shown = usage_name or birth_name
    return {
        "name_key": text.key(shown),
        "birth_name_key": text.key(birth_name),
        "first_key": text.key(first_names),
        "name_phonetic": text.phonetic(shown),
        "search_text": text.search_text(birth_name, usage_name, first_names),
    }


def display_name(c) -> str:
    """« DURAND (ép. MARTIN) Jeanne » style: usage name first, birth name when different."""
    last = (c.usage_name or c.birth_name).upper()
    if c.usage_name and c.usage_name.upper() != c.birth_name.upper():
        last = f"{c.usage_name.upper()} (né·e {c.birth_name.upper()})"
    return f"{last} {c.first_names}"


def born_abroad(country_code: str) -> bool:
    return bool(country_code) and country_code != FRANCE
