"""Secrets in the OS keyring only; when none works, the caller keeps them in memory for the session.

Tells apart "no keyring on this machine", "keyring locked" and other failures, so the user is
told which. Never falls back to a file (keyrings.alt would, silently: we never select it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)
SERVICE = "cyclades-desktop"


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    state: str  # ok | absent | locked | error
    message: str


def _keyring():
    import keyring
    import keyring.errors

    backend = keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    if "keyrings.alt" in name or "PlaintextKeyring" in name:
        raise keyring.errors.NoKeyringError(f"stockage en clair refusé ({name})")
    return keyring, keyring.errors


def status() -> KeyringStatus:
    try:
        keyring, _errors = _keyring()
        keyring.get_password(SERVICE, "__probe__")
        return KeyringStatus(True, "ok", "Trousseau du système disponible.")
    except Exception as exc:
        return _classify(exc)


def _classify(exc: Exception) -> KeyringStatus:
    kind = type(exc).__name__
    if kind == "KeyringLocked":
        return KeyringStatus(
            False,
            "locked",
            "Le trousseau du système est verrouillé : le mot de passe "
            "sera gardé en mémoire pour cette session seulement.",
        )
    if kind == "NoKeyringError":
        return KeyringStatus(
            False,
            "absent",
            "Aucun trousseau n'est disponible sur ce poste : le mot de passe "
            "sera gardé en mémoire pour cette session seulement.",
        )
    return KeyringStatus(
        False,
        "error",
        f"Le trousseau du système ne répond pas ({kind}) : le mot de passe "
        "sera gardé en mémoire pour cette session seulement.",
    )


def get(account: str) -> str | None:
    try:
        keyring, _ = _keyring()
        return keyring.get_password(SERVICE, account)
    except Exception as exc:
        log.info("keyring unavailable for reading: %s", exc)
        return None


def put(account: str, secret: str) -> KeyringStatus:
    try:
        keyring, _ = _keyring()
        keyring.set_password(SERVICE, account, secret)
        return KeyringStatus(True, "ok", "Mot de passe enregistré dans le trousseau du système.")
    except Exception as exc:
        return _classify(exc)


def forget(account: str) -> None:
    try:
        keyring, _ = _keyring()
        keyring.delete_password(SERVICE, account)
    except Exception as exc:
        log.info("nothing forgotten in the keyring: %s", exc)
