"""The intent registry: names, labels and menu payloads in one place; FAQ entries with
examples become intents of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.understanding import Understander
from flows.understanding.intents import IntentMatcher
from flows.understanding.registry import (
    BY_MENU,
    INTENTS,
    OFFERED,
    REGISTRY,
    faq_intent,
    faq_of,
    known,
)


def test_each_intent_is_listed_once() -> None:
    assert len(INTENTS) == len(set(INTENTS)) == len(REGISTRY)
    assert set(OFFERED) <= set(INTENTS) and set(BY_MENU.values()) <= set(INTENTS)
    assert BY_MENU == {
        "m:hours": "opening_hours",
        "m:where": "location",
        "m:langs": "languages",
        "m:who": "eligibility",
    }


def test_faq_intents_name_their_contact_point_and_entry() -> None:
    name = faq_intent("pace", "plan")
    assert faq_of(name) == ("pace", "plan") and known(name)
    assert faq_of("opening_hours") is None and faq_of("faq:pace") is None


def test_only_faq_intents_may_come_from_the_file() -> None:
    with pytest.raises(ValueError, match="not an FAQ intent"):
        IntentMatcher({"opening_hours": {"de": ["wann"]}})


def test_faq_examples_are_understood_in_their_languages() -> None:
    examples = {faq_intent("pace", "plan"): {"de": ["was ist ein förderplan"]}}
    understander = Understander(faq_examples=examples)
    result = understander.understand(
        "was heißt förderplan", known_lang="de", today=dt.date(2026, 11, 30)
    )
    assert result.intent == "faq:pace:plan" and result.sure
