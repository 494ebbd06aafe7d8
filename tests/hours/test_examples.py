"""Opening hours of the seeds' services, public holidays, closed periods and programme ends."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from flows.knowledge import hours
from flows.knowledge.catalogue import Catalogue, WindowKind
from tests.example import cp
from tests.hours.build import make_cp, rule

BERLIN = ZoneInfo("Europe/Berlin")


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def test_justiq_open_on_its_last_friday_and_closed_after(catalogue: Catalogue) -> None:
    justiq = cp(catalogue, "justiq")
    assert dt.date(2022, 7, 29).weekday() == 4  # a Friday
    window = hours.open_now(justiq, at(2022, 7, 29, 15, 30))
    assert window is not None
    assert (window.place_id, window.start, window.end) == (
        "nord",
        at(2022, 7, 29, 14),
        at(2022, 7, 29, 18),
    )
    assert [w.place_id for w in hours.day_plan(justiq, dt.date(2022, 7, 29)).windows] == [
        "nord",
        "suedost",
    ]
    assert hours.open_now(justiq, at(2022, 8, 1, 15)) is None
    plan = hours.day_plan(justiq, dt.date(2022, 8, 1))
    assert plan.windows == ()
    assert plan.closed_reason == hours.ClosedReason(programme=hours.Ended(dt.date(2022, 7, 31)))
    assert hours.next_opening(justiq, at(2022, 7, 29, 18)) is None
    assert hours.programme_state(justiq, dt.date(2022, 7, 31)) == hours.Running(
        dt.date(2022, 7, 31)
    )
    assert hours.programme_state(justiq, dt.date(2022, 8, 1)) == hours.Ended(dt.date(2022, 7, 31))


def test_teilhabe_juelich_consultation_hours(catalogue: Catalogue) -> None:
    teilhabe = cp(catalogue, "teilhabe")
    monday = dt.date(2026, 5, 4)
    assert monday.weekday() == 0
    window = hours.open_now(teilhabe, at(2026, 5, 4, 15))
    assert window == hours.Window(
        "juelich", at(2026, 5, 4, 14), at(2026, 5, 4, 16), WindowKind.drop_in
    )
    assert hours.open_now(teilhabe, at(2026, 5, 4, 16)) is None  # the end is exclusive
    after = at(2026, 5, 4, 16)
    upcoming = hours.next_opening(teilhabe, after)
    assert upcoming is not None and (upcoming.place_id, upcoming.kind) == (
        "diz",
        WindowKind.appointment,
    )
    assert upcoming.start == at(2026, 5, 5, 9)
    drop_in = hours.next_opening(teilhabe, after, kind=WindowKind.drop_in)
    assert drop_in == hours.Window(
        "juelich", at(2026, 5, 6, 9), at(2026, 5, 6, 11), WindowKind.drop_in
    )
    only_juelich = hours.week(teilhabe, monday, place_id="juelich")
    assert [
        (p.day.weekday(), [(w.start.hour, w.end.hour) for w in p.windows]) for p in only_juelich
    ] == [
        (0, [(14, 16)]),
        (1, []),
        (2, [(9, 11)]),
        (3, []),
        (4, []),
        (5, []),
        (6, []),
    ]


def test_kim_is_by_appointment_only(catalogue: Catalogue) -> None:
    kim = cp(catalogue, "kim")
    assert hours.open_now(kim, at(2026, 5, 4, 10), kind=WindowKind.drop_in) is None
    assert hours.next_opening(kim, at(2026, 5, 4, 10), kind=WindowKind.drop_in) is None
    window = hours.open_now(kim, at(2026, 5, 4, 10), kind=WindowKind.appointment)
    assert window is not None and window.kind is WindowKind.appointment
    assert hours.programme_state(kim, dt.date(2023, 6, 30)) == hours.NotStarted(dt.date(2023, 7, 1))


def test_a_closed_period_closes_one_place(catalogue: Catalogue) -> None:
    teilhabe = cp(catalogue, "teilhabe")
    monday = dt.date(2026, 12, 21)
    assert monday.weekday() == 0
    plan = hours.day_plan(teilhabe, monday, place_id="juelich")
    assert plan.windows == ()
    assert plan.closed_reason is not None and plan.closed_reason.text is not None
    assert plan.closed_reason.text.get("en") == "Christmas break"
    tuesday = hours.day_plan(teilhabe, dt.date(2026, 12, 22))  # the DIZ still gives appointments
    assert [w.place_id for w in tuesday.windows] == ["diz"] and tuesday.closed_reason is None
    assert hours.next_opening(teilhabe, at(2026, 12, 20), place_id="juelich") == hours.Window(
        "juelich", at(2027, 1, 4, 14), at(2027, 1, 4, 16), WindowKind.drop_in
    )


@pytest.mark.parametrize(
    ("day", "open_in"),
    [
        (dt.date(2026, 10, 3), set()),  # Tag der Deutschen Einheit, everywhere
        (dt.date(2026, 11, 1), {"NI", "SN"}),  # Allerheiligen: NW (and BY), not SN or NI
        (dt.date(2026, 10, 31), {"NW"}),  # Reformationstag: NI and SN, not NW
        (dt.date(2026, 10, 30), {"NW", "NI", "SN"}),
    ],
)
def test_public_holidays_per_state(day: dt.date, open_in: set[str]) -> None:
    for state in ("NW", "NI", "SN"):
        service = make_cp(state=state)
        plan = hours.day_plan(service, day)
        assert bool(plan.windows) == (state in open_in), (state, day)
        if state not in open_in:
            assert plan.closed_reason is not None and plan.closed_reason.holiday
        assert (hours.open_now(service, dt.datetime.combine(day, dt.time(11), BERLIN)) is None) == (
            state not in open_in
        )


def test_holiday_names_are_german() -> None:
    service = make_cp(state="NW")
    assert hours.public_holiday(service, dt.date(2026, 10, 3)) == "Tag der Deutschen Einheit"
    assert hours.public_holiday(service, dt.date(2026, 11, 1)) == "Allerheiligen"
    assert hours.public_holiday(make_cp(state="SN"), dt.date(2026, 10, 31)) == "Reformationstag"
    assert hours.public_holiday(service, dt.date(2026, 10, 31)) is None


def test_open_on_public_holidays() -> None:
    service = make_cp(open_on_public_holidays=True)
    assert hours.open_now(service, at(2026, 10, 3, 11)) is not None


def test_dst_days_keep_wall_clock_times() -> None:
    service = make_cp(
        hours=[rule("14:00", "18:00"), rule("02:00", "02:30"), rule("02:30", "03:00")]
    )
    spring = hours.day_plan(service, dt.date(2026, 3, 29))  # clocks jump 02:00 -> 03:00
    # 02:00-02:30 does not exist: moved forward by the gap; 02:30-03:00 vanishes entirely.
    assert [(w.start.time(), w.end.time()) for w in spring.windows] == [
        (dt.time(3, 0), dt.time(3, 30)),
        (dt.time(14), dt.time(18)),
    ]
    afternoon = spring.windows[1]
    assert afternoon.start.utcoffset() == dt.timedelta(hours=2)
    assert afternoon.end - afternoon.start == dt.timedelta(hours=4)
    autumn = hours.day_plan(service, dt.date(2026, 10, 25))  # 03:00 -> 02:00 again
    assert [(w.start.time(), w.end.time()) for w in autumn.windows] == [
        (dt.time(2, 0), dt.time(2, 30)),
        (dt.time(2, 30), dt.time(3, 0)),
        (dt.time(14), dt.time(18)),
    ]
    # Ambiguous times mean their first occurrence (summer time); 03:00 is winter time.
    early, late, afternoon = autumn.windows
    assert early.start.utcoffset() == dt.timedelta(hours=2)
    assert late.end.astimezone(dt.UTC) - late.start.astimezone(dt.UTC) == dt.timedelta(
        hours=1, minutes=30
    )
    assert afternoon.start.utcoffset() == dt.timedelta(hours=1)
    # 02:45 winter time (the second 02:45) is not inside the 02:00-02:30 summer-time window.
    second = dt.datetime(2026, 10, 25, 2, 45, tzinfo=BERLIN, fold=1)
    assert hours.open_now(service, second) == late


def test_the_repeated_hour_is_compared_as_instants() -> None:
    service = make_cp(hours=[rule("01:00", "02:30")])
    window = hours.day_plan(service, dt.date(2026, 10, 25)).windows[0]
    first = dt.datetime(2026, 10, 25, 2, 15, tzinfo=BERLIN)  # still summer time: inside
    second = dt.datetime(2026, 10, 25, 2, 15, tzinfo=BERLIN, fold=1)  # an hour later: outside
    assert hours.open_now(service, first) == window
    assert hours.open_now(service, second) is None
    assert hours.next_opening(service, first) is not None
    assert hours.next_opening(service, first) == hours.next_opening(service, second)


def test_a_programme_that_has_not_started_opens_on_its_first_working_day() -> None:
    service = make_cp(period={"from": "2027-01-01"}, hours=[rule("10:00", "12:00", ["mon", "fri"])])
    # 1 January 2027 (a Friday) is Neujahr: the first window is Monday the 4th.
    assert hours.next_opening(service, at(2026, 12, 30)) == hours.Window(
        "office", at(2027, 1, 4, 10), at(2027, 1, 4, 12), WindowKind.drop_in
    )
    assert hours.next_opening(service, at(2026, 9, 1)) is None  # beyond the 60-day horizon
    assert hours.next_opening(service, at(2026, 9, 1), horizon_days=130) is not None


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        hours.open_now(make_cp(), dt.datetime(2026, 5, 4, 11))
    with pytest.raises(ValueError, match="timezone-aware"):
        hours.next_opening(make_cp(), dt.datetime(2026, 5, 4, 11))


def test_an_unknown_place_is_refused() -> None:
    with pytest.raises(ValueError, match="no place 'attic'"):
        hours.day_plan(make_cp(), dt.date(2026, 5, 4), place_id="attic")


def test_alternatives_for_the_ended_services(catalogue: Catalogue) -> None:
    today = dt.date(2026, 5, 4)
    ids = [c.id for c in hours.alternatives(catalogue, cp(catalogue, "justiq"), today)]
    assert ids == ["teilhabe", "kim", "pace"]
    ids = [c.id for c in hours.alternatives(catalogue, cp(catalogue, "jobpoint"), today)]
    assert ids == ["teilhabe", "kim", "pace"]
    # In summer 2022 JUSTiQ still ran and KIM had not started.
    ids = [
        c.id for c in hours.alternatives(catalogue, cp(catalogue, "jobpoint"), dt.date(2022, 7, 29))
    ]
    assert ids == ["justiq", "teilhabe", "pace"]


def test_alternatives_order() -> None:
    ended = make_cp(cp_id="ended", period={"until": "2020-01-01"}, see_instead=["far", "gone"])
    others = [
        make_cp(cp_id="far", state="SN", ages=(30, 40)),
        make_cp(cp_id="gone", period={"until": "2021-01-01"}),
        make_cp(cp_id="near-other-ages", ages=(40, 60)),
        make_cp(cp_id="elsewhere", state="NI"),
        make_cp(cp_id="near"),
        make_cp(cp_id="elsewhere-other-ages", state="BY", ages=(50, 60)),
    ]
    cat = Catalogue.model_validate(
        {"organisation": {"name": "O"}, "contact_points": [ended, *others]}
    )
    assert [c.id for c in hours.alternatives(cat, ended, dt.date(2026, 5, 4))] == [
        "far",
        "near",
        "near-other-ages",
        "elsewhere",
        "elsewhere-other-ages",
    ]
