"""Properties of flows.knowledge.slots, for random bookable places and random moments, with the
clock changes, public holidays, closed periods, programme ends, notice and horizon edges."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.knowledge import hours, slots
from flows.knowledge.catalogue import Appointments, ContactPoint
from tests.appointments.build import BERLIN, bookable_cp, booking
from tests.hours.build import EVERY_DAY

UTC = dt.UTC
# The clock changes and holidays of 2026 in NW, NI and SN, where bugs like to live.
EDGES = [
    dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC),  # 02:00 CET -> 03:00 CEST
    dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC),  # 03:00 CEST -> 02:00 CET
    dt.datetime(2026, 12, 24, 12, 0, tzinfo=UTC),  # Christmas
    dt.datetime(2026, 10, 2, 12, 0, tzinfo=UTC),  # before German Unity Day
    dt.datetime(2026, 11, 17, 12, 0, tzinfo=UTC),  # before Buß- und Bettag (SN only)
]


@st.composite
def places(draw: st.DrawFn) -> ContactPoint:
    """A place with 1-3 disjoint appointment windows (night ones included: they straddle
    the clock changes), a slot length that fits, and random notice, horizon and capacity."""
    count = draw(st.integers(1, 3))
    quarters = draw(
        st.lists(st.integers(0, 95), min_size=2 * count, max_size=2 * count, unique=True)
    )
    bounds = sorted(quarters)
    windows: list[dict[str, Any]] = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        days = draw(st.lists(st.sampled_from(EVERY_DAY), min_size=1, unique=True))
        windows.append({"days": days, "from": _clock(start), "to": _clock(end)})
    shortest = min(15 * (end - start) for start, end in zip(bounds[::2], bounds[1::2], strict=True))
    slot_minutes = draw(st.sampled_from([m for m in (15, 20, 30, 45, 60, 90) if m <= shortest]))
    closed = draw(st.lists(st.integers(0, 400), max_size=2))
    first = dt.date(2026, 1, 1)
    period = draw(st.sampled_from([None, {"until": "2026-10-31"}, {"from": "2026-04-01"}]))
    return bookable_cp(
        appointments=booking(
            hours=windows,
            slot_minutes=slot_minutes,
            capacity=draw(st.integers(1, 3)),
            notice_hours=draw(st.integers(0, 72)),
            ahead_days=draw(st.integers(1, 45)),
        ),
        hours=[],
        closed=[
            {"from": (first + dt.timedelta(days=d)).isoformat(), "until": None} for d in closed
        ],
        state=draw(st.sampled_from(["NW", "NI", "SN"])),
        open_on_public_holidays=draw(st.booleans()),
        period=period,
    )


def _clock(quarter: int) -> str:
    return f"{quarter // 4:02d}:{quarter % 4 * 15:02d}"


def instants() -> st.SearchStrategy[dt.datetime]:
    near_edge = st.builds(
        lambda edge, minutes: edge + dt.timedelta(minutes=minutes),
        st.sampled_from(EDGES),
        st.integers(-3 * 24 * 60, 3 * 24 * 60),
    )
    anywhere = st.datetimes(
        min_value=dt.datetime(2026, 1, 1),
        max_value=dt.datetime(2027, 1, 31),
        timezones=st.just(UTC),
    )
    utc = st.one_of(near_edge, anywhere)
    return st.one_of(utc, utc.map(lambda t: t.astimezone(BERLIN)))


def _booking_rules(cp: ContactPoint) -> Appointments:
    """How the generated contact point's one place takes appointments."""
    rules = cp.places[0].appointments
    assert rules is not None
    return rules


def _today(cp: ContactPoint, now: dt.datetime) -> dt.date:
    return now.astimezone(cp.zone).date()


def _all_offered(
    cp: ContactPoint, now: dt.datetime, booked: dict[dt.datetime, int] | None = None
) -> list[slots.Slot]:
    today = _today(cp, now)
    return slots.free_slots(
        cp, "office", today - dt.timedelta(days=1), today + dt.timedelta(days=60), now, booked
    )


