"""Connection to the shared database: embedded SQLite by default, PostgreSQL when shared.

Everything goes through the one `database` proxy, initialised by `open_database`, so that
each test (and each workstation) points the same models at its own database.
"""

from __future__ import annotations

import functools
import logging
import os
import random
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import peewee

from cyclades_desktop.errors import DatabaseUnavailable, ValidationError

log = logging.getLogger(__name__)

_PROXY_SLOT = peewee.DatabaseProxy.__dict__["obj"]
_thread = threading.local()


class _DatabaseProxy(peewee.DatabaseProxy):
    """The models' proxy; a thread may bind its own database (see `bind_thread`).

    Peewee already keeps one connection per thread for one database object; binding lets a
    thread use another object altogether: another role, as a second workstation would.
    """

    __slots__ = ()

    @property
    def obj(self):
        bound = getattr(_thread, "database", None)
        return bound if bound is not None else _PROXY_SLOT.__get__(self, type(self))

    @obj.setter
    def obj(self, value):
        _PROXY_SLOT.__set__(self, value)

    def __setattr__(self, attr, value):
        if attr not in ("obj", "_callbacks", "_Model"):
            raise AttributeError("Cannot set attribute on proxy.")
        object.__setattr__(self, attr, value)


database = _DatabaseProxy()


def bind_thread(db: peewee.Database | None) -> None:
    """Make this thread's queries use `db` (None: back to the shared database)."""
    _thread.database = db


@contextmanager
def thread_database(db: peewee.Database):
    previous = getattr(_thread, "database", None)
    bind_thread(db)
    try:
        yield db
    finally:
        bind_thread(previous)


def switch_database(db: peewee.Database) -> None:
    """Point this thread's binding, or the shared proxy, at `db` (after signing in as someone else)."""
    if getattr(_thread, "database", None) is not None:
        _thread.database = db
    else:
        database.initialize(db)


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

    def with_user(self, user: str, password: str | None) -> DatabaseUrl:
        return DatabaseUrl(
            self.backend, self.path, self.host, self.port, user, password, self.name, self.options
        )


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
            raise ValidationError(
                "L'adresse PostgreSQL doit nommer une base : postgresql://utilisateur@hôte:port/base."
            )
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


