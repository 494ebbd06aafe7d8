"""Booking, cancelling, moving and listing appointments, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, text
from sqlmodel import col, select

from storage import Database
from storage.appointments import (
    Appointment,
    AppointmentStatus,
    BookingRefused,
    SlotRef,
)
from storage.models import Contact, Conversation
from storage.retention import Cutoffs, purge_expired

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
NINE = dt.datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # Tuesday 09:00 in Berlin
HOUR = dt.timedelta(hours=1)


def slot(start: dt.datetime = NINE, place: str = "diz") -> SlotRef:
    return SlotRef("kim", place, start, start + HOUR)


async def person(database: Database, chat: str = "4711") -> tuple[int, int]:
    """A young person with a conversation: (contact id, conversation id)."""
    async with database.session() as repo:
        contact = await repo.touch_contact("telegram", chat, NOW)
        conversation = await repo.open_conversation(contact, NOW)
    assert contact.id is not None and conversation.id is not None
    return contact.id, conversation.id


async def book(
    database: Database,
    contact_id: int,
    at: SlotRef,
    capacity: int = 2,
    *,
    earliest: dt.datetime | None = None,
    conversation_id: int | None = None,
    topic: str | None = None,
) -> Appointment | BookingRefused:
    async with database.session() as repo:
        return await repo.appointments.book(
            contact_id=contact_id,
            slot=at,
            capacity=capacity,
            now=NOW,
            earliest=earliest,
            conversation_id=conversation_id,
            topic=topic,
        )


async def booked(database: Database, at: SlotRef) -> int:
    async with database.session() as repo:
        counts = await repo.appointments.booked_counts(
            at.contact_point_id, at.place_id, at.starts_at, at.starts_at + dt.timedelta(seconds=1)
        )
    return counts.get(at.starts_at, 0)


async def test_a_booking_is_stored_in_utc_with_its_topic(database: Database) -> None:
    contact_id, conversation_id = await person(database)
    berlin_nine = NINE.astimezone(dt.timezone(dt.timedelta(hours=1)))
    made = await book(
        database, contact_id, slot(berlin_nine), conversation_id=conversation_id, topic="  Wohnung "
    )
    assert isinstance(made, Appointment) and made.id is not None
    async with database.session() as repo:
        stored = await repo.appointments.get(made.id)
    assert stored is not None
    assert (stored.starts_at, stored.ends_at) == (NINE, NINE + HOUR)
    assert stored.starts_at.tzinfo == UTC
    assert (stored.status, stored.topic, stored.created_at) == ("booked", "Wohnung", NOW)
    assert stored.conversation_id == conversation_id and stored.cancelled_at is None


async def test_the_topic_is_encrypted_at_rest(database: Database) -> None:
    contact_id, _ = await person(database)
    await book(database, contact_id, slot(), topic="Schnabeltierweg")
    async with database.engine.connect() as connection:
        raw = (await connection.execute(text("SELECT topic FROM appointment"))).scalar_one()
    assert raw.startswith("fernet:") and "Schnabeltierweg" not in raw


async def test_a_full_slot_and_a_late_booking_are_refused(database: Database) -> None:
    people = [(await person(database, str(n)))[0] for n in range(3)]
    assert isinstance(await book(database, people[0], slot()), Appointment)
    assert isinstance(await book(database, people[1], slot()), Appointment)
    assert await book(database, people[2], slot()) is BookingRefused.SLOT_FULL
    # Another slot, or the same time at another place, is a different slot.
    assert isinstance(await book(database, people[2], slot(place="other")), Appointment)
    # Before "now", or before the earliest start the notice allows.
    past = slot(NOW - HOUR)
    assert await book(database, people[2], past) is BookingRefused.TOO_LATE
    soon = slot(NOW + HOUR)
    refused = await book(database, people[2], soon, earliest=NOW + 24 * HOUR)
    assert refused is BookingRefused.TOO_LATE
    assert await booked(database, slot()) == 2 and await booked(database, soon) == 0


async def test_cancelling_frees_the_place_once(database: Database) -> None:
    first, second, third = [(await person(database, str(n)))[0] for n in range(3)]
    made = await book(database, first, slot(), capacity=1)
    assert isinstance(made, Appointment) and made.id is not None
    assert await book(database, second, slot(), capacity=1) is BookingRefused.SLOT_FULL
    async with database.session() as repo:
        cancelled = await repo.appointments.cancel(made.id, NOW + HOUR)
        assert cancelled is not None and cancelled.cancelled_at == NOW + HOUR
        assert await repo.appointments.cancel(made.id, NOW + HOUR) is None  # only once
        assert await repo.appointments.cancel(9999, NOW) is None
    assert isinstance(await book(database, third, slot(), capacity=1), Appointment)


async def test_moving_books_the_new_slot_before_releasing_the_old(database: Database) -> None:
    mover, other = [(await person(database, str(n)))[0] for n in range(2)]
    made = await book(database, mover, slot(), capacity=1, topic="Job")
    taken = await book(database, other, slot(NINE + HOUR), capacity=1)
    assert isinstance(made, Appointment) and made.id is not None
    assert isinstance(taken, Appointment)
    async with database.session() as repo:
        # The target is full: the old appointment stays as it was.
        refused = await repo.appointments.move(made.id, to=slot(NINE + HOUR), capacity=1, now=NOW)
        assert refused is BookingRefused.SLOT_FULL
        unchanged = await repo.appointments.get(made.id)
        assert unchanged is not None and unchanged.status == "booked"
        moved = await repo.appointments.move(made.id, to=slot(NINE + 2 * HOUR), capacity=1, now=NOW)
        assert isinstance(moved, Appointment) and moved.id != made.id
        assert (moved.starts_at, moved.topic, moved.contact_id) == (NINE + 2 * HOUR, "Job", mover)
        old = await repo.appointments.get(made.id)
        assert old is not None and old.status == "cancelled"
        assert (
            await repo.appointments.move(made.id, to=slot(NINE + 3 * HOUR), capacity=1, now=NOW)
            is BookingRefused.NOT_BOOKED
        )
        assert moved.id is not None
        same = await repo.appointments.move(moved.id, to=slot(NINE + 2 * HOUR), capacity=1, now=NOW)
        assert same == moved
    assert (
        await booked(database, slot()) == 0 and await booked(database, slot(NINE + 2 * HOUR)) == 1
    )


async def test_a_move_into_a_slot_where_the_notice_is_too_short(database: Database) -> None:
    contact_id, _ = await person(database)
    made = await book(database, contact_id, slot())
    assert isinstance(made, Appointment) and made.id is not None
    async with database.session() as repo:
        refused = await repo.appointments.move(
            made.id, to=slot(NOW + HOUR), capacity=2, now=NOW, earliest=NOW + 24 * HOUR
        )
    assert refused is BookingRefused.TOO_LATE and await booked(database, slot()) == 1


async def test_listings_for_the_person_and_for_the_place(database: Database) -> None:
    me, you = [(await person(database, str(n)))[0] for n in range(2)]
    for start in (NINE + 3 * HOUR, NINE, NINE + 24 * HOUR):
        await book(database, me, slot(start))
    await book(database, you, slot(NINE))
    gone = await book(database, me, slot(NINE + HOUR))
    assert isinstance(gone, Appointment) and gone.id is not None
    async with database.session() as repo:
        await repo.appointments.cancel(gone.id, NOW)
        mine = await repo.appointments.upcoming_of(me, NOW)
        assert [a.starts_at for a in mine] == [NINE, NINE + 3 * HOUR, NINE + 24 * HOUR]
        # An appointment that has ended is no longer upcoming; one under way still is.
        later = await repo.appointments.upcoming_of(me, NINE + HOUR + dt.timedelta(minutes=30))
        assert [a.starts_at for a in later] == [NINE + 3 * HOUR, NINE + 24 * HOUR]
        day = await repo.appointments.of_place("kim", "diz", NINE - HOUR, NINE + 23 * HOUR)
        assert [(a.starts_at, a.status) for a in day] == [
            (NINE, "booked"),
            (NINE, "booked"),
            (NINE + HOUR, "cancelled"),
            (NINE + 3 * HOUR, "booked"),
        ]
        assert await repo.appointments.of_place("pace", "diz", NINE, NINE + 24 * HOUR) == []
        counts = await repo.appointments.booked_counts("kim", "diz", NINE, NINE + 48 * HOUR)
    assert counts == {NINE: 2, NINE + 3 * HOUR: 1, NINE + 24 * HOUR: 1}


async def test_attended_and_missed_keep_their_place(database: Database) -> None:
    first, second = [(await person(database, str(n)))[0] for n in range(2)]
    made = await book(database, first, slot(), capacity=1)
    assert isinstance(made, Appointment) and made.id is not None
    async with database.session() as repo:
        marked = await repo.appointments.mark(made.id, AppointmentStatus.ATTENDED)
        assert marked is not None and marked.status == "attended"
        assert await repo.appointments.cancel(made.id, NOW) is None
    assert await book(database, second, slot(), capacity=1) is BookingRefused.SLOT_FULL


async def test_appointments_go_with_their_contact(database: Database) -> None:
    contact_id, conversation_id = await person(database)
    other, _ = await person(database, "other")
    await book(database, contact_id, slot(), conversation_id=conversation_id)
    await book(database, other, slot())
    async with database.session() as repo:
        contact = await repo.contact_by_id(contact_id)
        assert contact is not None
        await repo.delete_contact(contact)
    async with database.session() as repo:
        left = (await repo.session.exec(select(Appointment))).all()
    assert [a.contact_id for a in left] == [other]
    assert await booked(database, slot()) == 1  # the deleted person's place is free again


async def test_retention_is_not_blocked_by_past_appointments(database: Database) -> None:
    contact_id, conversation_id = await person(database)
    made = await book(database, contact_id, slot(), conversation_id=conversation_id)
    assert isinstance(made, Appointment)
    later = NOW + dt.timedelta(days=200)
    async with database.session() as repo:
        purged = await purge_expired(repo.session, Cutoffs(later, later, later))
    assert [cid for cid, _ in purged.conversations] == [conversation_id]
    assert purged.contacts == 1
    async with database.session() as repo:
        for table in (Appointment, Conversation, Contact):
            count = (await repo.session.exec(select(func.count()).select_from(table))).one()
            assert count == 0, table.__name__


async def test_retention_keeps_a_person_whose_appointment_is_still_to_come(
    database: Database,
) -> None:
    # Booked 42 days ahead, nothing written since: the conversation is past the period for
    # unanswered ones, but the person, their conversation and reminders are still needed.
    contact_id, conversation_id = await person(database)
    made = await book(database, contact_id, slot(), conversation_id=conversation_id)
    assert isinstance(made, Appointment)
    before_it = made.starts_at - HOUR
    async with database.session() as repo:
        purged = await purge_expired(repo.session, Cutoffs(before_it, before_it, before_it))
    assert purged.conversations == [] and purged.contacts == 0
    after_it = made.ends_at + HOUR
    async with database.session() as repo:
        purged = await purge_expired(repo.session, Cutoffs(after_it, after_it, after_it))
    assert [cid for cid, _ in purged.conversations] == [conversation_id]


async def test_a_deleted_conversation_leaves_the_appointment(database: Database) -> None:
    contact_id, conversation_id = await person(database)
    made = await book(database, contact_id, slot(), conversation_id=conversation_id)
    assert isinstance(made, Appointment) and made.id is not None
    async with database.session() as repo:
        await repo.session.exec(delete(Conversation).where(col(Conversation.id) == conversation_id))
    async with database.session() as repo:
        kept = await repo.appointments.get(made.id)
    assert kept is not None and kept.conversation_id is None and kept.status == "booked"


async def test_lock_rows_of_past_slots_can_go(database: Database) -> None:
    contact_id, _ = await person(database)
    await book(database, contact_id, slot())
    await book(database, contact_id, slot(NINE + 24 * HOUR))
    async with database.session() as repo:
        await repo.appointments.forget_past_slots(NINE + HOUR)
    async with database.engine.connect() as connection:
        rows = (await connection.execute(text("SELECT count(*) FROM appointment_slot"))).scalar()
    assert rows == 1
    # A slot whose lock row is gone can still be booked (the row comes back).
    assert isinstance(await book(database, contact_id, slot(NINE + 2 * HOUR)), Appointment)
