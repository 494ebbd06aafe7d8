"""Which language to answer in, combining what is known with what the message looks like.

Known first: the language the person chose, else the one Uli settled on earlier, else the
client's hint. A typed message changes it only on a confident detection of a language Uli
speaks; a confidently detected language Uli does not speak gets German and English with a
note that an interpreter can be arranged.
"""

from __future__ import annotations

from flows.understanding import LANG_CONFIDENT, OTHER_LANGUAGES, Understanding
from flows.vocabulary.languages import SUPPORTED_LANGUAGES, pick_language

SWITCHED = "switched"
FOREIGN = "foreign"


def answer_language(
    stored: str | None, confirmed: bool, hint: str | None, understood: Understanding | None
) -> tuple[str, str | None]:
    """(language, note): note is SWITCHED, FOREIGN or None. Someone who chose a language
    reads it: a message that merely looks foreign does not turn them to German and English."""
    lang = stored or pick_language(hint)
    if understood is None or understood.lang is None:
        return lang, None
    detected, confident = understood.lang, understood.lang_confidence >= LANG_CONFIDENT
    if not confident or detected == lang:
        return lang, None
    if detected in SUPPORTED_LANGUAGES:
        # On first contact nothing needs announcing: Uli simply answers in their language.
        return detected, (SWITCHED if stored else None)
    if detected in OTHER_LANGUAGES and not confirmed:
        return lang, FOREIGN
    return lang, None
