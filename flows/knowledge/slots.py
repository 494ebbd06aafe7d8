"""Bookable appointment slots of a place, and the drop-in hours to offer instead.

A place's `appointments` block (see flows.knowledge.catalogue.model.Appointments) cuts its
appointment hours into slots of `slot_minutes`. A slot is offered when
- its day is open: the programme runs, it is no public holiday of the state (unless the file
  says so) and the place is not in a `closed` period (flows.knowledge.hours.day_plan decides
  all three);
- it starts at least `notice_hours` after now, and on a local date at most `ahead_days` after
  today;
- fewer than `capacity` people have booked it (the caller passes the counts from storage).

Slots are cut in real time (UTC) from the window's wall-clock start, so a slot always lasts
`slot_minutes`, also on the days the clocks change; a slot must end inside its window.
Drop-in hours (offene Sprechstunde) are never slots: `drop_in_alternative` finds the next one
to offer beside a booking ("or just come by on Monday 14:00-16:00 in Jülich").

Pure functions: no clock is read here, the caller passes `now`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from flows.knowledge.catalogue.model import ContactPoint, Place, WindowKind
from flows.knowledge.hours import Window, day_plan, next_opening, open_now, wall_time

__all__ = [
    "Slot",
    "bookable_places",
    "booking_range",
    "day_slots",
    "drop_in_alternative",
    "free_days",
    "free_slots",
    "slot_at",
    "team_slots",
]

Booked = Mapping[dt.datetime, int]
"""How many people hold each slot, by the slot's start (any time zone; compared in UTC)."""


@dataclass(frozen=True, slots=True)
class Slot:
    """One bookable stretch at one place; `start` and `end` are aware, in the cp's zone."""

    place_id: str
    start: dt.datetime
    end: dt.datetime
    capacity: int
    booked: int = 0

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.booked)

    @property
    def start_utc(self) -> dt.datetime:
        return _utc(self.start)

    @property
    def end_utc(self) -> dt.datetime:
        return _utc(self.end)


def _utc(instant: dt.datetime) -> dt.datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("a timezone-aware datetime is needed, got a naive one")
    return instant.astimezone(dt.UTC)


def bookable_places(cp: ContactPoint) -> list[Place]:
    """The places of `cp` that take bookings, in the file's order."""
    return [place for place in cp.places if place.appointments is not None]


def _bookable(cp: ContactPoint, place_id: str) -> Place:
    place = cp.place(place_id)
    if place is None:
        raise ValueError(f"contact point {cp.id!r} has no place {place_id!r}")
    return place


def day_slots(cp: ContactPoint, place_id: str, day: dt.date) -> list[Slot]:
    """Every slot of local date `day` at the place, booked or not, by start; none on a closed
    day and none at a place without `appointments`."""
    place = _bookable(cp, place_id)
    booking = place.appointments
    if booking is None or day_plan(cp, day, place_id).closed_reason is not None:
        return []
    step = dt.timedelta(minutes=booking.slot_minutes)
    starts: set[dt.datetime] = set()
    for window in place.appointment_hours():
        if not any(weekday.number == day.weekday() for weekday in window.days):
            continue
        start = _utc(wall_time(day, window.start, cp.zone))
        end = _utc(wall_time(day, window.end, cp.zone))
        while start + step <= end:
            starts.add(start)
            start += step
    return [
        Slot(
            place_id,
            start.astimezone(cp.zone),
            (start + step).astimezone(cp.zone),
            booking.capacity,
        )
        for start in sorted(starts)
    ]


def booking_range(
    cp: ContactPoint, place_id: str, now: dt.datetime
) -> tuple[dt.datetime, dt.datetime]:
    """(earliest, latest) UTC instants between which a slot may start now: after the minimum
    notice, before the end of the last day of the horizon. Ask storage for the booked counts
    of this range."""
    booking = _bookable(cp, place_id).appointments
    if booking is None:
        raise ValueError(f"place {place_id!r} of {cp.id!r} takes no appointments")
    moment = _utc(now)
    today = moment.astimezone(cp.zone).date()
    after_last = today + dt.timedelta(days=booking.ahead_days + 1)
    latest = _utc(wall_time(after_last, dt.time(0, 0), cp.zone))
    return moment + dt.timedelta(hours=booking.notice_hours), latest


