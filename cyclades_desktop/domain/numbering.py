"""Candidate and inscription numbers, from counters bumped under a row lock (unique on both backends)."""

from __future__ import annotations

from cyclades_desktop.store.models import Counter


def _next(name: str) -> int:
    Counter.update(value=Counter.value + 1).where(Counter.name == name).execute()
    return Counter.get_by_id(name).value


def _reserve(name: str, count: int) -> int:
    """Reserve `count` numbers at once (bulk loads); return the first."""
    Counter.update(value=Counter.value + count).where(Counter.name == name).execute()
    return Counter.get_by_id(name).value - count + 1


def candidate_number(seq: int) -> str:
    return f"1{seq:09d}"


def inscription_number(year: int, seq: int) -> str:
    return f"{year:04d}{seq:08d}"


def next_candidate_number() -> str:
    return candidate_number(_next("candidate"))


def next_inscription_number(year: int) -> str:
    return inscription_number(year, _next("inscription"))


def reserve(name: str, count: int) -> int:
    return _reserve(name, count)
