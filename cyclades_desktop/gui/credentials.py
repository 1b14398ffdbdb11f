"""Passwords kept for the session: in the OS keyring when one works, else in memory only.

Never in a file. `status()` says which (absent, locked, other failure) in French, for the
sign-in and database dialogs to tell the user.
"""

from __future__ import annotations

from cyclades_desktop import secrets


class SecretStore:
    def __init__(self, backend=secrets):
        self._backend = backend
        self._memory: dict[str, str] = {}
        self._status: secrets.KeyringStatus | None = None

    def status(self, refresh: bool = False) -> secrets.KeyringStatus:
        if self._status is None or refresh:
            self._status = self._backend.status()
        return self._status

    def get(self, account: str) -> str | None:
        if account in self._memory:
            return self._memory[account]
        if not self.status().usable:
            return None
        return self._backend.get(account)

    def remember(self, account: str, secret: str) -> secrets.KeyringStatus:
        """Keep `secret`: in the keyring if it works; otherwise in memory, and say why."""
        result = self._backend.put(account, secret)
        if result.usable:
            self._memory.pop(account, None)
        else:
            self._memory[account] = secret
            self._status = result
        return result

    def keep_in_memory(self, account: str, secret: str) -> None:
        self._memory[account] = secret

    def forget(self, account: str) -> None:
        self._memory.pop(account, None)
        self._backend.forget(account)

    def in_memory(self, account: str) -> bool:
        return account in self._memory


def staff_account(login: str, database_label: str) -> str:
    """The keyring entry of a staff member's password on one database."""
    return f"staff:{login}@{database_label}"
