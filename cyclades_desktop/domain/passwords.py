"""Password hashing (Argon2id, memory-hard) and one-time tokens."""

from __future__ import annotations

import functools
import hashlib
import secrets

from argon2 import PasswordHasher, exceptions
from argon2.profiles import RFC_9106_LOW_MEMORY

# The installed application always hashes at RFC 9106's low-memory profile. No environment
# variable lowers it: only the tests' fixtures replace `_hasher` (tests/conftest.py).
_hasher = PasswordHasher.from_parameters(RFC_9106_LOW_MEMORY)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@functools.lru_cache(maxsize=4)
def _decoy_hash(hasher: PasswordHasher) -> str:
    return hasher.hash(secrets.token_urlsafe(16))


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Check a password; with no stored hash, spend the same time on a decoy and say no.

    An unknown login must cost what a real one costs, or the time of the answer tells which
    logins exist (ASVS 2.2.1 / 3.x).
    """
    try:
        if not stored_hash:
            _hasher.verify(_decoy_hash(_hasher), password)
            return False
        return _hasher.verify(stored_hash, password)
    except (exceptions.VerifyMismatchError, exceptions.InvalidHashError, exceptions.VerificationError):
        return False


def new_token() -> tuple[str, str]:
    """A URL-safe token for a link, and the SHA-256 the database keeps instead of it."""
    token = secrets.token_urlsafe(32)
    return token, token_hash(token)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
