"""The access log: who in the console read or did what to which conversation, and when.

Append-only by design: `AccessLogRows` can add entries and read them, nothing else, and
`deletions` beside it only reads; so no code path (and so no caseworker or admin in the
console) can change or remove an entry. The retention job does not touch this table either.

Entries must outlive what they are about: the conversation id is a plain integer without a
foreign key (the conversation may be deleted by retention or at the young person's request),
and the caseworker's email is copied at the time (the account may be removed later; its id
is then set to NULL). No entry ever holds message text: `detail` is a short, fixed-form note
made by Uli's code ("message 17", "via api"), never anything a person typed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, func, or_
from sqlmodel import Field, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Base
from storage.utc import UTCDateTime, as_utc

DETAIL_LIMIT = 120


class AccessAction(StrEnum):
    VIEW_CONVERSATION = "view_conversation"
    OPEN_MEDIA = "open_media"
    EXPORT = "export"
    DELETE_REQUEST = "delete_request"  # the young person had their data deleted
    REPLY = "reply"
    CLAIM = "claim"
    ASSIGN = "assign"
    RELEASE = "release"
    CLOSE = "close"
    REOPEN = "reopen"
    NOTE = "note"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    USER_CREATED = "user_created"
    USER_CHANGED = "user_changed"
    VIEW_APPOINTMENTS = "view_appointments"  # a place's day or week list
    APPOINTMENT_BOOK = "appointment_book"
    APPOINTMENT_CANCEL = "appointment_cancel"
    APPOINTMENT_MARK = "appointment_mark"


class AccessLogEntry(Base, table=True):
    __tablename__ = "access_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime, index=True)
    # SET NULL: removing an account keeps its entries; the email below still says who it was.
    caseworker_id: int | None = Field(
        default=None, foreign_key="caseworker.id", ondelete="SET NULL", index=True
    )
    # Copied, not joined: None for what nobody in the console did (the young person's deletion).
    caseworker_email: str | None = Field(default=None, max_length=254)
    action: str = Field(max_length=32, index=True)
    # No foreign key on purpose: the entry outlives the conversation.
    conversation_id: int | None = Field(default=None, index=True)
    contact_point_id: str | None = Field(default=None, max_length=24)
    detail: str = Field(default="", max_length=DETAIL_LIMIT)


@dataclass(frozen=True, slots=True)
class AccessLogFilter:
    caseworker_id: int | None = None
    conversation_id: int | None = None
    action: str | None = None
    since: datetime | None = None
    """Entries at or after this moment."""
    until: datetime | None = None
    """Entries before this moment."""


@dataclass(frozen=True, slots=True)
class AccessLogPage:
    entries: list[AccessLogEntry]
    total: int
    """How many entries match the filter, on all pages."""


@dataclass(frozen=True, slots=True)
class Deletion:
    """A conversation deleted at the young person's request: which one, where, when. This is
    all of the access log that caseworkers (not only admins) read, so it carries no email,
    no caseworker and no detail."""

    conversation_id: int
    contact_point_id: str | None
    at: datetime


class AccessLogRows:
    """Append and read; there is deliberately no update or delete."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def append(self, entry: AccessLogEntry) -> AccessLogEntry:
        entry.at = as_utc(entry.at)
        entry.detail = entry.detail[:DETAIL_LIMIT]
        if entry.caseworker_email is not None:
            entry.caseworker_email = entry.caseworker_email[:254]
        self.session.add(entry)
        await self.session.flush()
        return entry

    async def page(
        self, where: AccessLogFilter, *, offset: int = 0, limit: int = 50
    ) -> AccessLogPage:
        """Newest first (ties by id, so paging is stable)."""
        conditions = _conditions(where)
        query = (
            select(AccessLogEntry)
            .where(*conditions)
            .order_by(col(AccessLogEntry.at).desc(), col(AccessLogEntry.id).desc())
            .offset(max(0, offset))
            .limit(max(1, limit))
        )
        entries = list((await self.session.exec(query)).all())
        counted = select(func.count()).select_from(AccessLogEntry).where(*conditions)
        total = (await self.session.exec(counted)).one()
        return AccessLogPage(entries, int(total))

    async def last(
        self, caseworker_id: int, action: str, conversation_id: int
    ) -> AccessLogEntry | None:
        """The newest entry of this kind: to leave out repeats of the same view."""
        query = (
            select(AccessLogEntry)
            .where(
                AccessLogEntry.caseworker_id == caseworker_id,
                AccessLogEntry.action == action,
                AccessLogEntry.conversation_id == conversation_id,
            )
            .order_by(col(AccessLogEntry.at).desc(), col(AccessLogEntry.id).desc())
            .limit(1)
        )
        return (await self.session.exec(query)).first()


def _conditions(where: AccessLogFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.caseworker_id is not None:
        conditions.append(col(AccessLogEntry.caseworker_id) == where.caseworker_id)
    if where.conversation_id is not None:
        conditions.append(col(AccessLogEntry.conversation_id) == where.conversation_id)
    if where.action:
        conditions.append(col(AccessLogEntry.action) == where.action)
    if where.since is not None:
        conditions.append(col(AccessLogEntry.at) >= as_utc(where.since))
    if where.until is not None:
        conditions.append(col(AccessLogEntry.at) < as_utc(where.until))
    return conditions


async def deletions(
    session: AsyncSession,
    contact_point_ids: Collection[str],
    *,
    since: datetime | None = None,
    conversation_id: int | None = None,
    limit: int = 200,
) -> list[Deletion]:
    """The young person's deletions of conversations of these contact points (and of
    conversations that had none, as every caseworker sees those), newest first. Fails
    closed: no contact points, no deletions. Reads only the three columns it returns.

    A function beside `AccessLogRows`, not a method of it: it reads, like `page`, but for
    caseworkers rather than admins, and it keeps that class's surface as small as it is."""
    if not contact_point_ids:
        return []
    place = col(AccessLogEntry.contact_point_id)
    conditions = [
        col(AccessLogEntry.action) == AccessAction.DELETE_REQUEST.value,
        col(AccessLogEntry.conversation_id).is_not(None),
        or_(place.in_(sorted(contact_point_ids)), place.is_(None)),
    ]
    if since is not None:
        conditions.append(col(AccessLogEntry.at) >= as_utc(since))
    if conversation_id is not None:
        conditions.append(col(AccessLogEntry.conversation_id) == conversation_id)
    query = (
        select(col(AccessLogEntry.conversation_id), place, col(AccessLogEntry.at))
        .where(*conditions)
        .order_by(col(AccessLogEntry.at).desc(), col(AccessLogEntry.id).desc())
        .limit(max(1, limit))
    )
    rows = (await session.exec(query)).all()
    return [Deletion(int(c or 0), cp, as_utc(at)) for c, cp, at in rows]
