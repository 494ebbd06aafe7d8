"""Showing what young people wrote, safely: as text, whatever it contains.

HTML is escaped by the templates (Jinja's autoescape). Here the invisible characters are
neutralised: bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) could make a message
read differently from what it says ("Trojan Source", https://trojansource.codes), and
zero-width or tag characters hide text. They are removed for display only; what is stored
stays as it came. Zero-width joiner and non-joiner stay: Persian spelling and emoji need them.
Each message is also shown in its own `dir="auto"` element, so one message's direction
cannot spill into the next.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

_INVISIBLE = re.compile(
    "["
    "\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f"  # control characters but tab and newline
    "\u061c"  # Arabic letter mark
    "\u200b\u200e\u200f"  # zero-width space, left-to-right and right-to-left marks
    "\u202a-\u202e"  # embeddings and overrides
    "\u2060-\u2064\u2066-\u2069"  # word joiner, invisible operators, isolates
    "\ufeff\ufff9-\ufffb"  # byte order mark, interlinear annotation
    "\U000e0000-\U000e007f"  # tag characters
    "]"
)


def neutralise(text: str) -> str:
    """`text` without the invisible characters that could change how it reads."""
    return _INVISIBLE.sub("", text)


def local_time(moment: dt.datetime | None, zone: ZoneInfo, today: dt.date) -> str:
    """ "14:05" today, "24.11. 14:05" this year, "24.11.2025 14:05" before."""
    if moment is None:
        return ""
    here = moment.astimezone(zone)
    if here.date() == today:
        return here.strftime("%H:%M")
    if here.year == today.year:
        return here.strftime("%d.%m. %H:%M")
    return here.strftime("%d.%m.%Y %H:%M")


def waited(since: dt.datetime | None, now: dt.datetime) -> tuple[str, int] | None:
    """How long someone waits, as (unit, number): ("minutes", 12), ("hours", 3), ("days", 2)."""
    if since is None:
        return None
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 60:
        return "minutes", minutes
    if minutes < 48 * 60:
        return "hours", minutes // 60
    return "days", minutes // (24 * 60)
