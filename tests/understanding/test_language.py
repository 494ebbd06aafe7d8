"""Uli answers in the person's language and does not flip on a German loanword."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flows.understanding import Understander, Understanding

Says = Callable[..., Understanding]


GERMAN_LOANWORDS = [
    ("i need an ausbildung", "en"),
    ("мне нужен термин в Jobcenter", "ru"),
    ("ich brauche einen termin beim jobcenter", "de"),
    ("ausländerbehörde'ye söyler misiniz", "tr"),
    ("потрібен термін в ausländerbehörde", "uk"),
    ("بدي termin بالجوب سنتر", "ar"),
    ("برای ausbildung کمک میخوام", "fa"),
]
FURTHER_LANGUAGES = [
    ("bună ziua", "ro"),
    ("dzień dobry", "pl"),
    ("ሰላም", "ti"),
    ("ډېره مننه", "ps"),
    ("سڵاو چۆنی", "ku"),
]


@pytest.mark.parametrize(("text", "lang"), GERMAN_LOANWORDS)
def test_german_loanwords_do_not_decide_the_language(says: Says, text: str, lang: str) -> None:
    assert says(text).lang == lang


@pytest.mark.parametrize(("text", "lang"), FURTHER_LANGUAGES)
def test_further_languages_are_recognised(says: Says, text: str, lang: str) -> None:
    assert says(text).lang == lang


def test_a_clear_message_in_another_supported_language_switches(
    understander: Understander, says: Says
) -> None:
    assert understander.should_switch("de", says("здравствуйте, когда вы открыты?"))


@pytest.mark.parametrize("text", ["ok", "termin", "Jobcenter", "👍", "hallo"])
def test_a_word_that_says_little_does_not_switch(
    understander: Understander, says: Says, text: str
) -> None:
    assert not understander.should_switch("ru", says(text, known_lang="ru"))


def test_an_unsupported_language_does_not_switch(understander: Understander, says: Says) -> None:
    result = says("bună ziua, când sunteți deschiși?")
    assert result.lang == "ro"
    assert not understander.should_switch("de", result)


def test_the_same_language_is_no_switch(understander: Understander, says: Says) -> None:
    assert not understander.should_switch("de", says("wann habt ihr heute auf"))
