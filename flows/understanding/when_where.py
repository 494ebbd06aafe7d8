"""Day and place references inside a question: "habt ihr am montag auf", "в субботу",
"are you open tomorrow in jülich?". The day is resolved against `today` (passed in, never
read from the clock here); the place is one of the names given, as written there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from flows.understanding.files import data_lines
from flows.understanding.normalise import for_matching
from flows.understanding.patterns import PatternSet, parse

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_OFFSETS = {"today": 0, "tomorrow": 1, "after_tomorrow": 2}
# "guten morgen", "good morning": a greeting, not tomorrow.
_NOT_A_DAY = PatternSet(
    parse("greeting", p) for p in ("guten morgen", "good morning", "morgen früh")
)


# Turkish writes a case ending after an apostrophe on names: "jülich'te", "düren'e".
_CASE_ENDING = re.compile(r"(\w)['’](?:n?[dt][ae]n?|y?[ae]|[dt][ae]ki)\b", re.IGNORECASE)


def _place_words(text: str) -> list[str]:
    return for_matching(_CASE_ENDING.sub(r"\1", text)).split()


def _longest_first(lines: Iterable[str]) -> PatternSet:
    patterns = [parse(*line.split("\t", 1)) for line in lines]
    patterns.sort(key=lambda p: (len(p.tokens), len("".join(p.tokens))), reverse=True)
    return PatternSet(patterns)


class WhenWhere:
    def __init__(self, place_names: Iterable[str] = ()) -> None:
        self.days = _longest_first(data_lines("days.txt"))
        names = list(dict.fromkeys(name for name in place_names if name.strip()))
        aliases = [line for line in data_lines("places.txt") if line.split("\t")[0] in names]
        self.places = _longest_first([f"{name}\t{name}" for name in names] + aliases)

    def day_word(self, words: Sequence[str]) -> tuple[str, range] | None:
        words = _NOT_A_DAY.remove_all(list(words))
        found = self.days.find(words)
        return (found[0].label, found[1]) if found else None

    def day(self, text: str, today: dt.date) -> dt.date | None:
        """The date a message speaks of, or None."""
        found = self.day_word(for_matching(text).split())
        if found is None:
            return None
        label = found[0]
        if label in _OFFSETS:
            return today + dt.timedelta(days=_OFFSETS[label])
        ahead = (WEEKDAYS.index(label) - today.weekday()) % 7
        return today + dt.timedelta(days=ahead)

    def place(self, text: str) -> str | None:
        """The place name (as given to the constructor) a message mentions, or None."""
        found = self.places.find(_place_words(text))
        return found[0].label if found else None

    def strip(self, text: str) -> str:
        """The message without its day and place words (they say nothing about the intent)."""
        words = self.places.remove_all(_place_words(text))
        if _NOT_A_DAY.find(words) is None:
            words = self.days.remove_all(words)
        return " ".join(words)
