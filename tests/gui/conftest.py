"""GUI fixtures: a small world on a fresh SQLite database, signed-in sessions, settings in a
temporary file, and the background task manager (shut down before the database closes)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from cyclades_desktop import secrets as core_secrets
from tests import factories


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _delete_windows_between_tests(qapp):
    """Destroy every window a test left, at a safe point.

    pytest-qt only calls deleteLater(); a window kept alive by its own lambda slots would
    otherwise die whenever Python's cycle collector runs next, possibly in the middle of a
    Qt call of the following test (seen as a rare segfault in QAction.setEnabled).
    """
    import gc

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    yield
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.unfreeze()  # MainWindow froze what existed when it opened (gc.freeze): let this test's go
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def tasks(qapp):
    from cyclades_desktop.gui import operations

    manager = operations.task_manager()
    yield manager
    operations.shutdown()


@pytest.fixture
def gui_settings(tmp_path):
    from cyclades_desktop.gui.settings import Settings

    return Settings.at(tmp_path / "settings.ini")


class FakeKeyring:
    """A keyring that works (the real one is `fail` in the tests: see tests/conftest.py)."""

    def __init__(self):
        self.saved: dict[str, str] = {}

    def status(self):
        return core_secrets.KeyringStatus(True, "ok", "Trousseau du système disponible.")

    def get(self, account):
        return self.saved.get(account)

    def put(self, account, secret):
        self.saved[account] = secret
        return core_secrets.KeyringStatus(True, "ok", "Mot de passe enregistré dans le trousseau du système.")

    def forget(self, account):
        self.saved.pop(account, None)


@pytest.fixture
def world(sqlite_db, frozen_now, tasks):
    """Nantes, an open session, Jeanne LEFÈVRE registered (identity locked), staff of each role."""
    return _world(sqlite_db)


@pytest.fixture
def any_world(db, frozen_now, tasks):
    """The same world on SQLite and on PostgreSQL (for the tests worth running on both)."""
    return _world(db)


def _world(url):
    w = factories.build_world()
    cid, new = factories.registered_candidate(w)
    other = factories.active_candidate(
        "paul.durand@example.fr",
        birth_name="Durand",
        first_names="Paul",
        birth_date=factories.identity()["birth_date"].replace(year=2007),
    )
    sessions = {
        role: factories.staff_session(role) for role in ("agent", "manager", "print_operator", "read_only")
    }
    return SimpleNamespace(
        world=w,
        url=url,
        candidate_id=cid,
        inscription=new,
        other_id=other,
        sessions=sessions,
        agent=sessions["agent"],
    )


def make_context(session, settings, secret_store=None, label="sqlite:///test.db", demo=False):
    from cyclades_desktop.gui.context import AppContext
    from cyclades_desktop.gui.credentials import SecretStore

    return AppContext(session, settings, secret_store or SecretStore(), label, demo=demo)


def wait_idle(qtbot, timeout=10_000):
    from cyclades_desktop.gui import operations

    qtbot.waitUntil(lambda: operations.task_manager().idle, timeout=timeout)


@pytest.fixture
def open_window(qtbot, gui_settings):
    """Open the main window for a session; returns the window once its first search is done."""
    from cyclades_desktop.gui.mainwindow import MainWindow

    windows = []

    def _open(session, **kw):
        window = MainWindow(make_context(session, gui_settings, **kw))
        qtbot.addWidget(window)
        window.show()
        wait_idle(qtbot)
        windows.append(window)
        return window

    yield _open
    for w in windows:
        w.idle_watcher.stop()


@pytest.fixture
def open_file(qtbot, open_window):
    """The candidate file of `candidate_id`, opened from the main window and loaded."""

    def _open(session, candidate_id):
        window = open_window(session)
        widget = window.open_candidate(candidate_id)
        qtbot.waitUntil(lambda: widget.file is not None, timeout=10_000)
        wait_idle(qtbot)
        return window, widget

    return _open


def gone(widget) -> bool:
    """Closed (dialogs delete themselves on close)."""
    import shiboken6

    return not shiboken6.isValid(widget) or not widget.isVisible()
