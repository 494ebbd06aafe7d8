"""Whether a contact point's programme runs on a day, and what to suggest once it has ended.

Funded programmes have periods (JUSTiQ ran until 31.07.2022, jobpoint basic until
02.03.2021). An offer that does not run must say so and point to one that does: never a
dead end. Pure functions; `flows.knowledge.hours` re-exports them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from flows.knowledge.catalogue.model import AgeRange, Catalogue, ContactPoint


@dataclass(frozen=True, slots=True)
class Running:
    """The programme runs on the day asked about."""

    until: dt.date | None = None
    """Its last day, if the file gives one."""


@dataclass(frozen=True, slots=True)
class Ended:
    """The programme is over."""

    since: dt.date
    """The last day on which it ran (`period.until`, e.g. 2022-07-31 for JUSTiQ)."""


@dataclass(frozen=True, slots=True)
class NotStarted:
    """The programme has not begun yet."""

    starts: dt.date
    """Its first day (`period.from`)."""


ProgrammeState = Running | Ended | NotStarted


def programme_state(cp: ContactPoint, today: dt.date) -> ProgrammeState:
    """Running, Ended(since=last day) or NotStarted(starts=first day) on local date `today`."""
    period = cp.programme.period
    if period.start is not None and today < period.start:
        return NotStarted(period.start)
    if period.until is not None and today > period.until:
        return Ended(period.until)
    return Running(period.until)


def is_running(cp: ContactPoint, today: dt.date) -> bool:
    return isinstance(programme_state(cp, today), Running)


def ages_overlap(a: AgeRange, b: AgeRange) -> bool:
    return a.min <= b.max and b.min <= a.max


def alternatives(catalogue: Catalogue, cp: ContactPoint, today: dt.date) -> list[ContactPoint]:
    """Running contact points to suggest instead of `cp`, best first.

    Only contact points whose programme runs `today`, never `cp` itself. Order:
    1. `cp.see_instead`, in the order the coordinator wrote them;
    2. the same German state and an overlapping age range (close by and for the same people);
    3. the same state, other ages;
    4. other states with an overlapping age range, then all the rest.
    Within a group the file's order holds. Callers show the first few; the later groups exist
    so that a young person is never left without any suggestion.
    """

    def rank(index_and_other: tuple[int, ContactPoint]) -> tuple[int, int]:
        index, other = index_and_other
        if other.id in cp.see_instead:
            return 0, cp.see_instead.index(other.id)
        overlap = ages_overlap(other.target_group.age, cp.target_group.age)
        if other.state == cp.state:
            return (1 if overlap else 2), index
        return (3 if overlap else 4), index

    candidates = [
        (index, other)
        for index, other in enumerate(catalogue.contact_points)
        if other.id != cp.id and is_running(other, today)
    ]
    return [other for _, other in sorted(candidates, key=rank)]
