"""Search at national scale: domain.search.search beside the naive LIKE '%…%' query.

Queries are drawn from the dataset itself (a seeded sample of real candidates), one list per
kind, and timed on the open database:

* `search`: `domain.search.search(session, q)`, the first page of 50 in display order;
* `naive`: what a developer would first write, a case-insensitive `LIKE '%…%'` over the
  relevant column(s) of the candidate table, with ORDER BY and LIMIT 50 (see NAIVE below).

Each kind also reports how often the page holds the candidate the query was made from
(`found`), so that a fast wrong answer cannot pass for a fast right one.
"""

from __future__ import annotations

import random
import statistics
import time
import unicodedata
from dataclasses import dataclass, field

from cyclades_desktop.domain import search, staff, text
from cyclades_desktop.store import db as store_db

KINDS = (
    "prefix",
    "substring",
    "misspelled",
    "email",
    "ine",
    "candidate_number",
    "inscription_number",
    "birth_date_name",
)
KIND_LABELS = {
    "prefix": "name prefix, accents ignored",
    "substring": "part of a name",
    "misspelled": "misspelled name",
    "email": "e-mail",
    "ine": "INE",
    "candidate_number": "candidate number",
    "inscription_number": "inscription number",
    "birth_date_name": "birth date + name",
}
#: targets (p95, ms) on this 2-core machine: (SQLite, PostgreSQL)
TARGETS = {
    "prefix": (2, 5),
    "email": (2, 5),
    "ine": (2, 5),
    "candidate_number": (2, 5),
    "inscription_number": (2, 5),
    "birth_date_name": (2, 5),
    "substring": (20, 20),
    "misspelled": (50, 50),
}
MIN_SPEEDUP = 50

_COLS = "c.id, c.birth_name, c.usage_name, c.first_names, c.email, c.ine, c.candidate_number, c.birth_date"
_ORDER = "ORDER BY c.birth_name, c.first_names, c.id LIMIT 50"
_NAMES_SQLITE = "(c.birth_name LIKE ? OR c.usage_name LIKE ? OR c.first_names LIKE ?)"
_NAMES_PG = "(c.birth_name ILIKE %s OR c.usage_name ILIKE %s OR c.first_names ILIKE %s)"
#: the naive query of each kind: (SQLite, PostgreSQL, how many times the pattern is bound)
NAIVE = {
    "names": (
        f"SELECT {_COLS} FROM candidate c WHERE {_NAMES_SQLITE} {_ORDER}",
        f"SELECT {_COLS} FROM candidate c WHERE {_NAMES_PG} {_ORDER}",
        3,
    ),
    "email": (
        f"SELECT {_COLS} FROM candidate c WHERE c.email LIKE ? {_ORDER}",
        f"SELECT {_COLS} FROM candidate c WHERE c.email ILIKE %s {_ORDER}",
        1,
    ),
    "ine": (
        f"SELECT {_COLS} FROM candidate c WHERE c.ine LIKE ? {_ORDER}",
        f"SELECT {_COLS} FROM candidate c WHERE c.ine ILIKE %s {_ORDER}",
        1,
    ),
    "candidate_number": (
        f"SELECT {_COLS} FROM candidate c WHERE c.candidate_number LIKE ? {_ORDER}",
        f"SELECT {_COLS} FROM candidate c WHERE c.candidate_number ILIKE %s {_ORDER}",
        1,
    ),
    "inscription_number": (
        f"SELECT {_COLS} FROM candidate c WHERE c.id IN (SELECT i.candidate_id FROM inscription i "
        f"WHERE i.number LIKE ?) {_ORDER}",
        f"SELECT {_COLS} FROM candidate c WHERE c.id IN (SELECT i.candidate_id FROM inscription i "
        f"WHERE i.number ILIKE %s) {_ORDER}",
        1,
    ),
    "birth_date_name": (
        f"SELECT {_COLS} FROM candidate c WHERE c.birth_date LIKE ? AND {_NAMES_SQLITE} {_ORDER}",
        f"SELECT {_COLS} FROM candidate c WHERE c.birth_date::text ILIKE %s AND {_NAMES_PG} {_ORDER}",
        4,
    ),
}
_NAIVE_OF = {"prefix": "names", "substring": "names", "misspelled": "names"}


