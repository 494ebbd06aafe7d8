"""Day and place inside a question: "are you open tomorrow in jülich?"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from flows.understanding import Understanding
from tests.understanding.conftest import TODAY

Says = Callable[..., Understanding]
TOMORROW = TODAY + dt.timedelta(days=1)
SATURDAY = dt.date(2026, 11, 28)
MONDAY = dt.date(2026, 11, 30)


def test_tomorrow_in_julich(says: Says) -> None:
    result = says("kann ich morgen in jülich vorbeikommen")
    assert (result.day, result.place_hint) == (TOMORROW, "Jülich")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("are you open tomorrow in jülich?", TOMORROW),
        ("habt ihr am montag auf", MONDAY),
        ("вы работаете в субботу?", SATURDAY),
        ("ви працюєте в суботу?", SATURDAY),
        ("cumartesi açık mısınız", SATURDAY),
        ("انتو فاتحين يوم السبت", SATURDAY),
        ("شنبه باز هستید", SATURDAY),
        ("دوشنبه باز هستید", MONDAY),
        ("habt ihr heute auf", TODAY),
        ("завтра работаете?", TOMORROW),
        ("بكرا فاتحين", TOMORROW),
        ("فردا باز هستید", TOMORROW),
        ("yarın açık mı", TOMORROW),
        ("mittwoch", TODAY),  # today is a Wednesday: this one, not next week's
    ],
)
def test_day_references_in_every_language(says: Says, text: str, day: dt.date) -> None:
    assert says(text).day == day


def test_a_greeting_is_no_day(says: Says) -> None:
    assert says("guten morgen").day is None
    assert says("guten morgen").intent == "greeting"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("wo seid ihr in düren", "Düren"),
        ("где это в юлихе", "Jülich"),
        ("وين مكتبكم بدورن", "Düren"),
    ],
)
def test_place_spellings(says: Says, text: str, place: str) -> None:
    assert says(text).place_hint == place


def test_no_place_when_none_is_named(says: Says) -> None:
    assert says("wo seid ihr").place_hint is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("yarın jülich'te açık mısınız", "Jülich"),
        ("düren'de ofis nerede", "Düren"),
        ("jülich’e gelebilir miyim", "Jülich"),
        ("هل تفتحون بكرة في يوليش؟", "Jülich"),
        ("можно завтра прийти в Юлихе?", "Jülich"),
        ("ви працюєте у Дюрені?", "Düren"),
    ],
)
def test_a_town_with_its_grammar_is_still_the_town(says: Says, text: str, place: str) -> None:
    assert says(text).place_hint == place


def test_a_turkish_case_ending_does_not_hide_tomorrow(says: Says) -> None:
    result = says("yarın jülich'te açık mısınız")
    assert (result.day, result.place_hint) == (TOMORROW, "Jülich")
