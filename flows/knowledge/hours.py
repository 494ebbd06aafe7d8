"""When a contact point is open: its hours turned into real windows of time.

All reasoning happens in the contact point's own time zone (Europe/Berlin by default, with
daylight saving); instants going in and out are timezone-aware datetimes. A day is closed
when the programme does not run, on a public holiday of the contact point's German state
(unless `open_on_public_holidays`), and per place during its `closed` periods.

Wall-clock rules: "14:00-18:00" means 14:00-18:00 local time on every day, also on the days
the clocks change. A time that does not exist (02:00-03:00 on the last Sunday of March) moves
forward by the gap (02:30 -> 03:30); an ambiguous one (02:00-03:00 on the last Sunday of
October) means its first occurrence (summer time). A window that shrinks to nothing that way
is dropped. Comparisons go through UTC: Python compares datetimes that share one tzinfo by
their wall-clock reading, which is wrong around the October change.

Pure functions: no clock is read here, the caller passes `now`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from holidays.countries.germany import Germany

from flows.knowledge.catalogue.model import ContactPoint, HoursRule, LocalText, Place, WindowKind
from flows.knowledge.programmes import (
    Ended,
    NotStarted,
    ProgrammeState,
    Running,
    alternatives,
    programme_state,
)

__all__ = [
    "ClosedReason",
    "DayPlan",
    "Ended",
    "NotStarted",
    "ProgrammeState",
    "Running",
    "Window",
    "alternatives",
    "day_plan",
    "next_opening",
    "open_now",
    "programme_state",
    "public_holiday",
    "wall_time",
    "week",
]


@dataclass(frozen=True, slots=True)
class Window:
    """One stretch of opening time at one place; `start` and `end` are aware, in the cp's zone."""

    place_id: str
    start: dt.datetime
    end: dt.datetime
    kind: WindowKind

    def contains(self, instant: dt.datetime) -> bool:
        """start <= instant < end, compared as instants (UTC), not as wall-clock readings."""
        return _utc(self.start) <= _utc(instant) < _utc(self.end)


@dataclass(frozen=True, slots=True)
class ClosedReason:
    """Why a day is closed. Exactly one field is set, except for a closed period given
    without a reason (then all are None)."""

    holiday: str | None = None
    """The public holiday's German name, e.g. "Tag der Deutschen Einheit"."""
    text: LocalText | None = None
    """The coordinator's reason for a closed period."""
    programme: Ended | NotStarted | None = None
    """The programme does not run that day."""


@dataclass(frozen=True, slots=True)
class DayPlan:
    day: dt.date
    windows: tuple[Window, ...]
    """Sorted by start; empty on closed days and on weekdays without hours."""
    closed_reason: ClosedReason | None
    """Set when the day is a closure: the programme does not run, a public holiday, or every
    place asked about is in a closed period. None on an ordinary day, even one without hours."""


def _utc(instant: dt.datetime) -> dt.datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("a timezone-aware datetime is needed, got a naive one")
    return instant.astimezone(dt.UTC)


@lru_cache(maxsize=128)
def _holidays(state: str, year: int) -> dict[dt.date, str]:
    # Building a year's holidays is slow compared with everything else here: cache per state.
    return dict(Germany(subdiv=state, years=year, language="de").items())


def public_holiday(cp: ContactPoint, day: dt.date) -> str | None:
    """The German name of the public holiday on `day` in the cp's state, or None."""
    return _holidays(cp.state, day.year).get(day)


def wall_time(day: dt.date, clock: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The instant `clock` on local date `day` in `zone`, resolved as in the module docstring
    (a time in the spring gap moves forward, an ambiguous autumn time is the first one)."""
    # The round trip through UTC resolves gaps and folds.
    return dt.datetime.combine(day, clock, tzinfo=zone).astimezone(dt.UTC).astimezone(zone)


_wall = wall_time


def _window(place: Place, rule: HoursRule, day: dt.date, zone: ZoneInfo) -> Window | None:
    start, end = _wall(day, rule.start, zone), _wall(day, rule.end, zone)
    if _utc(end) <= _utc(start):
        return None
    return Window(place.id, start, end, rule.kind)


def _places(cp: ContactPoint, place_id: str | None) -> list[Place]:
    if place_id is None:
        return list(cp.places)
    place = cp.place(place_id)
    if place is None:
        raise ValueError(f"contact point {cp.id!r} has no place {place_id!r}")
    return [place]


def day_plan(cp: ContactPoint, day: dt.date, place_id: str | None = None) -> DayPlan:
    """The windows of local date `day` across the cp's places (or at one place), by start."""
    places = _places(cp, place_id)
    state = programme_state(cp, day)
    if not isinstance(state, Running):
        return DayPlan(day, (), ClosedReason(programme=state))
    holiday = None if cp.open_on_public_holidays else public_holiday(cp, day)
    if holiday is not None:
        return DayPlan(day, (), ClosedReason(holiday=holiday))
    windows: list[Window] = []
    closures: list[ClosedReason] = []
    for place in places:
        closed = next((period for period in place.closed if period.contains(day)), None)
        if closed is not None:
            closures.append(ClosedReason(text=closed.reason))
            continue
        for rule in place.hours:
            if any(weekday.number == day.weekday() for weekday in rule.days):
                window = _window(place, rule, day, cp.zone)
                if window is not None:
                    windows.append(window)
    windows.sort(key=lambda w: (_utc(w.start), _utc(w.end)))
    reason = closures[0] if closures and len(closures) == len(places) else None
    return DayPlan(day, tuple(windows), reason)


def week(cp: ContactPoint, start_day: dt.date, place_id: str | None = None) -> list[DayPlan]:
    """Seven consecutive day plans from `start_day` on."""
    return [day_plan(cp, start_day + dt.timedelta(days=n), place_id) for n in range(7)]


def _matching(plan: DayPlan, kind: WindowKind | None) -> list[Window]:
    return [w for w in plan.windows if kind is None or w.kind is kind]


def open_now(
    cp: ContactPoint,
    now: dt.datetime,
    place_id: str | None = None,
    kind: WindowKind | None = None,
) -> Window | None:
    """The window containing `now` (start <= now < end), the earliest-starting if several."""
    local_day = _utc(now).astimezone(cp.zone).date()
    # Windows never cross midnight (a rule's end is later than its start on the same day).
    plan = day_plan(cp, local_day, place_id)
    return next((w for w in _matching(plan, kind) if w.contains(now)), None)


def next_opening(
    cp: ContactPoint,
    now: dt.datetime,
    place_id: str | None = None,
    kind: WindowKind | None = None,
    horizon_days: int = 60,
) -> Window | None:
    """The first window that starts strictly after `now`, looking `horizon_days` local days
    ahead of today. A window open at `now` is not "next": ask `open_now` for that one."""
    moment = _utc(now)
    local_day = moment.astimezone(cp.zone).date()
    state = programme_state(cp, local_day)
    if isinstance(state, Ended):
        return None
    first = max(local_day, state.starts) if isinstance(state, NotStarted) else local_day
    for offset in range((local_day + dt.timedelta(days=horizon_days) - first).days + 1):
        plan = day_plan(cp, first + dt.timedelta(days=offset), place_id)
        upcoming = [w for w in _matching(plan, kind) if _utc(w.start) > moment]
        if upcoming:
            return upcoming[0]
    return None