@dataclass
class Query:
    kind: str
    text: str
    candidate_id: int
    naive_args: tuple
    expect_key: str = ""  # misspelled: the name key it was made from


@dataclass
class KindResult:
    kind: str
    times_ms: list = field(default_factory=list)
    naive_ms: list = field(default_factory=list)
    found: int = 0
    rows: list = field(default_factory=list)
    tiers: dict = field(default_factory=dict)

    @staticmethod
    def pct(values: list, p: float) -> float:
        if not values:
            return float("nan")
        s = sorted(values)
        k = (len(s) - 1) * p / 100
        lo, hi = int(k), min(int(k) + 1, len(s) - 1)
        return s[lo] + (s[hi] - s[lo]) * (k - lo)

    def summary(self) -> dict:
        t, n = self.times_ms, self.naive_ms
        out = {
            "kind": self.kind,
            "queries": len(t),
            "p50": self.pct(t, 50),
            "p95": self.pct(t, 95),
            "p99": self.pct(t, 99),
            "max": max(t) if t else float("nan"),
            "naive_queries": len(n),
            "naive_p50": self.pct(n, 50),
            "naive_p95": self.pct(n, 95),
            "found": self.found / len(t) if t else float("nan"),
            "rows_mean": statistics.fmean(self.rows) if self.rows else 0,
            "tiers": dict(self.tiers),
        }
        out["speedup_p50"] = out["naive_p50"] / out["p50"] if n else float("nan")
        out["speedup_p95"] = out["naive_p95"] / out["p95"] if n else float("nan")
        return out


# --------------------------------------------------------------------------- queries
def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _typed(rnd: random.Random, name: str) -> str:
    """The name as a member of staff types it: any case, accents or not."""
    s = name if rnd.random() < 0.5 else _strip_accents(name)
    return s.lower() if rnd.random() < 0.7 else s.upper()


