"""The console's own words, in the caseworker's choice of language (German by default).

They live in locales/*.ftl under `console-…` keys like everything else Uli says, so
translators find them in one place. The choice is a cookie, not an account setting: a shared
office computer may be used in German by one colleague and in Arabic by the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from babel import Locale
from fastapi import Request

from flows.vocabulary.languages import RTL_LANGUAGES, SUPPORTED_LANGUAGES
from flows.vocabulary.texts import Texts

UI_LANGUAGE_COOKIE = "uli_console_lang"
DEFAULT_UI_LANGUAGE = "de"


def ui_language(request: Request) -> str:
    chosen = request.cookies.get(UI_LANGUAGE_COOKIE, "")
    return chosen if chosen in SUPPORTED_LANGUAGES else DEFAULT_UI_LANGUAGE


@dataclass(frozen=True)
class Words:
    """`t("console-inbox")` in templates: the text in the console's language."""

    texts: Texts
    lang: str

    def __call__(self, key: str, **args: Any) -> str:
        return self.texts(self.lang, key, **args)

    @property
    def direction(self) -> str:
        return "rtl" if self.lang in RTL_LANGUAGES else "ltr"

    def language_name(self, code: str | None) -> str:
        """ "Arabisch" for ar in a German console; the code itself if Babel does not know it."""
        if not code:
            return self("console-language-unknown")
        name = Locale.parse(self.lang).languages.get(code)
        return name or code

    def own_name(self, code: str) -> str:
        """A language in its own words ("العربية"), for the language switch."""
        name = Locale.parse(code).get_language_name(code)
        return name[:1].upper() + name[1:] if name else code
