"""A young person writes informally; Uli understands the topic, or says it is not sure."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flows.understanding import CONFIDENT, INTENTS, Understanding

Says = Callable[..., Understanding]


@pytest.mark.parametrize(
    ("text", "intent", "lang"),
    [
        ("wann habt ihr auf", "opening_hours", "de"),
        ("where r u", "location", "en"),
        ("متى تفتحون", "opening_hours", "ar"),
        # Help with a CV is what the service offers (services); a date is book_appointment.
        ("мне нужна помощь с резюме", "services", "ru"),
        ("kann ich morgen in jülich vorbeikommen", "book_appointment", "de"),
        ("вы работаете в субботу?", "opening_hours", "ru"),
        ("habt ihr am montag auf", "opening_hours", "de"),
        ("ist das kostenlos", "cost", "de"),
        ("yarın açık mısınız", "opening_hours", "tr"),
        ("کی باز هستید", "opening_hours", "fa"),
        ("дякую", "thanks", "uk"),
        ("i need an ausbildung", "services", "en"),
    ],
)
def test_informal_questions_are_understood(says: Says, text: str, intent: str, lang: str) -> None:
    result = says(text)
    assert (result.intent, result.lang) == (intent, lang)
    assert result.crisis is None


def test_a_clear_question_is_answered_without_asking_back(says: Says) -> None:
    assert says("wann habt ihr auf").confidence >= CONFIDENT


@pytest.mark.parametrize("text", ["xqzv wpt", "kkkkk jjj", "🙂🙂", "?!"])
def test_gibberish_is_not_guessed(says: Says, text: str) -> None:
    assert says(text).confidence < CONFIDENT


def test_an_unsure_answer_offers_other_topics(says: Says) -> None:
    result = says("termin kosten")
    assert result.alternatives, "the buttons need the next likeliest topics"
    assert all(intent in INTENTS and 0 <= score <= 1 for intent, score in result.alternatives)
    assert result.intent not in dict(result.alternatives)


def test_every_intent_id_is_one_of_the_issue(says: Says) -> None:
    for text in ("hallo", "danke", "bist du ein bot", "lol", ""):
        assert says(text).intent in INTENTS
