"""Recording who read or did what in the console, and letting admins read that record.

One part of it every caseworker reads: that a conversation of their contact points was
deleted at the young person's request, and when (`AccessLog.deletions`), so nobody waits
for an answer to a conversation that no longer exists. Nothing else of those entries.

Entries are written inside the unit of work of the action they describe (`note` takes the
action's Repository), so an action that fails leaves no entry and one that succeeds cannot
lose its entry. Only Uli's own short words go into `detail` (ids, "via api"), never what a
young person or a caseworker wrote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from flows.desk.actor import Actor, Refused
from storage import (
    AccessAction,
    AccessLogEntry,
    AccessLogFilter,
    AccessLogPage,
    AccessLogRows,
    Database,
    Repository,
)
from storage.access_log import Deletion
from storage.access_log import deletions as read_deletions

# The same caseworker reading the same conversation (or opening the same photo, voice note
# or document) again within this time is one reading: an open page refreshes itself with
# every new message and every minute, and each refresh shows its photos anew (the console
# forbids the browser to keep them: Cache-Control no-store). The log should say who read
# what, not how often a browser fetched it.
VIEW_REPEAT_WINDOW = dt.timedelta(minutes=10)
PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
# How long the inbox lists the conversations deleted at the young person's request.
DELETION_NOTICE_DAYS = 14


async def note(
    repo: Repository,
    action: AccessAction,
    at: dt.datetime,
    *,
    actor: Actor | None = None,
    email: str | None = None,
    caseworker_id: int | None = None,
    conversation_id: int | None = None,
    contact_point_id: str | None = None,
    detail: str = "",
) -> None:
    """Append one entry in `repo`'s unit of work. `actor` is who did it; without an actor
    (a failed login, the young person's own deletion) `email`/`caseworker_id` say who."""
    await AccessLogRows(repo.session).append(
        AccessLogEntry(
            at=at,
            caseworker_id=actor.id if actor else caseworker_id,
            caseworker_email=actor.email if actor else email,
            action=action.value,
            conversation_id=conversation_id,
            contact_point_id=contact_point_id,
            detail=detail,
        )
    )


async def note_view(
    repo: Repository,
    actor: Actor,
    at: dt.datetime,
    conversation_id: int,
    contact_point_id: str | None,
    via: str,
) -> None:
    """A caseworker read a conversation; a repeat within VIEW_REPEAT_WINDOW is not noted."""
    action = AccessAction.VIEW_CONVERSATION
    last = await AccessLogRows(repo.session).last(actor.id, action.value, conversation_id)
    if last is not None and at - last.at < VIEW_REPEAT_WINDOW:
        return
    await note(
        repo, action, at, actor=actor, conversation_id=conversation_id,
        contact_point_id=contact_point_id, detail=f"via {via}",
    )  # fmt: skip


async def note_media(
    repo: Repository,
    actor: Actor,
    at: dt.datetime,
    message_id: int,
    kind: str,
    conversation_id: int,
    contact_point_id: str | None,
) -> None:
    """A caseworker opened the file of a message; a repeat within VIEW_REPEAT_WINDOW (the
    page showing the photo again, or the same file opened from it) is not noted."""
    action = AccessAction.OPEN_MEDIA
    detail = f"message {message_id} ({kind})"
    recent = AccessLogFilter(
        caseworker_id=actor.id,
        conversation_id=conversation_id,
        action=action.value,
        since=at - VIEW_REPEAT_WINDOW,
    )
    # The files of one conversation opened in the last minutes: a handful, never a page.
    found = await AccessLogRows(repo.session).page(recent, limit=MAX_PAGE_SIZE)
    if any(entry.detail == detail for entry in found.entries):
        return
    await note(
        repo, action, at, actor=actor, conversation_id=conversation_id,
        contact_point_id=contact_point_id, detail=detail,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Page:
    entries: list[AccessLogEntry]
    total: int
    offset: int
    limit: int

    @property
    def has_newer(self) -> bool:
        return self.offset > 0

    @property
    def has_older(self) -> bool:
        return self.offset + len(self.entries) < self.total


class AccessLog:
    """Reading the log: admins only, but for the young people's deletions (which say only
    which conversation, where and when). There is no way to change it, here or anywhere."""

    def __init__(self, database: Database, clock: Callable[[], dt.datetime]) -> None:
        self.database = database
        self.clock = clock

    async def read(
        self, actor: Actor, where: AccessLogFilter, *, offset: int = 0, limit: int = PAGE_SIZE
    ) -> Page:
        if not actor.is_admin:
            raise Refused("admin-only", "only admins read the access log")
        limit = min(max(1, limit), MAX_PAGE_SIZE)
        offset = max(0, offset)
        async with self.database.session() as repo:
            found: AccessLogPage = await AccessLogRows(repo.session).page(
                where, offset=offset, limit=limit
            )
        return Page(found.entries, found.total, offset, limit)

    async def deletions(self, actor: Actor, *, days: int = DELETION_NOTICE_DAYS) -> list[Deletion]:
        """The conversations of the actor's contact points (and those without one, as
        `Actor.may_see`) deleted at the young person's request in the last `days`, newest
        first."""
        since = self.clock() - dt.timedelta(days=days)
        async with self.database.session() as repo:
            found = await read_deletions(repo.session, actor.contact_point_ids, since=since)
        return [d for d in found if actor.may_see(d.contact_point_id)]

    async def deletion(self, actor: Actor, conversation_id: int) -> Deletion | None:
        """When this conversation was deleted at the young person's request, if it was one
        the actor may see; None otherwise (someone else's stays unknown)."""
        async with self.database.session() as repo:
            found = await read_deletions(
                repo.session, actor.contact_point_ids, conversation_id=conversation_id, limit=1
            )
        return next((d for d in found if actor.may_see(d.contact_point_id)), None)
