"""Handing a conversation to the caseworkers, seen from the chat: who is on duty, what the
young person is told, and when a further message is acknowledged.

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
    acknowledged = "acknowledged"
    """The young person was told their message is with the team: not again for a while."""


@dataclass(frozen=True, slots=True)
class HandoverView:
    """What the chat side knows of the conversation's handover."""

    active: bool
    """Waiting for or talking to a caseworker."""
    urgent: bool = False
    since: dt.datetime | None = None
    """When it was handed over (the waiting time was told then)."""
    heard_at: dt.datetime | None = None
    """When they were last told they are heard: an acknowledgement or a caseworker's reply."""


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


QUIET = dt.timedelta(minutes=20)
"""One acknowledgement per quiet period: enough to know nothing is lost, not a flood."""


def _duty_mark(cp: ContactPoint | None, at: dt.datetime) -> dt.datetime | str | None:
    """What "when will someone read this" was at `at`: on duty, the next opening, unknown."""
    if cp is None:
        return None
    if on_duty(cp, at):
        return "on duty"
    upcoming = hours.next_opening(cp, at)
    return upcoming.start if upcoming else None


def acknowledgement(
    t: Texts, lang: str, cp: ContactPoint | None, now: dt.datetime, view: HandoverView
) -> str | None:
    """ "📨 Got it" for a message to the team, or None within a quiet period after the last
    one (or a caseworker's reply). The waiting time is told again only when it has changed
    since they were last told: someone came on duty, or the team's day ended."""
    if view.heard_at is not None and now - view.heard_at < QUIET:
        return None
    told_at = view.heard_at or view.since
    mark = _duty_mark(cp, now)
    if mark is None or (told_at is not None and _duty_mark(cp, told_at) == mark):
        return t(lang, "handover-ack")
    if mark == "on duty":
        return t(lang, "handover-ack-soon")
    when = next_duty(t, lang, cp, now)
    return t(lang, "handover-ack-later", when=when) if when else t(lang, "handover-ack")
