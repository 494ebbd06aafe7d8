"""Handing a conversation to the caseworkers, seen from the chat: who is on duty, what the
young person is told, and when a short "nobody is here now" note is due.

"On duty" means the contact point is open now (any of its places, drop-in or appointment
hours): the file has no rota, and its opening hours are when the team works.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from flows.knowledge import hours
from flows.knowledge.answers import day_name
from flows.knowledge.catalogue import ContactPoint
from flows.vocabulary.formatting import clock
from flows.vocabulary.texts import Texts


class HandoverChange(StrEnum):
    start = "start"
    """Put the conversation into the caseworkers' inbox (waiting)."""
    end = "end"
    """The young person wants to talk to Uli again."""
    noted_off_hours = "noted_off_hours"
    """The "nobody is on duty now" note went out: not again in this closed period."""


@dataclass(frozen=True, slots=True)
class HandoverView:
    """What the chat side knows of the conversation's handover."""

    active: bool
    """Waiting for or talking to a caseworker."""
    urgent: bool = False
    off_hours_noted_at: dt.datetime | None = None


NOT_HANDED_OVER = HandoverView(active=False)


def on_duty(cp: ContactPoint | None, now: dt.datetime) -> bool:
    return cp is not None and hours.open_now(cp, now) is not None


def next_duty(t: Texts, lang: str, cp: ContactPoint | None, now: dt.datetime) -> str | None:
    """When the team is next there, e.g. "tomorrow, Tuesday 1 December, from 09:00"."""
    if cp is None:
        return None
    upcoming = hours.next_opening(cp, now)
    if upcoming is None:
        return None
    today = now.astimezone(cp.zone).date()
    return t(
        lang,
        "when-from",
        day=day_name(t, lang, upcoming.start.date(), today),
        time=clock(upcoming.start, lang),
    )


def handed_over(t: Texts, lang: str, cp: ContactPoint | None, now: dt.datetime) -> str:
    """What happens next, honestly: soon, or when the team is back."""
    if on_duty(cp, now):
        return t(lang, "handover-now")
    when = next_duty(t, lang, cp, now)
    return t(lang, "handover-later", when=when) if when else t(lang, "handover-unknown-hours")


def off_hours_note_due(
    cp: ContactPoint | None, now: dt.datetime, noted_at: dt.datetime | None
) -> bool:
    """Out of hours, once per closed period: due unless a note went out since the team
    was last on duty."""
    if on_duty(cp, now):
        return False
    if noted_at is None or cp is None:
        return noted_at is None
    reopened = hours.next_opening(cp, noted_at)
    return reopened is not None and reopened.start <= now
