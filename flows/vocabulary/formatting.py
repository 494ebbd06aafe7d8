"""Dates, times, lists and language names in the reader's language (CLDR data through Babel)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time


@lru_cache(maxsize=64)
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def day_label(day: dt.date, lang: str) -> str:
    """e.g. "Montag 30. November" / "Monday November 30"."""
    return f"{weekday_name(day, lang)} {format_skeleton('dMMMM', day, locale=_locale(lang))}"


def weekday_name(day: dt.date, lang: str) -> str:
    return format_date(day, "EEEE", locale=_locale(lang))


# CLDR ends Russian and Ukrainian dates with a year mark and its full stop ("2 марта 2021 г.");
# inside a sentence that ends after the date it reads "г..". Running text needs no mark.
_YEAR_MARKS = {"ru": "г.", "uk": "р."}


def date_label(day: dt.date, lang: str) -> str:
    """A full date with year and the month's name, e.g. "31. Juli 2022" / "July 31, 2022";
    never ending in a full stop, so that a sentence can end after it."""
    label = format_skeleton("yMMMMd", day, locale=_locale(lang))
    mark = _YEAR_MARKS.get(lang)
    # (CLDR puts a narrow no-break space before the mark.)
    return label.removesuffix(mark).rstrip() if mark else label


def clock(moment: dt.time | dt.datetime, lang: str) -> str:
    # 24-hour clock everywhere: the services give their hours that way.
    return format_time(moment, "HH:mm", locale=_locale(lang))


def language_name(code: str, lang: str) -> str:
    """Name of language `code` written in language `lang`, as it is written inside a sentence:
    "Russisch", "Russian", "русский", "الروسية" (CLDR knows the case: capitals in German,
    English and Turkish, small letters in Russian and Ukrainian)."""
    return _locale(lang).languages.get(code) or code


def autonym(code: str) -> str:
    """A language's name in itself, for language buttons, which start with a capital:
    "Deutsch", "Русский", "العربية"."""
    name = language_name(code, code)
    return name[:1].upper() + name[1:]


# Arabic and Persian separate list items with the Arabic comma (U+060C), not the Latin one.
_LIST_SEPARATORS = {"ar": "، ", "fa": "، "}


def listed(items: Iterable[str], lang: str) -> str:
    """Items in a row as the language separates them: "a, b, c" / "a، b، c"."""
    return _LIST_SEPARATORS.get(lang, ", ").join(items)
