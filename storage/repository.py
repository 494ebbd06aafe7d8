"""Queries, one unit of work at a time (see Database.session)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import datetime
from typing import TypeVar

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.accounts import AccountRows
from storage.appointments import AppointmentRows
from storage.casework import CaseworkRows
from storage.inbound import InboundRows
from storage.models import (
    Contact,
    Conversation,
    ConversationStatus,
    Direction,
    Message,
    MessageKind,
    Note,
    Sender,
)
from storage.outbox import OutboxRows
from storage.pseudonyms import new_pseudonym
from storage.reminders import ReminderRows
from storage.utc import as_utc

# A fresh pseudonym collides with probability (contacts / 576,000); five tries is plenty.
_PSEUDONYM_ATTEMPTS = 5

_Written = TypeVar("_Written", Message, Note)


def _id(obj: Contact | Conversation) -> int:
    if obj.id is None:
        raise ValueError(f"{type(obj).__name__} has no id yet: save it first")
    return obj.id


class Repository:
    """Wraps one AsyncSession. Objects stay usable after the unit of work ends
    (expire_on_commit=False) and may be passed into the next one."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.inbound = InboundRows(session)
        self.outbox = OutboxRows(session)
        self.accounts = AccountRows(session)
        self.casework = CaseworkRows(session)
        self.appointments = AppointmentRows(session)
        self.reminders = ReminderRows(session)
        self._after_commit: dict[Hashable, Callable[[], None]] = {}

    def after_commit(self, key: Hashable, action: Callable[[], None]) -> None:
        """Run `action` once this unit of work has committed (never if it rolls back); a later
        action under the same `key` replaces the earlier one, so each runs at most once."""
        self._after_commit[key] = action

    def run_after_commit(self) -> None:
        actions, self._after_commit = list(self._after_commit.values()), {}
        for action in actions:
            action()

    async def save(self, obj: SQLModel) -> None:
        """Add (or re-attach) *obj* and write it now, so its id is known."""
        self.session.add(obj)
        await self.session.flush()

    async def contact_by_address(self, channel: str, external_id: str) -> Contact | None:
        statement = select(Contact).where(
            Contact.channel == channel, Contact.external_id == external_id
        )
        return (await self.session.exec(statement)).first()

    async def contact_by_id(self, contact_id: int) -> Contact | None:
        return await self.session.get(Contact, contact_id)

    async def touch_contact(self, channel: str, external_id: str, now: datetime) -> Contact:
        """The contact at this address, created (with a new pseudonym) on first contact.

        The contact's row stays locked (PostgreSQL: FOR UPDATE; SQLite: the write lock of
        BEGIN IMMEDIATE) until the unit of work ends, so two messages from the same person
        arriving together are handled one after the other, not interleaved.
        """
        now = as_utc(now)
        contact = await self._locked_contact(channel, external_id)
        if contact is None:
            contact = await self._create_contact(channel, external_id, now)
        contact.last_seen_at = now
        await self.session.flush()
        return contact

    async def _locked_contact(self, channel: str, external_id: str) -> Contact | None:
        statement = (
            select(Contact)
            .where(Contact.channel == channel, Contact.external_id == external_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return (await self.session.exec(statement)).first()

    async def _create_contact(self, channel: str, external_id: str, now: datetime) -> Contact:
        for _ in range(_PSEUDONYM_ATTEMPTS):
            contact = Contact(
                channel=channel,
                external_id=external_id,
                pseudonym=new_pseudonym(),
                first_seen_at=now,
                last_seen_at=now,
            )
            try:
                # A savepoint: on PostgreSQL a failed INSERT would otherwise spoil the whole
                # transaction, and we still want to read the winner's row below.
                async with self.session.begin_nested():
                    self.session.add(contact)
            except IntegrityError:
                # Either another unit of work created this address just now (take its row)
                # or the pseudonym is taken (try another one).
                existing = await self._locked_contact(channel, external_id)
                if existing is not None:
                    return existing
                continue
            return contact
        raise RuntimeError(f"no free pseudonym after {_PSEUDONYM_ATTEMPTS} attempts")

    async def delete_contact(self, contact: Contact) -> None:
        """Forget a person: the contact row, and (ON DELETE CASCADE) its conversations and
        messages."""
        await self.session.exec(delete(Contact).where(col(Contact.id) == _id(contact)))

    async def current_conversation(self, contact: Contact) -> Conversation | None:
        """The contact's latest conversation that is not closed, as it is (nothing written)."""
        statement = (
            select(Conversation)
            .where(
                Conversation.contact_id == _id(contact),
                Conversation.status != ConversationStatus.CLOSED.value,
            )
            .order_by(col(Conversation.started_at).desc(), col(Conversation.id).desc())
            .limit(1)
        )
        return (await self.session.exec(statement)).first()

    async def open_conversation(self, contact: Contact, now: datetime) -> Conversation:
        """The contact's latest conversation that is not closed, else a new one.

        While Uli itself is talking (status "bot") the conversation follows the contact's
        contact point; once handed over it stays with the caseworkers who have it.
        """
        now = as_utc(now)
        conversation = await self.current_conversation(contact)
        if conversation is None:
            conversation = Conversation(
                contact_id=_id(contact), started_at=now, last_activity_at=now
            )
            self.session.add(conversation)
        if conversation.status == ConversationStatus.BOT:
            conversation.contact_point_id = contact.contact_point_id
        conversation.last_activity_at = now
        await self.session.flush()
        return conversation

    async def start_handover(
        self, conversation: Conversation, now: datetime, urgent_reason: str | None = None
    ) -> None:
        """Into the caseworkers' inbox (waiting), unless a caseworker has it already; a crisis
        makes it urgent either way."""
        now = as_utc(now)
        if conversation.status == ConversationStatus.BOT.value:
            conversation.status = ConversationStatus.WAITING.value
            conversation.waiting_since = now
        if urgent_reason is not None:
            conversation.urgent = True
            conversation.urgent_reason = urgent_reason
            conversation.waiting_since = conversation.waiting_since or now
        await self.save(conversation)

    async def close_conversation(self, conversation: Conversation, now: datetime) -> None:
        conversation.status = ConversationStatus.CLOSED.value
        conversation.closed_at = as_utc(now)
        await self.save(conversation)

    async def add_message(
        self,
        conversation: Conversation,
        *,
        direction: Direction | str,
        sender: Sender | str,
        kind: MessageKind | str,
        text: str,
        now: datetime,
        media_ref: str | None = None,
    ) -> Message:
        """Store one message (text as given: no trimming) and mark the conversation active.

        Unknown direction, sender or kind values raise ValueError.
        """
        now = as_utc(now)
        message = Message(
            conversation_id=_id(conversation),
            direction=Direction(direction).value,
            sender=Sender(sender).value,
            kind=MessageKind(kind).value,
            text=text,
            created_at=now,
            media_ref=media_ref,
        )
        self.session.add(message)
        # An UPDATE statement rather than the object: *conversation* may come from an
        # earlier unit of work and be detached.
        await self.session.exec(
            update(Conversation)
            .where(col(Conversation.id) == _id(conversation))
            .values(last_activity_at=now)
        )
        conversation.last_activity_at = now
        await self.session.flush()
        return message

    async def conversations_of(self, contact: Contact) -> list[Conversation]:
        """All of a person's conversations, oldest first."""
        statement = (
            select(Conversation)
            .where(Conversation.contact_id == _id(contact))
            .order_by(col(Conversation.started_at), col(Conversation.id))
        )
        return list((await self.session.exec(statement)).all())

    async def notes(self, conversation_id: int) -> list[Note]:
        """The team's notes on a conversation, oldest first."""
        return await self._oldest_first(Note, conversation_id)

    async def conversation_of_message(self, message_id: int) -> tuple[int, str | None] | None:
        """(conversation id, contact point) of a message, if it is still there."""
        query = (
            select(Conversation.id, Conversation.contact_point_id)
            .join(Message, col(Message.conversation_id) == col(Conversation.id))
            .where(Message.id == message_id)
        )
        found = (await self.session.exec(query)).first()
        if found is None or found[0] is None:
            return None
        return found[0], found[1]

    async def messages(self, conversation_id: int) -> list[Message]:
        """All messages of a conversation, oldest first."""
        return await self._oldest_first(Message, conversation_id)

    async def _oldest_first(self, rows: type[_Written], conversation_id: int) -> list[_Written]:
        """The conversation's messages or notes, in the order they were written."""
        statement = (
            select(rows)
            .where(rows.conversation_id == conversation_id)
            .order_by(col(rows.created_at), col(rows.id))
        )
        return list((await self.session.exec(statement)).all())
