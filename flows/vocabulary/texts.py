"""Texts from `locales/*.ftl`, formatted for one language.

Inserted values in right-to-left languages are wrapped in Unicode bidi isolates (FSI…PDI,
Fluent's `use_isolating`), so an address or a phone number inside Arabic text keeps its own
direction; every line of an RTL text starts with a right-to-left mark so that Telegram, which
guesses a paragraph's direction from its first strong character, lays it out right to left
even when the line begins with a number or a Latin name (`directed`, applied once to a
whole reply).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

from flows.vocabulary.languages import RTL_LANGUAGES, SUPPORTED_LANGUAGES
from locales import LOCALES_DIR

RLM = "\u200f"


class MissingText(LookupError):
    """A key that the locale files do not have: a programming error, caught by tests."""


class Texts:
    def __init__(self, directory: Path = LOCALES_DIR) -> None:
        self._bundles: dict[str, FluentBundle] = {}
        self._sources: dict[str, str] = {}
        self._parsed: dict[str, dict[str, ast.Message]] = {}
        for lang in SUPPORTED_LANGUAGES:
            source = (directory / f"{lang}.ftl").read_text(encoding="utf-8")
            bundle = FluentBundle([lang], use_isolating=lang in RTL_LANGUAGES)
            bundle.add_resource(FluentResource(source))
            self._bundles[lang] = bundle
            self._sources[lang] = source

    def __call__(self, lang: str, key: str, **args: Any) -> str:
        bundle = self._bundles.get(lang) or self._bundles["en"]
        if not bundle.has_message(key):
            raise MissingText(f"{lang}: no text {key!r} in locales/{lang}.ftl")
        pattern = bundle.get_message(key).value
        if pattern is None:
            raise MissingText(f"{lang}: text {key!r} has only attributes, no value")
        text, errors = bundle.format_pattern(pattern, args)
        if errors:
            raise MissingText(f"{lang}: {key!r}: {errors[0]}")
        return str(text)

    def keys(self, lang: str) -> set[str]:
        return set(self._messages(lang))

    def placeholders(self, lang: str, key: str) -> set[str]:
        """The `{ $variables }` a text uses, to check that translations use the same ones."""
        message = self._messages(lang).get(key)
        if message is None:
            raise MissingText(key)
        return {ref.id.name for ref in _walk(message) if isinstance(ref, ast.VariableReference)}

    def _messages(self, lang: str) -> dict[str, ast.Message]:
        if lang not in self._parsed:
            resource = FluentParser().parse(self._sources[lang])
            self._parsed[lang] = {
                entry.id.name: entry for entry in resource.body if isinstance(entry, ast.Message)
            }
        return self._parsed[lang]


def directed(text: str, lang: str) -> str:
    """Start every line of an RTL text with a right-to-left mark (see module docstring)."""
    if lang not in RTL_LANGUAGES:
        return text
    return "\n".join(RLM + line if line else line for line in text.split("\n"))


# The marks `directed` adds and the isolation Fluent puts around inserted values.
_BIDI_CONTROLS = str.maketrans("", "", "\u200f\u2068\u2069")


def undirected(text: str) -> str:
    """The text without bidi controls, for places that lay out text themselves (terminals,
    JSON for evaluation) and would show the controls as boxes."""
    return text.translate(_BIDI_CONTROLS)


def _walk(node: ast.BaseNode) -> Iterator[ast.BaseNode]:
    yield node
    for value in vars(node).values():
        children = value if isinstance(value, list) else [value]
        for child in children:
            if isinstance(child, ast.BaseNode):
                yield from _walk(child)
