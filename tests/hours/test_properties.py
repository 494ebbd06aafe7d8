"""Properties of the opening-hours functions, across DST changes, midnights and holidays."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from holidays.countries.germany import Germany
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.knowledge import hours
from flows.knowledge.catalogue import ContactPoint, WindowKind
from tests.hours.build import EVERY_DAY, make_cp

BERLIN = ZoneInfo("Europe/Berlin")
UTC = dt.UTC
# Last Sundays of March and October, 01:00 UTC: the moments Berlin's clocks change.
CHANGES = [
    dt.datetime(year, month, day, 1, tzinfo=UTC)
    for year, month, day in [
        (2025, 3, 30),
        (2025, 10, 26),
        (2026, 3, 29),
        (2026, 10, 25),
        (2027, 3, 28),
        (2027, 10, 31),
    ]
]
HOLIDAYS = [
    dt.date(2026, 10, 3),
    dt.date(2026, 11, 1),
    dt.date(2026, 10, 31),
    dt.date(2026, 12, 25),
    dt.date(2026, 4, 3),
    dt.date(2026, 5, 1),
    dt.date(2027, 1, 1),
]


def clock() -> st.SearchStrategy[tuple[int, int]]:
    # Hours around 02:00 are drawn often: that is where the clocks jump.
    hour = st.one_of(st.integers(0, 23), st.integers(1, 3))
    return st.tuples(hour, st.sampled_from([0, 15, 30, 45]))


@st.composite
def rules(draw: st.DrawFn) -> dict[str, Any]:
    start, end = sorted(draw(st.lists(clock(), min_size=2, max_size=2, unique=True)))
    return {
        "days": draw(st.lists(st.sampled_from(EVERY_DAY), min_size=1, max_size=7, unique=True)),
        "from": f"{start[0]:02d}:{start[1]:02d}",
        "to": f"{end[0]:02d}:{end[1]:02d}",
        "kind": draw(st.sampled_from(["drop_in", "appointment"])),
    }


@st.composite
def places(draw: st.DrawFn, index: int) -> dict[str, Any]:
    closed = draw(st.lists(st.dates(dt.date(2025, 1, 1), dt.date(2027, 12, 31)), max_size=2))
    return {
        "id": f"p{index}",
        "name": f"Place {index}",
        "hours": draw(st.lists(rules(), max_size=3)),
        "closed": [
            {
                "from": day.isoformat(),
                "until": (day + dt.timedelta(days=draw(st.integers(0, 20)))).isoformat(),
            }
            for day in closed
        ],
    }


@st.composite
def contact_points(draw: st.DrawFn) -> ContactPoint:
    count = draw(st.integers(1, 2))
    start = draw(st.none() | st.dates(dt.date(2024, 6, 1), dt.date(2027, 6, 1)))
    until = draw(st.none() | st.dates(start or dt.date(2024, 6, 1), dt.date(2028, 6, 1)))
    period = {k: v.isoformat() for k, v in (("from", start), ("until", until)) if v}
    return make_cp(
        state=draw(st.sampled_from(["NW", "NI", "SN", "BY"])),
        places=[draw(places(index)) for index in range(count)],
        period=period,
        open_on_public_holidays=draw(st.booleans()),
    )


def local_midnights() -> st.SearchStrategy[dt.datetime]:
    days = st.dates(dt.date(2025, 1, 1), dt.date(2027, 12, 31))
    return st.builds(
        lambda day, seconds: (
            dt.datetime.combine(day, dt.time(), BERLIN) + dt.timedelta(seconds=seconds)
        ).astimezone(UTC),
        days,
        st.integers(-3600, 3600),
    )


def instants() -> st.SearchStrategy[dt.datetime]:
    near_change = st.builds(
        lambda t, s: t + dt.timedelta(seconds=s),
        st.sampled_from(CHANGES),
        st.integers(-30 * 3600, 30 * 3600),
    )
    near_holiday = st.builds(
        lambda d, s: (
            dt.datetime.combine(d, dt.time(), BERLIN).astimezone(UTC) + dt.timedelta(seconds=s)
        ),
        st.sampled_from(HOLIDAYS),
        st.integers(-3600, 26 * 3600),
    )
    # The hour around each change: the repeated (October) or skipped (March) local hour.
    in_change = st.builds(
        lambda t, s: t + dt.timedelta(seconds=s), st.sampled_from(CHANGES), st.integers(-3600, 3600)
    )
    anywhere = st.datetimes(
        dt.datetime(2024, 1, 1), dt.datetime(2028, 12, 31), timezones=st.just(UTC)
    )
    utc = st.one_of(in_change, near_change, near_holiday, local_midnights(), anywhere)
    # Callers may pass Berlin time too; same-zone comparisons are where fold bugs hide.
    return st.one_of(utc, utc.map(lambda t: t.astimezone(BERLIN)))


def as_utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(UTC)


def local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone(BERLIN).date()


kinds = st.none() | st.sampled_from(list(WindowKind))


@settings(max_examples=300, deadline=None)
@given(contact_points(), instants(), kinds)
def test_open_now_iff_a_window_of_the_local_day_contains_now(
    cp: ContactPoint, now: dt.datetime, kind: WindowKind | None
) -> None:
    plan = hours.day_plan(cp, local_day(now))
    containing = [
        w
        for w in plan.windows
        if (kind is None or w.kind is kind) and as_utc(w.start) <= as_utc(now) < as_utc(w.end)
    ]
    found = hours.open_now(cp, now, kind=kind)
    assert (found is not None) == bool(containing)
    if found is not None:
        assert found == containing[0] and found.contains(now)


@st.composite
def night_services(draw: st.DrawFn) -> ContactPoint:
    """Every-day windows between 00:00 and 04:00: they straddle the clock changes."""
    times = st.tuples(st.integers(0, 3), st.sampled_from([0, 15, 30, 45]))
    windows = draw(
        st.lists(st.lists(times, min_size=2, max_size=2, unique=True), min_size=1, max_size=3)
    )
    rules = [
        {"days": EVERY_DAY, "from": f"{a[0]:02d}:{a[1]:02d}", "to": f"{b[0]:02d}:{b[1]:02d}"}
        for a, b in map(sorted, windows)
    ]
    return make_cp(hours=rules, open_on_public_holidays=True)


@settings(max_examples=300, deadline=None)
@given(
    night_services(),
    st.builds(
        lambda t, s: (t + dt.timedelta(seconds=s)).astimezone(BERLIN),
        st.sampled_from(CHANGES),
        st.integers(-7200, 7200),
    ),
)
def test_open_now_during_the_changed_hour(cp: ContactPoint, now: dt.datetime) -> None:
    # Berlin-time `now` with fold=1 in October: compared naively it would look an hour early.
    plan = hours.day_plan(cp, local_day(now))
    containing = [w for w in plan.windows if as_utc(w.start) <= as_utc(now) < as_utc(w.end)]
    found = hours.open_now(cp, now)
    assert found == (containing[0] if containing else None)


@settings(max_examples=200, deadline=None)
@given(contact_points(), instants(), kinds)
def test_next_opening_is_the_first_start_after_now(
    cp: ContactPoint, now: dt.datetime, kind: WindowKind | None
) -> None:
    found = hours.next_opening(cp, now, kind=kind)
    first, horizon = local_day(now), local_day(now) + dt.timedelta(days=60)
    last = local_day(found.start) if found else horizon
    starts = [
        as_utc(w.start)
        for offset in range((last - first).days + 1)
        for w in hours.day_plan(cp, first + dt.timedelta(days=offset)).windows
        if kind is None or w.kind is kind
    ]
    later = [start for start in starts if start > as_utc(now)]
    if found is None:
        assert later == []
    else:
        assert as_utc(found.start) > as_utc(now)
        assert min(later) == as_utc(found.start)


@settings(max_examples=300, deadline=None)
@given(
    contact_points(),
    st.dates(dt.date(2024, 1, 1), dt.date(2028, 12, 31))
    | st.sampled_from([change.date() for change in CHANGES] + HOLIDAYS),
)
def test_windows_follow_the_wall_clock_rules(cp: ContactPoint, day: dt.date) -> None:
    plan = hours.day_plan(cp, day)
    assert plan.day == day
    starts = [as_utc(w.start) for w in plan.windows]
    assert starts == sorted(starts)
    expected = set()
    for place in cp.places:
        for rule in place.hours:
            if any(d.number == day.weekday() for d in rule.days):
                expected.add((place.id, rule.start, rule.end, rule.kind))
    for window in plan.windows:
        assert window.start.tzinfo == BERLIN and window.end.tzinfo == BERLIN
        assert window.start.date() == day == window.end.date()
        assert as_utc(window.start) < as_utc(window.end)
        for moment in (window.start, window.end):  # a real local time, not one in the gap
            assert moment.astimezone(UTC).astimezone(BERLIN).replace(tzinfo=None) == (
                moment.replace(tzinfo=None)
            )
        wall = [(s, e) for (p, s, e, k) in expected if p == window.place_id and k is window.kind]
        # A wall-clock time is kept, except one inside the spring gap, which moves on by 1 h.
        shown = (window.start.time(), window.end.time())
        assert shown in [(_wall(day, s), _wall(day, e)) for s, e in wall]


def _wall(day: dt.date, rule_time: dt.time) -> dt.time:
    """The rule's time as a clock on `day` shows it."""
    if rule_time.hour == 2 and day in {change.date() for change in CHANGES if change.month == 3}:
        return rule_time.replace(hour=3)  # 02:00-02:59 does not exist that night
    return rule_time


