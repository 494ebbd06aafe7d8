"""Replies longer than Telegram's 4096 characters arrive whole, in several messages."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from handlers.sending import TELEGRAM_TEXT_LIMIT, split_text


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(st.text(alphabet=st.sampled_from(["a", "ü", "ب", " ", "\n", "😀", "x"]), max_size=12_000))
def test_parts_fit_and_keep_every_word(text: str) -> None:
    parts = split_text(text)
    assert all(utf16_units(part) <= TELEGRAM_TEXT_LIMIT for part in parts)
    assert "".join(parts).split() == text.split()


def test_short_text_is_one_part() -> None:
    assert split_text("Hallo") == ["Hallo"]


def test_long_text_is_cut_at_a_line_break() -> None:
    paragraph = "Öffnungszeiten " * 200
    text = f"{paragraph}\n\n{paragraph}\n\n{paragraph}"
    parts = split_text(text)
    assert parts == [paragraph.strip()] * 3, "each paragraph whole, cut at the blank lines"
