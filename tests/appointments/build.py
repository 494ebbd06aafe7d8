"""Small contact points with appointments for these tests, built through the real model."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from flows.knowledge.catalogue import ContactPoint
from tests.hours.build import make_cp, rule

BERLIN = ZoneInfo("Europe/Berlin")


def booking(
    *,
    hours: list[dict[str, Any]] | None = None,
    slot_minutes: int = 60,
    capacity: int = 1,
    notice_hours: int = 0,
    ahead_days: int = 28,
) -> dict[str, Any]:
    block: dict[str, Any] = {
        "slot_minutes": slot_minutes,
        "capacity": capacity,
        "notice_hours": notice_hours,
        "ahead_days": ahead_days,
    }
    if hours is not None:
        block["hours"] = hours
    return block


def bookable_cp(
    *,
    appointments: dict[str, Any] | None = None,
    hours: list[dict[str, Any]] | None = None,
    closed: list[dict[str, Any]] | None = None,
    **options: Any,
) -> ContactPoint:
    """One place "office" taking bookings (default: every day 09:00-12:00, hourly slots)."""
    place: dict[str, Any] = {
        "id": "office",
        "name": "Office",
        "hours": hours if hours is not None else [rule("09:00", "12:00", kind="appointment")],
        "closed": closed or [],
        "appointments": appointments or booking(),
    }
    return make_cp(places=[place], **options)


def berlin(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=BERLIN)