@settings(max_examples=200, deadline=None)
@given(places(), instants())
def test_every_offered_slot_keeps_every_rule(cp: ContactPoint, now: dt.datetime) -> None:
    booking_rules = _booking_rules(cp)
    today = _today(cp, now)
    length = dt.timedelta(minutes=booking_rules.slot_minutes)
    found = _all_offered(cp, now)
    assert len({slot.start_utc for slot in found}) == len(found), "each slot offered once"
    for slot in found:
        day = slot.start.astimezone(cp.zone).date()
        # notice and horizon
        assert slot.start_utc >= now.astimezone(UTC) + dt.timedelta(
            hours=booking_rules.notice_hours
        )
        assert today <= day <= today + dt.timedelta(days=booking_rules.ahead_days)
        # a real slot length, also across a clock change
        assert slot.end_utc - slot.start_utc == length
        # an open day: programme running, no holiday (unless open anyway), no closed period
        assert hours.day_plan(cp, day, "office").closed_reason is None
        assert cp.open_on_public_holidays or hours.public_holiday(cp, day) is None
        assert cp.programme.period.contains(day)
        # inside a window of that weekday, on its grid
        inside = []
        for window in cp.places[0].appointment_hours():
            if not any(weekday.number == day.weekday() for weekday in window.days):
                continue
            start = hours.wall_time(day, window.start, cp.zone).astimezone(UTC)
            end = hours.wall_time(day, window.end, cp.zone).astimezone(UTC)
            if start <= slot.start_utc and slot.end_utc <= end:
                inside.append((slot.start_utc - start) % length == dt.timedelta(0))
        # Two windows can both hold a slot on the day the clocks go forward (a window ending
        # in the missing hour runs on into the next); the slot must still be on a grid.
        assert inside and all(inside)
        assert slots.slot_at(cp, "office", slot.start, now) == slot
    # sorted, no slot twice
    assert [s.start_utc for s in found] == sorted({s.start_utc for s in found})


@settings(max_examples=150, deadline=None)
@given(places(), instants())
def test_an_ordinary_day_has_every_slot_of_its_windows(cp: ContactPoint, now: dt.datetime) -> None:
    booking_rules = _booking_rules(cp)
    day = _today(cp, now)
    if hours.day_plan(cp, day, "office").closed_reason is not None:
        assert slots.day_slots(cp, "office", day) == []
        return
    offsets = {
        wall.utcoffset() for wall in (hours.wall_time(day, dt.time(h), cp.zone) for h in range(24))
    }
    if len(offsets) > 1:  # a day with a clock change: covered by the examples
        return
    expected = sum(
        window.minutes // booking_rules.slot_minutes
        for window in cp.places[0].appointment_hours()
        if any(weekday.number == day.weekday() for weekday in window.days)
    )
    assert len(slots.day_slots(cp, "office", day)) == expected


@settings(max_examples=150, deadline=None)
@given(places(), instants(), st.data())
def test_full_slots_are_never_offered(
    cp: ContactPoint, now: dt.datetime, data: st.DataObject
) -> None:
    booking_rules = _booking_rules(cp)
    offered = _all_offered(cp, now)
    if not offered:
        return
    chosen = data.draw(st.lists(st.sampled_from(offered), unique=True))
    booked = {slot.start: data.draw(st.integers(1, booking_rules.capacity + 1)) for slot in chosen}
    after = _all_offered(cp, now, booked)
    by_start = {slot.start_utc: slot for slot in after}
    for slot in offered:
        taken = booked.get(slot.start, 0)
        if taken >= booking_rules.capacity:
            assert slot.start_utc not in by_start
        else:
            assert by_start[slot.start_utc].free == booking_rules.capacity - taken


@settings(max_examples=150, deadline=None)
@given(places(), instants(), st.integers(1, 72 * 60))
def test_time_passing_only_removes_slots_up_to_the_old_horizon(
    cp: ContactPoint, now: dt.datetime, minutes: int
) -> None:
    _booking_rules(cp)  # the place takes appointments
    later = now + dt.timedelta(minutes=minutes)
    _, horizon = slots.booking_range(cp, "office", now)
    before = {s.start_utc for s in _all_offered(cp, now)}
    after = {s.start_utc for s in _all_offered(cp, later)}
    assert {start for start in after if start < horizon} <= before
