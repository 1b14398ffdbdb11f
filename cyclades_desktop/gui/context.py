"""What every screen needs to know: who is signed in, on which database, with which settings."""

from __future__ import annotations

from dataclasses import dataclass

from cyclades_desktop.gui.credentials import SecretStore
from cyclades_desktop.gui.settings import Settings


@dataclass
class AppContext:
    session: object  # domain.staff.StaffSession
    settings: Settings
    secrets: SecretStore
    database_label: str
    demo: bool = False
