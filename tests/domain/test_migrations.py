"""Migrations: idempotent, backed up, and a newer database refused with a clear message."""

import sqlite3

import pytest

from cyclades_desktop.errors import DatabaseTooNew, DatabaseUnavailable
from cyclades_desktop.store import connect, db as store_db, migrations
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


def test_unreachable_postgres_gets_a_french_message():
    with pytest.raises(DatabaseUnavailable, match="ne répond pas"):
        store_db.open_database("postgresql://nobody@127.0.0.1:1/nothing?connect_timeout=1")


@pytest.mark.parametrize("url, backend", [
    ("sqlite:////tmp/a.db", "sqlite"), ("sqlite:///tmp/a.db", "sqlite"), ("/tmp/a.db", "sqlite"),
    ("postgresql://marie@db.example:5433/cyclades", "postgresql"), ("postgres://h/x", "postgresql"),
])
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
