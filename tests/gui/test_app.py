"""Start-up: the entry point, the smoke check, database errors in French, the PostgreSQL password,
the demo database, and the global exception hook."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import threading
import types
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from cyclades_desktop import errors
from cyclades_desktop.gui import app, credentials, errorhook, startup
from cyclades_desktop.gui.feedback import ErrorDialog
from cyclades_desktop.gui.operations import QueryOp
from cyclades_desktop.store import db as store_db
from tests import factories
from tests.gui.conftest import FakeKeyring

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def isolated_hooks(monkeypatch):
    """main() installs the exception hook and log handlers: give them back to pytest afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for h in root.handlers:
        if h not in handlers:
            h.close()
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
def database_errors(monkeypatch):
    shown = []
    monkeypatch.setattr(startup, "show_database_error", lambda exc, parent=None: shown.append(exc))
    return shown


def test_smoke_opens_the_database_and_exits_0(qapp, tmp_path, isolated_hooks, capsys):
    code = app.main(["--smoke", "--database", f"sqlite:///{tmp_path}/smoke.db", "--log-dir", str(tmp_path)])
    assert code == 0
    out = capsys.readouterr().out
    assert (
        "tout est en ordre" in out and f"{len(list((ROOT / 'ui').glob('*.ui')))} formulaires" in out
    )  # every form builds
    assert (tmp_path / "cyclades-desktop.log").exists()


