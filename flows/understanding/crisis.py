"""Crisis detection: its own check, run before intent matching, tuned for recall.

Patterns for every language are tried on every message, whatever language was detected:
a young person in crisis may switch language mid-sentence, and a missed crisis costs far
more than a false alarm (which only adds the help numbers and flags the chat as urgent).
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

from flows.understanding.files import data_files, data_lines
from flows.understanding.normalise import for_matching
from flows.understanding.patterns import PatternSet, parse


class CrisisKind(StrEnum):
    suicide = "suicide"
    self_harm = "self_harm"
    violence_home = "violence_home"
    sexual_violence = "sexual_violence"
    threatened = "threatened"
    homeless_tonight = "homeless_tonight"


def crisis_lines() -> Iterator[tuple[str, str, str]]:
    """Every line of the crisis files (locales/understanding/crisis/<lang>.txt) as (the file's
    language, the kind, the pattern); harmless.txt holds no crisis."""
    for name in data_files("crisis"):
        if name in ("harmless.txt", "README.txt"):
            continue
        for line in data_lines("crisis", name):
            kind, _, phrase = line.partition("\t")
            yield name.removesuffix(".txt"), kind, phrase


class CrisisDetector:
    def __init__(self) -> None:
        self.patterns = PatternSet(
            parse(CrisisKind(kind.strip()).value, phrase) for _, kind, phrase in crisis_lines()
        )
        self.harmless = PatternSet(
            parse("harmless", p) for p in data_lines("crisis", "harmless.txt")
        )

    def check(self, text: str) -> CrisisKind | None:
        """The kind of crisis the message speaks of, or None."""
        words = self.harmless.remove_all(for_matching(text).split())
        found = self.patterns.find(words)
        return CrisisKind(found[0].label) if found else None
