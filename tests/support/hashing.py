"""Argon2id at its cheapest for the tests: real hashing, but quick.

The installed application has no way to lower its hashing cost (domain/passwords.py); the
tests, and the child processes they start, replace its hasher here.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST


def use_cheapest_hashing() -> None:
    from cyclades_desktop.domain import passwords

    passwords._hasher = PasswordHasher.from_parameters(CHEAPEST)
