"""Intent matching: character n-gram TF-IDF similarity to the example phrasings.

Chosen by measurement (bench/understanding.py): character n-grams of 2 to 4 letters inside
words survive typos ("öffnungszeitn"), missing accents, slang spellings and word endings
(Russian cases, Turkish suffixes, Arabic clitics) far better than whole words, need no model
download, start in a fraction of a second and answer in about a millisecond. Each intent's
score is its best example's cosine similarity (plus a little of its second best); examples
in the message's language count slightly more, so a German loanword cannot pull a Russian
message to a German example.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from flows.understanding.files import data_files, data_lines
from flows.understanding.normalise import for_matching
from flows.understanding.patterns import PatternSet, parse
from flows.understanding.registry import INTENTS, REGISTRY, faq_of

__all__ = ["FLOOR", "INTENTS", "Example", "IntentMatcher", "features"]
OTHER_LANGUAGE_WEIGHT = 0.85
SECOND_WEIGHT = 0.3
IDF_POWER = 1.0
CUE_BONUS = 0.3
"""Added to an intent's similarity when one of its cue words
(locales/understanding/cues.txt) is present."""
FLOOR = 0.26
"""Below this best similarity the message resembles nothing we know: intent `other`."""


def features(text: str) -> Counter[str]:
    """Character 2- to 4-grams of each word with its borders, plus the whole words."""
    grams: Counter[str] = Counter()
    for word in for_matching(text).split():
        padded = f" {word} "
        for size in (2, 3, 4):
            for start in range(len(padded) - size + 1):
                grams[padded[start : start + size]] += 1
        grams["w:" + word] += 2
    return grams


@dataclass(frozen=True, slots=True)
class Example:
    intent: str
    lang: str
    text: str


class IntentMatcher:
    def __init__(
        self, faq_examples: Mapping[str, Mapping[str, Sequence[str]]] | None = None
    ) -> None:
        """The registered intents' examples from their files, plus `faq_examples`: FAQ intent
        (registry.faq_intent) → language → phrasings, as the contact-point file gives them."""
        self.examples: list[Example] = []
        for folder in dict.fromkeys(entry.examples for entry in REGISTRY):
            for name in data_files(folder):
                lang = name.removesuffix(".txt")
                for line in data_lines(folder, name):
                    intent, _, phrase = line.partition("\t")
                    if intent.strip() not in INTENTS:
                        raise ValueError(f"{folder}/{name}: unknown intent {intent!r}")
                    self.examples.append(Example(intent.strip(), lang, phrase.strip()))
        for intent, by_language in (faq_examples or {}).items():
            if faq_of(intent) is None:
                raise ValueError(f"{intent!r} is not an FAQ intent (faq:<contact point>:<id>)")
            for lang, phrases in by_language.items():
                self.examples += [Example(intent, lang, p.strip()) for p in phrases if p.strip()]
        counted = [features(example.text) for example in self.examples]
        document_frequency: Counter[str] = Counter()
        for grams in counted:
            document_frequency.update(grams.keys())
        total = len(counted)
        self.idf = {
            g: (math.log((1 + total) / (1 + df)) + 1) ** IDF_POWER
            for g, df in document_frequency.items()
        }
        self.cues = [PatternSet([parse(*line.split("\t", 1))]) for line in data_lines("cues.txt")]
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, grams in enumerate(counted):
            for gram, weight in self._vector(grams).items():
                self.postings[gram].append((index, weight))

    def _vector(self, grams: Counter[str]) -> dict[str, float]:
        weights = {
            g: (1 + math.log(n)) * self.idf.get(g, 0.0) for g, n in grams.items() if g in self.idf
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {g: w / norm for g, w in weights.items()}

    def rank(self, text: str, lang: str | None) -> list[tuple[str, float]]:
        """Intents with their best similarity (0..1), likeliest first."""
        scores: dict[int, float] = defaultdict(float)
        for gram, weight in self._vector(features(text)).items():
            for index, example_weight in self.postings.get(gram, ()):
                scores[index] += weight * example_weight
        top_two: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
        for index, score in scores.items():
            example = self.examples[index]
            if lang is not None and example.lang != lang:
                score *= OTHER_LANGUAGE_WEIGHT
            pair = top_two[example.intent]
            if score > pair[0]:
                pair[0], pair[1] = score, pair[0]
            elif score > pair[1]:
                pair[1] = score
        # The best example decides; a second close one (another phrasing) adds a little.
        best = {intent: a + SECOND_WEIGHT * b for intent, (a, b) in top_two.items()}
        words = for_matching(text).split()
        cued = {found[0].label for cue in self.cues if (found := cue.find(words))}
        for intent in cued:
            best[intent] = best.get(intent, 0.0) + CUE_BONUS
        best = {intent: min(1.0, score) for intent, score in best.items()}
        return sorted(best.items(), key=lambda item: item[1], reverse=True)