def _offered(
    cp: ContactPoint, place_id: str, first_day: dt.date, last_day: dt.date, now: dt.datetime
) -> Iterator[Slot]:
    if _bookable(cp, place_id).appointments is None:
        return
    earliest, latest = booking_range(cp, place_id, now)
    first = max(first_day, _utc(now).astimezone(cp.zone).date())
    for offset in range((last_day - first).days + 1):
        for slot in day_slots(cp, place_id, first + dt.timedelta(days=offset)):
            if earliest <= slot.start_utc < latest:
                yield slot


def free_slots(
    cp: ContactPoint,
    place_id: str,
    first_day: dt.date,
    last_day: dt.date,
    now: dt.datetime,
    booked: Booked | None = None,
) -> list[Slot]:
    """The slots from local date `first_day` to `last_day` (inclusive) that can be booked at
    `now`, with at least one free place, by start. `booked` counts the people per slot start."""
    return _with_room(_offered(cp, place_id, first_day, last_day, now), booked)


def _with_room(offered: Iterable[Slot], booked: Booked | None) -> list[Slot]:
    """The slots that fewer people hold than they have room for, with those counts."""
    counts = {_utc(start): taken for start, taken in (booked or {}).items()}
    found = []
    for slot in offered:
        taken = counts.get(slot.start_utc, 0)
        if taken < slot.capacity:
            found.append(Slot(slot.place_id, slot.start, slot.end, slot.capacity, taken))
    return found


def free_days(
    cp: ContactPoint, place_id: str, now: dt.datetime, booked: Booked | None = None
) -> list[dt.date]:
    """The local dates within the horizon that have at least one free slot, in order."""
    booking = _bookable(cp, place_id).appointments
    if booking is None:
        return []
    today = _utc(now).astimezone(cp.zone).date()
    last = today + dt.timedelta(days=booking.ahead_days)
    days = {slot.start.date() for slot in free_slots(cp, place_id, today, last, now, booked)}
    return sorted(days)


def slot_at(
    cp: ContactPoint,
    place_id: str,
    start: dt.datetime,
    now: dt.datetime,
    booked: Booked | None = None,
) -> Slot | None:
    """The free slot starting at `start`, if it can be booked at `now`; else None. Checks a
    choice that arrives later (a button tapped yesterday) against today's rules."""
    day = _utc(start).astimezone(cp.zone).date()
    found = free_slots(cp, place_id, day, day, now, booked)
    return next((slot for slot in found if slot.start_utc == _utc(start)), None)


def team_slots(
    cp: ContactPoint,
    place_id: str,
    first_day: dt.date,
    last_day: dt.date,
    now: dt.datetime,
    booked: Booked | None = None,
) -> list[Slot]:
    """Every slot from `first_day` to `last_day` that has not begun and has a free place,
    with how many hold it: what the team may book in the console. The minimum notice and
    the horizon are for young people booking themselves; the team knows its own diary."""
    moment = _utc(now)
    days = (first_day + dt.timedelta(days=n) for n in range((last_day - first_day).days + 1))
    offered = (s for day in days for s in day_slots(cp, place_id, day) if s.start_utc > moment)
    return _with_room(offered, booked)


def drop_in_alternative(
    cp: ContactPoint, now: dt.datetime, place_id: str | None = None
) -> Window | None:
    """The drop-in window to offer beside (or instead of) a booking: open now, else the next
    one; at `place_id` first, then at any place of the contact point. None if there is none
    (a service by appointment only, or an ended programme)."""
    for where in [place_id, None] if place_id is not None else [None]:
        window = open_now(cp, now, where, WindowKind.drop_in) or next_opening(
            cp, now, where, WindowKind.drop_in
        )
        if window is not None:
            return window
    return None
