"""The follow-ups' settings in the contact-point file (`reminders.follow_up_attended`,
`reminders.follow_up_missed`): what `uli check-config` shows of them, and the mistakes a
coordinator may make, each named with its line and what is wrong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from flows.knowledge.catalogue import Catalogue, load_catalogue, summarise
from tests.appointments.test_config import BOOKABLE
from tests.catalogue.test_errors import error, write

DAY = dt.date(2026, 12, 1)


def test_check_config_shows_the_follow_ups_of_the_example(catalogue: Catalogue) -> None:
    summary = summarise(catalogue, DAY)
    assert (
        "reminders of appointments: 24 h, 2 h before; follow-up after attended: 3 days later; "
        "follow-up after missed: 1 day later; never 21:00-08:00"
    ) in summary


def test_check_config_shows_a_place_s_own_follow_ups_and_one_switched_off(
    tmp_path: Path,
) -> None:
    own = BOOKABLE + (
        "          reminders:\n"
        "            hours_before: []\n"
        "            follow_up_attended: {days_after: 14}\n"
        "            follow_up_missed: {enabled: false}\n"
    )
    summary = summarise(load_catalogue(write(tmp_path, own)), DAY)
    assert (
        "reminders: none before; follow-up after attended: 14 days later; "
        "follow-up after missed: off; never 21:00-08:00"
    ) in summary


@pytest.mark.parametrize(
    ("setting", "field", "problem"),
    [
        ("follow_up_attended: {days_after: 0}", "follow_up_attended.days_after", "at least 1"),
        ("follow_up_missed: {days_after: 61}", "follow_up_missed.days_after", "at most 60"),
        ("follow_up_missed: {days_after: soon}", "follow_up_missed.days_after", "whole number"),
        ("follow_up_attended: {enabled: maybe}", "follow_up_attended.enabled", "true or false"),
        ("follow_up_attended: {day_after: 2}", "follow_up_attended.day_after", "'days_after'"),
        ("follow_up_missed: 3", "follow_up_missed", "a group of fields"),
    ],
)
def test_mistakes_in_follow_ups_name_the_line_and_the_problem(
    tmp_path: Path, setting: str, field: str, problem: str
) -> None:
    text = BOOKABLE + f"          reminders:\n            {setting}\n"
    caught = error(tmp_path, text)
    assert caught.field == f"contact_points[0].places[0].appointments.reminders.{field}"
    assert caught.line == 32
    assert problem in caught.problem, caught.problem
    assert "Traceback" not in str(caught)
