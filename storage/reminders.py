"""Scheduled messages: one row per message to send later, due at a moment in UTC.

Each row has a `kind` (``reminder`` before an appointment, ``follow_up_attended`` and
``follow_up_missed`` after one, ...): the storage knows no kind, the sender
(flows.delivery.scheduled) asks the kind registered under that name to write the message.
The table keeps its old name, ``reminder``, and every row belongs to an appointment.

A reminder is a row from the moment its appointment is booked, so a restart loses none. The
reminder job takes the due rows (`take_due`) and, in the same unit of work, queues the
message in the outbox and marks the row sent: a reminder becomes exactly one outbox row,
also with several Uli processes on one PostgreSQL database (FOR UPDATE SKIP LOCKED lets each
process take different rows; SQLite queues whole units of work anyway, see storage.engine).

Cancelling or moving an appointment deletes its pending reminders and any reminder already
queued but not yet sent (`forget_for`), so an old reminder never goes out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, delete, func
from sqlmodel import Field, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Base, Message
from storage.outbox import OutboxMessage, OutboxStatus
from storage.utc import UTCDateTime, as_utc

REMINDER = "reminder"
"""The kind of the rows from before kinds existed: the reminder before an appointment."""


class ReminderStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"  # queued in the outbox, which delivers it
    SKIPPED = "skipped"  # came due too late (the appointment began, or a later one was due)


class Reminder(Base, table=True):
    __table_args__ = (Index("ix_reminder_due", "status", "due_at"),)

    id: int | None = Field(default=None, primary_key=True)
    # CASCADE: an appointment that goes (with its person) takes its reminders along.
    appointment_id: int = Field(foreign_key="appointment.id", ondelete="CASCADE", index=True)
    kind: str = Field(
        default=REMINDER, max_length=32, sa_column_kwargs={"server_default": REMINDER}
    )
    due_at: datetime = Field(sa_type=UTCDateTime)
    status: str = Field(default=ReminderStatus.PENDING.value, max_length=16)
    created_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # The outbox row that carries it, so a cancellation can still stop it before it is sent.
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id", ondelete="SET NULL")


class ReminderRows:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def schedule(
        self, appointment_id: int, due: Iterable[datetime], now: datetime, kind: str = REMINDER
    ) -> None:
        for moment in sorted({as_utc(m) for m in due}):
            self.session.add(
                Reminder(
                    appointment_id=appointment_id,
                    kind=kind,
                    due_at=moment,
                    created_at=as_utc(now),
                )
            )
        await self.session.flush()

    async def drop_pending_of_contact(self, contact_id: int, kinds: Iterable[str]) -> int:
        """Drop the person's pending rows of these kinds (all their appointments): a new
        booking makes a follow-up's "book again?" pointless. Returns how many went."""
        from storage.appointments import Appointment  # it imports this module

        ids = select(col(Appointment.id)).where(col(Appointment.contact_id) == contact_id)
        result = await self.session.exec(
            delete(Reminder).where(
                col(Reminder.appointment_id).in_(ids),
                col(Reminder.kind).in_(list(kinds)),
                col(Reminder.status) == ReminderStatus.PENDING.value,
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def of_appointment(self, appointment_id: int) -> list[Reminder]:
        query = (
            select(Reminder)
            .where(col(Reminder.appointment_id) == appointment_id)
            .order_by(col(Reminder.due_at))
        )
        return list((await self.session.exec(query)).all())

    async def take_due(self, now: datetime, limit: int = 200) -> list[Reminder]:
        """Pending reminders due by *now*, earliest first, locked for this unit of work; rows
        another process holds are skipped, not waited for."""
        query = (
            select(Reminder)
            .where(
                col(Reminder.status) == ReminderStatus.PENDING.value,
                col(Reminder.due_at) <= as_utc(now),
            )
            .order_by(col(Reminder.due_at), col(Reminder.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return list((await self.session.exec(query)).all())

    async def pending_count(self) -> int:
        query = select(func.count()).where(col(Reminder.status) == ReminderStatus.PENDING.value)
        return int((await self.session.exec(query)).one())

    async def forget_for(self, appointment_id: int) -> None:
        """Drop the appointment's pending reminders and stop those queued but not sent yet
        (their outbox row and their line in the conversation go too)."""
        queued = select(col(Reminder.outbox_id)).where(
            col(Reminder.appointment_id) == appointment_id, col(Reminder.outbox_id).is_not(None)
        )
        unsent = select(col(OutboxMessage.message_id)).where(
            col(OutboxMessage.id).in_(queued),
            col(OutboxMessage.status) == OutboxStatus.PENDING.value,
            col(OutboxMessage.message_id).is_not(None),
        )
        message_ids = list((await self.session.exec(unsent)).all())
        await self.session.exec(
            delete(OutboxMessage).where(
                col(OutboxMessage.id).in_(queued),
                col(OutboxMessage.status) == OutboxStatus.PENDING.value,
            )
        )
        if message_ids:
            await self.session.exec(delete(Message).where(col(Message.id).in_(message_ids)))
        await self.session.exec(
            delete(Reminder).where(
                col(Reminder.appointment_id) == appointment_id,
                col(Reminder.status) == ReminderStatus.PENDING.value,
            )
        )
