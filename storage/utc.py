"""Time columns that can only hold UTC.

The rest of Uli reasons in the contact point's time zone (Europe/Berlin, with daylight
saving), but the database only ever sees UTC: a naive datetime in a column is ambiguous
once a day a year (the hour the clocks go back), an aware UTC one never is.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.types import DateTime, TypeDecorator


def utc_now() -> datetime:
    """Now, in UTC: the default clock of everything that stores times."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Return *value* converted to UTC; refuse naive datetimes (their zone is a guess)."""
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"naive datetime {value.isoformat()} refused: pass a timezone-aware datetime "
            "(e.g. datetime.now(UTC))"
        )
    return value.astimezone(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, naive UTC in the column, aware UTC datetimes out.

    The column is a plain ``TIMESTAMP WITHOUT TIME ZONE`` (PostgreSQL) / ISO text (SQLite),
    so both back ends store and compare the same values.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return as_utc(value).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):  # pragma: no cover - drivers give datetimes
            raise TypeError(f"unexpected value {value!r} in a UTC datetime column")
        return value.replace(tzinfo=UTC)
