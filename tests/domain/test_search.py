"""Search as staff type it: accents, hyphens, apostrophes, parts of names, typos, numbers."""

import datetime as dt

import pytest

from cyclades_desktop.domain import portal, search
from cyclades_desktop.errors import PermissionDenied, ValidationError
from tests import factories as f

PEOPLE = [
    ("Lefèvre", "", "Jeanne", dt.date(2008, 3, 14)),
    ("O'Neil", "", "Siobhan", dt.date(2007, 5, 2)),
    ("de La Fontaine", "", "Jean-Édouard", dt.date(2008, 1, 30)),
    ("Durand", "", "Paul", dt.date(2008, 7, 7)),
    ("Dupont", "", "Jean", dt.date(2007, 12, 1)),
    ("Żółć", "", "Łukasz", dt.date(2008, 2, 2)),
    ("Nguyễn", "", "Thị Ánh", dt.date(2008, 9, 9)),
    ("Martin", "Bernard", "Claire", dt.date(1990, 4, 4)),
    ("Dubois", "", "Léa", dt.date(2008, 6, 6)),
]


@pytest.fixture
def people(db, frozen_now):
    world = f.build_world()
    ids = {}
    for i, (birth, usage, first, born) in enumerate(PEOPLE):
        cid = f.active_candidate(
            f"p{i}@example.fr",
            birth_name=birth,
            usage_name=usage,
            first_names=first,
            birth_date=born,
            ine=f"{1234567890 + i}A",
        )
        ids[birth] = cid
    portal.register(ids["Durand"], world.session_id, dict(f.CHOICES))
    return ids, f.staff_session("read_only")


def names(page):
    return [r.birth_name for r in page.rows]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("lefevre", "Lefèvre"),
        ("LEFÈVRE", "Lefèvre"),
        ("oneil", "O'Neil"),
        ("o'neil", "O'Neil"),
        ("jean edouard", "de La Fontaine"),
        ("jean-édouard", "de La Fontaine"),
        ("delafontaine", "de La Fontaine"),
        ("de la fontaine", "de La Fontaine"),
        ("zolc", "Żółć"),
        ("lukasz", "Żółć"),
        ("nguyen", "Nguyễn"),
        ("thi anh", "Nguyễn"),
        ("bernard", "Martin"),
        ("martin", "Martin"),
    ],
)
def test_names_ignore_case_accents_hyphens_apostrophes_spaces(people, query, expected):
    _, s = people
    page = search.search(s, query)
    assert page.kind == "name"
    assert names(page)[0] == expected


def test_prefix_and_substring(people):
    _, s = people
    assert names(search.search(s, "du")) == ["Dubois", "Dupont", "Durand"]
    page = search.search(s, "URA")
    assert names(page) == ["Durand"] and page.rows[0].tier == "substring"
    assert "Lefèvre" in names(search.search(s, "efev"))


def test_last_name_then_first_name_and_reverse(people):
    _, s = people
    assert names(search.search(s, "dupont jean")) == ["Dupont"]
    assert names(search.search(s, "jean dupont")) == ["Dupont"]


@pytest.mark.parametrize(
    "typo, expected",
    [
        ("lefebvre", "Lefèvre"),
        ("dupond", "Dupont"),
        ("druand", "Durand"),
        ("duboit", "Dubois"),
        ("de la fontenne", "de La Fontaine"),
        ("lefevrre", "Lefèvre"),
    ],
)
def test_misspelled_names_are_found(people, typo, expected):
    _, s = people
    page = search.search(s, typo)
    assert expected in names(page)
    row = next(r for r in page.rows if r.birth_name == expected)
    assert row.tier in ("approx", "substring")


