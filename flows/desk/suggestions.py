"""Who should take a conversation: a colleague who speaks the young person's language,
and of those the one with the fewest open conversations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from flows.desk.actor import split_languages
from storage import Caseworker


def speaks(caseworker: Caseworker, lang: str | None) -> bool:
    return lang is not None and lang in split_languages(caseworker.languages)


def rank(
    lang: str | None, candidates: Sequence[Caseworker], load: Mapping[int, int]
) -> list[Caseworker]:
    """Everyone who could take it: speakers of `lang` first, then the least busy, then by name."""
    return sorted(
        candidates,
        key=lambda c: (not speaks(c, lang), load.get(c.id or 0, 0), c.name.casefold()),
    )


def suggest(
    lang: str | None, candidates: Sequence[Caseworker], load: Mapping[int, int]
) -> Caseworker | None:
    """The one to suggest, or None when nobody speaks the language (an interpreter, then)."""
    ranked = rank(lang, candidates, load)
    return ranked[0] if ranked and speaks(ranked[0], lang) else None
