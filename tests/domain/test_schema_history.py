"""The schema history is frozen: a base of every released version, upgraded as its owner would,
equals a base made today, and a released step never changes.

The bases are real ones made by each version's own code (tests/fixtures/schema/, built by
make_release_fixtures.py): a SQLite file and a pg_dump restored into a fresh PostgreSQL database.
Each is upgraded by today's `cyclades-admin init` (and `pg-setup` on PostgreSQL, as
docs/deployment.md has the owner do), then its fingerprint (tests/support/schema.py) is compared
with that of a base that today's `init` (+ `pg-setup`) made from nothing.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import psycopg
import pytest

from cyclades_desktop import cli
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store import migrations, models
from tests.support.schema import differences, pg_fingerprint, sqlite_fingerprint

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"
RELEASES = json.loads((FIXTURES / "releases.json").read_text())
MIGRATIONS = Path(migrations.__file__).parent

# A released step never changes: its SHA-256 is recorded here when it is released.
FROZEN_STEPS = {
    "m0001_initial.py": "2b05eda0283549acb32b690143b74c9c658aa6f516e6141faf668250d7191f78",
    "m0002_staff_roles_and_chain.py": "5559ddc00c0e545a817e985fcba09e903a735a9b32fa6080dbda43346e8b67ea",
    "m0003_search_vocabularies_and_mention.py": "ee4d110ff2c4b1bbba96e92ae6d35459569346498356489dcbdc82a99ef25d58",
}

# Columns a step adds that no model declares, on purpose (read through SQL only).
UNDECLARED_COLUMNS = {("staff_user", "db_role")}


def _cli(url: str, *args: str) -> None:
    try:
        assert cli.main(["--database", url, *args]) == 0, args
    finally:
        store_db.close_database()


def _report(got: dict, want: dict) -> str:
    lines = differences(got, want)
    return "\n".join(lines[:40]) + (f"\n… et {len(lines) - 40} autres" if len(lines) > 40 else "")


# ------------------------------------------------------------------------------------ SQLite


@pytest.fixture(scope="module")
def fresh_sqlite(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fresh") / "fresh.db"
    _cli(f"sqlite:///{path}", "init")
    return path


@pytest.mark.parametrize("name", sorted(RELEASES))
def test_an_sqlite_base_of_each_release_upgrades_to_todays_schema(name, fresh_sqlite, tmp_path, capsys):
    path = tmp_path / f"{name}.db"  # the fixture itself is never opened: WAL would write beside it
    shutil.copy(FIXTURES / f"{name}.sqlite", path)
    before = sqlite3.connect(path)
    candidates = before.execute("SELECT count(*) FROM candidate").fetchone()[0]
    first_keys = {r[0] for r in before.execute("SELECT DISTINCT first_key FROM candidate")}
    before.close()
    if name.startswith("prerelease"):  # what m0003 is for: the test sees it before the upgrade
        assert differences(sqlite_fingerprint(path), sqlite_fingerprint(fresh_sqlite))
    _cli(f"sqlite:///{path}", "init")
    got, want = sqlite_fingerprint(path), sqlite_fingerprint(fresh_sqlite)
    assert got == want, f"{name} (SQLite) migré ≠ base neuve :\n{_report(got, want)}"
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(migrations.LATEST,)]
    assert conn.execute("SELECT count(*) FROM candidate").fetchone()[0] == candidates
    assert {r[0] for r in conn.execute("SELECT key FROM first_vocab")} >= first_keys
    conn.close()
    capsys.readouterr()
    _cli(f"sqlite:///{path}", "audit", "verify")  # the release's journal still verifies
    assert "Journal intègre" in capsys.readouterr().out


def test_the_sqlite_fingerprint_sees_a_dropped_index_and_a_changed_trigger(fresh_sqlite, tmp_path):
    path = tmp_path / "changed.db"
    shutil.copy(fresh_sqlite, path)
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX candidate_birth_date_first_key")
    conn.commit()
    conn.close()
    lines = differences(sqlite_fingerprint(path), sqlite_fingerprint(fresh_sqlite))
    assert lines and all("candidate_birth_date_first_key" in line for line in lines), lines
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TRIGGER audit_event_no_delete;"
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN SELECT 1; END;"
    )
    conn.close()
    lines = differences(sqlite_fingerprint(path), sqlite_fingerprint(fresh_sqlite))
    assert any("audit_event_no_delete" in line for line in lines), lines


def test_m0003_widens_a_narrow_mention_on_sqlite_and_keeps_the_rows(fresh_sqlite, tmp_path):
    """A schema-2 file declaring mention VARCHAR(20), as bases made before commit a36d7c5 did."""
    path = tmp_path / "narrow.db"
    shutil.copy(fresh_sqlite, path)
    conn = sqlite3.connect(path)
    conn.executescript(
        "PRAGMA writable_schema = ON;"
        "UPDATE sqlite_master SET sql = replace(sql, '\"mention\" VARCHAR(40)', '\"mention\" VARCHAR(20)')"
        " WHERE name = 'result';"
        "PRAGMA writable_schema = OFF;"
        "UPDATE schema_version SET version = 2;"
    )
    conn.close()
    assert sqlite_fingerprint(path) != sqlite_fingerprint(fresh_sqlite)
    _cli(f"sqlite:///{path}", "init")
    got, want = sqlite_fingerprint(path), sqlite_fingerprint(fresh_sqlite)
    assert got == want, _report(got, want)


# -------------------------------------------------------------------------------- PostgreSQL


def _create(server, name: str) -> str:
    with server.admin_connect() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return server.url(name)


def _drop(server, name: str) -> None:
    with server.admin_connect() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _pg_print(server, name: str) -> dict:
    with psycopg.connect(server.url(name)) as conn:
        return pg_fingerprint(conn)


@pytest.fixture(scope="module")
def fresh_pg(pg_server):
    """A base that today's init and pg-setup made from nothing (the group roles exist after it)."""
    name = "schema_history_fresh"
    url = _create(pg_server, name)
    _cli(url, "init")
    _cli(url, "pg-setup")
    yield name
    _drop(pg_server, name)


