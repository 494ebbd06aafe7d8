"""Understanding what young people write: language, crisis, intent, day and place.

    understander = Understander(place_names=["Jülich", "Düren"])   # once, at start-up
    # (the bot passes the contact-point file's FAQ examples too: faq_examples=...)
    result = understander.understand("kann ich morgen in jülich vorbeikommen",
                                     known_lang="de", today=date(2026, 11, 25))

Crisis detection runs first and on its own (word patterns, then a second opinion by
meaning); intent matching only when there is no crisis.
All knowledge is in editable text files under `locales/understanding/` (example phrasings,
crisis patterns, day words, place spellings); nothing is downloaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from flows.understanding.crisis import CrisisDetector, CrisisKind
from flows.understanding.crisis_meaning import CrisisByMeaning
from flows.understanding.intents import FLOOR, INTENTS, IntentMatcher
from flows.understanding.language import LANG_CONFIDENT, OTHER_LANGUAGES, LanguageDetector
from flows.understanding.model import CONFIDENT, Understanding
from flows.understanding.registry import Intent, faq_intent, faq_of
from flows.understanding.when_where import WhenWhere

__all__ = [
    "CONFIDENT",
    "INTENTS",
    "LANG_CONFIDENT",
    "OTHER_LANGUAGES",
    "CrisisKind",
    "Intent",
    "Understander",
    "Understanding",
    "faq_intent",
    "faq_of",
]


INTENT_CHARS = 400
"""What a long message is about is said near its start; the intents read that much of it."""
DAY_PLACE_CHARS = 1000


def _confidence(best: float, second: float) -> float:
    """The best intent's lead over the runner-up, mapped to 0..1.

    Measured on data/understanding/labelled.tsv: the lead separates right from wrong answers
    better than the similarity itself; a lead of 0.11 (confidence 0.5) keeps confidently
    wrong answers under 3 %.
    """
    if best < FLOOR:
        return 0.0
    return round(min(1.0, max(0.0, best - second) / 0.22), 3)


class Understander:
    def __init__(
        self,
        place_names: Iterable[str] = (),
        *,
        cache_dir: Path | None = None,
        faq_examples: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    ) -> None:
        """Loads every data file once; `understand` is fast after. `cache_dir` keeps the
        crisis examples' embeddings between starts (see crisis_meaning.py). `faq_examples`
        (FAQ intent `faq:<contact point>:<id>` → language → phrasings, from the contact-point
        file) become intents of their own, matched like the registered ones."""
        self.crisis = CrisisDetector()
        self.crisis_by_meaning = CrisisByMeaning(cache_dir)
        self.language = LanguageDetector()
        self.intents = IntentMatcher(faq_examples)
        self.when_where = WhenWhere(place_names)

    def understand(self, text: str, *, known_lang: str | None, today: dt.date) -> Understanding:
        """Language, crisis, intent, day and place of one message.

        The cost stays bounded for long messages: the crisis words are looked for in all of
        it, the crisis by meaning in pieces of it (crisis_meaning.windows), the rest in its
        beginning."""
        lang, lang_confidence = self.language.detect(text, known_lang)
        day = self.when_where.day(text[:DAY_PLACE_CHARS], today)
        place = self.when_where.place(text[:DAY_PLACE_CHARS])
        crisis = self.crisis.check(text)
        by_meaning = False
        if crisis is None:
            crisis = self.crisis_by_meaning.check(text)
            by_meaning = crisis is not None
        if crisis is not None:
            return Understanding(
                lang, lang_confidence, "crisis", 1.0, (), crisis, day, place, by_meaning
            )
        head = text[:INTENT_CHARS]
        ranked = self.intents.rank(self.when_where.strip(head) or head, lang or known_lang)
        best, best_score = ranked[0] if ranked else ("other", 0.0)
        second_score = ranked[1][1] if len(ranked) > 1 else 0.0
        if best_score < FLOOR:
            best = "other"
        confidence = _confidence(best_score, second_score)
        # For the "did you mean" buttons: topics Uli can answer, with their similarity.
        alternatives = tuple(
            (intent, round(score, 3)) for intent, score in ranked if intent not in (best, "other")
        )[:3]
        return Understanding(
            lang, lang_confidence, best, confidence, alternatives, None, day, place
        )

    def should_switch(self, current: str, result: Understanding) -> bool:
        """Switch the conversation's language only on a confident detection of a
        supported language other than the current one; otherwise ask with a button."""
        return self.language.should_switch(current, result.lang, result.lang_confidence)
