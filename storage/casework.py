"""What the caseworkers' console reads: the inbox and one conversation with its history.

Every query takes the contact points the caseworker belongs to and returns nothing outside
them; an empty set returns nothing at all (fail closed). Conversations Uli is still having
on its own (status "bot") are out of reach too: nobody asked for a person there. The caller
decides what a caseworker may see; these queries make it impossible to forget.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, func, or_
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

# The inbox shows this many rows per tab; older closed conversations stay in the database.
INBOX_LIMIT = 200


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
    ) -> list[InboxRow]:
        """Conversations of a tab: urgent first, then whoever waits longest (closed: newest)."""
        if not contact_point_ids:
            return []
        query = (
            select(Conversation, Contact, Caseworker.name)
            .join(Contact, col(Contact.id) == col(Conversation.contact_id))
            .outerjoin(Caseworker, col(Caseworker.id) == col(Conversation.assignee_id))
            .where(_visible(contact_point_ids))
        )
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
        found = (await self.session.exec(query.limit(limit))).all()
        last = await self._last_messages([_id(conversation) for conversation, _, _ in found])
        return [
            InboxRow(conversation, contact, name, last.get(_id(conversation)))
            for conversation, contact, name in found
        ]

    async def counts(
        self, contact_point_ids: Collection[str], caseworker_id: int | None = None
    ) -> dict[InboxTab, int]:
        """How many conversations each tab holds (closed: all of them, not only the newest)."""
        found = dict.fromkeys(InboxTab, 0)
        if not contact_point_ids:
            return found
        query = (
            select(Conversation.status, Conversation.assignee_id, func.count())
            .where(_visible(contact_point_ids))
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
        self, conversation_id: int, contact_point_ids: Collection[str]
    ) -> ConversationRecord | None:
        """A conversation with its whole history and notes, or None if out of reach."""
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
        return ConversationRecord(
            conversation=conversation,
            contact=contact,
            assignee_name=assignee.name if assignee else None,
            history=await self.history(conversation_id),
            notes=await self.notes(conversation_id),
        )

    async def history(self, conversation_id: int) -> list[HistoryEntry]:
        query = (
            select(Message, OutboxMessage.status, OutboxMessage.attempts, Caseworker.name)
            .outerjoin(OutboxMessage, col(OutboxMessage.message_id) == col(Message.id))
            .outerjoin(Caseworker, col(Caseworker.id) == col(Message.caseworker_id))
            .where(Message.conversation_id == conversation_id)
            .order_by(col(Message.created_at), col(Message.id))
        )
        return [
            HistoryEntry(message, status, attempts or 0, name)
            for message, status, attempts, name in (await self.session.exec(query)).all()
        ]

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
        self, contact_id: int, contact_point_ids: Collection[str]
    ) -> int | None:
        """The id of the person's newest conversation the console shows to these contact
        points (one that reached the team), if any."""
        if not contact_point_ids:
            return None
        query = (
            select(col(Conversation.id))
            .where(
                Conversation.contact_id == contact_id,
                _visible(contact_point_ids),
                Conversation.status != ConversationStatus.BOT.value,
            )
            .order_by(col(Conversation.started_at).desc(), col(Conversation.id).desc())
            .limit(1)
        )
        return (await self.session.exec(query)).first()

    async def add_note(self, note: Note) -> Note:
        self.session.add(note)
        await self.session.flush()
        return note


def _id(conversation: Conversation) -> int:
    if conversation.id is None:  # pragma: no cover - rows from the database have ids
        raise ValueError("conversation without id")
    return conversation.id
