"""Deleting what is no longer needed: expired conversations, and contacts left without any.

The rule itself (how long, which conversations count as unanswered) is the caller's: see
flows/retention.py. Here are the queries, safe to run while Uli answers messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, and_, delete, exists, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.appointments import Appointment, AppointmentStatus
from storage.models import Contact, Conversation, ConversationStatus, Message, Note, Sender
from storage.outbox import OutboxMessage
from storage.utc import as_utc


@dataclass(frozen=True, slots=True)
class Cutoffs:
    idle_before: datetime
    """Any conversation whose last activity is older goes."""
    unanswered_before: datetime
    """A conversation that never reached a caseworker goes when its last activity is older."""
    now: datetime
    """A person with an appointment that has not ended by then keeps everything."""


@dataclass(slots=True)
class Purged:
    conversations: list[tuple[int, str | None]] = field(default_factory=list)
    """(id, contact point) of each deleted conversation."""
    contacts: int = 0
    more: bool = False
    """The batch was full: call again."""


def _expecting(contact_id: ColumnElement[int] | object, now: datetime) -> ColumnElement[bool]:
    """The person has a booked appointment still to come: the team will need the
    conversation, and the reminders need the person."""
    return exists().where(
        col(Appointment.contact_id) == contact_id,
        col(Appointment.status) == AppointmentStatus.BOOKED.value,
        col(Appointment.ends_at) > as_utc(now),
    )


def _expired(cutoffs: Cutoffs) -> ColumnElement[bool]:
    caseworker_wrote = exists().where(
        col(Message.conversation_id) == col(Conversation.id),
        col(Message.sender) == Sender.CASEWORKER.value,
    )
    unanswered = and_(col(Conversation.status) == ConversationStatus.BOT.value, ~caseworker_wrote)
    last = col(Conversation.last_activity_at)
    old = or_(
        last < as_utc(cutoffs.idle_before),
        and_(unanswered, last < as_utc(cutoffs.unanswered_before)),
    )
    return and_(old, ~_expecting(col(Conversation.contact_id), cutoffs.now))


async def purge_expired(session: AsyncSession, cutoffs: Cutoffs, limit: int = 200) -> Purged:
    """Delete the expired conversations of up to *limit* contacts, with their messages, notes
    and queued replies, then those contacts that have no conversation left.

    The contacts are locked first (the engine locks a contact for every message, see
    Repository.touch_contact), and expiry is checked again under the lock: a person who
    writes just now keeps their conversation.
    """
    expired = _expired(cutoffs)
    candidates = (
        select(col(Conversation.contact_id))
        .where(expired)
        .distinct()
        .order_by(col(Conversation.contact_id))
        .limit(limit)
    )
    contact_ids = list((await session.exec(candidates)).all())
    purged = Purged(more=len(contact_ids) == limit)
    if contact_ids:
        # Ordered, as the engine locks one contact at a time: no deadlock either way.
        lock = (
            select(col(Contact.id))
            .where(col(Contact.id).in_(contact_ids))
            .order_by(col(Contact.id))
            .with_for_update()
        )
        contact_ids = [cid for cid in (await session.exec(lock)).all() if cid is not None]
        doomed = select(col(Conversation.id), col(Conversation.contact_point_id)).where(
            col(Conversation.contact_id).in_(contact_ids), expired
        )
        rows = (await session.exec(doomed)).all()
        purged.conversations = [(cid, cp) for cid, cp in rows if cid is not None]
        await _delete_conversations(session, [cid for cid, _ in purged.conversations])
    purged.contacts = await _delete_empty_contacts(session, contact_ids, cutoffs)
    # Queued replies that lost their message some other way are kept no longer than any.
    orphans = delete(OutboxMessage).where(
        col(OutboxMessage.message_id).is_(None),
        col(OutboxMessage.created_at) < as_utc(cutoffs.idle_before),
    )
    await session.exec(orphans)
    return purged


async def _delete_conversations(session: AsyncSession, ids: list[int]) -> None:
    if not ids:
        return
    # Explicit rather than ON DELETE CASCADE alone: queued replies point at messages with
    # SET NULL and would otherwise stay behind, stripped of their link.
    of_messages = select(col(Message.id)).where(col(Message.conversation_id).in_(ids))
    await session.exec(delete(OutboxMessage).where(col(OutboxMessage.message_id).in_(of_messages)))
    await session.exec(delete(Note).where(col(Note.conversation_id).in_(ids)))
    await session.exec(delete(Message).where(col(Message.conversation_id).in_(ids)))
    await session.exec(delete(Conversation).where(col(Conversation.id).in_(ids)))


async def _delete_empty_contacts(session: AsyncSession, locked: list[int], cutoffs: Cutoffs) -> int:
    """The just-emptied contacts, and any other contact without conversations that has not
    been seen since the unanswered cutoff: no pseudonym outlives its conversations."""
    no_conversation = and_(
        ~exists().where(col(Conversation.contact_id) == col(Contact.id)),
        ~_expecting(col(Contact.id), cutoffs.now),
    )
    stale = col(Contact.last_seen_at) < as_utc(cutoffs.unanswered_before)
    chosen = or_(col(Contact.id).in_(locked), stale) if locked else stale
    query = select(col(Contact.id)).where(no_conversation, chosen).limit(1000)
    ids = list((await session.exec(query)).all())
    if ids:
        await session.exec(delete(OutboxMessage).where(col(OutboxMessage.contact_id).in_(ids)))
        await session.exec(delete(Contact).where(col(Contact.id).in_(ids), no_conversation))
    return len(ids)
