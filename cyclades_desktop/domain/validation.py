"""Checks of what people type; each failure is a French sentence naming the field."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from importlib import resources

from cyclades_desktop.errors import ValidationError

EMAIL_RE = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
INE_RE = re.compile(r"^(\d{10}[A-Z]|\d{9}[A-Z]{2})$")
UAI_RE = re.compile(r"^\d{7}[A-Z]$")
INSEE_COUNTRY_RE = re.compile(r"^\d{3}$|^99\d{3}$")
INSEE_COMMUNE_RE = re.compile(r"^(\d{5}|2[AB]\d{3})$")
NAME_ALLOWED = re.compile(r"^[^\W\d_]+(?:[ '\-.][^\W\d_]+)*\.?$", re.UNICODE)
PHONE_RE = re.compile(r"^\+?[0-9 .()-]{6,20}$")
POSTCODE_RE = re.compile(r"^[0-9A-Za-z -]{2,10}$")

LABELS = {
    "email": "L'adresse e-mail",
    "birth_name": "Le nom de naissance",
    "usage_name": "Le nom d'usage",
    "first_names": "Les prénoms",
    "birth_date": "La date de naissance",
    "birth_place": "Le lieu de naissance",
    "ine": "L'INE",
    "uai": "Le code UAI",
    "phone": "Le téléphone",
    "address": "L'adresse",
    "postcode": "Le code postal",
    "city": "La ville",
    "reason": "Le motif",
    "civility": "La civilité",
    "father_name": "Le nom du père",
    "mother_name": "Le nom de la mère",
    "nationality": "La nationalité",
    "birth_country_code": "Le code pays de naissance",
    "birth_commune_code": "Le code commune de naissance",
    "password": "Le mot de passe",
    "login": "L'identifiant",
    "full_name": "Le nom complet",
    "country": "Le pays",
}


def _label(field: str) -> str:
    return LABELS.get(field, f"Le champ « {field} »")


def clean_text(
    value, field: str, *, required: bool = True, max_length: int = 200, multiline: bool = False
) -> str:
    """Trim, normalise to NFC, refuse control characters and overlong values."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{_label(field)} doit être un texte.", field)
    value = unicodedata.normalize("NFC", value).strip()
    allowed = "\n\t" if multiline else ""
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") and c not in allowed for c in value):
        raise ValidationError(f"{_label(field)} contient des caractères invisibles ou de contrôle.", field)
    if required and not value:
        raise ValidationError(f"{_label(field)} est obligatoire.", field)
    if len(value) > max_length:
        raise ValidationError(f"{_label(field)} dépasse {max_length} caractères.", field)
    _printable(value, field)
    return value


def _printable(value: str, field: str) -> None:
    """What is stored must print on the official documents: Latin script, as in French civil status."""
    from cyclades_desktop.documents.fonts import covered_characters, unsupported_characters

    if not covered_characters().issuperset(value.replace("\n", "").replace("\t", "")):
        missing = [c for c in unsupported_characters(value) if c not in "\n\t"]
        if missing:
            shown = " ".join(missing[:5])
            raise ValidationError(
                f"{_label(field)} contient des caractères que les documents officiels ne peuvent pas "
                f"imprimer ({shown}) : écrivez-le en caractères latins.",
                field,
            )


def name(value, field: str, *, required: bool = True, max_length: int = 100) -> str:
    """Letters (any script), with single spaces, hyphens, apostrophes between them."""
    value = clean_text(value, field, required=required, max_length=max_length)
    value = re.sub(r"\s+", " ", value.replace("’", "'"))
    if value and not NAME_ALLOWED.match(value):
        raise ValidationError(
            f"{_label(field)} ne peut contenir que des lettres, des espaces, des traits d'union "
            "et des apostrophes.",
            field,
        )
    return value


def email(value, field: str = "email") -> str:
    value = clean_text(value, field, max_length=254)
    if not EMAIL_RE.match(value) or ".." in value:
        raise ValidationError(f"L'adresse e-mail « {value[:60]} » n'est pas valide.", field)
    return value


def email_key(value: str) -> str:
    return value.strip().lower()


def ine(value, field: str = "ine", *, required: bool = False) -> str | None:
    value = clean_text(value, field, required=required, max_length=20).upper().replace(" ", "")
    if not value:
        return None
    if not INE_RE.match(value):
        raise ValidationError("L'INE doit compter 10 chiffres suivis d'une lettre (ex. 1234567890A).", field)
    return value


