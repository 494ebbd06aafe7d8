# ruff: noqa: F811  (the desk fixtures of test_appointment_desk, taken as arguments)
"""Follow-ups after an appointment (flows/appointments/follow_ups.py), two kinds of scheduled
message sent by the one job (flows/delivery/scheduled.py), on SQLite and PostgreSQL.

The clock starts on Monday 30 November 2026, 14:30 in Berlin (tests/flows/conftest.py); the
console books Tuesday 10:00 at KIM's office in the DIZ and marks it on Tuesday at 10:50.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from flows.appointments import follow_ups
from flows.appointments.booking import BookingView
from flows.appointments.reminder_sender import ReminderKind
from flows.delivery.scheduled import Kind, ScheduledSender
from flows.desk.actor import Actor
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.texts import Texts
from storage import Database
from tests.console.conftest import KIM, handed_over
from tests.flows.conftest import BERLIN, Clock
from tests.flows.test_appointment_desk import (  # noqa: F401 (fixtures)
    KIM_DIZ,
    TUESDAY_TEN,
    Desk,
    aylin,
    desk,
    waiting_at,
)

MARKED = dt.datetime(2026, 12, 1, 10, 50, tzinfo=BERLIN)


def sender(desk: Desk, database: Database, catalogue: Catalogue, texts: Texts) -> ScheduledSender:
    view = BookingView(texts)
    kinds: list[Kind] = [ReminderKind(catalogue, view), *follow_ups.kinds(catalogue, view)]
    return ScheduledSender(database, desk.clock, desk.outbox, kinds)


async def rows_of(database: Database, appointment_id: int) -> list[tuple[str, str, dt.datetime]]:
    async with database.session() as repo:
        rows = await repo.reminders.of_appointment(appointment_id)
        return [(r.kind, r.status, r.due_at.astimezone(BERLIN)) for r in rows]


async def marked(desk: Desk, database: Database, aylin: Actor, chat: str, status: str) -> int:
    clock = desk.clock
    assert isinstance(clock, Clock)
    conversation = await handed_over(database, KIM, chat=chat, waiting_since=waiting_at(clock))
    booked = await desk.desk.book_for(aylin, conversation, KIM_DIZ, TUESDAY_TEN)
    clock.now = MARKED
    await desk.desk.mark(aylin, booked.id or 0, status)
    return booked.id or 0


async def test_after_an_attended_appointment_a_follow_up_asks_how_it_went_once(
    database: Database, desk: Desk, aylin: Actor, clock: Clock, catalogue: Catalogue, texts: Texts
) -> None:
    appointment = await marked(desk, database, aylin, "6101", "attended")
    friday_ten = dt.datetime(2026, 12, 4, 10, 0, tzinfo=BERLIN)  # 3 days after, its time of day
    assert await rows_of(database, appointment) == [("follow_up_attended", "pending", friday_ten)]
    job = sender(desk, database, catalogue, texts)
    clock.now = friday_ten - dt.timedelta(minutes=1)
    assert await job.run_once() == 0
    clock.now = friday_ten
    assert await job.run_once() == 1
    assert await job.run_once() == 0, "once"
    texts_sent = await desk.delivered("6101")
    assert "Wie war dein Termin" in texts_sent[-1]
    [(_, reply)] = [(a, r) for a, r in desk.phone.arrived if "Wie war" in r.text]
    assert [b.payload for row in reply.buttons for b in row] == ["bk:start", "m:person"]


async def test_after_a_missed_appointment_we_missed_you_in_the_current_language(
    database: Database, desk: Desk, aylin: Actor, clock: Clock, catalogue: Catalogue, texts: Texts
) -> None:
    appointment = await marked(desk, database, aylin, "6102", "missed")
    wednesday_ten = dt.datetime(2026, 12, 2, 10, 0, tzinfo=BERLIN)
    assert await rows_of(database, appointment) == [("follow_up_missed", "pending", wednesday_ten)]
    async with database.session() as repo:  # the person switched to English since
        [(_, contact)] = (await repo.appointments.with_contacts([appointment])).values()
        contact.language = "en"
        await repo.save(contact)
    clock.now = wednesday_ten
    assert await sender(desk, database, catalogue, texts).run_once() == 1
    assert "We missed you" in (await desk.delivered("6102"))[-1]


async def test_a_changed_mark_replaces_the_follow_up_and_a_new_booking_drops_it(
    database: Database, desk: Desk, aylin: Actor, clock: Clock
) -> None:
    appointment = await marked(desk, database, aylin, "6103", "missed")
    await desk.desk.mark(aylin, appointment, "attended")
    assert [k for k, _, _ in await rows_of(database, appointment)] == ["follow_up_attended"]
    async with database.session() as repo:
        [(_, contact)] = (await repo.appointments.with_contacts([appointment])).values()
        conversation = await repo.open_conversation(contact, clock())
    thursday_ten = dt.datetime(2026, 12, 3, 10, 0, tzinfo=BERLIN)
    await desk.desk.book_for(aylin, conversation.id or 0, KIM_DIZ, thursday_ten)
    assert await rows_of(database, appointment) == [], "booked again: no 'book again?'"


async def test_two_senders_at_once_send_each_follow_up_once(
    database: Database, desk: Desk, aylin: Actor, clock: Clock, catalogue: Catalogue, texts: Texts
) -> None:
    appointment = await marked(desk, database, aylin, "6104", "missed")
    clock.now = dt.datetime(2026, 12, 2, 10, 0, tzinfo=BERLIN)
    one, two = sender(desk, database, catalogue, texts), sender(desk, database, catalogue, texts)
    assert sum(await asyncio.gather(one.run_once(), two.run_once())) == 1
    assert [s for _, s, _ in await rows_of(database, appointment)] == ["sent"]


async def test_a_follow_up_switched_off_is_not_scheduled(
    database: Database, desk: Desk, aylin: Actor, catalogue: Catalogue
) -> None:
    policy = catalogue.organisation.reminders
    off = policy.follow_up_missed.model_copy(update={"enabled": False})
    object.__setattr__(policy, "follow_up_missed", off)
    try:
        appointment = await marked(desk, database, aylin, "6105", "missed")
    finally:
        object.__setattr__(policy, "follow_up_missed", off.model_copy(update={"enabled": True}))
    assert await rows_of(database, appointment) == []
