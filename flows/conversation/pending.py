"""A question typed before the language or the service was chosen, kept until it can be
answered.

It rides on the buttons of the choice ("lang:ar:opening_hours|20261208|Jülich"), so nothing is
stored for it and a choice made later in the chat still answers it: what was understood (the
intent, a day, a place), never the words themselves, which the conversation keeps anyway.
"""

from __future__ import annotations

import datetime as dt

from flows.understanding import Intent, Understanding

_DAY = "%Y%m%d"
NOT_KEPT = frozenset({Intent.greeting, Intent.thanks, Intent.other, Intent.crisis})
"""Nothing to answer later: a greeting is answered by the welcome itself."""


def keep(understood: Understanding | None) -> str:
    """The question of a typed message as a short string, or "" if there is none."""
    if understood is None or not understood.sure or understood.intent in NOT_KEPT:
        return ""
    day = understood.day.strftime(_DAY) if understood.day else ""
    place = (understood.place_hint or "").replace("|", " ")
    return "|".join((understood.intent, day, place)).rstrip("|")


def restore(kept: str, lang: str) -> Understanding | None:
    """The question `keep` made, as if understood now in `lang`; None if malformed."""
    intent, _, rest = kept.partition("|")
    day_text, _, place = rest.partition("|")
    if not intent:
        return None
    try:
        day = dt.datetime.strptime(day_text, _DAY).date() if day_text else None
    except ValueError:
        return None
    return Understanding(lang, 1.0, intent, 1.0, (), None, day, place or None)
