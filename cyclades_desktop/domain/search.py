"""Finding a candidate at national scale, however the name is typed.

The query is read as an e-mail, an INE, a candidate or inscription number, a birth date
(optionally with a name), or a name. A name is looked for in tiers, each in display order
(name, first names, id) and each using an index: the displayed name by prefix, then the birth
name, then the first names, then any part of a name (trigram index), then names that sound or
look alike. Pages follow each other by keyset (tier, name, first names, id): no OFFSET, so the
thousandth page costs what the first does.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from cyclades_desktop.domain import roles, text
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import ValidationError
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import Candidate, ExamSession, Inscription

PAGE = 50
TIERS = ("name", "birth_name", "first_name", "substring", "approx")
TIER_LABELS = {
    "exact": "Correspondance exacte",
    "name": "Nom",
    "birth_name": "Nom de naissance",
    "first_name": "Prénom",
    "substring": "Partie du nom",
    "approx": "Orthographe approchante",
}
APPROX_MIN_SIMILARITY = 0.65
VOCAB_CANDIDATES = 200
VOCAB_GRAMS = 6  # the rarest trigrams of a misspelled name that are looked for (SQLite)
SUBSTRING_SORT_LIMIT = 5000
SUBSTRING_SORT_LIMIT_PG = 3000
FEW_KEYS = 5

_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b\s*(.*)$")
_INE = re.compile(r"^\s*(\d{10}[A-Za-z]|\d{9}[A-Za-z]{2})\s*$")


@dataclass(frozen=True)
class Filters:
    session_id: int | None = None
    exam_id: int | None = None
    status: str | None = None  # registered | set_aside | withdrawn
    academy_id: int | None = None

    def is_empty(self) -> bool:
        return not (self.session_id or self.exam_id or self.status or self.academy_id)


@dataclass(frozen=True)
class Row:
    id: int
    candidate_number: str
    civility: str
    birth_name: str
    usage_name: str
    first_names: str
    birth_date: dt.date
    email: str
    ine: str
    tier: str

    @property
    def display_name(self) -> str:
        return (self.usage_name or self.birth_name).upper()


@dataclass(frozen=True)
class Cursor:
    tier: int
    name_key: str
    first_key: str
    id: int


@dataclass(frozen=True)
class Page:
    rows: tuple
    next_cursor: Cursor | None
    kind: (
        str  # how the query was read: name, email, ine, candidate_number, inscription_number, birth_date, all
    )
    kinds_label: str = ""
    tiers_seen: tuple = field(default=())


_COLUMNS = (
    Candidate.id,
    Candidate.candidate_number,
    Candidate.civility,
    Candidate.birth_name,
    Candidate.usage_name,
    Candidate.first_names,
    Candidate.birth_date,
    Candidate.email,
    Candidate.ine,
    Candidate.name_key,
    Candidate.first_key,
)
_ORDER = (Candidate.name_key, Candidate.first_key, Candidate.id)


def _prefix(column, prefix: str):
    return (column >= prefix) & (column < text.next_prefix(prefix))


def _filters_expr(filters: Filters):
    if filters.is_empty():
        return None
    expr: Any = None
    if filters.academy_id:
        expr = Candidate.academy == filters.academy_id
    if filters.session_id or filters.exam_id or filters.status:
        sub = Inscription.select(pw.SQL("1")).where(Inscription.candidate == Candidate.id)
        if filters.session_id:
            sub = sub.where(Inscription.session == filters.session_id)
        if filters.exam_id:
            sub = sub.where(
                Inscription.session.in_(
                    ExamSession.select(ExamSession.id).where(ExamSession.exam == filters.exam_id)
                )
            )
        if filters.status:
            sub = sub.where(Inscription.status == filters.status)
        cond = pw.fn.EXISTS(sub)
        expr = cond if expr is None else expr & cond
    return expr


def _after(cursor: Cursor | None, tier: int):
    if cursor is None or cursor.tier != tier:
        return None
    return pw.Tuple(*_ORDER) > pw.Tuple(cursor.name_key, cursor.first_key, cursor.id)


def _row(r, tier: str) -> Row:
    return Row(
        r.id,
        r.candidate_number or "",
        r.civility,
        r.birth_name,
        r.usage_name,
        r.first_names,
        r.birth_date,
        r.email or "",
        r.ine or "",
        tier,
    )


def _splits(tokens: list[str]):
    for k in range(1, len(tokens)):
        yield "".join(tokens[:k]), "".join(tokens[k:])


def _name_tier_conditions(tokens: list[str]) -> list:
    """For each tier, the condition that a candidate matches it (earlier tiers excluded later).

    With several words (« le bor », « jean dupont ») the name tiers are read as parts, one per way
    of cutting the words into name and first names, each in display order by its own index: their
    OR made SQLite take every name starting with « le » (50,000 at national scale) and sort them.
    """
    whole = "".join(tokens)
    name = [_prefix(Candidate.name_key, whole)]
    birth = [_prefix(Candidate.birth_name_key, whole)]
    for head, tail in _splits(tokens):
        name += [
            _both(Candidate.name_key, head, Candidate.first_key, tail),
            _both(Candidate.first_key, head, Candidate.name_key, tail),
        ]
        birth += [
            _both(Candidate.birth_name_key, head, Candidate.first_key, tail),
            _both(Candidate.first_key, head, Candidate.birth_name_key, tail),
        ]
    first = _prefix(Candidate.first_key, whole)
    return [_either(name), _either(birth), first]


def _both(col_a, prefix_a: str, col_b, prefix_b: str):
    """Both prefixes; the shorter one hidden from the planner (`col || ''`), so that the index of
    the longer, more selective one is used (« le » + « bor »: the 100 first names « bor… », not
    the 50,000 names « le… »)."""
    if len(prefix_a) < len(prefix_b):
        return _prefix(col_a.concat(""), prefix_a) & _prefix(col_b, prefix_b)
    return _prefix(col_a, prefix_a) & _prefix(col_b.concat(""), prefix_b)


def _either(parts: list):
    """One condition, or the parts of a tier read each by its index (see _Parts)."""
    if len(parts) == 1:
        return parts[0]
    cond = parts[0]
    for p in parts[1:]:
        cond = cond | p
    return _Parts(cond, tuple(parts))


@dataclass(frozen=True)
class _Parts:
    """A tier read as several parts, each in display order through its own index, then merged.

    `cond` is the whole tier's condition (what later tiers exclude), `parts` the conditions the
    rows are read by (they may overlap: the merge keeps each candidate once). One condition
    joining them with OR would be read by neither index in order: every match would be fetched
    and sorted, thousands of rows for a common name.
    """

    cond: object
    parts: tuple


_NOTHING = _Parts(pw.SQL("1 = 0"), ())


@dataclass(frozen=True)
class _Sorted:
    """A part named by the ids of its few rows (SQLite: the hidden birth names): fetched by id
    and sorted, never read by walking the display order."""

    cond: object


@dataclass(frozen=True)
class _Walk:
    """A part with many rows, read by walking the display-order index (name, first names, id)
    for the ids of the page alone, then those rows: the walk passes thousands of index entries
    for one that matches, and reading each one's row too (20 ms on PostgreSQL for « evin ») cost
    ten times what the index alone does (its first names are in it)."""

    cond: object


# the display order written so that no index provides it (same order: `|| ''` changes no key)
_SORT_ORDER = (Candidate.name_key.concat(""), Candidate.first_key.concat(""), Candidate.id)


def _count_upto(sql: str, params: tuple, cap: int) -> int:
    return store_db.database.execute_sql(
        f"SELECT count(*) FROM ({sql} LIMIT {int(cap) + 1}) AS c", params
    ).fetchone()[0]


def _vocabulary(table: str, needle: str):
    """Keys of a vocabulary (name_vocab, first_vocab) containing `needle`, by its trigram index
    (FTS5 on SQLite, pg_trgm on PostgreSQL), as a sorted list: asked once, not once per part."""
    if store_db.is_postgres():
        rows = store_db.database.execute_sql(f"SELECT key FROM {table} WHERE key LIKE %s", (f"%{needle}%",))
    else:
        phrase = '"' + needle.replace('"', '""') + '"'
        rows = store_db.database.execute_sql(
            f"SELECT key FROM {table}_fts WHERE {table}_fts MATCH ?", (phrase,)
        )
    return sorted(r[0] for r in rows)


_HIDDEN_BIRTH = Candidate.birth_name_key != Candidate.name_key  # a usage name is shown instead


def _in(column, keys):
    """`column` among `keys`: a subquery (SQLite) or a list, sent to PostgreSQL as one array
    (thousands of placeholders cost peewee more to write than the search itself)."""
    if isinstance(keys, list) and store_db.is_postgres():
        # the list as is, not through the field; hidden from the planner when the index is read
        # by it, not when rows are filtered by it (a list it sees is hashed, a hidden one scanned)
        hidden = isinstance(column, pw.Field)
        return pw.NodeList((column, pw.SQL(_ANY_TEXT if hidden else "= ANY(%s)", [keys])))
    if isinstance(keys, list):  # SQLite: one parameter, a JSON array, whatever the list's length
        return pw.NodeList((column, pw.SQL(f"IN {_JSON_LIST}", [json.dumps(keys)])))
    return column.in_(keys)


# `col = ANY(list)` with the list hidden from the planner (an InitPlan): given the list itself,
# PostgreSQL estimates each of its hundreds of keys against the column's 1,000 most common
# values, 15 to 80 ms of planning for a query that runs in 0.3 ms; hidden, it assumes a short
# list, plans in 0.2 ms, and still reads the index by the keys, in order.
_ANY_TEXT = "= ANY((SELECT %s::text[])::text[])"
_ANY_INT = "= ANY((SELECT %s::int8[])::int8[])"
_JSON_LIST = "(SELECT value FROM json_each(?))"


_KEY_STATS: dict = {}  # (database, column) -> (read at, {key: rows} for the common keys, rows of any other key)
KEY_STATS_SECONDS = 600


def _pg_rows_estimate(column: str, keys) -> float | None:
    """How many candidates hold one of `keys` in `column`, from PostgreSQL's own statistics (the
    1,000 most common values and their frequencies, the number of distinct values), read once
    every ten minutes: enough to know that thousands match without counting them (4-5 ms for
    the 2,000 first-name combinations that contain « acque »). None when there are none."""
    now = time.monotonic()
    slot = (id(store_db.database.obj), column)
    stats = _KEY_STATS.get(slot)
    if stats is None or now - stats[0] > KEY_STATS_SECONDS:
        row = store_db.database.execute_sql(
            "SELECT most_common_vals::text::text[], most_common_freqs, n_distinct, "
            "(SELECT reltuples FROM pg_class WHERE oid = 'candidate'::regclass) "
            "FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'candidate' AND attname = %s",
            (column,),
        ).fetchone()
        if row is None or not row[3] or row[3] < 0:
            return None
        values, freqs, distinct, total = row[0] or [], row[1] or [], row[2] or 0, row[3]
        distinct = -distinct * total if distinct < 0 else distinct
        common = {v: f * total for v, f in zip(values, freqs, strict=True)}
        rest = (1 - sum(freqs)) * total / max(1.0, distinct - len(values))
        stats = _KEY_STATS[slot] = (now, common, rest)
    _, common, rest = stats
    return sum(common.get(k, rest) for k in keys)


def _among(column, keys, hidden_birth: bool = False):
    """Candidates whose `column` is among `keys` (and whose birth name is hidden, if asked), in
    the form read fastest: few, fetched whole and sorted; many, by walking the display order
    with the column hidden from the planner (`col || ''`) until the page is full.

    On PostgreSQL both are read as a _Walk: the ids of the page first (for the few, from the
    index by `column`, which holds name and first names too, sorted there), then their rows.
    """
    extra = "birth_name_key <> name_key AND " if hidden_birth else ""
    cap = SUBSTRING_SORT_LIMIT
    if store_db.is_postgres():
        cap = SUBSTRING_SORT_LIMIT_PG
        # a few names (a misspelling's neighbours) hide a few thousand birth names at most
        count = f"SELECT 1 FROM candidate WHERE {extra}{column.column_name} {_ANY_TEXT}"
        estimate = None if hidden_birth else _pg_rows_estimate(column.column_name, keys)
        if estimate is not None and estimate > 3 * cap:
            many = True  # thousands of rows for sure: walk the display order without counting them
        else:
            many = (
                not (hidden_birth and len(keys) <= FEW_KEYS) and _count_upto(count, (list(keys),), cap) > cap
            )
        if not many:
            cond = _in(column, keys)
            return _Walk(cond & _HIDDEN_BIRTH if hidden_birth else cond)
    else:
        inner, params = _JSON_LIST, (json.dumps(list(keys)),)
        # SQLite would rather read every row of those birth names by the full index and keep the
        # hidden ones (100,000 rows for a common part of a name): name the partial index
        hint = "INDEXED BY candidate_hidden_birth " if hidden_birth else ""
        rows = f"SELECT id FROM candidate {hint}WHERE {extra}{column.column_name} IN {inner}"
        many = _count_upto(rows, params, cap) > cap
        if hidden_birth and not many:
            return _Sorted(Candidate.id.in_(pw.SQL(f"({rows})", list(params))))
    cond = _in(column.concat("") if many else column, keys)
    cond = cond & _HIDDEN_BIRTH if hidden_birth else cond
    return _Walk(cond) if many else cond


def _substring_condition(needle: str):
    """Candidates one of whose names contains `needle` (any part of a name).

    The trigram index over every candidate (candidate_fts, the GIN index on search_text) would
    hand back all the matches before any could be sorted: thousands for a common name, 10 to
    800 ms. The vocabularies of distinct name keys and first-name keys are searched instead,
    and the rows read in display order by ordinary indexes, in three parts: the displayed name
    contains it; the birth name hidden behind a usage name does; the first names do. A part
    with few rows is fetched whole and sorted, one with many read in order up to the page's end.
    search_text holds exactly these three keys, so the rows are the same.
    """
    names, firsts = _vocabulary("name_vocab", needle), _vocabulary("first_vocab", needle)
    if not names and not firsts:
        return _NOTHING
    parts, conds = [], []
    if names:
        conds += [_in(Candidate.name_key, names), _in(Candidate.birth_name_key, names)]
        parts += [_in(Candidate.name_key, names), _among(Candidate.birth_name_key, names, hidden_birth=True)]
    if firsts:
        conds.append(_in(Candidate.first_key, firsts))
        parts.append(_among(Candidate.first_key, firsts))
    cond = conds[0]
    for c in conds[1:]:
        cond = cond | c
    return _Parts(cond, tuple(parts))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"  # what a name key is made of (text.key), digits aside


def one_slip(word: str) -> set[str]:
    """Every string one slip away from `word`: a letter dropped, added, replaced, or two
    neighbours swapped (and the word itself)."""
    letters = _LETTERS + "".join(sorted(set(word) - set(_LETTERS)))
    out = {word}
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        out.update(head + c + tail for c in letters)
        if tail:
            out.add(head + tail[1:])
            out.update(head + c + tail[1:] for c in letters)
            if len(tail) > 1:
                out.add(head + tail[1] + tail[0] + tail[2:])
    return out


def _similar_keys(whole: str) -> list[str]:
    """Name keys of the vocabulary one slip away from the query (looked up by the vocabulary's
    primary key: a few hundred probes, under a millisecond), else, for a query further off,
    those that share the most trigrams with it."""
    near = sorted(one_slip(whole))
    if store_db.is_postgres():
        rows = store_db.database.execute_sql(f"SELECT key FROM name_vocab WHERE key {_ANY_TEXT}", (near,))
    else:
        rows = store_db.database.execute_sql(
            f"SELECT key FROM name_vocab WHERE key IN {_JSON_LIST}", (json.dumps(near),)
        )
    return [r[0] for r in rows] or _trigram_keys(whole)


def _trigram_keys(whole: str) -> list[str]:
    """Name keys of the vocabulary that share the most trigrams with the query."""
    if store_db.is_postgres():
        with store_db.database.atomic():  # one slip in a short name leaves few shared trigrams
            store_db.database.execute_sql("SET LOCAL pg_trgm.similarity_threshold = 0.2")
            rows = list(
                store_db.database.execute_sql(
                    "SELECT key FROM name_vocab WHERE key %% %s ORDER BY similarity(key, %s) DESC LIMIT %s",
                    (whole, whole, VOCAB_CANDIDATES),
                )
            )
    else:
        # ranking every name that shares any trigram (« ier », « ard »: most of 30,000) cost 8 to
        # 20 ms; the rarest trigrams the names hold are enough (a slip leaves some of them intact)
        grams = list(dict.fromkeys(whole[i : i + 3] for i in range(len(whole) - 2)))
        marks = ", ".join("?" * len(grams))
        docs = dict(
            store_db.database.execute_sql(
                f"SELECT term, doc FROM name_vocab_terms WHERE term IN ({marks})", grams
            ).fetchall()
        )
        rare = sorted((g for g in grams if docs.get(g)), key=lambda g: docs[g])[:VOCAB_GRAMS]
        if not rare:
            return []
        rows = store_db.database.execute_sql(
            "SELECT key FROM name_vocab_fts WHERE name_vocab_fts MATCH ? ORDER BY rank LIMIT ?",
            (" OR ".join(f'"{g}"' for g in rare), VOCAB_CANDIDATES),
        )
    # similarity >= S needs an edit distance <= (1 - S) * the longer length, hence lengths that
    # close: most candidates (long compound names) are dropped before the Python Levenshtein
    slack = 1 - APPROX_MIN_SIMILARITY
    return [
        r[0]
        for r in rows
        if abs(len(r[0]) - len(whole)) <= slack * max(len(r[0]), len(whole)) + 1e-9
        and text.similarity(whole, r[0]) >= APPROX_MIN_SIMILARITY
    ]


def _approx_condition(whole: str, tokens: list[str]):
    """Names that sound alike (phonetic key) or are a slip away (trigram vocabulary), as parts:
    each phonetic key in the (name_phonetic, name…) index order, the similar keys by name."""
    phonetics, keys = [], set()
    for tok in dict.fromkeys([whole, *tokens]):
        if len(tok) < 3:
            continue
        keys.update(_similar_keys(tok))
        phonetics.append(text.phonetic(tok))
    if not phonetics:
        return None
    parts = [Candidate.name_phonetic == p for p in dict.fromkeys(phonetics)]
    conds = list(parts)
    if keys:
        ordered = sorted(keys)
        parts += [
            _in(Candidate.name_key, ordered),
            _among(Candidate.birth_name_key, ordered, hidden_birth=True),
        ]
        conds += [_in(Candidate.name_key, ordered), _in(Candidate.birth_name_key, ordered)]
    cond = conds[0]
    for c in conds[1:]:
        cond = cond | c
    return _Parts(cond, tuple(parts))


def _fetch(tier, extras: list, wanted: int) -> list:
    """Up to `wanted` rows of a tier (a condition or _Parts) in display order."""
    parts = tier.parts if isinstance(tier, _Parts) else (tier,)
    found = []
    for part in parts:
        sort = isinstance(part, (_Sorted, _Walk))
        walk = isinstance(part, _Walk)
        q = Candidate.select(*((Candidate.id,) if walk else _COLUMNS)).where(part.cond if sort else part)
        for extra in extras:
            if extra is not None:
                q = q.where(extra)
        if walk:
            ids = q.order_by(*_ORDER).limit(wanted)
            q = Candidate.select(*_COLUMNS).where(Candidate.id.in_(ids))
        found.extend(q.order_by(*(_SORT_ORDER if sort else _ORDER)).limit(wanted).namedtuples())
    if len(parts) > 1:  # merge the parts, each in display order, keeping each candidate once
        found.sort(key=lambda r: (r.name_key, r.first_key, r.id))
        unique: dict[int, Any] = {}  # the first row of each candidate, in that order
        for r in found:
            unique.setdefault(r.id, r)
        found = list(unique.values())[:wanted]
    return found


def _not(cond):
    return None if cond is None else ~cond


def _fetch_unseen(tier, extras: list, rows: list, limit: int) -> list:
    """The rows of a tier that fill the page up to limit + 1, leaving out the candidates already
    found in an earlier tier (as many more are read as may be left out)."""
    seen = {r.id for _, r in rows}
    wanted = limit + 1 - len(rows)
    return [r for r in _fetch(tier, extras, wanted + len(seen)) if r.id not in seen][:wanted]


def _search_name(query: str, filters: Filters, cursor: Cursor | None, limit: int) -> Page:
    tokens = text.words(query)
    whole = "".join(tokens)
    if not whole:
        raise ValidationError("Tapez au moins une lettre ou un chiffre.")
    fexpr = _filters_expr(filters)
    conditions = _name_tier_conditions(tokens)
    if len(whole) >= 3:
        conditions.append(None)  # substring: built only when reached (it may ask the trigram index first)
    rows: list[tuple[int, Any]] = []  # (tier, row) in display order
    start = cursor.tier if cursor else 0
    # a candidate is shown in its first tier only. The tiers read whole on this page (all those
    # after the cursor's) are excluded from later ones by the ids already found, in Python: their
    # conditions repeated in every later query cost more to write (peewee) and to plan than the
    # reads. Those before the cursor, and the cursor's own (read only after it), by their conditions.
    excluded: Any = None  # a peewee expression once a tier is excluded
    for i, tier in enumerate(conditions):
        if tier is None and (i < start or len(rows) <= limit):
            tier = conditions[i] = _substring_condition(whole)
        cond = tier.cond if isinstance(tier, _Parts) else tier
        if i < start:
            excluded = cond if excluded is None else excluded | cond
            continue
        if len(rows) > limit:
            break
        rows += [(i, r) for r in _fetch_unseen(tier, [fexpr, _after(cursor, i), _not(excluded)], rows, limit)]
        if cursor is not None and i == start:
            excluded = cond if excluded is None else excluded | cond
    approx_tier = len(TIERS) - 1
    if len(rows) <= limit and len(whole) >= 3:
        tier = _approx_condition(whole, tokens)
        if tier is not None:
            extras = [fexpr, _after(cursor, approx_tier), _not(excluded)]
            rows += [(approx_tier, r) for r in _fetch_unseen(tier, extras, rows, limit)]
    return _page(rows, limit, "name")


def _page(rows, limit: int, kind: str) -> Page:
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = None
    if more and rows:
        tier, last = rows[-1]
        next_cursor = Cursor(tier, last.name_key, last.first_key, last.id)
    tier_names = {**dict(enumerate(TIERS)), -1: "exact"}
    out = tuple(_row(r, tier_names[t]) for t, r in rows)
    return Page(out, next_cursor, kind, tiers_seen=tuple(dict.fromkeys(r.tier for r in out)))


def _simple(cond, filters: Filters, cursor: Cursor | None, limit: int, kind: str) -> Page:
    rows = _fetch(cond, [_filters_expr(filters), _after(cursor, -1)], limit + 1)
    return _page([(-1, r) for r in rows], limit, kind)


def interpret(query: str) -> str:
    """How a query will be read; the window shows it beside the field."""
    q = (query or "").strip()
    if not q:
        return "all"
    if "@" in q:
        return "email"
    if _INE.match(q):
        return "ine"
    digits = q.replace(" ", "")
    if digits.isdigit():
        return "inscription_number" if len(digits) == 12 else "candidate_number"
    if _DATE.match(q):
        return "birth_date"
    return "name"


KIND_LABELS = {
    "all": "Tous les candidats",
    "email": "Recherche par adresse e-mail",
    "ine": "Recherche par INE",
    "candidate_number": "Recherche par numéro de candidat",
    "inscription_number": "Recherche par numéro d'inscription",
    "birth_date": "Recherche par date de naissance",
    "name": "Recherche par nom",
}


def search(
    session, query: str, filters: Filters = Filters(), cursor: Cursor | None = None, limit: int = PAGE
) -> Page:
    """One page of candidates matching `query`, in display order; pass `next_cursor` for the next."""
    roles.require(session, Permission.SEARCH)
    if not isinstance(query, str) or len(query) > 200:
        raise ValidationError("La recherche doit être un texte de 200 caractères au plus.")
    if any(ord(c) < 32 for c in query):
        raise ValidationError("La recherche contient des caractères de contrôle.")
    limit = max(1, min(int(limit), 500))
    kind = interpret(query)
    q = query.strip()
    if kind == "all":
        return _simple(pw.SQL("1=1"), filters, cursor, limit, kind)
    if kind == "email":
        return _simple(_prefix(Candidate.email_key, q.lower()), filters, cursor, limit, kind)
    if kind == "ine":
        return _simple(Candidate.ine == q.upper(), filters, cursor, limit, kind)
    if kind == "candidate_number":
        digits = q.replace(" ", "")
        return _simple(_prefix(Candidate.candidate_number, digits), filters, cursor, limit, kind)
    if kind == "inscription_number":
        digits = q.replace(" ", "")
        sub = Inscription.select(Inscription.candidate).where(Inscription.number == digits)
        return _simple(Candidate.id.in_(sub), filters, cursor, limit, kind)
    if kind == "name":
        return _search_name(q, filters, cursor, limit)
    m = _DATE.match(q)
    assert m is not None  # interpret() said « date » because it matches
    try:
        born = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError as exc:
        raise ValidationError(f"« {q.split()[0]} » n'est pas une date valide (jj/mm/aaaa).") from exc
    cond: Any = Candidate.birth_date == born  # or _Parts below
    rest = text.key(m.group(4))
    if rest:  # a birth date is shared by a few thousand candidates: read each name part by its index
        name, birth, first = (
            _prefix(c, rest) for c in (Candidate.name_key, Candidate.birth_name_key, Candidate.first_key)
        )
        cond = _Parts(
            cond & (name | birth | first), (cond & name, cond & birth & _HIDDEN_BIRTH, cond & first)
        )
    return _simple(cond, filters, cursor, limit, kind)
