"""No double booking: many simultaneous requests for one slot, on SQLite and PostgreSQL.

Every request runs in its own unit of work (its own connection), started together with
asyncio.gather; the database's locks alone decide who gets the places. No timing is asserted.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter

from sqlalchemy import func
from sqlmodel import col, select

from storage import Database
from storage.appointments import Appointment, BookingRefused, SlotRef

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
NINE = dt.datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
HOUR = dt.timedelta(hours=1)
SLOT = SlotRef("kim", "diz", NINE, NINE + HOUR)


async def people(database: Database, count: int) -> list[int]:
    async with database.session() as repo:
        contacts = [await repo.touch_contact("telegram", str(n), NOW) for n in range(count)]
    return [contact.id for contact in contacts if contact.id is not None]


async def booked_rows(database: Database, at: SlotRef) -> int:
    async with database.session() as repo:
        query = (
            select(func.count())
            .select_from(Appointment)
            .where(
                col(Appointment.starts_at) == at.starts_at,
                col(Appointment.place_id) == at.place_id,
                col(Appointment.status) == "booked",
            )
        )
        return int((await repo.session.exec(query)).one())


async def test_fifty_simultaneous_bookings_of_a_slot_for_two(database: Database) -> None:
    contact_ids = await people(database, 50)

    async def attempt(contact_id: int) -> Appointment | BookingRefused:
        async with database.session() as repo:
            return await repo.appointments.book(
                contact_id=contact_id, slot=SLOT, capacity=2, now=NOW
            )

    results = await asyncio.gather(*(attempt(cid) for cid in contact_ids))
    outcomes = Counter(
        "booked" if isinstance(result, Appointment) else result.value for result in results
    )
    assert outcomes == {"booked": 2, "slot_full": 48}
    assert await booked_rows(database, SLOT) == 2


async def test_simultaneous_moves_into_one_slot(database: Database) -> None:
    contact_ids = await people(database, 20)
    own: list[int] = []
    for index, contact_id in enumerate(contact_ids):
        start = NINE + (index + 1) * 24 * HOUR  # everyone starts in a slot of their own
        async with database.session() as repo:
            made = await repo.appointments.book(
                contact_id=contact_id,
                slot=SlotRef("kim", "diz", start, start + HOUR),
                capacity=1,
                now=NOW,
            )
        assert isinstance(made, Appointment) and made.id is not None
        own.append(made.id)

    async def move(appointment_id: int) -> Appointment | BookingRefused:
        async with database.session() as repo:
            return await repo.appointments.move(appointment_id, to=SLOT, capacity=3, now=NOW)

    results = await asyncio.gather(*(move(aid) for aid in own))
    moved = [result for result in results if isinstance(result, Appointment)]
    assert len(moved) == 3
    assert [r for r in results if not isinstance(r, Appointment)] == [BookingRefused.SLOT_FULL] * 17
    assert await booked_rows(database, SLOT) == 3
    # Everyone else still holds their old slot; the three who moved hold only the new one.
    async with database.session() as repo:
        holding = await repo.appointments.booked_counts("kim", "diz", NINE, NINE + 30 * 24 * HOUR)
    assert sum(holding.values()) == 20 and holding[NINE] == 3
