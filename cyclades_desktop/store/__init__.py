"""The shared database: connection, models, migrations and database-side guards."""

from __future__ import annotations


def connect(url=None, *, migrate: bool = True, backup: bool = True, check: bool = True):
    """Open the database at `url` and bring its schema up to date (or refuse a newer one).

    With migrate=False the schema must already be the application's: an older one raises
    DatabaseTooOld (its owner migrates it with `cyclades-admin init`), a newer one DatabaseTooNew.
    check=False opens it whatever its schema, for the one command that migrates it afterwards.
    """
    from cyclades_desktop.store import db, migrations

    database = db.open_database(url)
    try:
        if migrate:
            migrations.migrate(backup=backup)
        elif check:
            require_latest()
    except Exception:
        database.close()
        raise
    return database


def require_latest(database=None) -> int:
    """Refuse a schema other than the application's, newer (DatabaseTooNew) or older (DatabaseTooOld)."""
    from cyclades_desktop.errors import DatabaseTooOld
    from cyclades_desktop.store import migrations

    version = migrations.check_version(database)
    if version < migrations.LATEST:
        if version == 0:
            message = (
                "Cette base est vide : elle n'a pas encore été préparée pour Cyclades Desktop. "
                "L'administrateur de la base doit d'abord lancer « cyclades-admin init » ; rien n'a été modifié."
            )
        else:
            message = (
                f"Cette base est au schéma {version}, plus ancien que celui qu'attend cette version de "
                f"l'application ({migrations.LATEST}). L'administrateur de la base doit d'abord la mettre à "
                "jour en lançant « cyclades-admin init » ; rien n'a été modifié."
            )
        raise DatabaseTooOld(message, version, migrations.LATEST)
    return version
