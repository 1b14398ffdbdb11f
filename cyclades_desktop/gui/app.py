"""Entry point of the desktop application (`cyclades-desktop`, `python -m cyclades_desktop`).

cyclades-desktop                      # the database of this workstation (or CYCLADES_DATABASE_URL)
cyclades-desktop --database URL       # sqlite:///chemin.db or postgresql://utilisateur@hôte/base
cyclades-desktop --demo               # the demo database, created on first use
cyclades-desktop --smoke [--database URL]   # open and check, no window, exit 0 (bundle check)
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from cyclades_desktop import __version__

log = logging.getLogger(__name__)

EXIT_OK, EXIT_DATABASE, EXIT_SMOKE_FAILED, EXIT_UNEXPECTED = 0, 2, 3, 70


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cyclades-desktop", description="Poste de travail du service des examens (Cyclades)."
    )
    p.add_argument(
        "--database",
        metavar="URL",
        help="base à ouvrir : sqlite:///chemin.db ou postgresql://utilisateur@hôte:port/base "
        "(défaut : CYCLADES_DATABASE_URL, sinon la base locale de ce poste)",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="ouvrir la base de démonstration (créée au premier lancement) et afficher ses comptes",
    )
    p.add_argument(
        "--smoke",
        action="store_true",
        help="ouvrir la base et vérifier l'installation sans afficher de fenêtre, puis quitter (code 0 si tout va bien)",
    )
    p.add_argument(
        "--screenshot-dir",
        metavar="DOSSIER",
        type=Path,
        help="parcourir les écrans principaux (compte de démonstration) et les enregistrer en PNG, puis quitter",
    )
    p.add_argument("--settings-file", metavar="FICHIER", type=Path, help=argparse.SUPPRESS)
    p.add_argument(
        "--log-dir", metavar="DOSSIER", type=Path, help="dossier du journal (défaut : celui de l'utilisateur)"
    )
    p.add_argument("--version", action="version", version=f"Cyclades Desktop {__version__}")
    return p


def _make_app(argv0: str, headless: bool):
    if headless and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from cyclades_desktop.gui import resources, settings

    app = QApplication.instance()
    if app is not None and app.property("cyclades_ready"):
        return app  # set up once: replacing the style of a running application frees the one widgets use
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([argv0])
    QCoreApplication.setOrganizationName(settings.ORGANISATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("Cyclades Desktop")
    QGuiApplication.setDesktopFileName("cyclades-desktop")
    app.setStyle("Fusion")  # the same look on every workstation; the style sheet refines it
    app.setWindowIcon(resources.icon("app"))
    resources.install_translations(app)
    app.setStyleSheet(resources.stylesheet())
    app.setProperty("cyclades_ready", True)
    return app


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a bundled child process (the demo's bulk builder) stops here
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    from cyclades_desktop.gui import errorhook

    try:
        errorhook.setup_logging(args.log_dir)
    except OSError as exc:  # a read-only home: go on without a log file
        print(f"Journal indisponible : {exc}", file=sys.stderr)
    log.info(
        "Cyclades Desktop %s starting (%s)", __version__, " ".join(sys.argv[1:] if argv is None else argv)
    )
    app = _make_app(sys.argv[0] if sys.argv else "cyclades-desktop", headless=args.smoke)
    errorhook.install()
    from cyclades_desktop.gui import operations
    from cyclades_desktop.store import db as store_db

    try:
        if args.smoke:
            return smoke(args)
        return run(app, args)
    except Exception as exc:
        errorhook.show_blocking(exc)
        return EXIT_UNEXPECTED
    finally:
        operations.shutdown()
        store_db.close_database()


def _resolve_url(args):
    from cyclades_desktop.store import db as store_db

    if args.demo:
        return None  # decided by ensure_demo_database
    return store_db.parse_url(args.database or os.environ.get("CYCLADES_DATABASE_URL") or None)


def run(app, args) -> int:
    from cyclades_desktop import errors
    from cyclades_desktop.domain import queries
    from cyclades_desktop.gui import credentials, startup
    from cyclades_desktop.gui import settings as settings_mod
    from cyclades_desktop.gui.context import AppContext
    from cyclades_desktop.gui.mainwindow import MainWindow
    from cyclades_desktop.gui.signin import SignInDialog
    from cyclades_desktop.store import db as store_db

    settings = settings_mod.Settings.at(args.settings_file) if args.settings_file else settings_mod.Settings()
    secrets = credentials.SecretStore()
    tour = None
    if args.screenshot_dir:
        from cyclades_desktop.gui.tour import ScreenshotTour

        tour = ScreenshotTour(args.screenshot_dir)
    try:
        if args.demo:
            url = store_db.parse_url(str(startup.ensure_demo_database()))
        else:
            url = _resolve_url(args)
        url = startup.open_database(url, secrets)
        if url is None:
            return EXIT_OK
        has_staff = startup.wait_for(queries.has_staff_accounts)
    except (errors.DatabaseUnavailable, errors.DatabaseTooNew, errors.ValidationError) as exc:
        log.warning("database not opened: %s", exc)
        startup.show_database_error(exc)
        return EXIT_DATABASE
    demo_accounts = ()
    if args.demo:
        from cyclades_desktop.domain import demo

        demo_accounts = tuple(demo.DEMO_STAFF)
    from cyclades_desktop.gui import formatting

    label = formatting.database_label(url)
    message = ""
    while True:
        dialog = SignInDialog(
            database_label=label,
            secrets=secrets,
            settings=settings,
            demo_accounts=demo_accounts,
            has_staff=has_staff,
            message=message,
        )
        if tour is not None:
            tour.on_sign_in(dialog, demo_accounts)
        if dialog.exec() != dialog.DialogCode.Accepted or dialog.session is None:
            return EXIT_OK
        context = AppContext(dialog.session, settings, secrets, label, demo=args.demo)
        window = MainWindow(context)
        window.show()
        if tour is not None:
            tour.on_main_window(window)
        app.exec()
        if not window.signing_out:
            return tour.exit_code if tour is not None else EXIT_OK
        message = getattr(window, "sign_out_message", "")
        window.deleteLater()
        from cyclades_desktop.domain import staff

        if hasattr(staff, "sign_out"):  # on PostgreSQL: back from the member's own role to the sign-in role
            startup.wait_for(staff.sign_out)


def smoke(args) -> int:
    """Open the database and check the installation (forms, icons, style, Qt plugins), no window."""
    from PySide6.QtGui import QImageReader
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

    from cyclades_desktop import errors
    from cyclades_desktop.domain import queries
    from cyclades_desktop.gui import forms, resources
    from cyclades_desktop.store import connect

    problems, done = [], []
    try:
        url = _resolve_url(args)
        if args.demo:
            from cyclades_desktop.store import db as store_db

            url = store_db.parse_url(str(store_db.demo_sqlite_path()))
        connect(url, migrate=True)
        queries.has_staff_accounts()
        done.append(f"base {url} ouverte, schéma à jour")
    except errors.CycladesError as exc:
        problems.append(str(exc))
    import importlib
    import pkgutil

    count = 0
    for info in pkgutil.iter_modules(forms.__path__):
        module = importlib.import_module(f"{forms.__name__}.{info.name}")
        for name in dir(module):
            if name.startswith("Ui_"):
                cls = getattr(module, name)
                host = QMainWindow() if "MainWindow" in name else QDialog() if "Dialog" in name else QWidget()
                cls().setupUi(host)
                host.deleteLater()
                count += 1
    done.append(f"{count} formulaires")
    if resources.resources_dir() is None or resources.icon("app").isNull():
        problems.append("icônes introuvables")
    if not resources.stylesheet():
        problems.append("feuille de style introuvable")
    if b"svg" not in [bytes(f) for f in QImageReader.supportedImageFormats()]:
        problems.append("greffon Qt SVG absent")
    try:
        from PySide6.QtPdf import QPdfDocument  # noqa: F401
        from PySide6.QtPrintSupport import QPrinter  # noqa: F401
    except ImportError as exc:
        problems.append(f"module Qt manquant : {exc}")
    try:
        import cyclades_desktop.documents as documents

        fonts = list((Path(documents.__file__).parent / "fonts").glob("*.ttf"))
        if not fonts:
            problems.append("polices des documents absentes")
        else:
            done.append(f"{len(fonts)} polices de documents")
    except ImportError as exc:
        problems.append(f"module documents absent : {exc}")
    translations = QApplication.instance().findChildren(
        __import__("PySide6.QtCore", fromlist=["QTranslator"]).QTranslator
    )
    if not translations:
        problems.append("traductions Qt (qtbase_fr) absentes")
    if problems:
        print("Cyclades Desktop : vérification échouée — " + " ; ".join(problems), file=sys.stderr)
        return EXIT_SMOKE_FAILED
    print(f"Cyclades Desktop {__version__} : " + ", ".join(done) + " — tout est en ordre.")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
