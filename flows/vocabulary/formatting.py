"""Dates, times and language names in the reader's language (CLDR data through Babel)."""

from __future__ import annotations

import datetime as dt
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


def date_label(day: dt.date, lang: str) -> str:
    """A full date with year, e.g. "31.07.2022" / "31 Jul 2022"."""
    return format_skeleton("yMMMd", day, locale=_locale(lang))


def clock(moment: dt.time | dt.datetime, lang: str) -> str:
    # 24-hour clock everywhere: the services give their hours that way.
    return format_time(moment, "HH:mm", locale=_locale(lang))


def language_name(code: str, lang: str) -> str:
    """Name of language `code` written in language `lang` ("Russisch", "الروسية")."""
    name = _locale(lang).languages.get(code) or code
    return name[:1].upper() + name[1:] if lang not in ("ar", "fa") else name


def autonym(code: str) -> str:
    """A language's name in itself, for language buttons: "Deutsch", "العربية"."""
    return language_name(code, code)