CONNECTION_LOST = (
    "La connexion au serveur PostgreSQL a été coupée pendant l'opération (serveur redémarré "
    "ou réseau interrompu). Rien n'a été enregistré : réessayez, la connexion sera rétablie."
)
COMMIT_LOST = (
    "La connexion au serveur PostgreSQL a été coupée au moment d'enregistrer : l'opération a pu "
    "aboutir ou non. Rechargez le dossier pour le vérifier avant de réessayer."
)
SQLITE_READ_ONLY = (
    "La base {path} est en lecture seule (fichier ou dossier protégé, support verrouillé) : "
    "rien n'a été enregistré et rien n'est perdu. Rétablissez le droit d'écriture puis réessayez."
)
SQLITE_FULL = (
    "Le disque de la base {path} est plein : rien n'a été enregistré et rien n'est perdu. "
    "Libérez de la place puis réessayez."
)
SQLITE_IO = (
    "Erreur d'entrée-sortie sur la base {path} (disque ou réseau) : l'opération a été annulée. "
    "Vérifiez le support puis réessayez ; si l'erreur persiste, prévenez l'assistance."
)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class PostgresDatabase(peewee.PostgresqlDatabase):
    """PostgreSQL that survives a server restart: a dead connection is replaced at the next action.

    A statement that finds the connection dead before anything was done (BEGIN, or a read
    outside a transaction) is replayed once on a new connection. A connection lost inside a
    transaction raises DatabaseUnavailable (the server rolled it back: nothing was written); one
    lost during COMMIT raises DatabaseUnavailable saying the outcome is unknown.
    """

    cyclades_url: DatabaseUrl | None = None
    _state: Any  # peewee's per-thread connection state, which its stubs leave out

    def connect(self, reuse_if_open=False):
        try:
            return super().connect(reuse_if_open)
        except peewee.OperationalError as exc:
            if self.cyclades_url is None:  # made outside make_database(): no address to tell
                raise
            raise connection_error(self.cyclades_url, exc) from exc

    def _lost(self) -> bool:
        conn = self._state.conn
        return not self._state.closed and conn is not None and bool(getattr(conn, "closed", False))

    def _forget_connection(self) -> None:
        """Drop a dead connection (outside a transaction) so that the next statement reconnects."""
        conn = self._state.conn
        self._state.reset()
        try:
            if conn is not None:
                conn.close()
        except Exception as exc:  # closing a connection already dead may fail: it is dropped anyway
            log.debug("closing the lost connection: %s", exc)
        log.warning("connexion PostgreSQL perdue : elle sera rétablie à la prochaine action")

    def cursor(self, named_cursor=None):
        if not self.in_transaction() and self._lost():
            self._forget_connection()
        return super().cursor(named_cursor)

    def begin(self, isolation_level=None):
        try:
            return super().begin(isolation_level)
        except (peewee.OperationalError, peewee.InterfaceError):
            if not self._lost():
                raise
            self._forget_connection()  # nothing had started: replay BEGIN on a new connection
            return super().begin(isolation_level)

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if not self._lost():
                raise
            if self.in_transaction():
                raise DatabaseUnavailable(CONNECTION_LOST, "connection_lost") from exc
            self._forget_connection()
            if sql.lstrip()[:6].upper() in ("SELECT", "SHOW"):
                return super().execute_sql(sql, params)  # a read: replaying it is harmless
            raise DatabaseUnavailable(CONNECTION_LOST, "connection_lost") from exc

    def execute_many(self, sql: str, rows: list) -> None:
        """One statement for many rows, pipelined by psycopg (not one round trip each), with
        the driver's errors as peewee's and a lost connection told as execute_sql tells it."""
        try:
            with peewee.__exception_wrapper__:  # type: ignore[attr-defined]  # peewee's driver-error translator, not in its stubs
                cursor = self.cursor()
                try:
                    cursor.executemany(sql, rows)
                finally:
                    cursor.close()
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if self._lost():
                raise DatabaseUnavailable(CONNECTION_LOST, "connection_lost") from exc
            raise

    def commit(self):
        try:
            return super().commit()
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if self._lost():
                raise DatabaseUnavailable(COMMIT_LOST, "commit_lost") from exc
            raise

    def rollback(self):
        if self._lost():
            return  # the server rolled the transaction back when the connection died
        return super().rollback()


class SqliteFileDatabase(peewee.SqliteDatabase):
    """SQLite whose read-only file, full disk or I/O error is told in French, nothing half-written."""

    cyclades_url: DatabaseUrl | None = None

    def _translate(self, exc: Exception) -> Exception | None:
        text = str(exc).lower()
        path = self.database
        if "readonly database" in text or "read-only" in text:
            return DatabaseUnavailable(SQLITE_READ_ONLY.format(path=path), "read_only")
        if "database or disk is full" in text:
            return DatabaseUnavailable(SQLITE_FULL.format(path=path), "disk_full")
        if "disk i/o error" in text:
            return DatabaseUnavailable(SQLITE_IO.format(path=path), "io_error")
        return None

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except peewee.OperationalError as exc:
            french = self._translate(exc)
            if french is None:
                raise
            raise french from exc

    def begin(self, lock_type=None):  # BEGIN IMMEDIATE already asks for the write lock
        try:
            return super().begin(lock_type)
        except peewee.OperationalError as exc:
            french = self._translate(exc)
            if french is None:
                raise
            raise french from exc

    def commit(self):
        try:
            return super().commit()
        except peewee.OperationalError as exc:
            french = self._translate(exc)
            if french is None:
                raise
            raise french from exc

    def rollback(self):
        try:
            return super().rollback()
        except peewee.OperationalError as exc:
            if "no transaction is active" in str(exc):
                return  # SQLite already rolled back (disk full, I/O error)
            raise


