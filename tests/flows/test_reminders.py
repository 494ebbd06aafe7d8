"""Reminders of appointments booked in the chat, on SQLite and PostgreSQL: when they come,
in which language, with which buttons; cancelled and moved appointments' reminders never go
out; after a long pause one reminder, not two; two Uli processes send each reminder once.

The clock starts on Monday 30 November 2026, 14:30 in Berlin; the appointment is on
Thursday 3 December at 10:00 at the DIZ in Düren (reminders 24 h and 2 h before).
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from flows.appointments.booking import BookingView
from flows.appointments.reminder_sender import ReminderSender
from flows.conversation.engine import Engine
from flows.delivery.channel import Delivery, DeliveryStatus
from flows.delivery.outbox import OutboxSender
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.events import Reply
from flows.vocabulary.texts import Texts
from storage import Database
from storage.appointments import SlotRef
from tests.conftest_db import TEST_CIPHER
from tests.flows.chat import Chat, chosen
from tests.flows.conftest import BERLIN, Clock
from tests.flows.test_booking import book_thursday_ten
from tests.flows.test_your_data import rows_per_table

WEDNESDAY_TEN = dt.datetime(2026, 12, 2, 10, 0, tzinfo=BERLIN)
THURSDAY_EIGHT = dt.datetime(2026, 12, 3, 8, 0, tzinfo=BERLIN)
THURSDAY_TEN = dt.datetime(2026, 12, 3, 10, 0, tzinfo=BERLIN)


class Phone:
    """The young people's side of a channel: what arrived, per address, in order."""

    def __init__(self) -> None:
        self.arrived: list[tuple[str, Reply]] = []

    async def send(self, address: str, reply: Reply) -> Delivery:
        self.arrived.append((address, reply))
        return Delivery(DeliveryStatus.sent)

    def texts(self, address: str) -> list[str]:
        return [reply.text for to, reply in self.arrived if to == address]

    def reminders(self, address: str | None = None) -> list[Reply]:
        return [
            reply
            for to, reply in self.arrived
            if (address is None or to == address) and reply.text.lstrip("\u200f").startswith("⏰")
        ]


class World:
    """The engine with an outbox for the "test" channel, and the reminder job."""

    def __init__(self, engine: Engine, clock: Clock, catalogue: Catalogue, texts: Texts) -> None:
        self.phone = Phone()
        self.clock = clock
        self.outbox = OutboxSender(engine.database, {"test": self.phone.send}, clock=clock)
        engine.outbox = self.outbox
        self.reminders = ReminderSender(
            catalogue, BookingView(texts), engine.database, clock, self.outbox
        )

    async def at(self, moment: dt.datetime) -> int:
        """Let time pass to `moment`: the reminder job runs, the outbox delivers."""
        self.clock.now = moment
        queued = await self.reminders.run_once()
        while await self.outbox.deliver_due():
            pass
        return queued


@pytest.fixture
async def world(engine: Engine, clock: Clock, catalogue: Catalogue, texts: Texts) -> World:
    return World(engine, clock, catalogue, texts)


async def booked_chat(engine: Engine, world: World, name: str, lang: str = "de") -> Chat:
    chat = await chosen(engine, name, "teilhabe", lang)
    if lang == "de":
        await book_thursday_ten(chat)
    await world.at(world.clock.now)  # the chat's own replies go out
    return chat


async def test_reminders_come_a_day_and_two_hours_before_with_move_and_cancel(
    engine: Engine, world: World
) -> None:
    await booked_chat(engine, world, "lena")
    assert await world.at(WEDNESDAY_TEN - dt.timedelta(minutes=1)) == 0
    assert await world.at(WEDNESDAY_TEN) == 1
    [first] = world.phone.reminders("lena")
    assert "Erinnerung" in first.text
    assert "morgen, Donnerstag 3. Dezember um 10:00 Uhr" in first.text
    assert "Josef-Schregel-Str. 31" in first.text and "Duldung oder Gestattung" in first.text
    labels = [b.label for row in first.buttons for b in row]
    payloads = [b.payload for row in first.buttons for b in row]
    assert {"🔁 Verschieben", "❌ Absagen"} <= set(labels)
    assert any(p.startswith("bk:x:") for p in payloads) and any(
        p.startswith("bk:p:") for p in payloads
    )
    assert await world.at(WEDNESDAY_TEN + dt.timedelta(hours=1)) == 0, "sent once"

    assert await world.at(THURSDAY_EIGHT) == 1
    second = world.phone.reminders("lena")[-1]
    assert "heute, Donnerstag 3. Dezember um 10:00 Uhr" in second.text
    assert await world.at(THURSDAY_TEN + dt.timedelta(hours=2)) == 0
    assert len(world.phone.reminders("lena")) == 2


