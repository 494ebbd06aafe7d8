"""A crisis is recognised every time, in every language, and harmless phrases are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flows.understanding import CrisisKind, Understanding
from flows.understanding.crisis import crisis_lines

Says = Callable[..., Understanding]

BRIEF = [
    ("تهدیدم کردن که میکشنم", CrisisKind.threatened),
    ("من خودکشی می‌کنم", CrisisKind.suicide),
    ("ich will nicht mehr", CrisisKind.suicide),
    ("i cant do this anymore", CrisisKind.suicide),
    ("I can't do this anymore...", CrisisKind.suicide),
    ("не хочу жить", CrisisKind.suicide),
    ("بدي موت", CrisisKind.suicide),
    ("artık yaşamak istemiyorum", CrisisKind.suicide),
    ("не хочу жити", CrisisKind.suicide),
    ("دیگه نمی‌خوام زنده باشم", CrisisKind.suicide),
    ("ich will mich umbringn", CrisisKind.suicide),  # typo
    ("Ich will nicht mehr 😭😭", CrisisKind.suicide),
    ("mein vater schlägt mich", CrisisKind.violence_home),
    ("my stepdad hits me", CrisisKind.violence_home),
    ("меня изнасиловали", CrisisKind.sexual_violence),
    ("biri beni tehdit ediyor", CrisisKind.threatened),
    ("i have nowhere to sleep tonight", CrisisKind.homeless_tonight),
    ("ما عندي وين نام", CrisisKind.homeless_tonight),
]

HARMLESS = [
    # Persian "I do" (میکنم) is one letter from "they will kill me" (میکشنم).
    "من در دورن زندگی میکنم",
    "فکر میکنم فردا بیام",
    "فکر می‌کنم فردا بیام",
    "کار میکنم",
    "ich will nicht mehr warten",
    "todmüde",
    "bin todmüde heute",
    "i'm dying to know when you open",
    "ich sterbe vor langeweile",
    "ich kann nicht mehr kommen heute",
    "i cant wait for my appointment",
    "this beats me",
    "умираю от смеха",
    "gülmekten öldüm",
    "از خنده مردم",
    "wann habt ihr auf",
    "ich suche eine wohnung",
    "where can i sleep in a youth hostel in leipzig next month",
]


def plain_patterns() -> list[tuple[str, str, str]]:
    """Every crisis pattern without wildcards, which is itself a phrase a person may write."""
    return [
        (lang, kind, phrase.replace("$", "").strip())
        for lang, kind, phrase in crisis_lines()
        if "*" not in phrase
    ]


@pytest.mark.parametrize(("text", "kind"), BRIEF)
def test_crisis_phrases_of_the_brief(says: Says, text: str, kind: CrisisKind) -> None:
    result = says(text)
    assert (result.crisis, result.intent, result.confidence) == (kind, "crisis", 1.0)


@pytest.mark.parametrize(("lang", "kind", "phrase"), plain_patterns())
def test_every_crisis_phrase_flags_crisis(says: Says, lang: str, kind: str, phrase: str) -> None:
    assert says(phrase).crisis == CrisisKind(kind)


def test_crisis_phrases_exist_in_every_supported_language() -> None:
    langs = {lang for lang, _, _ in plain_patterns()}
    assert {"de", "en", "ru", "ar", "tr", "uk", "fa"} <= langs


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_look_alikes_are_no_crisis(says: Says, text: str) -> None:
    assert says(text).crisis is None


def test_crisis_is_found_whatever_language_the_chat_is_in(says: Says) -> None:
    assert says("не хочу жить", known_lang="de").crisis == CrisisKind.suicide
