"""The workstation's preferences: a typed registry over QSettings.

Each preference is declared once (`Option`) with its key, type, default and bounds; reads
return that type whatever the file holds (a hand-edited or corrupted value falls back to the
default and is logged). No secret is ever stored here: passwords go to the OS keyring
(`gui.credentials`). `SCHEMA_VERSION` with `UPGRADES` renames or converts keys; the settings
file is copied aside before an upgrade touches it.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)
T = TypeVar("T")

ORGANISATION = "Cyclades"
APPLICATION = "cyclades-desktop"


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: Any
    minimum: Any = None
    maximum: Any = None
    choices: tuple = field(default=())

    def coerce(self, raw: Any) -> T:
        """The stored value as `type`; raise ValueError when it cannot be one."""
        if raw is None:
            raise ValueError("absent")
        if self.type is bool:
            if isinstance(raw, bool):
                value = raw
            elif str(raw).strip().lower() in ("true", "1", "yes", "oui"):
                value = True
            elif str(raw).strip().lower() in ("false", "0", "no", "non", ""):
                value = False
            else:
                raise ValueError(f"not a boolean: {raw!r}")
        elif self.type is int:
            value = int(str(raw).strip())
        elif self.type is str:
            value = raw if isinstance(raw, str) else str(raw)
        elif self.type is QByteArray:
            value = (
                raw
                if isinstance(raw, QByteArray)
                else QByteArray(raw if isinstance(raw, bytes) else bytes(str(raw), "latin-1"))
            )
        else:
            value = self.type(raw)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"below {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"above {self.maximum}")
        if self.choices and value not in self.choices:
            raise ValueError(f"not one of {self.choices}")
        return value


REGISTRY: dict[str, Option] = {}


def register(option: Option) -> Option:
    if option.key in REGISTRY:
        raise ValueError(f"option {option.key} declared twice")
    REGISTRY[option.key] = option
    return option


# --- the preferences --------------------------------------------------------------------
IDLE_LOCK_MINUTES = register(Option("security/idle_lock_minutes", int, 10, minimum=1, maximum=240))
LAST_LOGIN = register(Option("signin/last_login", str, ""))
REMEMBER_ME = register(Option("signin/remember_me", bool, False))
MAIN_GEOMETRY = register(Option("window/main_geometry", QByteArray, QByteArray()))
MAIN_STATE = register(Option("window/main_state", QByteArray, QByteArray()))
RESULTS_HEADER = register(Option("window/results_header", QByteArray, QByteArray()))
SEARCH_PAGE_SIZE = register(Option("search/page_size", int, 50, minimum=10, maximum=500))

SCHEMA_KEY = "meta/settings_version"
SCHEMA_VERSION = 1


def _upgrade_to_1(qs: QSettings) -> None:
    """Version 0 had no version key; an idle lock in seconds is now in minutes."""
    old = qs.value("security/idle_lock_seconds")
    if old is not None:
        with contextlib.suppress(TypeError, ValueError):
            qs.setValue(IDLE_LOCK_MINUTES.key, max(1, int(old) // 60))
        qs.remove("security/idle_lock_seconds")


UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _upgrade_to_1}


class Settings:
    """Typed access to one QSettings store (the user's, or a file given by tests)."""

    def __init__(self, qsettings: QSettings | None = None):
        self.qsettings = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )
        self.upgrade()

    @classmethod
    def at(cls, path: str | Path) -> Settings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, option: Option[T]) -> T:
        raw = self.qsettings.value(option.key)
        if raw is None:
            return option.default
        try:
            return option.coerce(raw)
        except (ValueError, TypeError) as exc:
            log.warning("setting %s=%r ignored (%s): default %r used", option.key, raw, exc, option.default)
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        option.coerce(value)  # refuse a wrong value at the source
        self.qsettings.setValue(option.key, value)

    def reset(self, option: Option) -> None:
        self.qsettings.remove(option.key)

    def sync(self) -> None:
        self.qsettings.sync()

    def file_name(self) -> str:
        return self.qsettings.fileName()

    def upgrade(self) -> None:
        try:
            current = int(self.qsettings.value(SCHEMA_KEY, 0))
        except (TypeError, ValueError):
            current = 0
        if current >= SCHEMA_VERSION:
            return
        if current > 0 or self.qsettings.allKeys():
            self._backup(current)
        for version in range(current + 1, SCHEMA_VERSION + 1):
            UPGRADES[version](self.qsettings)
            self.qsettings.setValue(SCHEMA_KEY, version)
        self.qsettings.sync()

    def _backup(self, version: int) -> None:
        source = Path(self.qsettings.fileName())
        if source.is_file():
            target = source.with_name(f"{source.name}.v{version}.bak")
            try:
                shutil.copy2(source, target)
            except OSError as exc:
                log.warning("settings backup failed: %s", exc)
