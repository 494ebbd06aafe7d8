"""Long messages: the crisis words are looked for in all of a letter, its meaning is judged in
a bounded number of pieces, and a letter of harmless sentences is no crisis."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.understanding import Understander
from flows.understanding.crisis_meaning import MAX_WINDOWS, WINDOW_CHARS, windows
from tests.chaos.prose import prose

TODAY = dt.date(2026, 12, 3)


def test_a_short_message_is_one_piece() -> None:
    assert windows("ich weiß nicht mehr weiter") == ["ich weiß nicht mehr weiter"]


@pytest.mark.parametrize("length", [301, 1000, 4000, 20000])
def test_a_long_message_is_judged_in_few_pieces_from_its_start_and_its_end(length: int) -> None:
    text = prose(length)
    pieces = windows(text)
    assert 2 <= len(pieces) <= MAX_WINDOWS
    assert all(0 < len(p) <= WINDOW_CHARS for p in pieces)
    assert text.startswith(pieces[0]) and text.endswith(pieces[-1])


def test_one_endless_sentence_is_cut_at_spaces() -> None:
    text = " ".join(["wort"] * 400)
    assert all(len(p) <= WINDOW_CHARS and not p.startswith(" ") for p in windows(text))


@pytest.mark.parametrize("where", [0.0, 0.5, 1.0])
def test_crisis_words_anywhere_in_a_letter_are_found(
    understander: Understander, where: float
) -> None:
    letter = prose(4000)
    at = letter.find(" ", int(len(letter) * where)) if where < 1 else len(letter)
    text = f"{letter[:at]} Ich will mich umbringen. {letter[at:]}"
    understood = understander.understand(text, known_lang="de", today=TODAY)
    assert understood.crisis is not None


def test_a_harmless_letter_is_no_crisis(understander: Understander) -> None:
    understood = understander.understand(prose(4000), known_lang="de", today=TODAY)
    assert understood.crisis is None
