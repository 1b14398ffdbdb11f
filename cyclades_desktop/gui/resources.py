"""Where the application's files are: a checkout, an installed copy, or a PyInstaller bundle.

Icons, the style sheet and translations live in the top-level `resources/` folder of the
checkout. An installed wheel carries that folder as `cyclades_desktop/resources/` (package data,
see pyproject.toml); `build.spec` copies it to `resources/` inside the bundle (`sys._MEIPASS`).
A missing resource never stops the application: it logs once and goes on without it.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon, QPixmap

log = logging.getLogger(__name__)

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # cyclades_desktop/


def _candidates() -> list[Path]:
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots.append(_PACKAGE_DIR / "resources")  # an installed wheel
    checkout = _PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file():  # a checkout (or an editable install), not site-packages
        roots.append(checkout / "resources")
    return roots


@functools.lru_cache(maxsize=1)
def resources_dir() -> Path | None:
    for root in _candidates():
        if (root / "icons").is_dir():
            return root
    log.warning(
        "resources folder not found (looked in %s): no icons or style sheet",
        ", ".join(str(p) for p in _candidates()),
    )
    return None


def path(*parts: str) -> Path | None:
    """The path of a resource file, or None when it is not there."""
    root = resources_dir()
    if root is None:
        return None
    p = root.joinpath(*parts)
    return p if p.exists() else None


@functools.cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons/<name>.svg (an empty icon when absent)."""
    p = path("icons", f"{name}.svg")
    if p is None:
        log.info("icon %s missing", name)
        return QIcon()
    return QIcon(str(p))


def pixmap(name: str, size: int) -> QPixmap:
    return icon(name).pixmap(size, size)


def stylesheet() -> str:
    """The style sheet; its `url(icons:…)` find resources/icons through a QDir search path."""
    p = path("styles", "cyclades.qss")
    if p is None:
        return ""
    from PySide6.QtCore import QDir

    icons = path("icons")
    if icons is not None:
        QDir.setSearchPaths("icons", [str(icons)])
    return p.read_text(encoding="utf-8")


def install_translations(
    app, language: str | None = None, directory: Path | None = None
) -> list[QTranslator]:
    """Qt's own texts (standard buttons, dialogs) in the interface's language, and the app's catalogue.

    The interface is written in French. `CYCLADES_LANGUAGE=en` (or `language`) shows it in another
    language when its catalogue was translated and compiled:
    `pyside6-lrelease resources/translations/cyclades_desktop_en.ts` makes the .qm read here.
    Dates and numbers stay French either way.
    """
    installed = []
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    language = (language if language is not None else os.environ.get("CYCLADES_LANGUAGE", "")).strip() or "fr"
    qt_dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    own = directory if directory is not None else path("translations")
    if own is not None:
        qt_dirs.insert(0, str(own))  # the bundle ships qtbase_fr.qm beside our catalogue
    for name in (f"qtbase_{language}",):
        translator = QTranslator(app)
        if any(translator.load(name, d) for d in qt_dirs):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("Qt translation %s not found", name)
    if language != "fr":  # French is the source: no catalogue to load
        translator = QTranslator(app)
        if own is not None and translator.load(f"cyclades_desktop_{language}", str(own)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning(
                "no compiled translation cyclades_desktop_%s.qm in %s: the interface stays in French",
                language,
                own,
            )
    return installed


def icon_html(name: str, size: int = 16) -> str:
    """An inline <img> for rich-text labels (empty when the icon is absent)."""
    p = path("icons", f"{name}.svg")
    if p is None:
        return ""
    return f'<img src="{p}" width="{size}" height="{size}">&nbsp;'
