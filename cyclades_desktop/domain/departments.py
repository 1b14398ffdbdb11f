"""French départements: which one a postcode is in, and how a département is written.

One place for both: the portal finds the académie of residence by it, the assignment of centres
seats candidates in their own département by it, and the set-up checks the académies' and the
centres' départements with it.
"""

from __future__ import annotations

from cyclades_desktop.domain import validation
from cyclades_desktop.errors import ValidationError


def of_postcode(postcode: str | None) -> str | None:
    """« 44000 » → « 44 », « 97400 » → « 974 », « 20000 » → « 2A », « 20200 » → « 2B »; None for
    what is not a French postcode."""
    pc = (postcode or "").strip()
    if len(pc) < 2 or not pc[:2].isdigit():
        return None
    if pc.startswith("20"):  # Corsica: 200xx-201xx Corse-du-Sud, 202xx-206xx Haute-Corse
        return "2A" if pc[:3] < "202" else "2B"
    return pc[:3] if pc.startswith("97") else pc[:2]


def clean(value: str, field: str) -> str:
    """A département number as written on the académies' lists (44, 2A, 974), or a French refusal."""
    value = validation.clean_text(value, field, max_length=20).upper()
    if not (value.isdigit() or value in ("2A", "2B")) or len(value) not in (2, 3):
        raise ValidationError(
            f"Le département « {value} » n'est pas un numéro de département (ex. 44, 2A, 974).", field
        )
    return value