def test_email_ine_numbers_and_birth_date(people):
    ids, s = people
    assert names(search.search(s, "P3@EXAMPLE.FR")) == ["Durand"]
    assert search.search(s, "p3@").kind == "email"
    assert names(search.search(s, "1234567893A")) == ["Durand"]
    from cyclades_desktop.store.models import Candidate, Inscription

    durand = Candidate.get_by_id(ids["Durand"])
    assert names(search.search(s, durand.candidate_number)) == ["Durand"]
    number = Inscription.get(Inscription.candidate == durand.id).number
    page = search.search(s, number)
    assert page.kind == "inscription_number" and names(page) == ["Durand"]
    assert names(search.search(s, "07/07/2008")) == ["Durand"]
    assert names(search.search(s, "30/01/2008 jean")) == ["de La Fontaine"]
    with pytest.raises(ValidationError, match="date"):
        search.search(s, "31/02/2008")


def test_filters(people, db):
    _, s = people
    from cyclades_desktop.store.models import ExamSession

    session_id = ExamSession.get(ExamSession.label == "Session 2027").id
    assert names(search.search(s, "", search.Filters(session_id=session_id))) == ["Durand"]
    assert names(search.search(s, "d", search.Filters(status="registered"))) == ["Durand"]
    assert names(search.search(s, "d", search.Filters(status="withdrawn"))) == []


def test_keyset_paging_is_stable_and_complete(people):
    _, s = people
    seen, cursor = [], None
    while True:
        page = search.search(s, "", cursor=cursor, limit=2)
        seen.extend(r.id for r in page.rows)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    everyone = [r.id for r in search.search(s, "", limit=100).rows]
    assert seen == everyone and len(seen) == len(PEOPLE)


def test_paging_crosses_tiers_without_duplicates(people):
    _, s = people
    full = [r.id for r in search.search(s, "du", limit=100).rows]
    seen, cursor = [], None
    while True:
        page = search.search(s, "du", cursor=cursor, limit=1)
        seen.extend(r.id for r in page.rows)
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert seen == full and len(set(seen)) == len(seen)


def test_bad_queries_are_refused(people):
    _, s = people
    with pytest.raises(ValidationError):
        search.search(s, "a" * 201)
    with pytest.raises(ValidationError):
        search.search(s, "dupont\x00")
    assert search.search(s, "'; DROP TABLE candidate; --").rows == ()


def test_search_needs_a_signed_in_role(people):
    with pytest.raises(PermissionDenied):
        search.search(None, "dupont")


@pytest.mark.parametrize(
    "typo",
    [
        "bacheket",  # a letter replaced
        "bachellet",  # a letter added
        "bachlet",  # a letter dropped
        "bahcelet",  # two neighbours swapped
        "BÂCHELLET",  # accents and case, and a slip
    ],
)
def test_every_kind_of_slip_finds_the_name(db, frozen_now, typo):
    f.build_world()
    cid = f.active_candidate(
        "b@example.fr", birth_name="Bachelet", first_names="Anne", birth_date=dt.date(2008, 1, 1)
    )
    f.active_candidate(
        "c@example.fr", birth_name="Boucher", first_names="Marc", birth_date=dt.date(2008, 1, 2)
    )
    page = search.search(f.staff_session("read_only"), typo)
    assert [(r.id, r.tier) for r in page.rows] == [(cid, "approx")]


def test_one_slip_spells_every_neighbour():
    near = search.one_slip("abc")
    assert {"abc", "bc", "ac", "ab", "bac", "acb", "xbc", "abx", "xabc", "abcx", "abxc"} <= near
    assert "cba" not in near and "ba" not in near
    assert len(search.one_slip("bachelet")) < 500


def test_a_name_two_slips_away_is_still_found(db, frozen_now):
    f.build_world()
    cid = f.active_candidate(
        "b@example.fr", birth_name="Vuillemin", first_names="Anne", birth_date=dt.date(2008, 1, 1)
    )
    page = search.search(f.staff_session("read_only"), "vuilemain")  # no name is one slip away
    assert [r.id for r in page.rows] == [cid]


TIERED = [  # (birth name, usage name, first names): « bernard » finds each in the tier noted
    ("Bernard", "", "Anne"),
    ("Bernard", "", "Bernard"),
    ("Bernardin", "", "Zoé"),  # name
    ("Martin", "Bernard", "Claire"),  # name (usage)
    ("Bernard", "Dupuis", "Léa"),  # birth name hidden behind a usage name
    ("Aubert", "", "Bernard"),
    ("Roux", "", "Bernardette"),  # first name
    ("Dubernard", "", "Paul"),
    ("Petit", "", "Jean-Bernard"),  # a part of a name
    ("Bernart", "", "Eva"),
    ("Benrard", "", "Luc"),  # a slip away
]


