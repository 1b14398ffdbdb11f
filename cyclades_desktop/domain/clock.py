"""The one clock of the domain (naive UTC), settable so that tests can cross 48 hours or a year."""

from __future__ import annotations

import datetime as dt

_fixed: dt.datetime | None = None


def now() -> dt.datetime:
    if _fixed is not None:
        return _fixed
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def set_now(value: dt.datetime | None) -> None:
    """Freeze the clock at `value` (naive UTC), or release it with None."""
    global _fixed
    _fixed = value


def advance(**delta) -> dt.datetime:
    set_now(now() + dt.timedelta(**delta))
    return now()
