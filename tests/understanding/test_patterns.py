"""Word patterns in any order (on normalised words, as the callers pass them): the match
must begin at a word of the pattern."""

from __future__ import annotations

import pytest

from flows.understanding.patterns import PatternSet, parse

STEPFATHER = PatternSet([parse("violence_home", "~ отчим бь*")])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("отчим меня бьет", range(0, 3)),
        ("бьет меня отчим", range(0, 3)),
        ("вчера опять отчим меня бьет", range(2, 5)),
        ("мой отчим бьет", range(1, 3)),
    ],
)
def test_any_order_finds_the_words_from_the_first_of_them(text: str, span: range) -> None:
    found = STEPFATHER.find(text.split())
    assert found is not None and found[1] == span


@pytest.mark.parametrize("text", ["отчим хороший", "меня бьет никто", "отчим", ""])
def test_any_order_needs_every_word(text: str) -> None:
    assert STEPFATHER.find(text.split()) is None


def test_plain_words_are_placed_before_prefixes() -> None:
    # "бь*" would take "бьет" first if tried first; the plain word still gets its own word.
    found = PatternSet([parse("x", "~ бь* бьет")]).find(["бьет", "бьют"])
    assert found is not None and found[1] == range(0, 2)
