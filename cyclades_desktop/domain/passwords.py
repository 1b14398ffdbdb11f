"""Password hashing (Argon2id, memory-hard) and one-time tokens."""

from __future__ import annotations

import hashlib
import os
import secrets

from argon2 import PasswordHasher, exceptions
from argon2.profiles import CHEAPEST, RFC_9106_LOW_MEMORY

# Tests and demo data may lower the cost (still real Argon2id) with CYCLADES_FAST_HASH=1.
_hasher = PasswordHasher.from_parameters(
    CHEAPEST if os.environ.get("CYCLADES_FAST_HASH") else RFC_9106_LOW_MEMORY
)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    if not stored_hash:
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (exceptions.VerifyMismatchError, exceptions.InvalidHashError, exceptions.VerificationError):
        return False


def new_token() -> tuple[str, str]:
    """A URL-safe token for a link, and the SHA-256 the database keeps instead of it."""
    token = secrets.token_urlsafe(32)
    return token, token_hash(token)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