def _restore(server, fixture: str, name: str) -> str:
    url = _create(server, name)
    # pg_dump 15.14+ fences its output with \restrict lines, which an older psql does not know
    dump = "".join(
        line
        for line in fixture.read_text().splitlines(keepends=True)
        if not line.startswith(("\\restrict", "\\unrestrict"))
    )
    subprocess.run(
        [str(server.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url],
        input=dump,
        check=True,
        capture_output=True,
        text=True,
    )
    return url


@pytest.mark.parametrize("name", sorted(RELEASES))
def test_a_postgres_base_of_each_release_upgrades_to_todays_schema(name, pg_server, fresh_pg, capsys):
    dbname = f"schema_history_{name}"
    url = _restore(pg_server, FIXTURES / f"{name}.pg.sql", dbname)
    try:
        with psycopg.connect(url) as conn:
            candidates = conn.execute("SELECT count(*) FROM candidate").fetchone()[0]
            assert conn.execute("SELECT version FROM schema_version").fetchall() == [(2,)]
        if name.startswith("prerelease"):
            assert differences(_pg_print(pg_server, dbname), _pg_print(pg_server, fresh_pg))
        _cli(url, "init")  # migrates, and re-applies pg-setup where it had run
        _cli(url, "pg-setup")  # what the owner runs after an upgrade (docs/deployment.md)
        got, want = _pg_print(pg_server, dbname), _pg_print(pg_server, fresh_pg)
        assert got == want, f"{name} (PostgreSQL) migré ≠ base neuve :\n{_report(got, want)}"
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT version FROM schema_version").fetchall() == [(migrations.LATEST,)]
            assert conn.execute("SELECT count(*) FROM candidate").fetchone()[0] == candidates
            assert conn.execute(
                "SELECT count(*) FROM (SELECT DISTINCT first_key FROM candidate) c "
                "WHERE first_key NOT IN (SELECT key FROM first_vocab)"
            ).fetchone() == (0,)
        capsys.readouterr()
        _cli(url, "audit", "verify")
        assert "Journal intègre" in capsys.readouterr().out
    finally:
        store_db.close_database()
        _drop(pg_server, dbname)


def test_the_postgres_fingerprint_sees_an_index_a_grant_a_function_and_a_width(pg_server, fresh_pg):
    dbname = "schema_history_changed"
    with pg_server.admin_connect() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {dbname} TEMPLATE {fresh_pg}")
    want = _pg_print(pg_server, fresh_pg)
    changes = {
        "DROP INDEX candidate_birth_date_first_key": "candidate_birth_date_first_key",
        "REVOKE SELECT ON mark FROM cyclades_read_only": "cyclades_read_only",
        "CREATE OR REPLACE FUNCTION cyclades_audit_db_role() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RETURN NEW; END $$": "cyclades_audit_db_role",
        "ALTER TABLE result ALTER COLUMN mention TYPE VARCHAR(20)": "mention",
        "DROP POLICY accommodation_print ON accommodation": "accommodation_print",
    }
    try:
        for sql, seen in changes.items():
            with psycopg.connect(pg_server.url(dbname), autocommit=True) as conn:
                conn.execute(sql)
            lines = differences(_pg_print(pg_server, dbname), want)
            assert any(seen in line for line in lines), (sql, lines)
    finally:
        _drop(pg_server, dbname)


def test_m0003_widens_a_narrow_mention_on_postgres(pg_server, fresh_pg):
    dbname = "schema_history_narrow"
    with pg_server.admin_connect() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {dbname} TEMPLATE {fresh_pg}")
    try:
        with psycopg.connect(pg_server.url(dbname), autocommit=True) as conn:
            conn.execute("ALTER TABLE result ALTER COLUMN mention TYPE VARCHAR(20)")
            conn.execute("UPDATE schema_version SET version = 2")
        _cli(pg_server.url(dbname), "init")
        got, want = _pg_print(pg_server, dbname), _pg_print(pg_server, fresh_pg)
        assert got == want, _report(got, want)
    finally:
        _drop(pg_server, dbname)


# ----------------------------------------------------------------------- the models and steps


def _models_create(url: str) -> None:
    store_db.open_database(url)
    try:
        store_db.database.create_tables(models.ALL_MODELS)
    finally:
        store_db.close_database()


def _model_base(backend: str, tmp_path, pg_server=None) -> tuple[dict, dict]:
    """The fingerprint of a base the Peewee models create themselves, and of today's migrated one."""
    if backend == "sqlite":
        declared, migrated = tmp_path / "models.db", tmp_path / "migrated.db"
        _models_create(f"sqlite:///{declared}")
        _cli(f"sqlite:///{migrated}", "init")
        return sqlite_fingerprint(declared), sqlite_fingerprint(migrated)
    names = ("schema_history_models", "schema_history_migrated")
    try:
        _models_create(_create(pg_server, names[0]))
        _cli(_create(pg_server, names[1]), "init")
        return _pg_print(pg_server, names[0]), _pg_print(pg_server, names[1])
    finally:
        for name in names:
            _drop(pg_server, name)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_the_models_declare_exactly_the_columns_of_the_latest_step(backend, tmp_path, request):
    """A model edited without a new step fails here: same tables, columns, types, nullability."""
    pg_server = request.getfixturevalue("pg_server") if backend == "postgres" else None
    declared, migrated = _model_base(backend, tmp_path, pg_server)
    tables = {m._meta.table_name for m in models.ALL_MODELS}
    if backend == "sqlite":
        cols = lambda fp: {(c[0], c[1], c[2], c[3]) for c in fp["columns"] if c[0] in tables}  # noqa: E731
        idx = lambda fp: {(i[0], i[1], i[2], i[5]) for i in fp["indexes"] if i[0] in tables}  # noqa: E731
    else:
        cols = lambda fp: {c[:7] for c in fp["columns"] if c[0] in tables}  # noqa: E731
        idx = lambda fp: {i for i in fp["indexes"] if i[0] in tables}  # noqa: E731
    undeclared = {c for c in cols(migrated) - cols(declared) if c[:2] in UNDECLARED_COLUMNS}
    assert cols(migrated) - undeclared == cols(declared), (
        "les modèles et la dernière étape de migration divergent : une modification de modèle demande une "
        f"nouvelle étape (docs/schema.md)\nmodèles seuls : {sorted(cols(declared) - cols(migrated))}\n"
        f"migrations seules : {sorted(cols(migrated) - cols(declared) - undeclared)}"
    )
    missing = idx(declared) - idx(migrated)
    assert not missing, f"index déclarés par les modèles qu'aucune étape ne crée : {sorted(missing)}"


def test_a_released_step_never_changes():
    for step, recorded in FROZEN_STEPS.items():
        digest = hashlib.sha256((MIGRATIONS / step).read_bytes()).hexdigest()
        assert digest == recorded, (
            f"{step} a changé (SHA-256 {digest}) : a released migration never changes; add a new step "
            "(docs/schema.md)."
        )
    assert set(FROZEN_STEPS) <= {f"{s}.py" for s in migrations.STEPS}


def _replay_every_step(url: str) -> None:
    store_db.open_database(url)
    try:
        for step in migrations.STEPS:
            module = importlib.import_module(f"{migrations.__name__}.{step}")
            with store_db.database.atomic():
                module.up(store_db.database)
    finally:
        store_db.close_database()


def test_replaying_every_step_changes_nothing_on_sqlite(fresh_sqlite, tmp_path):
    """What the module docstring promises: a step interrupted or replayed never fails nor differs."""
    path = tmp_path / "replayed.db"
    shutil.copy(fresh_sqlite, path)
    _replay_every_step(f"sqlite:///{path}")
    got, want = sqlite_fingerprint(path), sqlite_fingerprint(fresh_sqlite)
    assert got == want, _report(got, want)


def test_replaying_every_step_changes_nothing_on_postgres(pg_server, fresh_pg):
    dbname = "schema_history_replayed"
    with pg_server.admin_connect() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {dbname} TEMPLATE {fresh_pg}")
    try:
        _replay_every_step(pg_server.url(dbname))
        got, want = _pg_print(pg_server, dbname), _pg_print(pg_server, fresh_pg)
        assert got == want, _report(got, want)
    finally:
        _drop(pg_server, dbname)
