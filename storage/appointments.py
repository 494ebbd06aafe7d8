"""Appointments: booked slots, and the rule that a slot never takes more people than it can.

Which slots exist is the caller's business (flows/slots.py reads them from the contact-point
file); here a slot is just (contact point, place, start) and its capacity is passed in.

No double booking, also under concurrent requests, on both back ends: every booking first
takes the lock row of its slot (`appointment_slot`, created on first use with INSERT ... ON
CONFLICT DO NOTHING), then counts the slot's appointments and inserts only if a place is
left. PostgreSQL queues the bookers of one slot on that row (SELECT ... FOR UPDATE); under
READ COMMITTED each statement after the lock sees what the previous holder committed, so the
count is exact. SQLite takes the database's write lock at BEGIN IMMEDIATE (storage.engine),
which queues every unit of work anyway. The count is taken from the appointments themselves,
not kept in a counter, so appointments that vanish with their contact (ON DELETE CASCADE:
a person's /delete, the retention job) free their place without further bookkeeping.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, delete, func
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Field, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.crypto import EncryptedText
from storage.models import Base, Contact
from storage.reminders import ReminderRows
from storage.utc import UTCDateTime, as_utc

TOPIC_LIMIT = 200
"""Characters of the optional topic kept; a topic is a hint for the team, not a message."""


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    MISSED = "missed"


# Every status but "cancelled" holds a place in its slot.
_HOLDING = (
    AppointmentStatus.BOOKED.value,
    AppointmentStatus.ATTENDED.value,
    AppointmentStatus.MISSED.value,
)


def _topic(text: str | None) -> str | None:
    text = (text or "").strip()[:TOPIC_LIMIT]
    return text or None


class Appointment(Base, table=True):
    __table_args__ = (Index("ix_appointment_slot", "contact_point_id", "place_id", "starts_at"),)

    id: int | None = Field(default=None, primary_key=True)
    # CASCADE: forgetting a person (their /delete, retention) takes their appointments along.
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", index=True)
    # SET NULL: retention may delete the conversation while the appointment still stands.
    conversation_id: int | None = Field(
        default=None, foreign_key="conversation.id", ondelete="SET NULL", index=True
    )
    contact_point_id: str = Field(max_length=24)
    place_id: str = Field(max_length=24)
    starts_at: datetime = Field(sa_type=UTCDateTime)
    ends_at: datetime = Field(sa_type=UTCDateTime)
    # Written by the young person, so encrypted at rest like their messages (storage.crypto).
    topic: str | None = Field(default=None, sa_type=EncryptedText)
    status: str = Field(default=AppointmentStatus.BOOKED.value, max_length=16)
    created_at: datetime = Field(sa_type=UTCDateTime)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # SET NULL: removing a caseworker's account keeps the appointments they booked.
    booked_by_caseworker_id: int | None = Field(
        default=None, foreign_key="caseworker.id", ondelete="SET NULL"
    )


class AppointmentSlot(Base, table=True):
    """The lock row of one slot: bookers of the slot queue on it (see the module docstring).
    It holds no data of anyone; rows of past slots can go (`forget_past_slots`)."""

    __tablename__ = "appointment_slot"

    contact_point_id: str = Field(max_length=24, primary_key=True)
    place_id: str = Field(max_length=24, primary_key=True)
    starts_at: datetime = Field(sa_type=UTCDateTime, primary_key=True)


@dataclass(frozen=True, slots=True)
class SlotRef:
    """Which slot to book: where, and when (aware datetimes, any zone; stored in UTC)."""

    contact_point_id: str
    place_id: str
    starts_at: datetime
    ends_at: datetime


class BookingRefused(StrEnum):
    SLOT_FULL = "slot_full"
    """As many people as the slot's capacity have booked it already."""
    TOO_LATE = "too_late"
    """The slot starts before the earliest allowed start (minimum notice, or it is past)."""
    NOT_BOOKED = "not_booked"
    """Moving: the appointment to move is cancelled, over, or does not exist."""


