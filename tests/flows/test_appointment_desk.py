"""The appointment desk: what caseworkers do with appointments, on the core without HTTP, on
SQLite and PostgreSQL.

The clock is Monday 30 November 2026, 14:30 in Berlin. KIM's office in the DIZ (Düren) books
Monday to Thursday 09:00-15:00 and Friday 09:00-12:00 in hours of two places each; PACE in
Hannover books Monday, Wednesday and Friday 09:00, 09:45 and 10:30, one person each. Aylin
works at KIM, Jonas at PACE.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import col, select

from flows.appointments.booking import BookingView
from flows.appointments.desk import AppointmentDesk
from flows.appointments.reminder_sender import ReminderSender
from flows.delivery.live import Change, Live
from flows.delivery.outbox import OutboxSender
from flows.delivery.saying import Voice
from flows.desk.actor import Actor, NotFound, Refused
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.texts import Texts
from storage import AccessLogEntry, ConversationStatus, Database, ReminderStatus
from tests.console.conftest import KIM, PACE, add_caseworker, handed_over
from tests.console.test_casework import actor_of
from tests.flows.conftest import BERLIN, Clock
from tests.flows.test_reminders import Phone

KIM_DIZ, PACE_HANNOVER = "kim/diz", "pace/hannover"
TUESDAY = dt.date(2026, 12, 1)
TUESDAY_TEN = dt.datetime(2026, 12, 1, 10, 0, tzinfo=BERLIN)
WEDNESDAY_NINE = dt.datetime(2026, 12, 2, 9, 0, tzinfo=BERLIN)


class Desk:
    """The desk with an outbox for Telegram, and a phone that shows what young people get."""

    def __init__(
        self, database: Database, catalogue: Catalogue, texts: Texts, clock: Clock
    ) -> None:
        self.phone = Phone()
        self.live = Live()
        self.clock = clock
        self.outbox = OutboxSender(database, {"telegram": self.phone.send}, clock=clock)
        voice = Voice.of(self.outbox, self.live)
        self.desk = AppointmentDesk(database, catalogue, BookingView(texts), voice, clock)

    async def delivered(self, chat: str) -> list[str]:
        """What the young person at `chat` has received, after the outbox ran."""
        while await self.outbox.deliver_due():
            pass
        return self.phone.texts(chat)


@pytest.fixture
def desk(database: Database, catalogue: Catalogue, texts: Texts, clock: Clock) -> Desk:
    return Desk(database, catalogue, texts, clock)


@pytest.fixture
async def aylin(database: Database, catalogue: Catalogue) -> Actor:
    caseworker = await add_caseworker(database, catalogue, "aylin@example.org", "Aylin K.", [KIM])
    return await actor_of(database, caseworker)


@pytest.fixture
async def jonas(database: Database, catalogue: Catalogue) -> Actor:
    caseworker = await add_caseworker(database, catalogue, "jonas@example.org", "Jonas", [PACE])
    return await actor_of(database, caseworker)


async def log_of(database: Database, action: str) -> list[AccessLogEntry]:
    async with database.session() as repo:
        query = select(AccessLogEntry).where(col(AccessLogEntry.action) == action)
        return list((await repo.session.exec(query.order_by(col(AccessLogEntry.id)))).all())


async def reminders_of(database: Database, appointment_id: int) -> list[str]:
    async with database.session() as repo:
        return [r.status for r in await repo.reminders.of_appointment(appointment_id)]


def waiting_at(clock: Clock) -> dt.datetime:
    return clock() - dt.timedelta(hours=1)


async def test_a_caseworker_sees_only_the_bookable_places_of_their_contact_points(
    desk: Desk, aylin: Actor, jonas: Actor
) -> None:
    assert [p.key for p in desk.desk.places(aylin)] == [KIM_DIZ]
    assert [p.key for p in desk.desk.places(jonas)] == [PACE_HANNOVER]
    assert desk.desk.place(aylin, KIM_DIZ).place.name.get("de") == "KIM-Beratungsbüro im DIZ"
    for key in (PACE_HANNOVER, "teilhabe/diz", "kim/juelich", "kim", "", "../kim/diz"):
        with pytest.raises(NotFound):
            desk.desk.place(aylin, key)
    with pytest.raises(NotFound):
        await desk.desk.schedule(aylin, PACE_HANNOVER, TUESDAY)


async def test_booking_for_a_young_person_tells_them_in_their_language_and_reminds_them(
    database: Database, desk: Desk, aylin: Actor, clock: Clock
) -> None:
    conversation = await handed_over(
        database, KIM, chat="5001", language="ar", waiting_since=waiting_at(clock)
    )
    async with desk.live.subscribe() as changes:
        booked = await desk.desk.book_for(
            aylin, conversation, KIM_DIZ, TUESDAY_TEN.astimezone(dt.UTC), "  Brief vom Amt  "
        )
        change = changes.get_nowait()
    assert change == Change(conversation, KIM, "appointment")
    assert booked.starts_at == dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    assert booked.ends_at == dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
    assert (booked.status, booked.topic, booked.conversation_id) == (
        "booked", "Brief vom Amt", conversation,
    )  # fmt: skip
    assert booked.booked_by_caseworker_id == aylin.id

    [told] = await desk.delivered("5001")
    assert "حجز لك الفريق موعدًا" in told, "in Arabic, the young person's language"
    assert "Josef-Schregel-Str. 31" in told and told.startswith("\u200f")
    [[_, reply]] = desk.phone.arrived
    payloads = [b.payload for row in reply.buttons for b in row]
    assert f"bk:x:{booked.id}" in payloads, "they can cancel it themselves"
    async with database.session() as repo:
        [message] = [m for m in await repo.messages(conversation) if m.sender == "uli"]
    assert "Josef-Schregel-Str. 31" in message.text, "the message is in the conversation"

    # 24 h before was this morning, before the booking: only the one 2 h before (08:00, the
    # end of the quiet hours).
    async with database.session() as repo:
        due = [r.due_at for r in await repo.reminders.of_appointment(booked.id or 0)]
    assert due == [dt.datetime(2026, 12, 1, 8, 0, tzinfo=BERLIN)]

    [entry] = await log_of(database, "appointment_book")
    assert (entry.caseworker_id, entry.conversation_id, entry.contact_point_id) == (
        aylin.id, conversation, KIM,
    )  # fmt: skip
    assert entry.detail == f"appointment {booked.id}"
    assert "Brief" not in entry.detail, "no words of the young person in the log"


async def test_the_day_and_week_lists_show_each_days_appointments_and_free_slots(
    database: Database, desk: Desk, aylin: Actor, clock: Clock
) -> None:
    since = waiting_at(clock)
    lena = await handed_over(database, KIM, chat="5101", language="de", waiting_since=since)
    omar = await handed_over(database, KIM, chat="5102", language="ar", waiting_since=since)
    ira = await handed_over(database, KIM, chat="5103", language="uk", waiting_since=since)
    ten = TUESDAY_TEN.astimezone(dt.UTC)
    first = await desk.desk.book_for(aylin, lena, KIM_DIZ, ten, "Ausbildung")
    await desk.desk.book_for(aylin, omar, KIM_DIZ, ten)
    later = await desk.desk.book_for(aylin, ira, KIM_DIZ, WEDNESDAY_NINE.astimezone(dt.UTC))
    await desk.desk.cancel(aylin, later.id or 0)

    [tuesday] = await desk.desk.schedule(aylin, KIM_DIZ, TUESDAY)
    assert tuesday.day == TUESDAY
    assert [(e.contact.language, e.appointment.status) for e in tuesday.entries] == [
        ("de", "booked"), ("ar", "booked"),
    ]  # fmt: skip
    lead = tuesday.entries[0]
    assert lead.appointment.id == first.id and lead.appointment.topic == "Ausbildung"
    assert (lead.conversation_id, lead.booked_by) == (lena, "Aylin K.")
    assert lead.contact.pseudonym, "the pseudonym, never a real name"
    free = [(s.start.strftime("%H:%M"), s.free, s.capacity) for s in tuesday.free]
    assert "10:00" not in [start for start, _, _ in free], "it is full"
    assert free[0] == ("09:00", 2, 2) and len(free) == 5

    week = await desk.desk.schedule(aylin, KIM_DIZ, dt.date(2026, 11, 30), days=7)
    assert [d.day.strftime("%a") for d in week] == [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    ]  # fmt: skip
    assert [len(d.entries) for d in week] == [0, 2, 1, 0, 0, 0, 0]
    assert week[2].entries[0].appointment.status == "cancelled", "cancelled ones stay listed"
    assert [s.start.strftime("%H:%M") for s in week[0].free] == [], "Monday's slots have begun"
    assert len(week[2].free) == 6, "the cancelled place is free again"
    assert len(week[4].free) == 3 and week[5].free == [] == week[6].free

    # A day long past has nothing free; a list is at most a month.
    assert (await desk.desk.schedule(aylin, KIM_DIZ, dt.date(2026, 1, 5)))[0].free == []
    assert len(await desk.desk.schedule(aylin, KIM_DIZ, TUESDAY, days=400)) == 31


async def test_looking_at_a_list_is_logged_once_per_sitting(
    database: Database, desk: Desk, aylin: Actor, clock: Clock
) -> None:
    for _ in range(3):  # an open page refreshes itself
        await desk.desk.schedule(aylin, KIM_DIZ, TUESDAY)
    await desk.desk.schedule(aylin, KIM_DIZ, TUESDAY, days=7)
    entries = await log_of(database, "view_appointments")
    assert [(e.caseworker_id, e.contact_point_id, e.detail) for e in entries] == [
        (aylin.id, KIM, "diz 2026-12-01 +1d"), (aylin.id, KIM, "diz 2026-12-01 +7d"),
    ]  # fmt: skip
    clock.now += dt.timedelta(minutes=11)
    await desk.desk.schedule(aylin, KIM_DIZ, TUESDAY)
    assert len(await log_of(database, "view_appointments")) == 3


async def test_a_full_slot_a_non_slot_and_a_double_booking_are_refused(
    database: Database, desk: Desk, aylin: Actor, jonas: Actor, clock: Clock
) -> None:
    since = waiting_at(clock)
    chats = [
        await handed_over(database, KIM, chat=f"52{n:02}", waiting_since=since) for n in range(3)
    ]
    ten = TUESDAY_TEN.astimezone(dt.UTC)
    await desk.desk.book_for(aylin, chats[0], KIM_DIZ, ten)
    with pytest.raises(Refused) as twice:
        await desk.desk.book_for(aylin, chats[0], KIM_DIZ, ten)
    assert twice.value.reason == "already-booked", "a form sent twice books once"
    await desk.desk.book_for(aylin, chats[1], KIM_DIZ, ten)
    with pytest.raises(Refused) as full:
        await desk.desk.book_for(aylin, chats[2], KIM_DIZ, ten)
    assert full.value.reason == "slot-full"

    for start in (
        dt.datetime(2026, 12, 1, 10, 30, tzinfo=BERLIN),  # not a slot's start
        dt.datetime(2026, 11, 30, 9, 0, tzinfo=BERLIN),  # this morning: over
        dt.datetime(2026, 11, 30, 14, 0, tzinfo=BERLIN),  # began half an hour ago
        dt.datetime(2026, 12, 5, 10, 0, tzinfo=BERLIN),  # Saturday
        dt.datetime(2026, 12, 25, 10, 0, tzinfo=BERLIN),  # Christmas Day, a Friday
        dt.datetime(2026, 12, 1, 10, 0),  # no time zone
    ):
        with pytest.raises(Refused) as refused:
            await desk.desk.book_for(aylin, chats[2], KIM_DIZ, start)
        assert refused.value.reason == "no-slot", start
    with pytest.raises(Refused) as long:
        await desk.desk.book_for(aylin, chats[2], KIM_DIZ, ten, "x" * 201)
    assert long.value.reason == "too-long"

    # PACE's slots take one person each.
    pace = [
        await handed_over(database, PACE, chat=f"53{n:02}", waiting_since=since) for n in (1, 2)
    ]
    booked = await desk.desk.book_for(jonas, pace[0], PACE_HANNOVER, WEDNESDAY_NINE)
    assert booked.place_id == "hannover"
    with pytest.raises(Refused) as one:
        await desk.desk.book_for(jonas, pace[1], PACE_HANNOVER, WEDNESDAY_NINE)
    assert one.value.reason == "slot-full"
    async with database.session() as repo:
        assert await repo.outbox.pending_count() == 3, "three young people told, no more"
    assert len(await log_of(database, "appointment_book")) == 3


async def test_the_team_may_book_what_the_young_people_may_not_yet(
    database: Database, desk: Desk, aylin: Actor, clock: Clock
) -> None:
    # KIM wants 24 hours' notice from young people; the team knows its own diary.
    conversation = await handed_over(database, KIM, chat="5301", waiting_since=waiting_at(clock))
    clock.now = dt.datetime(2026, 12, 1, 9, 30, tzinfo=BERLIN)
    booked = await desk.desk.book_for(
        aylin, conversation, KIM_DIZ, dt.datetime(2026, 12, 1, 11, 0, tzinfo=BERLIN)
    )
    assert booked.starts_at.astimezone(BERLIN).hour == 11


async def test_cancelling_tells_the_young_person_and_drops_the_reminders(
    database: Database, desk: Desk, aylin: Actor, clock: Clock
) -> None:
    conversation = await handed_over(
        database, KIM, chat="5401", language="ru", waiting_since=waiting_at(clock)
    )
    booked = await desk.desk.book_for(aylin, conversation, KIM_DIZ, WEDNESDAY_NINE)
    assert await reminders_of(database, booked.id or 0) == ["pending", "pending"]

    async with desk.live.subscribe() as changes:
        cancelled = await desk.desk.cancel(aylin, booked.id or 0)
        assert changes.get_nowait() == Change(conversation, KIM, "appointment")
    assert cancelled.status == "cancelled" and cancelled.cancelled_at == clock()
    assert await reminders_of(database, booked.id or 0) == []
    booked_text, cancelled_text = await desk.delivered("5401")
    assert "Команда записала тебя" in booked_text
    assert "команде пришлось отменить твою запись" in cancelled_text, "in Russian"
    assert "09:00" in cancelled_text
    [[_, _], [_, reply]] = desk.phone.arrived
    assert [b.payload for row in reply.buttons for b in row] == ["bk:start", "m:person"]

    with pytest.raises(Refused) as again:
        await desk.desk.cancel(aylin, booked.id or 0)
    assert again.value.reason == "not-booked"
    [entry] = await log_of(database, "appointment_cancel")
    assert (entry.caseworker_id, entry.conversation_id, entry.detail) == (
        aylin.id, conversation, f"appointment {booked.id}",
    )  # fmt: skip


async def test_a_reminder_already_queued_is_stopped_by_the_cancellation(
    database: Database, desk: Desk, aylin: Actor, clock: Clock, catalogue: Catalogue, texts: Texts
) -> None:
    conversation = await handed_over(database, KIM, chat="5451", waiting_since=waiting_at(clock))
    booked = await desk.desk.book_for(aylin, conversation, KIM_DIZ, WEDNESDAY_NINE)
    await desk.delivered("5451")
    reminders = ReminderSender(catalogue, BookingView(texts), database, clock, desk.outbox)
    clock.now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=BERLIN)  # 24 h before
    assert await reminders.run_once() == 1  # queued, not yet sent
    await desk.desk.cancel(aylin, booked.id or 0)
    texts_sent = await desk.delivered("5451")
    assert len(texts_sent) == 2 and "musste deinen Termin" in texts_sent[-1]
    assert not any(t.lstrip("\u200f").startswith("⏰") for t in texts_sent)
    assert await reminders_of(database, booked.id or 0) == [ReminderStatus.SENT.value]


async def test_an_appointment_that_has_begun_is_marked_not_cancelled(
    database: Database, desk: Desk, aylin: Actor, clock: Clock
) -> None:
    conversation = await handed_over(database, KIM, chat="5501", waiting_since=waiting_at(clock))
    booked = await desk.desk.book_for(aylin, conversation, KIM_DIZ, TUESDAY_TEN)
    with pytest.raises(Refused) as early:
        await desk.desk.mark(aylin, booked.id or 0, "attended")
    assert early.value.reason == "not-yet", "tomorrow's cannot be marked today"
    assert await reminders_of(database, booked.id or 0) == ["pending"]

    clock.now = dt.datetime(2026, 12, 1, 10, 5, tzinfo=BERLIN)
    with pytest.raises(Refused) as begun:
        await desk.desk.cancel(aylin, booked.id or 0)
    assert begun.value.reason == "past"
    async with desk.live.subscribe() as changes:
        missed = await desk.desk.mark(aylin, booked.id or 0, "missed")
        assert changes.get_nowait().what == "appointment"
    assert missed.status == "missed"
    attended = await desk.desk.mark(aylin, booked.id or 0, "attended")
    assert attended.status == "attended", "a mistake can be put right"
    with pytest.raises(Refused) as bad:
        await desk.desk.mark(aylin, booked.id or 0, "cancelled")
    assert bad.value.reason == "bad-status"
    assert [e.detail for e in await log_of(database, "appointment_mark")] == [
        f"appointment {booked.id} missed", f"appointment {booked.id} attended",
    ]  # fmt: skip

    # A cancelled appointment is neither attended nor missed.
    other = await desk.desk.book_for(
        aylin, conversation, KIM_DIZ, dt.datetime(2026, 12, 1, 13, 0, tzinfo=BERLIN)
    )
    await desk.desk.cancel(aylin, other.id or 0)
    with pytest.raises(Refused) as cancelled:
        await desk.desk.mark(aylin, other.id or 0, "attended")
    assert cancelled.value.reason == "not-booked"


async def test_another_contact_points_appointments_are_not_found(
    database: Database, desk: Desk, aylin: Actor, jonas: Actor, clock: Clock
) -> None:
    since = waiting_at(clock)
    kim = await handed_over(database, KIM, chat="5601", waiting_since=since)
    booked = await desk.desk.book_for(aylin, kim, KIM_DIZ, TUESDAY_TEN)
    pace = await handed_over(database, PACE, chat="5602", waiting_since=since)

    theirs = booked.id or 0
    for attempt in (
        desk.desk.cancel(jonas, theirs),
        desk.desk.mark(jonas, theirs, "missed"),
        desk.desk.appointment(jonas, theirs),
        desk.desk.of_conversation(jonas, kim),
        desk.desk.bookable(jonas, kim),
        desk.desk.book_for(jonas, kim, PACE_HANNOVER, WEDNESDAY_NINE),
        desk.desk.book_for(jonas, pace, KIM_DIZ, TUESDAY_TEN),
        desk.desk.schedule(jonas, KIM_DIZ, TUESDAY),
        desk.desk.cancel(aylin, theirs + 1),
        desk.desk.cancel(aylin, 0),
        desk.desk.mark(aylin, -1, "missed"),
        desk.desk.appointment(aylin, 2**31 - 1),
    ):
        with pytest.raises(NotFound):
            await attempt
    [entry] = await desk.desk.schedule(aylin, KIM_DIZ, TUESDAY)
    assert [e.appointment.status for e in entry.entries] == ["booked"], "untouched"
    assert len(await log_of(database, "appointment_cancel")) == 0


async def test_a_conversation_shows_the_upcoming_appointments_and_the_free_slots(
    database: Database, desk: Desk, aylin: Actor, clock: Clock
) -> None:
    since = waiting_at(clock)
    conversation = await handed_over(database, KIM, chat="5701", waiting_since=since)
    assert await desk.desk.of_conversation(aylin, conversation) == []
    [(where, free)] = await desk.desk.bookable(aylin, conversation)
    assert where.key == KIM_DIZ
    days = sorted({s.start.date() for s in free})
    assert days[0] == TUESDAY and days[-1] == dt.date(2026, 12, 11), "two weeks from today"
    assert all(s.start_utc > clock() for s in free)
    # Until Sunday 13 December: six slots on seven days from Monday to Thursday (today's
    # have begun), three on two Fridays.
    assert len(free) == 7 * 6 + 2 * 3

    first = await desk.desk.book_for(aylin, conversation, KIM_DIZ, TUESDAY_TEN)
    second = await desk.desk.book_for(aylin, conversation, KIM_DIZ, WEDNESDAY_NINE)
    await desk.desk.cancel(aylin, second.id or 0)
    assert [a.id for a in await desk.desk.of_conversation(aylin, conversation)] == [first.id]
    [(_, free)] = await desk.desk.bookable(aylin, conversation)
    tuesday_ten = next(s for s in free if s.start == TUESDAY_TEN)
    assert (tuesday_ten.booked, tuesday_ten.free) == (1, 1)


async def test_for_someone_without_a_service_every_place_of_the_team_is_offered(
    database: Database, catalogue: Catalogue, desk: Desk, clock: Clock
) -> None:
    both = await add_caseworker(database, catalogue, "chef@example.org", "Chef", [KIM, PACE])
    chef = await actor_of(database, both)
    crisis = await handed_over(database, None, chat="5801", waiting_since=waiting_at(clock))
    places = [where.key for where, _ in await desk.desk.bookable(chef, crisis)]
    assert places == [KIM_DIZ, PACE_HANNOVER]
    booked = await desk.desk.book_for(chef, crisis, PACE_HANNOVER, WEDNESDAY_NINE)
    assert booked.contact_point_id == PACE


async def test_booking_in_a_closed_conversation_writes_to_a_new_one(
    database: Database, desk: Desk, aylin: Actor, clock: Clock
) -> None:
    conversation = await handed_over(database, KIM, chat="5901", waiting_since=waiting_at(clock))
    async with database.session() as repo:
        record = await repo.casework.record(conversation, [KIM])
        assert record is not None
        await repo.close_conversation(record.conversation, clock())
    async with desk.live.subscribe() as changes:
        booked = await desk.desk.book_for(aylin, conversation, KIM_DIZ, TUESDAY_TEN)
        appointment, message = changes.get_nowait(), changes.get_nowait()
    assert booked.conversation_id == conversation
    assert (appointment.conversation_id, appointment.what) == (conversation, "appointment")
    assert message.what == "message" and message.conversation_id != conversation
    async with database.session() as repo:
        contact = await repo.contact_by_address("telegram", "5901")
        assert contact is not None
        newest = (await repo.conversations_of(contact))[-1]
    assert newest.id == message.conversation_id
    assert newest.status == ConversationStatus.BOT.value
    assert len(await desk.delivered("5901")) == 1
