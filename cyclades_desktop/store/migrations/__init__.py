"""Versioned migrations, run on both backends.

Each step runs in one transaction together with its version bump, and is idempotent (it
checks what exists), so a step interrupted or replayed never fails on "duplicate column".
The SQLite file is copied aside before any step runs on an existing database.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from pathlib import Path

from cyclades_desktop import __version__
from cyclades_desktop.errors import DatabaseTooNew
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import SchemaVersion

log = logging.getLogger(__name__)

# Each step is a fixed record of its change (its own SQL, never the current models): a released
# step never changes, every change is a new step (docs/schema.md).
STEPS = ("m0001_initial", "m0002_staff_roles_and_chain", "m0003_search_vocabularies_and_mention")
LATEST = len(STEPS)


def current_version(database=None) -> int:
    database = database or store_db.database
    if not database.table_exists("schema_version"):
        return 0
    row = SchemaVersion.select(SchemaVersion.version).order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def check_version(database=None) -> int:
    """Refuse a database migrated by a newer application; return its version."""
    version = current_version(database)
    if version > LATEST:
        raise DatabaseTooNew(
            f"Cette base est au schéma {version}, plus récent que celui de l'application "
            f"({LATEST}). Installez la dernière version de Cyclades Desktop avant de l'ouvrir ; "
            "rien n'a été modifié."
        )
    return version


def migrate(backup: bool = True) -> list[int]:
    """Bring the open database to LATEST; return the steps applied."""
    database = store_db.database
    version = check_version()
    applied: list[int] = []
    if version == LATEST:
        return applied
    if backup and not store_db.is_postgres() and (version > 0 or database.get_tables()):
        path = Path(database.database)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        store_db.sqlite_backup(path.with_name(f"{path.name}.v{version}-{stamp}.bak"))
    for number in range(version + 1, LATEST + 1):
        module = importlib.import_module(f"{__name__}.{STEPS[number - 1]}")
        with database.atomic():
            if store_db.is_postgres():
                database.execute_sql("SELECT pg_advisory_xact_lock(7262001)")
            if current_version() >= number:  # another workstation got there first
                continue
            module.up(database)
            SchemaVersion.delete().execute()
            migrated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)  # naive UTC, like domain.clock
            SchemaVersion.create(version=number, migrated_at=migrated_at, app_version=__version__)
        log.info("database migrated to schema %d", number)
        applied.append(number)
    return applied
