"""Connection to the shared database: embedded SQLite by default, PostgreSQL when shared.

Everything goes through the one `database` proxy, initialised by `open_database`, so that
each test (and each workstation) points the same models at its own database.
"""

from __future__ import annotations

import functools
import logging
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import peewee

from cyclades_desktop.errors import DatabaseUnavailable, ValidationError

log = logging.getLogger(__name__)

database = peewee.DatabaseProxy()

APP_NAME = "cyclades-desktop"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "busy_timeout": 15000,
    "foreign_keys": 1,
    "synchronous": "normal",
    "cache_size": -65536,  # 64 MiB: search touches wide index ranges
    "temp_store": "memory",
}


@dataclass(frozen=True)
class DatabaseUrl:
    """A parsed database URL; `password` is never printed by `__str__`."""

    backend: str  # "sqlite" or "postgresql"
    path: str = ""  # SQLite file
    host: str = ""
    port: int = 5432
    user: str = ""
    password: str | None = None
    name: str = ""
    options: tuple = ()

    def __str__(self) -> str:
        if self.backend == "sqlite":
            return f"sqlite:///{self.path}"
        user = f"{self.user}@" if self.user else ""
        return f"postgresql://{user}{self.host}:{self.port}/{self.name}"

    @property
    def keyring_username(self) -> str:
        """The key under which the OS keyring holds this account's password."""
        return f"{self.user}@{self.host}:{self.port}/{self.name}"

    def with_user(self, user: str, password: str | None) -> "DatabaseUrl":
        return DatabaseUrl(self.backend, self.path, self.host, self.port, user, password,
                           self.name, self.options)


def default_sqlite_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "cyclades.db"


def demo_sqlite_path() -> Path:
    return default_sqlite_path().with_name("demo.db")


def parse_url(url: str | None) -> DatabaseUrl:
    """Parse `--database`/`CYCLADES_DATABASE_URL`; a bare path means an SQLite file."""
    if not url:
        return DatabaseUrl("sqlite", path=str(default_sqlite_path()))
    if "://" not in url:
        return DatabaseUrl("sqlite", path=str(Path(url).expanduser().resolve()))
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        # sqlite:///abs/path and sqlite:////abs/path both mean /abs/path; sqlite://rel/path is relative.
        path = unquote(parts.netloc + parts.path)
        if path.startswith("//"):
            path = path[1:]
        if not path:
            raise ValidationError("L'adresse SQLite ne désigne aucun fichier.")
        return DatabaseUrl("sqlite", path=str(Path(path).expanduser().resolve()))
    if scheme in ("postgres", "postgresql", "postgresql+psycopg"):
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ValidationError("L'adresse PostgreSQL doit nommer une base : postgresql://utilisateur@hôte:port/base.")
        try:
            port = parts.port or 5432
        except ValueError as exc:
            raise ValidationError("Le port de l'adresse PostgreSQL n'est pas un nombre.") from exc
        opts = tuple(sorted((k, v[-1]) for k, v in parse_qs(parts.query).items()))
        return DatabaseUrl(
            "postgresql",
            host=parts.hostname or "localhost",
            port=port,
            user=unquote(parts.username or ""),
            password=unquote(parts.password) if parts.password is not None else None,
            name=name,
            options=opts,
        )
    raise ValidationError(f"Type de base inconnu « {parts.scheme} » : utilisez sqlite:/// ou postgresql://.")


def make_database(url: DatabaseUrl) -> peewee.Database:
    if url.backend == "sqlite":
        Path(url.path).parent.mkdir(parents=True, exist_ok=True)
        return peewee.SqliteDatabase(url.path, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE",
                                     check_same_thread=False)
    params = dict(url.options)
    host = params.pop("host", url.host)  # ?host=/run/postgresql for a Unix socket
    return peewee.PostgresqlDatabase(
        url.name, host=host, port=url.port, user=url.user or None, password=url.password,
        prefer_psycopg3=True, connect_timeout=int(params.pop("connect_timeout", 5)),
        application_name="cyclades-desktop", **params,
    )


def open_database(url: DatabaseUrl | str | None) -> peewee.Database:
    """Point the models at `url` and connect; raise DatabaseUnavailable in French if we cannot."""
    if not isinstance(url, DatabaseUrl):
        url = parse_url(url)
    db = make_database(url)
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise DatabaseUnavailable(describe_connection_error(url, exc)) from exc
    database.initialize(db)
    db.cyclades_url = url
    return db


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


def describe_connection_error(url: DatabaseUrl, exc: Exception) -> str:
    text = str(exc)
    if url.backend == "sqlite":
        return (f"Impossible d'ouvrir la base {url.path} : {text}. "
                "Vérifiez que le dossier existe et que vous avez le droit d'y écrire.")
    if "password authentication failed" in text or "no password supplied" in text:
        return (f"PostgreSQL a refusé l'identifiant ou le mot de passe de « {url.user} » "
                f"sur {url.host}:{url.port}/{url.name}.")
    if "does not exist" in text and "database" in text:
        return f"La base « {url.name} » n'existe pas sur le serveur {url.host}:{url.port}."
    return (f"Le serveur PostgreSQL {url.host}:{url.port} ne répond pas ({text.strip().splitlines()[0] if text.strip() else 'sans détail'}). "
            "Vérifiez le réseau et que le serveur est démarré, puis réessayez.")


def backend() -> str:
    return "postgresql" if isinstance(database.obj, peewee.PostgresqlDatabase) else "sqlite"


def is_postgres() -> bool:
    return backend() == "postgresql"


def _is_retryable(exc: BaseException) -> bool:
    cause = exc.__cause__ or exc.__context__ or exc
    sqlstate = getattr(cause, "sqlstate", None) or getattr(getattr(cause, "diag", None), "sqlstate", None)
    if sqlstate in ("40001", "40P01"):  # serialization failure, deadlock
        return True
    return isinstance(exc, peewee.OperationalError) and "database is locked" in str(exc)


def transactional(func=None, *, retries: int = 4):
    """Run `func` in one transaction, retried a bounded number of times on serialization failures.

    Nested calls join the outer transaction: a service called by another service never commits
    half of the caller's work.
    """
    if func is None:
        return functools.partial(transactional, retries=retries)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if database.in_transaction():
            return func(*args, **kwargs)
        attempt = 0
        while True:
            try:
                with database.atomic():
                    return func(*args, **kwargs)
            except (peewee.OperationalError, peewee.InternalError, peewee.IntegrityError) as exc:
                attempt += 1
                if attempt > retries or not _is_retryable(exc):
                    raise
                log.info("transaction retried after %s (attempt %d)", exc, attempt)
                time.sleep(random.uniform(0.005, 0.05) * attempt)

    return wrapper


def sqlite_backup(dest: str | os.PathLike) -> None:
    """Online copy of the SQLite file (consistent even with WAL), used before migrations."""
    import sqlite3

    src = database.connection()
    with sqlite3.connect(str(dest)) as target:
        src.backup(target)
    target.close()