def test_entry_point_runs_headless(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cyclades_desktop",
            "--smoke",
            "--database",
            f"sqlite:///{tmp_path}/smoke.db",
            "--log-dir",
            str(tmp_path),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "tout est en ordre" in result.stdout


def test_unreachable_database_gets_a_french_message_not_a_traceback(
    qapp, tmp_path, isolated_hooks, database_errors
):
    code = app.main(
        [
            "--database",
            "postgresql://cyclades@127.0.0.1:1/cyclades",
            "--log-dir",
            str(tmp_path),
            "--settings-file",
            str(tmp_path / "s.ini"),
        ]
    )
    assert code == app.EXIT_DATABASE
    (exc,) = database_errors
    assert isinstance(exc, errors.DatabaseUnavailable)
    assert "Le serveur PostgreSQL 127.0.0.1:1 ne répond pas" in str(exc)
    assert "Traceback" not in str(exc)


def test_a_newer_database_is_refused_with_what_to_do(qapp, tmp_path, isolated_hooks, database_errors):
    path = tmp_path / "newer.db"
    store_db.open_database(f"sqlite:///{path}")
    from cyclades_desktop.store import migrations

    migrations.migrate()
    store_db.close_database()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    code = app.main(
        [
            "--database",
            f"sqlite:///{path}",
            "--log-dir",
            str(tmp_path),
            "--settings-file",
            str(tmp_path / "s.ini"),
        ]
    )
    assert code == app.EXIT_DATABASE
    (exc,) = database_errors
    assert isinstance(exc, errors.DatabaseTooNew)
    assert "Installez la dernière version" in str(exc)


def test_demo_database_is_created_once_with_progress_and_its_accounts_shown(
    qapp, tmp_path, monkeypatch, isolated_hooks, frozen_now
):
    calls = []

    def generate(candidates, seed=1, progress=None):
        calls.append(candidates)
        world = factories.build_world()
        progress(1, 2, "Candidats")
        factories.registered_candidate(world)
        factories.staff_session("agent", "demo.agent")
        progress(2, 2, "Terminé")
        return types.SimpleNamespace(summary=lambda: "ok")

    fake = types.ModuleType("cyclades_desktop.domain.demo")
    fake.generate = generate
    fake.DEMO_STAFF = (("demo.agent", factories.STAFF_PASSWORD, "agent", "Agent Démo"),)
    monkeypatch.setitem(sys.modules, "cyclades_desktop.domain.demo", fake)
    import cyclades_desktop.domain as domain_pkg

    monkeypatch.setattr(domain_pkg, "demo", fake, raising=False)
    monkeypatch.setattr(store_db, "demo_sqlite_path", lambda: tmp_path / "data" / "demo.db")
    seen = []

    def fake_exec(dialog):
        seen.append([dialog.ui.demoTable.item(r, 0).text() for r in range(dialog.ui.demoTable.rowCount())])
        return QDialog.DialogCode.Rejected

    from cyclades_desktop.gui.signin import SignInDialog

    monkeypatch.setattr(SignInDialog, "exec", fake_exec)
    args = ["--demo", "--log-dir", str(tmp_path), "--settings-file", str(tmp_path / "s.ini")]
    assert app.main(args) == 0
    assert calls == [startup.DEMO_CANDIDATES]
    assert (tmp_path / "data" / "demo.db").exists() and not (tmp_path / "data" / "demo.db.partial").exists()
    assert seen == [["demo.agent"]]
    assert app.main(args) == 0
    assert calls == [startup.DEMO_CANDIDATES]  # created on first use only


@pytest.mark.postgres
def test_postgresql_password_is_asked_then_kept(qapp, pg_server, tasks, monkeypatch):
    url = store_db.parse_url(pg_server.url("cyclades_template")).with_user(pg_server.user, None)
    asked = []

    def fake_exec(dialog):
        asked.append(dialog.ui.serverValue.text())
        dialog.ui.passwordEdit.setText(pg_server.password)
        dialog.ui.rememberCheck.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(startup.DatabasePasswordDialog, "exec", fake_exec)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    for store, where in (
        (credentials.SecretStore(), "memory"),
        (credentials.SecretStore(FakeKeyring()), "keyring"),
    ):
        asked.clear()
        opened = startup.open_database(url, store)
        assert opened is not None and opened.password == pg_server.password
        assert asked == [f"127.0.0.1:{pg_server.port}/cyclades_template"]
        assert store.in_memory(url.keyring_username) == (where == "memory")
        # the next start finds it without asking
        asked.clear()
        assert startup.open_database(url, store) is not None
        assert asked == []
    tasks.run_on_worker(store_db.close_database)


def test_only_a_refused_password_makes_the_workstation_ask_for_one(qapp, pg_server, tasks, monkeypatch):
    """The decision reads DatabaseUnavailable.kind: a wrong password asks again, a missing base does not."""
    asked = []

    def fake_exec(dialog):
        asked.append(dialog.ui.errorLabel.text())
        dialog.ui.passwordEdit.setText(pg_server.password)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(startup.DatabasePasswordDialog, "exec", fake_exec)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    wrong = store_db.parse_url(pg_server.url("cyclades_template", password="not-the-password"))
    assert startup.open_database(wrong, credentials.SecretStore()) is not None
    assert len(asked) == 1 and "refusé l'identifiant ou le mot de passe" in asked[0]
    tasks.run_on_worker(store_db.close_database)
    asked.clear()
    missing = store_db.parse_url(pg_server.url("no_such_base"))
    with pytest.raises(errors.DatabaseUnavailable) as refused:
        startup.open_database(missing, credentials.SecretStore())
    assert refused.value.kind == "no_database" and asked == []
    # the kind decides, whatever the sentence says
    assert startup._is_auth_failure(
        wrong, errors.DatabaseUnavailable("Texte quelconque.", "password_required")
    )
    assert not startup._is_auth_failure(
        wrong, errors.DatabaseUnavailable("… refusé l'identifiant …", "unreachable")
    )


def test_unexpected_errors_are_logged_and_shown(qtbot, tmp_path, isolated_hooks, tasks):
    log_file = errorhook.setup_logging(tmp_path)

    def broken(_result):
        raise RuntimeError("bogue de démonstration")

    QueryOp(parent=None, op=lambda: 1, success=broken).run_in_background()
    qtbot.waitUntil(
        lambda: any(isinstance(w, ErrorDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible())
    assert "RuntimeError: bogue de démonstration" in dialog.ui.summaryLabel.text()
    assert "Traceback" in dialog.ui.detailsEdit.toPlainText()
    assert str(log_file) in dialog.ui.logLabel.text()
    for h in logging.getLogger().handlers:
        h.flush()
    assert "bogue de démonstration" in log_file.read_text(encoding="utf-8")
    dialog.accept()


def test_errors_of_other_threads_reach_the_dialog(qtbot, tmp_path, isolated_hooks):
    errorhook.setup_logging(tmp_path)
    errorhook.install()

    def boom():
        raise ValueError("dans un autre fil")

    thread = threading.Thread(target=boom)
    thread.start()
    thread.join()
    qtbot.waitUntil(
        lambda: any(isinstance(w, ErrorDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible())
    assert "dans un autre fil" in dialog.ui.summaryLabel.text()
    dialog.accept()


@pytest.mark.postgres
def test_an_outdated_shared_database_is_not_migrated_by_a_workstation(qapp, pg_server, tasks):
    from cyclades_desktop.store import migrations

    name = f"t_old_{os.getpid()}"
    with pg_server.admin_connect() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name} TEMPLATE cyclades_template")
    try:
        with pg_server.admin_connect(name) as conn:
            conn.execute("UPDATE schema_version SET version = %s", (migrations.LATEST - 1,))
        url = store_db.parse_url(pg_server.url(name))
        with pytest.raises(errors.DatabaseTooOld) as refused:
            startup.open_database(url, credentials.SecretStore())
        assert "cyclades-admin init" in str(refused.value)
        assert refused.value.kind == "schema_too_old"
        with pg_server.admin_connect(name) as conn:
            assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == migrations.LATEST - 1
    finally:
        tasks.run_on_worker(store_db.close_database)
        with pg_server.admin_connect() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
