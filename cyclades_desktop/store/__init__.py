"""The shared database: connection, models, migrations and database-side guards."""

from __future__ import annotations


def connect(url=None, *, migrate: bool = True, backup: bool = True):
    """Open the database at `url` and bring its schema up to date (or refuse a newer one)."""
    from cyclades_desktop.store import db, migrations

    database = db.open_database(url)
    try:
        if migrate:
            migrations.migrate(backup=backup)
        else:
            migrations.check_version()
    except Exception:
        database.close()
        raise
    return database
