"""/delete also erases the person's appointments (their place in the slot is free again)."""

from __future__ import annotations

import datetime as dt

from flows.conversation.engine import Engine
from storage.appointments import Appointment, SlotRef
from tests.flows.chat import chosen
from tests.flows.test_your_data import rows_per_table

TUESDAY_TEN = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


async def test_delete_erases_booked_appointments(engine: Engine) -> None:
    chat = await chosen(engine, "rana", "kim", "de")
    slot = SlotRef("kim", "diz", TUESDAY_TEN, TUESDAY_TEN + dt.timedelta(minutes=45))
    async with engine.database.session() as repo:
        contact = await repo.contact_by_address("test", "rana")
        assert contact is not None and contact.id is not None
        booked = await repo.appointments.book(
            contact_id=contact.id, slot=slot, capacity=1, now=engine.clock(), topic="Wohnung"
        )
    assert isinstance(booked, Appointment)
    assert (await rows_per_table(engine.database))["appointment"] == 1

    await chat.says("/delete")
    await chat.taps("Ja, alles löschen")
    assert (await rows_per_table(engine.database))["appointment"] == 0
    async with engine.database.session() as repo:
        counts = await repo.appointments.booked_counts(
            "kim", "diz", TUESDAY_TEN, TUESDAY_TEN + dt.timedelta(hours=1)
        )
    assert not counts, "the slot is free again"