@pytest.fixture
def tiered(db, frozen_now):
    f.build_world()
    ids = {}
    for i, (birth, usage, first) in enumerate(TIERED):
        ids[(birth, usage, first)] = f.active_candidate(
            f"t{i}@example.fr",
            birth_name=birth,
            usage_name=usage,
            first_names=first,
            birth_date=dt.date(2008, 1, 1 + i),
        )
    return ids, f.staff_session("read_only")


def test_each_candidate_appears_once_in_its_first_tier(tiered):
    ids, s = tiered
    page = search.search(s, "bernard", limit=100)
    tier_of = {r.id: r.tier for r in page.rows}
    assert len(page.rows) == len(tier_of) == len(TIERED)
    expect = ["name"] * 4 + ["birth_name"] + ["first_name"] * 2 + ["substring"] * 2 + ["approx"] * 2
    assert [tier_of[ids[p]] for p in TIERED] == expect
    order = [search.TIERS.index(r.tier) for r in page.rows]
    assert order == sorted(order)
    for tier in set(expect):  # display order inside each tier
        keys = [(r.display_name, r.id) for r in page.rows if r.tier == tier]
        assert [k for k, _ in keys] == sorted(k for k, _ in keys)


@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_pages_across_tiers_join_up_exactly(tiered, limit):
    _, s = tiered
    for query in ("bernard", "bernar", "benrard"):
        full = [(r.id, r.tier) for r in search.search(s, query, limit=100).rows]
        seen, cursor = [], None
        while True:
            page = search.search(s, query, cursor=cursor, limit=limit)
            assert len(page.rows) <= limit
            seen.extend((r.id, r.tier) for r in page.rows)
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        assert seen == full, query


@pytest.fixture
def pg_db(request, tmp_path):
    from cyclades_desktop.store import db as store_db
    from tests.conftest import fresh_database

    fresh_database("postgres", request, tmp_path)
    yield
    store_db.close_database()


def test_postgresql_knows_from_its_statistics_that_a_part_is_common_and_skips_counting_it(
    pg_db, frozen_now, monkeypatch
):
    """First names of thousands of candidates need no count before the display order is walked; the
    page is the same whether the count is made or skipped."""
    from cyclades_desktop.store import db as store_db

    f.build_world()
    for i in range(40):
        f.active_candidate(
            f"m{i}@example.fr",
            birth_name="Nom" + chr(97 + i // 26) + chr(97 + i % 26),
            first_names="Marie-Jacqueline",
        )
    f.active_candidate("x@example.fr", birth_name="Autre", first_names="Paul")
    store_db.database.execute_sql("ANALYZE candidate")
    reader = f.staff_session("read_only")
    monkeypatch.setattr(search, "SUBSTRING_SORT_LIMIT_PG", 5)
    search._KEY_STATS.clear()
    statements = []
    execute = store_db.database.obj.execute_sql
    monkeypatch.setattr(
        store_db.database.obj,
        "execute_sql",
        lambda sql, params=None, *a, **k: statements.append(sql) or execute(sql, params, *a, **k),
    )
    page = search.search(reader, "cqueli", limit=10)
    assert search._pg_rows_estimate("first_key", ["mariejacqueline"]) >= 35  # the statistics: all 40
    assert not any("count(*)" in s and "first_key" in s for s in statements)  # no count: many, for sure
    walked = [r.id for r in page.rows]
    monkeypatch.setattr(search, "_pg_rows_estimate", lambda column, keys: None)  # no statistics: counted
    statements.clear()
    assert [r.id for r in search.search(reader, "cqueli", limit=10).rows] == walked
    assert any("count(*)" in s and "first_key" in s for s in statements)
    assert len(walked) == 10 and all(r.first_names == "Marie-Jacqueline" for r in page.rows)