class AppointmentRows:
    """Booking, cancelling, moving and listing appointments, in one unit of work."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def book(
        self,
        *,
        contact_id: int,
        slot: SlotRef,
        capacity: int,
        now: datetime,
        earliest: datetime | None = None,
        conversation_id: int | None = None,
        topic: str | None = None,
        caseworker_id: int | None = None,
    ) -> Appointment | BookingRefused:
        """Book *slot* for the contact, unless it starts before *earliest* (default: *now*)
        or *capacity* people hold it already."""
        now = as_utc(now)
        starts_at = as_utc(slot.starts_at)
        if starts_at < as_utc(earliest or now):
            return BookingRefused.TOO_LATE
        await self._lock(slot.contact_point_id, slot.place_id, starts_at)
        if await self._taken(slot.contact_point_id, slot.place_id, starts_at) >= capacity:
            return BookingRefused.SLOT_FULL
        appointment = Appointment(
            contact_id=contact_id,
            conversation_id=conversation_id,
            contact_point_id=slot.contact_point_id,
            place_id=slot.place_id,
            starts_at=starts_at,
            ends_at=as_utc(slot.ends_at),
            topic=_topic(topic),
            created_at=now,
            booked_by_caseworker_id=caseworker_id,
        )
        self.session.add(appointment)
        await self.session.flush()
        return appointment

    async def cancel(self, appointment_id: int, now: datetime) -> Appointment | None:
        """Cancel a booked appointment; None if it is not booked (already cancelled, marked
        attended or missed, or unknown). Its place in the slot is free at once, and its
        reminders will not go out."""
        appointment = await self._locked(appointment_id)
        if appointment is None or appointment.status != AppointmentStatus.BOOKED.value:
            return None
        appointment.status = AppointmentStatus.CANCELLED.value
        appointment.cancelled_at = as_utc(now)
        await self.session.flush()
        await ReminderRows(self.session).forget_for(appointment_id)
        return appointment

    async def move(
        self,
        appointment_id: int,
        *,
        to: SlotRef,
        capacity: int,
        now: datetime,
        earliest: datetime | None = None,
    ) -> Appointment | BookingRefused:
        """Book *to* for the same person, then cancel the old appointment, in this unit of
        work: if the new slot is refused the old appointment stands unchanged. Returns the
        new appointment (the old one if *to* is the same slot)."""
        old = await self._locked(appointment_id)
        if old is None or old.status != AppointmentStatus.BOOKED.value:
            return BookingRefused.NOT_BOOKED
        same = (old.contact_point_id, old.place_id, old.starts_at)
        if same == (to.contact_point_id, to.place_id, as_utc(to.starts_at)):
            return old
        new = await self.book(
            contact_id=old.contact_id,
            slot=to,
            capacity=capacity,
            now=now,
            earliest=earliest,
            conversation_id=old.conversation_id,
            topic=old.topic,
            caseworker_id=old.booked_by_caseworker_id,
        )
        if isinstance(new, BookingRefused):
            return new
        await self.cancel(appointment_id, now)
        return new

    async def mark(self, appointment_id: int, status: AppointmentStatus) -> Appointment | None:
        """Record that the person came (attended) or not (missed); None if unknown or
        cancelled."""
        if status not in (AppointmentStatus.ATTENDED, AppointmentStatus.MISSED):
            raise ValueError(f"mark takes attended or missed, not {status.value!r}")
        appointment = await self._locked(appointment_id)
        if appointment is None or appointment.status == AppointmentStatus.CANCELLED.value:
            return None
        appointment.status = status.value
        await self.session.flush()
        await ReminderRows(self.session).forget_for(appointment_id)
        return appointment

    async def get(self, appointment_id: int) -> Appointment | None:
        return await self.session.get(Appointment, appointment_id)

    async def with_contacts(self, ids: list[int]) -> dict[int, tuple[Appointment, Contact]]:
        """The appointments of *ids* with their person, by appointment id."""
        if not ids:
            return {}
        query = (
            select(Appointment, Contact)
            .join(Contact, col(Contact.id) == col(Appointment.contact_id))
            .where(col(Appointment.id).in_(ids))
        )
        return {a.id or 0: (a, c) for a, c in (await self.session.exec(query)).all()}

    async def upcoming_of(self, contact_id: int, now: datetime) -> list[Appointment]:
        """A person's booked appointments that have not ended yet, soonest first."""
        query = (
            select(Appointment)
            .where(
                col(Appointment.contact_id) == contact_id,
                col(Appointment.status) == AppointmentStatus.BOOKED.value,
                col(Appointment.ends_at) > as_utc(now),
            )
            .order_by(col(Appointment.starts_at), col(Appointment.id))
        )
        return list((await self.session.exec(query)).all())

    async def of_contact(self, contact_id: int) -> list[Appointment]:
        """Every appointment of a person, any status, by start: for their data export."""
        query = (
            select(Appointment)
            .where(col(Appointment.contact_id) == contact_id)
            .order_by(col(Appointment.starts_at), col(Appointment.id))
        )
        return list((await self.session.exec(query)).all())

    async def of_place(
        self, contact_point_id: str, place_id: str, start: datetime, end: datetime
    ) -> list[Appointment]:
        """Every appointment (any status) at a place starting in [start, end): a day or a
        week of the console's list, by start."""
        query = (
            select(Appointment)
            .where(
                col(Appointment.contact_point_id) == contact_point_id,
                col(Appointment.place_id) == place_id,
                col(Appointment.starts_at) >= as_utc(start),
                col(Appointment.starts_at) < as_utc(end),
            )
            .order_by(col(Appointment.starts_at), col(Appointment.id))
        )
        return list((await self.session.exec(query)).all())

    async def booked_counts(
        self, contact_point_id: str, place_id: str, start: datetime, end: datetime
    ) -> dict[datetime, int]:
        """How many people hold each slot starting in [start, end), by the UTC start: what
        flows.knowledge.slots.free_slots takes as `booked`."""
        query = (
            select(col(Appointment.starts_at), func.count())
            .where(
                col(Appointment.contact_point_id) == contact_point_id,
                col(Appointment.place_id) == place_id,
                col(Appointment.starts_at) >= as_utc(start),
                col(Appointment.starts_at) < as_utc(end),
                col(Appointment.status).in_(_HOLDING),
            )
            .group_by(col(Appointment.starts_at))
        )
        return {starts_at: int(count) for starts_at, count in (await self.session.exec(query))}

    async def forget_past_slots(self, before: datetime) -> None:
        """Drop the lock rows of slots that started before *before* (they can no longer be
        booked, see `book`)."""
        await self.session.exec(
            delete(AppointmentSlot).where(col(AppointmentSlot.starts_at) < as_utc(before))
        )

    async def _lock(self, contact_point_id: str, place_id: str, starts_at: datetime) -> None:
        connection = await self.session.connection()
        insert = postgresql_insert if connection.dialect.name == "postgresql" else sqlite_insert
        row = {"contact_point_id": contact_point_id, "place_id": place_id, "starts_at": starts_at}
        await self.session.exec(insert(AppointmentSlot).values(**row).on_conflict_do_nothing())
        locked = (
            select(col(AppointmentSlot.place_id))
            .where(
                col(AppointmentSlot.contact_point_id) == contact_point_id,
                col(AppointmentSlot.place_id) == place_id,
                col(AppointmentSlot.starts_at) == starts_at,
            )
            .with_for_update()
        )
        await self.session.exec(locked)

    async def _taken(self, contact_point_id: str, place_id: str, starts_at: datetime) -> int:
        query = select(func.count()).where(
            col(Appointment.contact_point_id) == contact_point_id,
            col(Appointment.place_id) == place_id,
            col(Appointment.starts_at) == starts_at,
            col(Appointment.status).in_(_HOLDING),
        )
        return int((await self.session.exec(query)).one())

    async def _locked(self, appointment_id: int) -> Appointment | None:
        query = (
            select(Appointment)
            .where(col(Appointment.id) == appointment_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return (await self.session.exec(query)).first()
