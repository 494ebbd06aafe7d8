"""What the caseworkers' console reads: the inbox and one conversation with its history.

Every query takes the contact points the caseworker belongs to and returns nothing outside
them; an empty set returns nothing at all (fail closed). Conversations Uli is still having
on its own (status "bot") are out of reach too: nobody asked for a person there. The caller
decides what a caseworker may see; these queries make it impossible to forget.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, func, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import (
    Caseworker,
    Contact,
    Conversation,
    ConversationStatus,
    Message,
    Note,
)
from storage.outbox import OutboxMessage

# The inbox shows this many rows of a tab at a time, the next ones on demand; a page of 200
# rows cost ten concurrent readers over a second each at 100,000 conversations.
INBOX_LIMIT = 50
# A conversation page shows its latest messages, older ones on demand (`before`).
HISTORY_PAGE = 50


class InboxTab(StrEnum):
    WAITING = "waiting"  # handed over, nobody has it yet
    MINE = "mine"  # assigned to the caseworker who looks
    OPEN = "open"  # waiting or assigned to anyone
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class InboxRow:
    conversation: Conversation
    contact: Contact
    assignee_name: str | None
    last_message: Message | None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    message: Message
    delivery: str | None  # the outbox row's status for an outbound message, if it has one
    attempts: int
    caseworker_name: str | None


@dataclass(frozen=True, slots=True)
class NoteEntry:
    note: Note
    caseworker_name: str | None


@dataclass(frozen=True, slots=True)
class ConversationRecord:
    conversation: Conversation
    contact: Contact
    assignee_name: str | None
    history: list[HistoryEntry]
    notes: list[NoteEntry]
    older: int | None = None
    """Older messages exist: the id of the oldest one shown, to ask for the ones before it."""


_IN_TABS = (
    ConversationStatus.WAITING.value,
    ConversationStatus.ASSIGNED.value,
    ConversationStatus.CLOSED.value,
)


def _visible(contact_point_ids: Collection[str]) -> ColumnElement[bool]:
    """Conversations of these contact points, and those of nobody yet: someone in crisis
    before choosing a service must reach every caseworker, not none (the caller has
    already refused accounts without any contact point)."""
    contact_point = col(Conversation.contact_point_id)
    return or_(contact_point.in_(sorted(contact_point_ids)), contact_point.is_(None))


class CaseworkRows:
    """The console's queries, within one unit of work."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def inbox(
        self,
        contact_point_ids: Collection[str],
        tab: InboxTab,
        caseworker_id: int | None = None,
        limit: int = INBOX_LIMIT,
        offset: int = 0,
    ) -> list[InboxRow]:
        """Conversations of a tab: urgent first, then whoever waits longest (closed: newest);
        `limit` of them from `offset` on."""
        if not contact_point_ids:
            return []
        # The tab's page of conversations first, then their people and assignees: joined
        # before the LIMIT, every waiting conversation's person was read to show fifty.
        query = select(Conversation).where(_visible(contact_point_ids))
        status = col(Conversation.status)
        if tab is InboxTab.WAITING:
            query = query.where(status == ConversationStatus.WAITING.value)
        elif tab is InboxTab.MINE:
            query = query.where(
                status == ConversationStatus.ASSIGNED.value,
                col(Conversation.assignee_id) == (caseworker_id or -1),
            )
        elif tab is InboxTab.OPEN:
            query = query.where(
                status.in_([ConversationStatus.WAITING.value, ConversationStatus.ASSIGNED.value])
            )
        else:
            query = query.where(status == ConversationStatus.CLOSED.value)
        if tab is InboxTab.CLOSED:
            query = query.order_by(col(Conversation.closed_at).desc(), col(Conversation.id).desc())
        else:
            waited = func.coalesce(col(Conversation.waiting_since), col(Conversation.started_at))
            query = query.order_by(
                col(Conversation.urgent).desc(), waited.asc(), col(Conversation.id).asc()
            )
        found = (await self.session.exec(query.offset(max(0, offset)).limit(limit))).all()
        if not found:
            return []
        people = {
            contact.id: contact
            for contact in (
                await self.session.exec(
                    select(Contact).where(col(Contact.id).in_({c.contact_id for c in found}))
                )
            ).all()
        }
        names = await self.caseworker_names(
            {c.assignee_id for c in found if c.assignee_id is not None}
        )
        last = await self._last_messages([_id(conversation) for conversation in found])
        return [
            InboxRow(
                conversation,
                people[conversation.contact_id],
                names.get(conversation.assignee_id) if conversation.assignee_id else None,
                last.get(_id(conversation)),
            )
            for conversation in found
        ]

    async def counts(
        self, contact_point_ids: Collection[str], caseworker_id: int | None = None
    ) -> dict[InboxTab, int]:
        """How many conversations each tab holds (closed: all of them, not only the newest)."""
        found = dict.fromkeys(InboxTab, 0)
        if not contact_point_ids:
            return found
        # Without the conversations only Uli has (most of them): no tab shows those, and
        # the index on (status, contact point, assignee) then answers from the index alone.
        query = (
            select(Conversation.status, Conversation.assignee_id, func.count())
            .where(
                _visible(contact_point_ids),
                col(Conversation.status).in_(_IN_TABS),
            )
            .group_by(col(Conversation.status), col(Conversation.assignee_id))
        )
        for status, assignee_id, count in (await self.session.exec(query)).all():
            if status == ConversationStatus.WAITING.value:
                found[InboxTab.WAITING] += count
                found[InboxTab.OPEN] += count
            elif status == ConversationStatus.ASSIGNED.value:
                found[InboxTab.OPEN] += count
                if caseworker_id is not None and assignee_id == caseworker_id:
                    found[InboxTab.MINE] += count
            elif status == ConversationStatus.CLOSED.value:
                found[InboxTab.CLOSED] += count
        return found

    async def _last_messages(self, conversation_ids: list[int]) -> dict[int, Message]:
        if not conversation_ids:
            return {}
        latest = (
            select(func.max(Message.id))
            .where(col(Message.conversation_id).in_(conversation_ids))
            .group_by(col(Message.conversation_id))
        )
        query = select(Message).where(col(Message.id).in_(latest))
        return {m.conversation_id: m for m in (await self.session.exec(query)).all()}

    async def conversation(
        self, conversation_id: int, contact_point_ids: Collection[str], *, lock: bool = False
    ) -> Conversation | None:
        """The handed-over conversation if it belongs to one of these contact points.

        With `lock`, its row stays locked until the unit of work ends (two caseworkers
        claiming at once are served one after the other).
        """
        if not contact_point_ids:
            return None
        query = select(Conversation).where(
            Conversation.id == conversation_id,
            _visible(contact_point_ids),
            Conversation.status != ConversationStatus.BOT.value,
        )
        if lock:
            query = query.with_for_update().execution_options(populate_existing=True)
        return (await self.session.exec(query)).first()

    async def record(
        self,
        conversation_id: int,
        contact_point_ids: Collection[str],
        *,
        before: int | None = None,
        limit: int | None = None,
    ) -> ConversationRecord | None:
        """A conversation with its history and notes, or None if out of reach. With `limit`,
        the history holds the latest `limit` messages, or with `before` (a message id) the
        `limit` messages before that one and all after it."""
        conversation = await self.conversation(conversation_id, contact_point_ids)
        if conversation is None:
            return None
        contact = await self.session.get(Contact, conversation.contact_id)
        if contact is None:  # pragma: no cover - the foreign key forbids it
            return None
        assignee = (
            await self.session.get(Caseworker, conversation.assignee_id)
            if conversation.assignee_id is not None
            else None
        )
        history, older = await self.history(conversation_id, before=before, limit=limit)
        return ConversationRecord(
            conversation=conversation,
            contact=contact,
            assignee_name=assignee.name if assignee else None,
            history=history,
            notes=await self.notes(conversation_id),
            older=older,
        )

    async def history(
        self, conversation_id: int, *, before: int | None = None, limit: int | None = None
    ) -> tuple[list[HistoryEntry], int | None]:
        """The messages in order (see `record`), and the id of the oldest one shown if there
        are older ones. Keyset paging on (created_at, id), the order shown, which the index
        on (conversation_id, created_at, id) serves from either end."""
        query = (
            select(Message, OutboxMessage.status, OutboxMessage.attempts, Caseworker.name)
            .outerjoin(OutboxMessage, col(OutboxMessage.message_id) == col(Message.id))
            .outerjoin(Caseworker, col(Caseworker.id) == col(Message.caseworker_id))
            .where(Message.conversation_id == conversation_id)
        )
        created, id_ = col(Message.created_at), col(Message.id)
        if limit is None:
            return _entries((await self.session.exec(query.order_by(created, id_))).all()), None
        anchor = None
        if before is not None:
            anchor = (
                await self.session.exec(
                    select(Message.created_at, Message.id).where(
                        Message.id == before, Message.conversation_id == conversation_id
                    )
                )
            ).first()
        newer: list[HistoryEntry] = []
        if anchor is not None:
            at, known = anchor
            earlier = or_(created < at, and_(created == at, id_ < known))
            newer = _entries(
                (await self.session.exec(query.where(~earlier).order_by(created, id_))).all()
            )
            query = query.where(earlier)
        page = max(1, limit)
        latest = _entries(
            (
                await self.session.exec(query.order_by(created.desc(), id_.desc()).limit(page + 1))
            ).all()
        )
        shown = latest[:page][::-1] + newer
        older = shown[0].message.id if len(latest) > page else None
        return shown, older

    async def notes(self, conversation_id: int) -> list[NoteEntry]:
        query = (
            select(Note, Caseworker.name)
            .outerjoin(Caseworker, col(Caseworker.id) == col(Note.caseworker_id))
            .where(Note.conversation_id == conversation_id)
            .order_by(col(Note.created_at), col(Note.id))
        )
        return [NoteEntry(note, name) for note, name in (await self.session.exec(query)).all()]

    async def message(self, message_id: int, contact_point_ids: Collection[str]) -> Message | None:
        """One message, if its conversation belongs to one of these contact points."""
        if not contact_point_ids:
            return None
        query = (
            select(Message)
            .join(Conversation, col(Conversation.id) == col(Message.conversation_id))
            .where(
                Message.id == message_id,
                _visible(contact_point_ids),
                Conversation.status != ConversationStatus.BOT.value,
            )
        )
        return (await self.session.exec(query)).first()

    async def newer_open_conversation(self, conversation: Conversation) -> Conversation | None:
        """Another conversation of the same young person that is still open, if any."""
        query = select(Conversation).where(
            Conversation.contact_id == conversation.contact_id,
            Conversation.id != conversation.id,
            Conversation.status != ConversationStatus.CLOSED.value,
        )
        return (await self.session.exec(query)).first()

    async def latest_handed_over(
        self, contact_ids: Collection[int], contact_point_ids: Collection[str]
    ) -> dict[int, int]:
        """Each person's newest conversation the console shows to these contact points (one
        that reached the team), in one query: person id → conversation id (people without
        such a conversation are left out)."""
        if not contact_point_ids or not contact_ids:
            return {}
        query = select(
            col(Conversation.contact_id), col(Conversation.started_at), col(Conversation.id)
        ).where(
            col(Conversation.contact_id).in_(sorted(contact_ids)),
            _visible(contact_point_ids),
            Conversation.status != ConversationStatus.BOT.value,
        )
        newest: dict[int, tuple[datetime, int]] = {}
        for person, started, id_ in (await self.session.exec(query)).all():
            if id_ is not None and (person not in newest or (started, id_) > newest[person]):
                newest[person] = (started, id_)
        return {person: found[1] for person, found in newest.items()}

    async def caseworker_names(self, ids: Collection[int]) -> dict[int, str]:
        """Caseworker id → name, for those that still exist."""
        if not ids:
            return {}
        query = select(col(Caseworker.id), col(Caseworker.name)).where(
            col(Caseworker.id).in_(sorted(ids))
        )
        return {id_: name for id_, name in (await self.session.exec(query)).all() if id_}

    async def add_note(self, note: Note) -> Note:
        self.session.add(note)
        await self.session.flush()
        return note


def _entries(
    rows: Iterable[tuple[Message, str | None, int | None, str | None]],
) -> list[HistoryEntry]:
    return [
        HistoryEntry(message, status, attempts or 0, name)
        for message, status, attempts, name in rows
    ]


def _id(conversation: Conversation) -> int:
    if conversation.id is None:  # pragma: no cover - rows from the database have ids
        raise ValueError("conversation without id")
    return conversation.id
