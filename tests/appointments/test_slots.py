"""Slots of the seeds' services: weekdays, holidays, notice, horizon, capacity, clock changes,
and the drop-in hours offered instead."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.knowledge import slots
from flows.knowledge.catalogue import Catalogue, ContactPoint
from tests.appointments.build import BERLIN, berlin, bookable_cp, booking
from tests.hours.build import rule

UTC = dt.UTC
MONDAY = dt.date(2026, 11, 30)


@pytest.fixture
def kim(catalogue: Catalogue) -> ContactPoint:
    cp = catalogue.contact_point("kim")
    assert cp is not None
    return cp


@pytest.fixture
def teilhabe(catalogue: Catalogue) -> ContactPoint:
    cp = catalogue.contact_point("teilhabe")
    assert cp is not None
    return cp


def clock(found: list[slots.Slot]) -> list[str]:
    return [f"{s.start:%a %d.%m. %H:%M}-{s.end:%H:%M}" for s in found]


def test_kim_offers_hourly_slots_after_a_days_notice(kim: ContactPoint) -> None:
    now = berlin(2026, 11, 30, 8, 0)  # Monday morning: Monday itself is too soon (24 h)
    found = slots.free_slots(kim, "diz", MONDAY, MONDAY + dt.timedelta(days=6), now)
    assert len(found) == 6 + 6 + 6 + 3  # Tue-Thu 09:00-15:00, Fri 09:00-12:00
    assert clock(found)[:2] == ["Tue 01.12. 09:00-10:00", "Tue 01.12. 10:00-11:00"]
    assert clock(found)[-1] == "Fri 04.12. 11:00-12:00"
    assert found[0].start_utc == dt.datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # CET = UTC+1
    assert {(s.capacity, s.free) for s in found} == {(2, 2)}


def test_the_notice_counts_from_now_not_from_midnight(kim: ContactPoint) -> None:
    now = berlin(2026, 11, 30, 11, 30)
    found = slots.free_slots(kim, "diz", MONDAY, MONDAY + dt.timedelta(days=1), now)
    assert clock(found)[0] == "Tue 01.12. 12:00-13:00"
    exact = berlin(2026, 11, 30, 12, 0)  # a slot exactly 24 h ahead may still be booked
    assert clock(slots.free_slots(kim, "diz", MONDAY, MONDAY + dt.timedelta(days=1), exact))[0] == (
        "Tue 01.12. 12:00-13:00"
    )


def test_public_holidays_have_no_slots(kim: ContactPoint) -> None:
    now = berlin(2026, 12, 1, 9, 0)
    christmas_eve, christmas = dt.date(2026, 12, 24), dt.date(2026, 12, 25)
    assert len(slots.free_slots(kim, "diz", christmas_eve, christmas_eve, now)) == 6
    assert slots.free_slots(kim, "diz", christmas, christmas, now) == []
    assert slots.day_slots(kim, "diz", christmas) == []


def test_the_horizon_ends_ahead_days_after_today(kim: ContactPoint) -> None:
    now = berlin(2026, 11, 30, 23, 59)  # ahead_days 42 -> Monday 11 January 2027 is the last
    last, after = dt.date(2027, 1, 11), dt.date(2027, 1, 12)
    assert len(slots.free_slots(kim, "diz", last, after, now)) == 6
    assert slots.free_days(kim, "diz", now)[-1] == last
    earliest, latest = slots.booking_range(kim, "diz", now)
    assert earliest == now.astimezone(UTC) + dt.timedelta(hours=24)
    assert latest == dt.datetime(2027, 1, 12, 0, 0, tzinfo=BERLIN).astimezone(UTC)


def test_full_slots_disappear_and_half_full_ones_say_so(kim: ContactPoint) -> None:
    now = berlin(2026, 11, 30, 8, 0)
    tuesday = dt.date(2026, 12, 1)
    nine, ten = berlin(2026, 12, 1, 9), berlin(2026, 12, 1, 10)
    booked = {nine.astimezone(UTC): 2, ten: 1}  # keys in any zone
    found = slots.free_slots(kim, "diz", tuesday, tuesday, now, booked)
    assert clock(found)[0] == "Tue 01.12. 10:00-11:00" and found[0].free == 1
    assert slots.slot_at(kim, "diz", nine, now, booked) is None
    assert slots.slot_at(kim, "diz", ten, now, booked) == found[0]


def test_a_fully_booked_day_is_no_free_day(kim: ContactPoint) -> None:
    now = berlin(2026, 11, 30, 8, 0)
    tuesday = slots.day_slots(kim, "diz", dt.date(2026, 12, 1))
    booked = {slot.start: 2 for slot in tuesday}
    days = slots.free_days(kim, "diz", now, booked)
    assert days[:2] == [dt.date(2026, 12, 2), dt.date(2026, 12, 3)]


def test_slot_at_refuses_times_off_the_grid_and_too_soon(kim: ContactPoint) -> None:
    now = berlin(2026, 11, 30, 8, 0)
    assert slots.slot_at(kim, "diz", berlin(2026, 12, 1, 9, 30), now) is None
    assert slots.slot_at(kim, "diz", berlin(2026, 11, 30, 14, 0), now) is None  # notice
    assert slots.slot_at(kim, "diz", berlin(2026, 12, 1, 15, 0), now) is None  # window ends
    found = slots.slot_at(kim, "diz", berlin(2026, 12, 1, 14, 0), now)
    assert found is not None and found.end == berlin(2026, 12, 1, 15, 0)


def test_closed_periods_and_ended_programmes_have_no_slots() -> None:
    closed = bookable_cp(closed=[{"from": "2026-12-21", "until": "2027-01-01"}])
    now = berlin(2026, 12, 18, 12, 0)
    days = slots.free_days(closed, "office", now)
    assert dt.date(2026, 12, 20) in days and dt.date(2027, 1, 2) in days
    assert not [d for d in days if dt.date(2026, 12, 21) <= d <= dt.date(2027, 1, 1)]
    ending = bookable_cp(period={"until": "2026-12-20"})
    assert slots.free_days(ending, "office", berlin(2026, 12, 18, 8, 0)) == [
        dt.date(2026, 12, 18),
        dt.date(2026, 12, 19),
        dt.date(2026, 12, 20),
    ]
    assert slots.free_days(ending, "office", berlin(2026, 12, 21, 8, 0)) == []


def test_places_without_appointments_have_no_slots(teilhabe: ContactPoint) -> None:
    assert [place.id for place in slots.bookable_places(teilhabe)] == ["diz"]
    now = berlin(2026, 11, 30, 8, 0)
    assert slots.free_slots(teilhabe, "juelich", MONDAY, MONDAY + dt.timedelta(days=7), now) == []
    with pytest.raises(ValueError, match="no place 'nowhere'"):
        slots.free_slots(teilhabe, "nowhere", MONDAY, MONDAY, now)
    with pytest.raises(ValueError, match="takes no appointments"):
        slots.booking_range(teilhabe, "juelich", now)


def test_slots_last_their_length_across_the_spring_gap() -> None:
    night = bookable_cp(
        hours=[rule("01:00", "04:00", kind="appointment")], open_on_public_holidays=True
    )
    day = dt.date(2026, 3, 29)  # 02:00 CET becomes 03:00 CEST
    found = slots.day_slots(night, "office", day)
    assert clock(found) == ["Sun 29.03. 01:00-03:00", "Sun 29.03. 03:00-04:00"]
    assert all(s.end_utc - s.start_utc == dt.timedelta(hours=1) for s in found)


def test_the_autumn_hour_is_offered_twice() -> None:
    night = bookable_cp(
        hours=[rule("01:00", "04:00", kind="appointment")], open_on_public_holidays=True
    )
    found = slots.day_slots(night, "office", dt.date(2026, 10, 25))  # 03:00 CEST -> 02:00 CET
    assert [s.start.strftime("%H:%M %Z") for s in found] == [
        "01:00 CEST",
        "02:00 CEST",
        "02:00 CET",
        "03:00 CET",
    ]
    assert len({s.start_utc for s in found}) == 4


def test_own_hours_with_a_slot_length_that_leaves_a_rest() -> None:
    cp = bookable_cp(
        appointments=booking(
            hours=[{"days": ["mon"], "from": "09:00", "to": "11:30"}], slot_minutes=45
        )
    )
    found = slots.day_slots(cp, "office", MONDAY)
    assert clock(found) == [
        "Mon 30.11. 09:00-09:45",
        "Mon 30.11. 09:45-10:30",
        "Mon 30.11. 10:30-11:15",
    ]


def test_drop_in_hours_are_offered_instead(teilhabe: ContactPoint, kim: ContactPoint) -> None:
    friday = berlin(2026, 11, 27, 12, 0)
    window = slots.drop_in_alternative(teilhabe, friday, "diz")  # the DIZ has no drop-in
    assert window is not None and window.place_id == "juelich"
    assert (window.start, window.end) == (berlin(2026, 11, 30, 14), berlin(2026, 11, 30, 16))
    # While Jülich is open, "come now" is the answer.
    during = slots.drop_in_alternative(teilhabe, berlin(2026, 11, 30, 15, 0), "diz")
    assert during == window
    # Jülich's Christmas break: the first drop-in after it.
    after = slots.drop_in_alternative(teilhabe, berlin(2026, 12, 18, 12, 0))
    assert after is not None and after.start == berlin(2027, 1, 4, 14, 0)
    # KIM counsels by appointment only.
    assert slots.drop_in_alternative(kim, friday, "diz") is None
