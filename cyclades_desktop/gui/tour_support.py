"""What the screenshot tours of the documentation share (gui/admin/tour.py, gui/documents/tour.py).

A tour runs the real application on the demo database under Xvfb, signs the demo staff in and
drives each screen as a user would, saving PNGs for docs/screenshots. Tools for the
documentation, never run by the application itself.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from pathlib import Path

SIZE = (1320, 820)


def settle(ms: int = 350) -> None:
    """Let Qt paint and deliver what is queued, for `ms` milliseconds."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def closed(widget) -> bool:
    import shiboken6

    return not shiboken6.isValid(widget) or not widget.isVisible()


def idle() -> bool:
    from cyclades_desktop.gui.operations import task_manager

    return task_manager().idle


def wait_until(condition, timeout: float = 120.0, what: str = "") -> None:
    """Wait for `condition`, then for the database worker to be idle: a screen often reads twice
    (its choices, then its rows), and a capture taken between the two shows an empty table."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"screenshot tour: waited {timeout:.0f} s for {what or condition}")
        QApplication.processEvents()
        time.sleep(0.01)
    settle(150)
    while not idle():
        QApplication.processEvents()
        time.sleep(0.01)


class Tour:
    """The demo database opened, the staff's demo accounts, and the saving of captures."""

    def __init__(self, out: Path):
        self.out = out
        self.out.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []

    def open_demo(self) -> None:
        from cyclades_desktop.domain import demo
        from cyclades_desktop.gui import credentials, startup
        from cyclades_desktop.gui import settings as settings_mod
        from cyclades_desktop.store import db as store_db

        url = store_db.parse_url(str(startup.ensure_demo_database()))
        self.secrets = credentials.SecretStore()
        startup.open_database(url, self.secrets)
        self.accounts = {role: (login, password) for login, password, role, _name in demo.DEMO_STAFF}
        self.scratch = Path(tempfile.mkdtemp(prefix="cyclades-tour-"))
        self.settings = settings_mod.Settings.at(self.scratch / "settings.ini")
        self.label = "sqlite (démonstration)"

    def open_window(self, role: str):
        """The main window of the demo account of `role`, signed in, shown and settled."""
        from cyclades_desktop.domain import staff
        from cyclades_desktop.gui import startup
        from cyclades_desktop.gui.context import AppContext
        from cyclades_desktop.gui.mainwindow import MainWindow

        login, password = self.accounts[role]
        session = startup.wait_for(lambda: staff.sign_in(login, password))
        window = MainWindow(AppContext(session, self.settings, self.secrets, self.label, demo=True))
        window.resize(*SIZE)
        window.move(20, 20)
        window.show()
        wait_until(idle, what="first search")
        settle(600)
        return window

    def close_window(self, window) -> None:
        window.idle_watcher.stop()
        window.close()
        window.deleteLater()
        settle(200)

    def shot(self, widget, name: str) -> None:
        settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        print(f"  {path}")

    def shot_screen(self, rect, name: str) -> None:
        from PySide6.QtGui import QGuiApplication

        settle()
        path = self.out / f"{name}.png"
        QGuiApplication.primaryScreen().grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height()).save(
            str(path)
        )
        self.saved.append(path)
        print(f"  {path}")

    def shot_menu(self, window, menu, name: str, min_width: int) -> None:
        """A menu of the menu bar, opened, with the top of the window it drops from."""
        from PySide6.QtCore import QRect

        menu.popup(window.mapToGlobal(window.menuBar().actionGeometry(menu.menuAction()).bottomLeft()))
        settle(500)
        top_left = window.frameGeometry().topLeft()
        geo = menu.geometry()
        self.shot_screen(
            QRect(
                top_left.x(),
                top_left.y(),
                max(geo.right() - top_left.x() + 40, min_width),
                geo.bottom() - top_left.y() + 40,
            ),
            name,
        )
        menu.hide()


def main(tour_class, doc: str, argv=None) -> int:
    """The command line of a tour: `python -m <its module> [output dir]`, under Xvfb."""
    import argparse
    import os

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    from cyclades_desktop.gui import app as app_mod
    from cyclades_desktop.gui import errorhook, operations
    from cyclades_desktop.store import db as store_db

    app_mod._make_app(sys.argv[0], headless=False)
    errorhook.install()
    try:
        return tour_class(args.out).run()
    finally:
        operations.shutdown()
        store_db.close_database()
