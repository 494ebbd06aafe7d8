"""The `appointments:` block of a place: accepted, summarised, and every mistake explained."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from flows.knowledge.catalogue import Catalogue, find_warnings, load_catalogue, summarise
from tests.catalogue.test_errors import VALID, changed, error, write

# The template's place with a booking block below its hours (lines 22-30 of the file).
BOOKABLE = (
    VALID
    + """\
            kind: appointment
        appointments:
          slot_minutes: 30
          capacity: 2
          notice_hours: 12
          ahead_days: 14
          bring:
            de: Ausweis
            en: ID
"""
)


def test_a_booking_block_is_read(tmp_path: Path) -> None:
    place = load_catalogue(write(tmp_path, BOOKABLE)).contact_points[0].places[0]
    assert place.appointments is not None
    assert (place.appointments.slot_minutes, place.appointments.capacity) == (30, 2)
    assert (place.appointments.notice_hours, place.appointments.ahead_days) == (12, 14)
    assert place.appointments.bring is not None and place.appointments.bring.get("en") == "ID"
    # Without its own hours the block uses the place's hours of kind appointment.
    assert [(w.start, w.end) for w in place.appointment_hours()] == [
        (dt.time(14, 0), dt.time(18, 0))
    ]


def test_defaults_and_own_hours(tmp_path: Path) -> None:
    text = VALID + (
        "        appointments:\n"
        "          slot_minutes: 45\n"
        "          hours:\n"
        "            - {days: [tue], from: '09:00', to: '12:00'}\n"
        "            - {days: [tue], from: '13:00', to: '15:00'}\n"
    )
    place = load_catalogue(write(tmp_path, text)).contact_points[0].places[0]
    assert place.appointments is not None
    assert (place.appointments.capacity, place.appointments.notice_hours) == (1, 24)
    assert place.appointments.ahead_days == 28 and place.appointments.bring is None
    assert [w.start for w in place.appointment_hours()] == [dt.time(9), dt.time(13)]


@pytest.mark.parametrize(
    ("old", "new", "line", "field", "problem"),
    [
        (
            "slot_minutes: 30",
            "slot_minutes: 0",
            24,
            "appointments.slot_minutes",
            "0 is out of range; it must be at least 5",
        ),
        (
            "capacity: 2",
            "capacity: 0",
            25,
            "appointments.capacity",
            "0 is out of range; it must be at least 1",
        ),
        (
            "notice_hours: 12",
            "notice_hours: -1",
            26,
            "appointments.notice_hours",
            "-1 is out of range; it must be at least 0",
        ),
        (
            "ahead_days: 14",
            "ahead_days: 0",
            27,
            "appointments.ahead_days",
            "0 is out of range; it must be at least 1",
        ),
        (
            "capacity: 2",
            "capacity: two",
            25,
            "appointments.capacity",
            "should be a whole number, not the text 'two'",
        ),
        (
            "ahead_days: 14",
            "ahead_dayz: 14",
            27,
            "appointments.ahead_dayz",
            "'ahead_dayz' is not a known field (did you mean 'ahead_days'?)",
        ),
        (
            "slot_minutes: 30",
            "slot_minutes: 300",
            19,
            "hours[0]",
            "14:00-18:00 is shorter than one slot (300 minutes)",
        ),
        (
            "            kind: appointment\n",
            "            kind: drop_in\n",
            23,
            "appointments",
            "no times for appointments: give 'hours' here, or hours of kind 'appointment' "
            "at this place",
        ),
    ],
)
def test_mistakes_name_line_field_and_problem(
    tmp_path: Path, old: str, new: str, line: int, field: str, problem: str
) -> None:
    caught = error(tmp_path, changed(old, new, BOOKABLE))
    assert (caught.line, caught.field, caught.problem) == (
        line,
        f"contact_points[0].places[0].{field}",
        problem,
    )


def test_a_window_that_ends_before_it_starts(tmp_path: Path) -> None:
    text = BOOKABLE + "          hours:\n            - {days: [mon], from: '12:00', to: '09:00'}\n"
    caught = error(tmp_path, text)
    assert caught.line == 32
    assert caught.field == "contact_points[0].places[0].appointments.hours[0].to"
    assert caught.problem == "'to' must be later than 'from' on the same day"


def test_overlapping_windows_would_double_the_capacity(tmp_path: Path) -> None:
    text = BOOKABLE + (
        "          hours:\n"
        "            - {days: [mon, tue], from: '09:00', to: '12:00'}\n"
        "            - {days: [tue], from: '11:00', to: '13:00'}\n"
    )
    caught = error(tmp_path, text)
    assert (caught.line, caught.field) == (
        33,
        "contact_points[0].places[0].appointments.hours[1]",
    )
    assert caught.problem == "overlaps hours[0] on tue; give each time only once"


def test_a_window_shorter_than_one_slot(tmp_path: Path) -> None:
    text = BOOKABLE + "          hours:\n            - {days: [mon], from: '09:00', to: '09:20'}\n"
    caught = error(tmp_path, text)
    assert caught.field == "contact_points[0].places[0].appointments.hours[0]"
    assert caught.problem == "09:00-09:20 is shorter than one slot (30 minutes)"


def test_the_example_offers_appointments_where_the_seeds_do(catalogue: Catalogue) -> None:
    # KIM counsels by appointment only, Teilhabemanagement by appointment in the DIZ (seeds
    # 001, 002); PACE's appointment hours are an example. Drop-in places take no bookings.
    bookable = {
        (cp.id, place.id)
        for cp in catalogue.contact_points
        for place in cp.places
        if place.appointments is not None
    }
    assert bookable == {("kim", "diz"), ("teilhabe", "diz"), ("pace", "hannover")}
    for cp in catalogue.contact_points:
        for place in cp.places:
            if place.appointments is not None:
                assert "appointments" in cp.offers
                assert place.appointment_hours()


def test_check_config_mentions_the_appointment_offers(catalogue: Catalogue) -> None:
    summary = summarise(catalogue, dt.date(2026, 11, 25))
    assert "Appointments (in the hours of kind appointment): 60-minute slots, 2 at a time" in (
        summary
    )
    assert "Appointments: 45-minute slots, 1 at a time, booked at least 4 h before" in summary
    assert "Mon, Wed, Fri  09:00-11:30  bookable" in summary
    assert not find_warnings(catalogue, dt.date(2026, 11, 25))


def test_a_warning_when_offers_and_booking_blocks_disagree(tmp_path: Path) -> None:
    offering = changed("    languages:", "    offers: [appointments]\n    languages:")
    catalogue = load_catalogue(write(tmp_path, offering))
    assert "one: offers appointments, but no place has an 'appointments' block" in "\n".join(
        find_warnings(catalogue, dt.date(2026, 11, 25))
    )
    catalogue = load_catalogue(write(tmp_path, BOOKABLE))
    assert "one: a place takes bookings, but 'offers' lacks appointments" in find_warnings(
        catalogue, dt.date(2026, 11, 25)
    )


def test_overlapping_appointment_hours_of_the_place_are_refused_too(tmp_path: Path) -> None:
    text = changed(
        "          - days: [mon]\n",
        "          - {days: [mon], from: '15:00', to: '19:00', kind: appointment}\n"
        "          - days: [mon]\n",
        BOOKABLE,
    )
    caught = error(tmp_path, text)
    assert (caught.line, caught.field) == (20, "contact_points[0].places[0].hours[1]")
    assert caught.problem == "overlaps hours[0] on mon; give each time only once"