@settings(max_examples=200, deadline=None)
@given(
    contact_points(),
    st.sampled_from(HOLIDAYS) | st.dates(dt.date(2024, 1, 1), dt.date(2028, 12, 31)),
)
def test_nothing_opens_on_holidays_closed_days_or_outside_the_programme(
    cp: ContactPoint, day: dt.date
) -> None:
    plan = hours.day_plan(cp, day)
    if not cp.programme.period.contains(day):
        assert plan.windows == ()
        assert plan.closed_reason is not None and plan.closed_reason.programme is not None
    elif day in Germany(subdiv=cp.state, years=day.year) and not cp.open_on_public_holidays:
        assert plan.windows == ()
        assert plan.closed_reason is not None and plan.closed_reason.holiday
    for window in plan.windows:
        place = cp.place(window.place_id)
        assert place is not None
        assert not any(period.contains(day) for period in place.closed)
    for place in cp.places:
        if any(period.contains(day) for period in place.closed):
            assert hours.day_plan(cp, day, place_id=place.id).windows == ()


@settings(max_examples=100, deadline=None)
@given(contact_points(), st.dates(dt.date(2024, 1, 1), dt.date(2028, 12, 31)))
def test_a_week_is_seven_consecutive_day_plans(cp: ContactPoint, start: dt.date) -> None:
    plans = hours.week(cp, start)
    assert [plan.day for plan in plans] == [start + dt.timedelta(days=n) for n in range(7)]
    assert plans == [hours.day_plan(cp, plan.day) for plan in plans]
    place_id = cp.places[-1].id
    for plan in hours.week(cp, start, place_id=place_id):
        assert all(w.place_id == place_id for w in plan.windows)
