"""One Understander for all understanding tests (it loads its data once)."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.understanding import Understander, Understanding

# A Wednesday, so that "tomorrow" and the weekdays are easy to check by eye.
TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="session")
def understander() -> Understander:
    return Understander(place_names=["Jülich", "Düren", "Hannover", "Leipzig"])


@pytest.fixture(scope="session")
def says(understander: Understander):  # type: ignore[no-untyped-def]
    """`says("text")` -> what Uli understood, with no language known yet."""

    def understand(text: str, known_lang: str | None = None) -> Understanding:
        return understander.understand(text, known_lang=known_lang, today=TODAY)

    return understand