async def test_the_cancel_button_in_a_reminder_cancels_the_appointment(
    engine: Engine, world: World
) -> None:
    chat = await booked_chat(engine, world, "noah")
    await world.at(WEDNESDAY_TEN)
    [reminder] = world.phone.reminders("noah")
    chat.last = [reminder]
    await chat.taps("Absagen")
    await chat.taps("Ja, absagen")
    assert "ist abgesagt" in chat.text
    assert await world.at(THURSDAY_EIGHT) == 0, "the 2-hour reminder does not come"


async def test_reminders_are_in_the_language_the_person_speaks_at_the_time(
    engine: Engine, world: World
) -> None:
    chat = await booked_chat(engine, world, "olga")
    await chat.says("/language")
    await chat.presses("lang:uk")
    await world.at(WEDNESDAY_TEN)
    [reminder] = world.phone.reminders("olga")
    assert "Нагадування" in reminder.text and "10:00" in reminder.text


async def test_a_reminder_in_arabic_reads_right_to_left(engine: Engine, world: World) -> None:
    chat = await chosen(engine, "amal", "teilhabe", "ar")
    await chat.says("/book")
    await chat.presses("bk:s:diz:202612030900:-")
    await chat.presses("bk:y:diz:202612030900:-")
    await world.at(WEDNESDAY_TEN)
    [reminder] = world.phone.reminders("amal")
    assert reminder.text.startswith("\u200f"), "a right-to-left mark starts every line"
    assert "Josef-Schregel-Str. 31" in reminder.text


async def test_quiet_hours_move_an_early_reminder_to_the_evening_before(
    engine: Engine, world: World
) -> None:
    chat = await chosen(engine, "pia", "teilhabe", "de")
    await chat.says("/book")
    await chat.taps("Donnerstag")
    await chat.taps("09:00")
    await chat.taps("Überspringen")
    await chat.taps("Ja, buchen")
    [appointment] = await chat.upcoming()
    async with engine.database.session() as repo:
        due = [r.due_at for r in await repo.reminders.of_appointment(appointment.id or 0)]
    # 24 h before: Wednesday 09:00; 2 h before would be 07:00, inside 21:00-08:00.
    assert [d.astimezone(BERLIN) for d in due] == [
        dt.datetime(2026, 12, 2, 9, 0, tzinfo=BERLIN),
        dt.datetime(2026, 12, 2, 21, 0, tzinfo=BERLIN),
    ]
    await world.at(dt.datetime(2026, 12, 2, 21, 0, tzinfo=BERLIN))
    assert "morgen, Donnerstag 3. Dezember um 09:00 Uhr" in world.phone.reminders("pia")[-1].text


async def test_cancelled_and_moved_appointments_never_send_their_old_reminders(
    engine: Engine, world: World
) -> None:
    cancelled = await booked_chat(engine, world, "quinn")
    await cancelled.says("/appointments")
    await cancelled.taps("Absagen")
    await cancelled.taps("Ja, absagen")

    moved = await booked_chat(engine, world, "rosa")
    await moved.taps("Verschieben")
    await moved.taps("Donnerstag")
    await moved.taps("13:00")
    await moved.taps("Ja, verschieben")

    await world.at(WEDNESDAY_TEN)
    assert world.phone.reminders("rosa") == [], "10:00's reminders are gone"
    await world.at(dt.datetime(2026, 12, 2, 13, 0, tzinfo=BERLIN))
    await world.at(THURSDAY_EIGHT)
    await world.at(dt.datetime(2026, 12, 3, 11, 0, tzinfo=BERLIN))
    assert world.phone.reminders("quinn") == []
    assert ["13:00 Uhr" in r.text for r in world.phone.reminders("rosa")] == [True, True]


