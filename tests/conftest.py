"""Shared fixtures: one fresh database per test, on SQLite and on a real PostgreSQL server.

The PostgreSQL server is started once per run (tests/support/postgres.py) when its binaries
are present; with CYCLADES_REQUIRE_POSTGRES=1 (set by .ci/run) their absence is an error.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported anywhere
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ.pop("CYCLADES_DATABASE_URL", None)

import pytest

from cyclades_desktop.domain import clock
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store import migrations
from tests.reliability.figures_hooks import pytest_configure, pytest_terminal_summary  # noqa: F401
from tests.support.hashing import use_cheapest_hashing
from tests.support.postgres import PostgresServer, find_bindir

use_cheapest_hashing()  # before any test hashes a password

BACKENDS = ["sqlite", "postgres"]
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server():
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CYCLADES_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL est requis (CYCLADES_REQUIRE_POSTGRES=1) mais initdb est introuvable.")
        pytest.skip("PostgreSQL n'est pas installé sur ce poste (apt-get install postgresql).")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    server = PostgresServer(bindir).start()
    with server.admin_connect() as conn:
        conn.execute("CREATE DATABASE cyclades_template")
    store_db.open_database(server.url("cyclades_template"))
    migrations.migrate()
    store_db.close_database()
    server.worker = worker
    yield server
    server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.db"
    store_db.open_database(f"sqlite:///{path}")
    migrations.migrate()
    store_db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store_db.close_database()
    return path


def fresh_database(backend: str, request, tmp_path):
    """Open a new, migrated database for one test and return its URL."""
    if backend == "sqlite":
        path = tmp_path / "cyclades.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        server = request.getfixturevalue("pg_server")
        name = f"t_{os.getpid()}_{next(_counter)}"
        with server.admin_connect() as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE cyclades_template")
        url = server.url(name)
        request.addfinalizer(lambda: _drop(server, name))
    store_db.open_database(url)
    return url


def _drop(server, name):
    store_db.close_database()
    with server.admin_connect() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=BACKENDS)
def backend(request):
    return request.param


@pytest.fixture
def db(backend, request, tmp_path):
    """A fresh migrated database on each backend; yields its URL."""
    url = fresh_database(backend, request, tmp_path)
    yield url
    store_db.close_database()


@pytest.fixture
def sqlite_db(request, tmp_path):
    url = fresh_database("sqlite", request, tmp_path)
    yield url
    store_db.close_database()


@pytest.fixture(autouse=True)
def _release_clock():
    clock.set_now(None)
    yield
    clock.set_now(None)


@pytest.fixture
def frozen_now():
    """Freeze the domain clock at a fixed instant inside the demo session's registration window."""
    start = dt.datetime(2026, 11, 2, 9, 0, 0)
    clock.set_now(start)
    return start
