"""Word patterns a caseworker can write: `ich will nicht mehr $`, `suizid*`, `bring * um`.

A pattern is a sequence of words matched against the normalised message word by word:
`word*` (starts with), `*word` (ends with), `*` (up to four other words), `$` (end of the
message). Plain words of six letters or more (five in Latin and Cyrillic script) also match
with one typo, from nine letters with two: crisis messages are often typed in a hurry.

A pattern starting with `~` is a set of words in any order within six words of each other:
`~ отчим бь*` finds "отчим меня бьёт" and "бьёт меня отчим". Russian, Ukrainian, Turkish and
Persian put words in many orders; one such line replaces several ordered ones.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from flows.understanding.normalise import for_matching

GAP = "*"
END = "$"
ANY_ORDER = "~"
MAX_GAP = 4
WINDOW = 6


@dataclass(frozen=True, slots=True)
class Pattern:
    label: str
    source: str
    tokens: tuple[str, ...]
    any_order: bool = False


@functools.lru_cache(maxsize=8192)
def _typos_allowed(word: str) -> int:
    # Called with the patterns' own tokens only: a bounded set, asked millions of times.
    short = 5 if word.isascii() or "\u0400" <= word[0] <= "\u04ff" else 6
    if len(word) >= 9:
        return 2
    return 1 if len(word) >= short else 0


def _word_matches(token: str, word: str) -> bool:
    if token.endswith("*") and token.startswith("*"):
        return token[1:-1] in word
    if token.endswith("*"):
        return word.startswith(token[:-1])
    if token.startswith("*"):
        return word.endswith(token[1:])
    if token == word:
        return True
    allowed = _typos_allowed(token)
    return (
        allowed > 0
        and word[:1] == token[:1]
        and Levenshtein.distance(token, word, score_cutoff=allowed) <= allowed
    )


def _normalise_token(raw: str) -> str:
    if raw in (GAP, END):
        return raw
    head, tail = raw.startswith("*"), raw.endswith("*")
    core = for_matching(raw.strip("*")).replace(" ", "")
    return ("*" if head else "") + core + ("*" if tail else "")


def parse(label: str, source: str) -> Pattern:
    raw = source.split()
    any_order = bool(raw) and raw[0] == ANY_ORDER
    if any_order:
        raw = [r for r in raw[1:] if r not in (GAP, END)]
    tokens = tuple(t for t in (_normalise_token(r) for r in raw) if t)
    return Pattern(label, source, tokens, any_order)


def _initials(pattern: Pattern) -> frozenset[str] | None:
    """The first letters a word must have to start a match of `pattern`, or None for any.

    A plain word, a typo of it (_word_matches keeps the first letter) and a `word*` prefix all
    begin with the token's first letter; `*word` and a leading gap can begin anywhere. In any
    order, the first word of the window matches one of the tokens."""
    tokens = [t for t in pattern.tokens if t not in (GAP, END)] if pattern.any_order else [
        pattern.tokens[0]
    ]
    if any(t in (GAP, END) or t.startswith("*") for t in tokens):
        return None
    return frozenset(t[:1] for t in tokens)


class PatternSet:
    """Many patterns; `find` returns the first that matches and the words it covered."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.patterns = [p for p in patterns if any(t not in (GAP, END) for t in p.tokens)]
        self._initials = [_initials(p) for p in self.patterns]
        # In any order, plain words are placed before `word*` / `*word` ones; the order is
        # the pattern's own, so it is worked out once here, not at every word of a message.
        self._ordered = [
            tuple(sorted(p.tokens, key=lambda t: t.endswith("*") or t.startswith("*")))
            for p in self.patterns
        ]

    def find(self, words: Sequence[str]) -> tuple[Pattern, range] | None:
        cache: dict[tuple[str, int], bool] = {}
        # Where a match can start: a word with the right first letter (see _initials). Saves
        # trying thousands of patterns at every word of a long message.
        at_initial: dict[str, list[int]] = {}
        for index, word in enumerate(words):
            at_initial.setdefault(word[:1], []).append(index)
        everywhere = range(len(words))

        def starts(initials: frozenset[str] | None) -> Iterable[int]:
            if initials is None:
                return everywhere
            if len(initials) == 1:
                return at_initial.get(next(iter(initials)), ())
            return sorted(i for c in initials for i in at_initial.get(c, ()))

        def hit(token: str, index: int) -> bool:
            key = (token, index)
            if key not in cache:
                cache[key] = _word_matches(token, words[index])
            return cache[key]

        def match_from(tokens: tuple[str, ...], t: int, i: int) -> int | None:
            """Index after the match of tokens[t:] starting at words[i], or None."""
            if t == len(tokens):
                return i
            token = tokens[t]
            if token == END:
                return i if i == len(words) else None
            if token == GAP:
                for skip in range(MAX_GAP + 1):
                    if i + skip > len(words):
                        break
                    end = match_from(tokens, t + 1, i + skip)
                    if end is not None:
                        return end
                return None
            if i < len(words) and hit(token, i):
                return match_from(tokens, t + 1, i + 1)
            return None

        def in_any_order(tokens: tuple[str, ...], start: int) -> int | None:
            """Index after the last word used, if every token (plain words first) matches its
            own word among the WINDOW words from `start` (the first of them matching one)."""
            # Most starts fail here: the word at `start` (fitting initial, not yet a match).
            if not any(hit(token, start) for token in tokens):
                return None
            window = range(start, min(start + WINDOW, len(words)))
            used: set[int] = set()
            for token in tokens:
                index = next((i for i in window if i not in used and hit(token, i)), None)
                if index is None:
                    return None
                used.add(index)
            return max(used) + 1 if start in used else None

        best: tuple[Pattern, range] | None = None
        for pattern, initials, ordered in zip(
            self.patterns, self._initials, self._ordered, strict=True
        ):
            if pattern.any_order:
                for start in starts(initials):
                    end = in_any_order(ordered, start)
                    if end is not None:
                        if best is None or len(pattern.tokens) > len(best[0].tokens):
                            best = pattern, range(start, end)
                        break
                continue
            first = pattern.tokens[0]
            for start in starts(initials):
                if first != GAP and not hit(first, start):
                    continue
                end = match_from(pattern.tokens, 0, start)
                if end is not None:
                    # The most specific pattern wins: "droht mich umzubringen" is a threat,
                    # though "mich umbringen" is in it.
                    if best is None or len(pattern.tokens) > len(best[0].tokens):
                        best = pattern, range(start, end)
                    break
        return best

    def remove_all(self, words: list[str]) -> list[str]:
        """The words left after cutting out every match (harmless look-alikes)."""
        while (found := self.find(words)) is not None and len(found[1]) > 0:
            span = found[1]
            words = words[: span.start] + words[span.stop :]
        return words