def make_database(url: DatabaseUrl) -> SqliteFileDatabase | PostgresDatabase:
    if url.backend == "sqlite":
        try:
            Path(url.path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a file where the folder should be, no right to create it
            raise connection_error(url, exc) from exc
        lite = SqliteFileDatabase(
            url.path, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", check_same_thread=False
        )
        lite.cyclades_url = url
        return lite
    params = dict(url.options)
    host = params.pop("host", url.host)  # ?host=/run/postgresql for a Unix socket
    db = PostgresDatabase(
        url.name,
        host=host,
        port=url.port,
        user=url.user or None,
        password=url.password,
        prefer_psycopg3=True,
        connect_timeout=int(params.pop("connect_timeout", 5)),
        application_name="cyclades-desktop",
        **params,
    )
    db.cyclades_url = url
    return db


def open_database(url: DatabaseUrl | str | None) -> peewee.Database:
    """Point the models at `url` and connect; raise DatabaseUnavailable in French if we cannot."""
    if not isinstance(url, DatabaseUrl):
        url = parse_url(url)
    db = make_database(url)
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise connection_error(url, exc) from exc
    switch_database(db)
    return db


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


def connection_error(url: DatabaseUrl, exc: Exception) -> DatabaseUnavailable:
    """A failed connection as DatabaseUnavailable: a French sentence and the kind of failure.

    libpq gives no SQLSTATE for a refused connection: its (English) message is read here, once,
    so that callers decide on `kind`, never on text.
    """
    text = str(exc)
    if url.backend == "sqlite":
        return DatabaseUnavailable(
            f"Impossible d'ouvrir la base {url.path} : {text}. "
            "Vérifiez que le dossier existe et que vous avez le droit d'y écrire.",
            "cannot_open",
        )
    where = f"{url.host}:{url.port}/{url.name}"
    if "password authentication failed" in text or "no password supplied" in text:
        return DatabaseUnavailable(
            f"PostgreSQL a refusé l'identifiant ou le mot de passe de « {url.user} » sur {where}.",
            "password_required",
        )
    if "is not permitted to log in" in text:
        return DatabaseUnavailable(
            f"Le compte PostgreSQL « {url.user} » n'a pas le droit de se connecter à {where} "
            "(compte désactivé ou verrouillé).",
            "login_refused",
        )
    if "does not exist" in text and "database" in text:
        return DatabaseUnavailable(
            f"La base « {url.name} » n'existe pas sur le serveur {url.host}:{url.port}.", "no_database"
        )
    detail = text.strip().splitlines()[0] if text.strip() else "sans détail"
    return DatabaseUnavailable(
        f"Le serveur PostgreSQL {url.host}:{url.port} ne répond pas ({detail}). "
        "Vérifiez le réseau et que le serveur est démarré, puis réessayez.",
        "unreachable",
    )


def backend() -> str:
    return "postgresql" if isinstance(database.obj, peewee.PostgresqlDatabase) else "sqlite"


def is_postgres() -> bool:
    return backend() == "postgresql"


retry_counts: dict[str, int] = {}  # why transactions were replayed, for the reliability figures
_retry_lock = threading.Lock()


def _count_retry(exc: BaseException) -> None:
    text = str(exc).lower()
    kind = (
        "deadlock"
        if "deadlock" in text
        else "serialization"
        if "serializ" in text
        else "sqlite_locked"
        if "database is locked" in text
        else "concurrent_insert"
        if "duplicate key" in text
        else "other"
    )
    with _retry_lock:
        retry_counts[kind] = retry_counts.get(kind, 0) + 1


UNIQUE_RACE_RETRIES = 2


def _is_retryable(exc: BaseException, attempt: int = 1) -> bool:
    cause = exc.__cause__ or exc.__context__ or exc
    sqlstate = getattr(cause, "sqlstate", None) or getattr(getattr(cause, "diag", None), "sqlstate", None)
    if sqlstate in ("40001", "40P01"):  # serialization failure, deadlock
        return True
    if sqlstate == "23505" and attempt <= UNIQUE_RACE_RETRIES:
        # READ COMMITTED: two transactions read « no version 2 yet » and both insert it; replayed,
        # the loser sees the winner's row (what SERIALIZABLE would report as 40001). A genuine
        # duplicate fails again the same way and is raised after these few replays.
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
                if attempt > retries or not _is_retryable(exc, attempt):
                    raise
                log.info("transaction retried after %s (attempt %d)", exc, attempt)
                _count_retry(exc)
                time.sleep(random.uniform(0.005, 0.05) * attempt)

    return wrapper


def sqlite_backup(dest: str | os.PathLike) -> None:
    """Online copy of the SQLite file (consistent even with WAL), used before migrations."""
    import sqlite3

    src = database.connection()
    with sqlite3.connect(str(dest)) as target:
        src.backup(target)
    target.close()
