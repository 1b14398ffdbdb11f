"""Migrations: idempotent, backed up, and a newer database refused with a clear message."""

import sqlite3

import pytest

from cyclades_desktop.errors import DatabaseTooNew, DatabaseTooOld, DatabaseUnavailable
from cyclades_desktop.store import connect, migrations
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import SchemaVersion


def test_fresh_database_is_created_at_the_latest_schema(tmp_path):
    connect(f"sqlite:///{tmp_path}/new.db")
    assert migrations.current_version() == migrations.LATEST
    assert migrations.migrate() == []  # nothing left to do
    store_db.close_database()


def test_replaying_a_step_is_harmless(db):
    module = __import__("cyclades_desktop.store.migrations.m0001_initial", fromlist=["up"])
    with store_db.database.atomic():
        module.up(store_db.database)  # every statement checks what exists
    assert migrations.current_version() == migrations.LATEST


def test_newer_database_is_refused_and_left_untouched(db):
    SchemaVersion.update(version=migrations.LATEST + 1).execute()
    with pytest.raises(DatabaseTooNew, match="plus récent"):
        migrations.migrate()
    assert migrations.current_version() == migrations.LATEST + 1


def test_sqlite_file_is_backed_up_before_migrating(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    connect(f"sqlite:///{path}")
    SchemaVersion.update(version=0).execute()
    store_db.close_database()
    connect(f"sqlite:///{path}")
    backups = list(tmp_path.glob("old.db.v0-*.bak"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("select version from schema_version").fetchone() == (0,)
    store_db.close_database()


def test_opening_without_migrating_refuses_an_older_schema_and_leaves_it(db):
    """What a workstation does on a shared base: it never migrates it, it says who must."""
    SchemaVersion.update(version=migrations.LATEST - 1).execute()
    store_db.close_database()
    with pytest.raises(DatabaseTooOld, match="cyclades-admin init") as refused:
        connect(db, migrate=False)
    assert isinstance(refused.value, DatabaseUnavailable) and refused.value.kind == "schema_too_old"
    assert (refused.value.version, refused.value.expected) == (migrations.LATEST - 1, migrations.LATEST)
    assert f"schéma {migrations.LATEST - 1}, plus ancien" in str(refused.value)
    connect(db, migrate=False, check=False)  # what `cyclades-admin init` opens before migrating
    assert migrations.current_version() == migrations.LATEST - 1
    SchemaVersion.update(version=migrations.LATEST + 1).execute()
    store_db.close_database()
    with pytest.raises(DatabaseTooNew):
        connect(db, migrate=False)
    connect(db, migrate=False, check=False)
    SchemaVersion.update(version=migrations.LATEST).execute()
    store_db.close_database()
    connect(db, migrate=False)  # the application's own schema opens


def test_opening_an_empty_base_without_migrating_says_it_is_not_prepared(tmp_path):
    with pytest.raises(DatabaseTooOld, match="vide") as refused:
        connect(f"sqlite:///{tmp_path}/empty.db", migrate=False)
    assert refused.value.version == 0


def test_unreachable_postgres_gets_a_french_message():
    with pytest.raises(DatabaseUnavailable, match="ne répond pas") as refused:
        store_db.open_database("postgresql://nobody@127.0.0.1:1/nothing?connect_timeout=1")
    assert refused.value.kind == "unreachable"


def test_an_sqlite_file_that_cannot_be_opened_has_its_kind(tmp_path):
    (tmp_path / "plain-file").write_text("not a folder")
    with pytest.raises(DatabaseUnavailable, match="Impossible d'ouvrir") as refused:
        store_db.open_database(f"sqlite:///{tmp_path}/plain-file/cyclades.db")
    assert refused.value.kind == "cannot_open"


def test_refused_postgres_connections_say_why_by_kind(pg_server):
    """The GUI asks for a password on `password_required` only: the kind, not the sentence, decides."""
    cases = [
        (
            pg_server.url("postgres", password="wrong"),
            "password_required",
            "refusé l'identifiant ou le mot de passe",
        ),
        (
            pg_server.url("postgres", password=""),
            "password_required",
            "refusé l'identifiant ou le mot de passe",
        ),
        (pg_server.url("nothing_here"), "no_database", "n'existe pas"),
        (
            pg_server.url("postgres", user="cannot_log_in", password="long-enough-pw"),
            "login_refused",
            "pas le droit de se connecter",
        ),
    ]
    with pg_server.admin_connect() as conn:
        conn.execute("DROP ROLE IF EXISTS cannot_log_in")
        conn.execute("CREATE ROLE cannot_log_in NOLOGIN PASSWORD 'long-enough-pw'")
    try:
        for url, kind, text in cases:
            with pytest.raises(DatabaseUnavailable) as refused:
                store_db.open_database(url)
            assert (refused.value.kind, text in str(refused.value)) == (kind, True), str(refused.value)
    finally:
        with pg_server.admin_connect() as conn:
            conn.execute("DROP ROLE IF EXISTS cannot_log_in")


def test_an_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError):
        DatabaseUnavailable("Base indisponible.", "no_such_kind")


@pytest.mark.parametrize(
    "url, backend",
    [
        ("sqlite:////tmp/a.db", "sqlite"),
        ("sqlite:///tmp/a.db", "sqlite"),
        ("/tmp/a.db", "sqlite"),
        ("postgresql://marie@db.example:5433/cyclades", "postgresql"),
        ("postgres://h/x", "postgresql"),
    ],
)
def test_urls(url, backend):
    parsed = store_db.parse_url(url)
    assert parsed.backend == backend
    if backend == "sqlite":
        assert parsed.path == "/tmp/a.db"
    else:
        assert "@" not in str(parsed) or "marie@" in str(parsed)


@pytest.mark.parametrize("url", ["mysql://x/y", "postgresql://host:99999/x", "postgresql://host/"])
def test_bad_urls_are_refused_in_french(url):
    from cyclades_desktop.errors import ValidationError

    with pytest.raises(ValidationError):
        store_db.parse_url(url)