def _misspell(rnd: random.Random, word: str) -> str:
    """One slip: two letters swapped, one dropped, doubled or replaced."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    for _ in range(20):
        i = rnd.randrange(1, len(word) - 1)  # keep the first letter, as people mostly do
        how = rnd.choice(("swap", "drop", "double", "replace"))
        if how == "swap":
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif how == "drop":
            out = word[:i] + word[i + 1 :]
        elif how == "double":
            out = word[:i] + word[i] + word[i:]
        else:
            out = word[:i] + rnd.choice(letters.replace(word[i], "")) + word[i + 1 :]
        if out != word:
            return out
    return word + "e"


def _sample_rows(n: int, rnd: random.Random, where: str = "1=1") -> list:
    db = store_db.database
    max_id = db.execute_sql("SELECT MAX(id) FROM candidate").fetchone()[0]
    ids = sorted({rnd.randint(1, max_id) for _ in range(n * 4)})
    ph = "%s" if store_db.is_postgres() else "?"
    rows = []
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ", ".join([ph] * len(part))
        rows += db.execute_sql(
            f"SELECT id, birth_name, usage_name, first_names, email, ine, candidate_number, birth_date, "
            f"name_key, birth_name_key FROM candidate WHERE id IN ({marks}) AND {where} ORDER BY id",
            part,
        ).fetchall()
    rnd.shuffle(rows)
    return rows


def make_queries(per_kind: int, seed: int = 7) -> dict[str, list[Query]]:
    """`per_kind` queries of each kind, drawn from the open dataset (deterministic for a seed)."""
    rnd = random.Random(seed)
    db = store_db.database
    pg = store_db.is_postgres()
    rows = _sample_rows(per_kind * 3, rnd)
    out: dict[str, list[Query]] = {k: [] for k in KINDS}

    def add(kind, q):
        if len(out[kind]) < per_kind:
            out[kind].append(q)

    for cid, birth, usage, _first, email, ine, number, born, _name_key, _birth_key in rows:
        shown = usage or birth
        key = text.key(shown)
        # prefix: the start of the displayed name, 3 to 8 letters, typed any way
        if len(key) >= 3:
            words = shown.split()
            word = words[0] if len(text.key(words[0])) >= 3 else shown
            n = rnd.randint(3, min(8, max(3, len(word))))
            q = _typed(rnd, word[:n])
            if len(text.key(q)) >= 3:
                add("prefix", Query("prefix", q, cid, (f"%{q}%",) * 3))
        # substring: 4 to 6 letters from inside the birth name (never its start)
        bk = text.key(birth)
        if len(bk) >= 6:
            n = rnd.randint(4, min(6, len(bk) - 1))
            start = rnd.randint(1, len(bk) - n)
            q = bk[start : start + n]
            add("substring", Query("substring", q, cid, (f"%{q}%",) * 3))
        # misspelled: one slip in the displayed name (5 letters or more)
        if len(key) >= 5 and " " not in shown and "-" not in shown:
            q = _misspell(rnd, _strip_accents(shown).lower())
            if text.key(q) != key:
                add("misspelled", Query("misspelled", q, cid, (f"%{q}%",) * 3, expect_key=key))
        if email:
            q = email if rnd.random() < 0.8 else email.upper()
            add("email", Query("email", q, cid, (f"%{q}%",)))
        if ine:
            add("ine", Query("ine", ine, cid, (f"%{ine}%",)))
        if number:
            add("candidate_number", Query("candidate_number", number, cid, (f"%{number}%",)))
        born_s = born.isoformat() if hasattr(born, "isoformat") else str(born)
        y, m, d = born_s[:10].split("-")
        name = _typed(rnd, shown.split()[0][: rnd.randint(2, 6)])
        if text.key(name):
            add(
                "birth_date_name",
                Query(
                    "birth_date_name", f"{d}/{m}/{y} {name}", cid, (f"%{born_s[:10]}%",) + (f"%{name}%",) * 3
                ),
            )
    ph = "%s" if pg else "?"
    sql = f"SELECT number, candidate_id FROM inscription WHERE id >= {ph} ORDER BY id LIMIT 1"
    max_ins = db.execute_sql("SELECT MAX(id) FROM inscription").fetchone()[0]
    while len(out["inscription_number"]) < per_kind:
        number, cid = db.execute_sql(sql, (rnd.randint(1, max_ins),)).fetchone()
        add("inscription_number", Query("inscription_number", number, cid, (f"%{number}%",)))
    for kind, qs in out.items():
        if len(qs) < per_kind:
            raise RuntimeError(f"only {len(qs)} {kind} queries could be drawn from the dataset")
    return out


# --------------------------------------------------------------------------- timing
def _naive(q: Query) -> int:
    sqlite_sql, pg_sql, _n = NAIVE[_NAIVE_OF.get(q.kind, q.kind)]
    sql = pg_sql if store_db.is_postgres() else sqlite_sql
    return len(store_db.database.execute_sql(sql, q.naive_args).fetchall())


def _found(q: Query, page) -> bool:
    if q.kind == "misspelled":  # the name it was made from, displayed or as the birth name
        return any(
            q.expect_key in (text.key(r.usage_name or r.birth_name), text.key(r.birth_name))
            for r in page.rows
        )
    return any(r.id == q.candidate_id for r in page.rows)


def run(queries: dict[str, list[Query]], naive_per_kind: int, warmup: int = 20) -> dict[str, KindResult]:
    session = staff.system_session()
    clock = time.perf_counter
    results: dict[str, KindResult] = {}
    for kind, qs in queries.items():
        for q in qs[:warmup]:  # caches, prepared statements: the first queries of a working day
            search.search(session, q.text)
        res = results[kind] = KindResult(kind)
        for q in qs:
            t0 = clock()
            page = search.search(session, q.text)
            res.times_ms.append((clock() - t0) * 1000)
            res.found += _found(q, page)
            res.rows.append(len(page.rows))
            for t in page.tiers_seen:
                res.tiers[t] = res.tiers.get(t, 0) + 1
        for q in qs[:naive_per_kind]:
            t0 = clock()
            _naive(q)
            res.naive_ms.append((clock() - t0) * 1000)
    return results


def targets_met(backend: str, summary: dict) -> tuple[bool, bool]:
    """(p95 target met, speed-up target met) for one kind's summary."""
    target = TARGETS[summary["kind"]][0 if backend == "sqlite" else 1]
    return summary["p95"] <= target, summary["speedup_p95"] >= MIN_SPEEDUP
