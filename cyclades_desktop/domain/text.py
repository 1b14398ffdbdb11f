"""Folding of names for search: case, accents, hyphens, apostrophes and spaces ignored.

« Lefèvre » → "lefevre", « O'Neil » → "oneil", « Jean-Édouard » → "jeanedouard",
« de La Fontaine » → "delafontaine". The same functions fold the stored keys and the query,
so the database compares plain ASCII with an ordinary index.
"""

from __future__ import annotations

import re
import unicodedata

_EXTRA = str.maketrans(
    {
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "’": "'",
    }
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII with accents removed; punctuation kept."""
    text = unicodedata.normalize("NFKD", (text or "").translate(_EXTRA))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.translate(_EXTRA).lower()


def key(text: str) -> str:
    """The search key of a name: folded, with every separator removed."""
    return _NON_ALNUM.sub("", fold(text))


def words(text: str) -> list[str]:
    return [w for w in _NON_ALNUM.split(fold(text)) if w]


def next_prefix(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix` (for range scans)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else ""


_PHONETIC_SOURCES = [
    (r"(?<=...)[xs]$", ""),
    (r"ph", "f"),
    (r"ch", "ʃ"),
    (r"sch", "ʃ"),
    (r"sh", "ʃ"),
    (r"qu", "k"),
    (r"ck", "k"),
    (r"gu(?=[eiy])", "g"),
    (r"g(?=[eiy])", "j"),
    (r"c(?=[eiy])", "s"),
    (r"c", "k"),
    (r"q", "k"),
    (r"th", "t"),
    (r"h", ""),
    (r"w", "v"),
    (r"y", "i"),
    (r"z", "s"),
    (r"x", "ks"),
    (r"bv", "v"),
    (r"eau", "o"),
    (r"au", "o"),
    (r"ou", "u"),
    (r"oi", "ua"),
    (r"[ae]i", "e"),
    (r"[ae]([nm])(?=[^aeiou]|$)", "ã"),
    (r"[oa]?i[nm](?=[^aeiou]|$)", "ĩ"),
    (r"o[nm](?=[^aeiou]|$)", "õ"),
    (r"([^aeiouãĩõ])\1+", r"\1"),
    (r"(?<=.)[eh]$", ""),
    (r"(?<=..)[dtsxp]$", ""),
    (r"(?<=.)e(?=.)", "e"),
]
_PHONETIC_RULES = [(re.compile(p), r) for p, r in _PHONETIC_SOURCES]


_PHONETIC_ASCII = str.maketrans({"ʃ": "S", "ã": "A", "ĩ": "I", "õ": "O"})


def phonetic(text: str) -> str:
    """A French sound-alike key: Dupond/Dupont, Lefèvre/Lefebvre, Philippe/Filipe agree."""
    k = re.sub(r"[^a-z]", "", fold(text))
    for pattern, repl in _PHONETIC_RULES:
        k = pattern.sub(repl, k)
    k = re.sub(r"(.)\1+", r"\1", k)
    return k.translate(_PHONETIC_ASCII)[:40]


def similarity(a: str, b: str) -> float:
    """1 − normalised Levenshtein distance of two keys (1.0 = equal)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    prev = list(range(len(b) + 1))
    prev_prev: list[int] = []  # the row before prev, read from the second row on (i > 1)
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost))
            # transposition (Damerau): "druand" is one slip from "durand"
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev_prev[j - 2] + 1)
        prev_prev, prev = prev, cur
    return 1.0 - prev[-1] / max(len(a), len(b))


def search_text(*names: str) -> str:
    """The text the substring index covers: each name's key, once."""
    seen: list[str] = []
    for name in names:
        k = key(name)
        if k and k not in seen:
            seen.append(k)
    return " ".join(seen)