def uai(value, field: str = "uai", *, required: bool = True) -> str:
    value = clean_text(value, field, required=required, max_length=20).upper().replace(" ", "")
    if value and not UAI_RE.match(value):
        raise ValidationError(
            "Le code UAI doit compter 7 chiffres suivis d'une lettre (ex. 0442286W).", field
        )
    return value


def parse_date(value, field: str = "birth_date") -> dt.date:
    """Accept a date, ISO text (2008-03-14) or French text (14/03/2008)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        result = value
    else:
        text = clean_text(value, field, max_length=20)
        parsed: dt.date | None = None
        for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
            try:
                parsed = dt.datetime.strptime(text, fmt).date()
                break
            except ValueError:
                continue
        if parsed is None:
            raise ValidationError(f"{_label(field)} « {text} » n'est pas une date (jj/mm/aaaa).", field)
        result = parsed
    return result


def birth_date(value, today: dt.date, field: str = "birth_date") -> dt.date:
    result = parse_date(value, field)
    if result.year < 1900 or result > today:
        raise ValidationError("La date de naissance doit être passée et postérieure à 1900.", field)
    if (today - result).days < 365 * 10:
        raise ValidationError("Un candidat doit avoir au moins 10 ans.", field)
    return result


def phone(value, field: str = "phone") -> str:
    value = clean_text(value, field, required=False, max_length=30)
    if value and not PHONE_RE.match(value):
        raise ValidationError(
            "Le téléphone ne peut contenir que des chiffres, espaces, points, tirets et un +.", field
        )
    return value


def choice(value, field: str, allowed, label: str) -> str:
    if value not in allowed:
        raise ValidationError(f"{label} « {value} » n'est pas une valeur permise.", field)
    return value


def reason(value, field: str = "reason") -> str:
    value = clean_text(value, field, max_length=1000, multiline=True)
    if len(value) < 5:
        raise ValidationError("Le motif doit être expliqué en quelques mots (5 caractères au moins).", field)
    return value


def password(value, field: str = "password", *, min_length: int = 8) -> str:
    if not isinstance(value, str) or not value:
        raise ValidationError("Le mot de passe est obligatoire.", field)
    if len(value) < min_length:
        raise ValidationError(f"Le mot de passe doit compter au moins {min_length} caractères.", field)
    if len(value) > 256:
        raise ValidationError("Le mot de passe dépasse 256 caractères.", field)
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise ValidationError("Le mot de passe contient des caractères de contrôle.", field)
    return value


STAFF_PASSWORD_MIN_LENGTH = 12  # ASVS 4.0 2.1.1


@functools.cache
def _common_password_words() -> frozenset[str]:
    text = resources.files("cyclades_desktop.domain").joinpath("common_passwords.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if (w := line.strip()) and not w.startswith("#"))


def _folded(value: str) -> str:
    """Lowercased, unaccented, without spaces: how two passwords are compared for likeness."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and not c.isspace())


def _smallest_unit(text: str) -> str:
    """« abcabcabc » → « abc »: a password repeated is no stronger than its unit."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return text[:size]
    return text


def is_common_password(value: str) -> bool:
    """A password built on a common word, a keyboard row or a repeated pattern (ASVS 2.1.7).

    What counts is its core: lowercased, unaccented, stripped of leading and trailing digits
    and symbols (« Motdepasse2026! » → « motdepasse »).
    """
    folded = _folded(value)
    if len(set(folded)) < 5:
        return True
    core = re.sub(r"^[^a-z]+|[^a-z]+$", "", folded)
    if not core:  # digits and symbols only: a date, a phone number, a keyboard row of digits
        return True
    unit = _smallest_unit(core)
    return len(unit) <= 3 or unit in _common_password_words() or core in _common_password_words()


def staff_password(value, login: str, field: str = "password") -> str:
    """A staff member's password: long, not the login, not a common one (ASVS 2.1)."""
    value = password(value, field, min_length=STAFF_PASSWORD_MIN_LENGTH)
    folded_login = _folded(login or "")
    if folded_login and folded_login in _folded(value):
        raise ValidationError("Le mot de passe ne doit pas contenir l'identifiant.", field)
    if is_common_password(value):
        raise ValidationError(
            "Ce mot de passe est trop courant ou trop répétitif : choisissez par exemple "
            "une phrase de plusieurs mots sans rapport entre eux.",
            field,
        )
    return value