async def test_a_reminder_queued_but_not_yet_sent_is_stopped_by_a_cancellation(
    engine: Engine, world: World
) -> None:
    chat = await booked_chat(engine, world, "sven")
    world.clock.now = WEDNESDAY_TEN
    assert await world.reminders.run_once() == 1  # queued; Telegram is slow today
    await chat.says("/appointments")
    await chat.taps("Absagen")
    await chat.taps("Ja, absagen")
    while await world.outbox.deliver_due():
        pass
    assert world.phone.reminders("sven") == []
    assert any("ist abgesagt" in text for text in world.phone.texts("sven"))
    async with engine.database.session() as repo:
        contact = await repo.contact_by_address("test", "sven")
        assert contact is not None
        conversation = await repo.open_conversation(contact, engine.clock())
        history = [m.text for m in await repo.messages(conversation.id or 0)]
    assert not any("Erinnerung" in text for text in history), "the history does not claim it"


async def test_after_a_long_pause_only_the_latest_reminder_goes(
    engine: Engine, world: World
) -> None:
    await booked_chat(engine, world, "tara")
    assert await world.at(dt.datetime(2026, 12, 3, 8, 30, tzinfo=BERLIN)) == 1
    [only] = world.phone.reminders("tara")
    assert "heute" in only.text
    async with engine.database.session() as repo:
        assert await repo.reminders.pending_count() == 0


async def test_no_reminder_once_the_appointment_has_begun(engine: Engine, world: World) -> None:
    await booked_chat(engine, world, "udo")
    assert await world.at(THURSDAY_TEN + dt.timedelta(minutes=5)) == 0
    assert world.phone.reminders("udo") == []
    async with engine.database.session() as repo:
        assert await repo.reminders.pending_count() == 0


async def test_two_uli_processes_on_one_database_send_each_reminder_once(
    database: Database, catalogue: Catalogue, texts: Texts, clock: Clock
) -> None:
    people = 40
    async with database.session() as repo:
        for number in range(people):
            contact = await repo.touch_contact("test", f"p{number}", clock())
            contact.language = "de"
            await repo.save(contact)
            start = THURSDAY_TEN + dt.timedelta(hours=number % 4)
            slot = SlotRef("teilhabe", "diz", start, start + dt.timedelta(hours=1))
            appointment = await repo.appointments.book(
                contact_id=contact.id or 0, slot=slot, capacity=people, now=clock()
            )
            assert not isinstance(appointment, str)
            await repo.reminders.schedule(appointment.id or 0, [WEDNESDAY_TEN], clock())
    clock.now = WEDNESDAY_TEN
    other = Database(database.url, cipher=TEST_CIPHER)
    await other.start()
    try:
        phones = [Phone(), Phone()]
        processes = []
        for name, db, phone in (("uli-1", database, phones[0]), ("uli-2", other, phones[1])):
            outbox = OutboxSender(db, {"test": phone.send}, clock=clock, instance=name, batch=7)
            job = ReminderSender(catalogue, BookingView(texts), db, clock, outbox, batch=5, pause=0)
            processes.append((job, outbox))

        async def run(job: ReminderSender, outbox: OutboxSender) -> None:
            await job.run_once()
            while await outbox.deliver_due():
                pass

        await asyncio.gather(*(run(job, outbox) for job, outbox in processes))
        await asyncio.gather(*(run(job, outbox) for job, outbox in processes))
    finally:
        await other.close()
    everyone = [to for phone in phones for to, reply in phone.arrived if "⏰" in reply.text]
    assert sorted(everyone) == sorted(f"p{n}" for n in range(people)), "each exactly once"
    async with database.session() as repo:
        assert await repo.reminders.pending_count() == 0
        assert await repo.outbox.pending_count() == 0


async def test_deleting_ones_data_takes_the_reminders_along(engine: Engine, world: World) -> None:
    chat = await booked_chat(engine, world, "vera")
    assert (await rows_per_table(engine.database))["reminder"] == 2
    await chat.says("/delete")
    await chat.taps("Ja, alles löschen")
    remaining = await rows_per_table(engine.database)
    assert (remaining["appointment"], remaining["reminder"]) == (0, 0)
    assert await world.at(WEDNESDAY_TEN) == 0
