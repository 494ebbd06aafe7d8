"""What Uli understood of one message."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from flows.understanding.crisis import CrisisKind

CONFIDENT = 0.5
"""Below this confidence Uli does not guess: it says it is not sure, offers the two
likeliest topics and a person. Chosen on the labelled set so that confidently wrong
answers stay under 3 % (bench/understanding.py)."""


@dataclass(frozen=True, slots=True)
class Understanding:
    lang: str | None
    """Detected language, any ISO 639-1 code ("de", "ro", "ps"...), None for no words."""
    lang_confidence: float
    intent: str
    """One of `registry.INTENTS`, or an FAQ entry's intent ("faq:pace:plan", see
    `registry.faq_of`); "crisis" whenever `crisis` is set."""
    confidence: float
    """0..1; below `CONFIDENT` Uli does not guess but offers `alternatives` and a person."""
    alternatives: tuple[tuple[str, float], ...]
    """The next likeliest answerable intents (never "other") with their similarity 0..1,
    best first, at most three: the "did you mean" buttons."""
    crisis: CrisisKind | None
    day: dt.date | None
    """The day the message speaks of ("morgen", "в субботу"), resolved against `today`."""
    place_hint: str | None
    """A place name as given to the `Understander` ("Jülich"), when the message names one."""
    crisis_by_meaning: bool = False
    """The crisis was seen by meaning alone (no word pattern): Uli says it may be wrong."""

    @property
    def sure(self) -> bool:
        """Confident enough to answer without asking back."""
        return self.confidence >= CONFIDENT
