"""When reminders come: 24 h and 2 h before by default, never in the quiet hours (they move
to the evening before), never right after booking; across the clock changes; and the
`reminders:` settings of the contact-point file with their mistakes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from flows.appointments.reminder_times import (
    before_quiet_hours,
    in_quiet_hours,
    policy,
    reminder_times,
)
from flows.knowledge.catalogue import Catalogue, load_catalogue, summarise
from flows.knowledge.catalogue.model import QuietHours, Reminders
from tests.appointments.build import BERLIN, berlin
from tests.appointments.test_config import BOOKABLE
from tests.catalogue.test_errors import VALID, error, write
from tests.example import cp

DEFAULT = Reminders()
NIGHT = QuietHours(**{"from": dt.time(21, 0), "to": dt.time(8, 0)})


def local(moments: list[dt.datetime]) -> list[str]:
    return [m.astimezone(BERLIN).strftime("%a %d.%m. %H:%M") for m in moments]


def test_a_day_and_two_hours_before() -> None:
    start = berlin(2026, 12, 3, 10)  # Thursday
    due = reminder_times(start, berlin(2026, 11, 30, 14, 30), BERLIN, DEFAULT)
    assert local(due) == ["Wed 02.12. 10:00", "Thu 03.12. 08:00"], "08:00 is allowed"


def test_an_early_reminder_moves_to_the_evening_before() -> None:
    start = berlin(2026, 12, 3, 9)
    due = reminder_times(start, berlin(2026, 11, 30, 14, 30), BERLIN, DEFAULT)
    assert local(due) == ["Wed 02.12. 09:00", "Wed 02.12. 21:00"]


def test_a_late_evening_reminder_moves_back_to_the_start_of_the_quiet_hours() -> None:
    # An appointment at 23:30 (a night café of street work): 24 h before is 23:30 too.
    start = berlin(2026, 12, 3, 23, 30)
    due = reminder_times(start, berlin(2026, 11, 30, 12), BERLIN, DEFAULT)
    assert local(due) == ["Wed 02.12. 21:00", "Thu 03.12. 21:00"]


def test_reminders_right_after_booking_or_in_the_past_are_left_out() -> None:
    start = berlin(2026, 12, 3, 10)
    assert local(reminder_times(start, berlin(2026, 12, 2, 9, 30), BERLIN, DEFAULT)) == [
        "Thu 03.12. 08:00"
    ], "the 24-hour reminder would come 30 minutes after the booking"
    assert reminder_times(start, berlin(2026, 12, 3, 7, 30), BERLIN, DEFAULT) == []


def test_hours_before_are_real_hours_across_the_clock_change() -> None:
    # Sunday 29 March 2026 the clocks go forward at 02:00: 24 real hours before 10:00 CEST
    # is 09:00 CET on Saturday.
    start = berlin(2026, 3, 29, 10)
    due = reminder_times(start, berlin(2026, 3, 20, 12), BERLIN, DEFAULT)
    assert local(due) == ["Sat 28.03. 09:00", "Sun 29.03. 08:00"]
    assert all(start - d in (dt.timedelta(hours=24), dt.timedelta(hours=2)) for d in due)


def test_no_quiet_hours_and_other_hours_before() -> None:
    own = Reminders(hours_before=[48, 1], quiet_hours=None)
    start = berlin(2026, 12, 3, 7)
    due = reminder_times(start, berlin(2026, 11, 30, 12), BERLIN, own)
    assert local(due) == ["Tue 01.12. 07:00", "Thu 03.12. 06:00"]
    assert reminder_times(start, berlin(2026, 11, 30, 12), BERLIN, Reminders(hours_before=[])) == []


def test_quiet_hours_within_one_day() -> None:
    lunch = QuietHours(**{"from": dt.time(12, 0), "to": dt.time(13, 0)})
    assert in_quiet_hours(berlin(2026, 12, 1, 12, 30), BERLIN, lunch)
    assert not in_quiet_hours(berlin(2026, 12, 1, 13, 0), BERLIN, lunch)
    moved = before_quiet_hours(berlin(2026, 12, 1, 12, 30), BERLIN, lunch)
    assert moved.astimezone(BERLIN) == berlin(2026, 12, 1, 12, 0)


@given(
    start=st.datetimes(
        min_value=dt.datetime(2026, 1, 1),
        max_value=dt.datetime(2027, 12, 31),
        timezones=st.just(BERLIN),
    ),
    lead_hours=st.integers(0, 24 * 10),
    hours_before=st.lists(st.integers(1, 24 * 14), max_size=4, unique=True),
    quiet=st.sampled_from([None, (21, 8), (22, 6), (12, 13), (0, 7)]),
)
def test_properties(
    start: dt.datetime,
    lead_hours: int,
    hours_before: list[int],
    quiet: tuple[int, int] | None,
) -> None:
    start = start.astimezone(dt.UTC).astimezone(BERLIN)  # a real instant (no gap times)
    booked_at = start.astimezone(dt.UTC) - dt.timedelta(hours=lead_hours)
    quiet_hours = (
        QuietHours(**{"from": dt.time(quiet[0]), "to": dt.time(quiet[1])}) if quiet else None
    )
    reminders = Reminders(hours_before=hours_before, quiet_hours=quiet_hours)
    due = reminder_times(start, booked_at, BERLIN, reminders)
    assert due == sorted(set(due)) and len(due) <= len(hours_before)
    for moment in due:
        assert booked_at + dt.timedelta(hours=1) <= moment < start
        assert quiet_hours is None or not in_quiet_hours(moment, BERLIN, quiet_hours)
    for hours in hours_before:
        natural = start.astimezone(dt.UTC) - dt.timedelta(hours=hours)
        quiet_free = quiet_hours is None or not in_quiet_hours(natural, BERLIN, quiet_hours)
        if quiet_free and natural >= booked_at + dt.timedelta(hours=1):
            assert natural in due, "a reminder outside the quiet hours keeps its time"


def test_the_example_reminds_a_day_and_two_hours_before(catalogue: Catalogue) -> None:
    teilhabe = cp(catalogue, "teilhabe")
    assert policy(catalogue, teilhabe.place("diz")) == DEFAULT
    assert catalogue.organisation.reminders.quiet_hours == NIGHT
    summary = summarise(catalogue, dt.date(2026, 12, 1))
    assert "reminders of appointments: 24 h, 2 h before; " in summary
    assert "; never 21:00-08:00" in summary


def test_reminders_are_set_for_the_organisation_and_per_place(tmp_path: Path) -> None:
    text = VALID.replace(
        "organisation:\n",
        "organisation:\n  reminders:\n    hours_before: [2, 48]\n    quiet_hours: null\n",
        1,
    )
    catalogue = load_catalogue(write(tmp_path, text))
    assert catalogue.organisation.reminders == Reminders(hours_before=[48, 2], quiet_hours=None)
    own = BOOKABLE + (
        "          reminders:\n"
        "            hours_before: [3]\n"
        "            quiet_hours: {from: '20:00', to: '09:00'}\n"
    )
    place = load_catalogue(write(tmp_path, own)).contact_points[0].places[0]
    found = policy(catalogue, place)
    assert found.hours_before == [3]
    assert found.quiet_hours == QuietHours(**{"from": dt.time(20), "to": dt.time(9)})


def test_mistakes_in_reminders_name_the_line_and_the_problem(tmp_path: Path) -> None:
    twice = BOOKABLE + "          reminders:\n            hours_before: [24, 24]\n"
    caught = error(tmp_path, twice)
    assert caught.field == "contact_points[0].places[0].appointments.reminders.hours_before"
    assert "an hour is given twice" in caught.problem and caught.line == 32
    same = BOOKABLE + (
        "          reminders:\n            quiet_hours: {from: '21:00', to: '21:00'}\n"
    )
    caught = error(tmp_path, same)
    assert (caught.field or "").endswith("reminders.quiet_hours.to")
    assert "the same time" in caught.problem
    late = (
        BOOKABLE + "          reminders:\n            quiet_hours: {from: '25:00', to: '08:00'}\n"
    )
    caught = error(tmp_path, late)
    assert (caught.field or "").endswith("reminders.quiet_hours.from")
    assert "'25:00' is not a time of day" in caught.problem
