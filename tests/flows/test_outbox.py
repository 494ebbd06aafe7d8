"""Persist, then send: the outbox delays on errors, keeps each person's order, never drops."""

from __future__ import annotations

import asyncio
import datetime as dt

from flows.conversation.engine import Engine
from flows.delivery.channel import Delivery, DeliveryStatus
from flows.delivery.outbox import OutboxSender
from flows.vocabulary.events import Reply
from storage import Database, OutboxMessage, OutboxStatus, SendLimits, utc_now
from tests.flows.chat import Chat
from tests.flows.conftest import Clock

SENT = Delivery(DeliveryStatus.sent)


class ScriptedChannel:
    """A channel whose answers the test decides; records what arrived."""

    def __init__(self) -> None:
        self.arrived: list[tuple[str, str]] = []
        self.script: list[Delivery] = []

    async def send(self, address: str, reply: Reply) -> Delivery:
        outcome = self.script.pop(0) if self.script else SENT
        if outcome.status is DeliveryStatus.sent:
            self.arrived.append((address, reply.text))
        return outcome


async def queue(database: Database, address: str, *texts: str, now: dt.datetime) -> None:
    async with database.session() as repo:
        contact = await repo.touch_contact("chan", address, now)
        for text in texts:
            await repo.outbox.enqueue(contact, text=text, now=now, buttons='[[["OK", "m:menu"]]]')


def sender_for(database: Database, channel: ScriptedChannel, clock: Clock) -> OutboxSender:
    return OutboxSender(database, {"chan": channel.send}, clock=clock, backoff_seconds=10)


async def test_a_failing_message_is_retried_later_and_keeps_its_place(
    database: Database, clock: Clock
) -> None:
    channel = ScriptedChannel()
    await queue(database, "anna", "first", "second", now=clock())
    await queue(database, "ben", "hello ben", now=clock())
    outbox = sender_for(database, channel, clock)
    channel.script = [Delivery(DeliveryStatus.temporary, detail="502 Bad Gateway")]
    await outbox.deliver_due()
    await outbox.deliver_due()
    assert channel.arrived == [("ben", "hello ben")], "anna's second waits for her first"
    clock.now += dt.timedelta(seconds=10)
    while await outbox.deliver_due():
        pass
    assert channel.arrived == [("ben", "hello ben"), ("anna", "first"), ("anna", "second")]


async def test_throttling_pauses_all_sending_for_retry_after(
    database: Database, clock: Clock
) -> None:
    channel = ScriptedChannel()
    await queue(database, "anna", "one", now=clock())
    await queue(database, "ben", "two", now=clock())
    outbox = sender_for(database, channel, clock)
    channel.script = [Delivery(DeliveryStatus.throttled, retry_after=30)]
    await outbox.deliver_due()
    # ben's message was on its way together with anna's when the 429 came
    assert channel.arrived == [("ben", "two")]
    await queue(database, "carla", "three", now=clock())
    clock.now += dt.timedelta(seconds=29)
    assert await outbox.deliver_due() == 0, "nothing at all is sent during retry_after"
    clock.now += dt.timedelta(seconds=1)
    while await outbox.deliver_due():
        pass
    assert sorted(channel.arrived) == [("anna", "one"), ("ben", "two"), ("carla", "three")]


async def test_a_blocked_bot_marks_the_person_unreachable(database: Database, clock: Clock) -> None:
    channel = ScriptedChannel()
    await queue(database, "carla", "hi", now=clock())
    outbox = sender_for(database, channel, clock)
    channel.script = [Delivery(DeliveryStatus.unreachable, detail="bot was blocked by the user")]
    await outbox.deliver_due()
    async with database.session() as repo:
        contact = await repo.contact_by_address("chan", "carla")
        assert contact is not None and contact.unreachable
        assert await repo.outbox.pending_count() == 0


async def test_a_rejected_message_does_not_block_the_next(database: Database, clock: Clock) -> None:
    channel = ScriptedChannel()
    await queue(database, "dana", "broken", "fine", now=clock())
    outbox = sender_for(database, channel, clock)
    channel.script = [Delivery(DeliveryStatus.rejected, detail="can't parse entities")]
    while await outbox.deliver_due():
        pass
    assert channel.arrived == [("dana", "fine")]


async def test_after_a_restart_pending_messages_go_out_exactly_once(
    database: Database, clock: Clock
) -> None:
    await queue(database, "emil", "a", "b", now=clock())
    first = ScriptedChannel()
    first.script = [Delivery(DeliveryStatus.temporary, detail="timeout")]
    await sender_for(database, first, clock).deliver_due()  # the process stops here

    clock.now += dt.timedelta(minutes=5)
    second = ScriptedChannel()
    restarted = sender_for(database, second, clock)
    while await restarted.deliver_due():
        pass
    assert second.arrived == [("emil", "a"), ("emil", "b")]
    assert await restarted.deliver_due() == 0
    async with database.session() as repo:
        assert await repo.outbox.pending_count() == 0


async def test_replies_of_an_outbox_channel_are_queued_with_their_buttons(
    engine: Engine, clock: Clock
) -> None:
    channel = ScriptedChannel()
    outbox = OutboxSender(engine.database, {"test": channel.send}, clock=clock)
    engine.outbox = outbox
    await Chat(engine, "fatima", language_hint="ar").says("/start")
    assert outbox.wake.is_set(), "the sender is woken at once"
    async with engine.database.session() as repo:
        rows = await repo.outbox.due(("test",), clock())
    assert len(rows) == 1 and rows[0].status == OutboxStatus.PENDING
    assert "lang:ar" in rows[0].buttons
    await outbox.deliver_due()
    assert channel.arrived and "Uli" in channel.arrived[0][1]


async def test_a_row_being_sent_by_one_process_is_not_sent_by_another(
    database: Database, clock: Clock
) -> None:
    await queue(database, "gina", "hello", now=clock())
    async with database.session() as repo:
        claim = await repo.outbox.claim(
            ("chan",), clock(), instance="uli-1", lease=dt.timedelta(minutes=5)
        )
    assert len(claim.rows) == 1  # uli-1 is sending it... and dies
    channel = ScriptedChannel()
    other = OutboxSender(database, {"chan": channel.send}, clock=clock, instance="uli-2")
    assert await other.deliver_due() == 0, "uli-2 leaves it alone while the lease runs"
    clock.now += dt.timedelta(minutes=5)
    assert await other.deliver_due() == 1, "once the lease has run out, it is sent"
    assert channel.arrived == [("gina", "hello")]


async def test_a_restarted_process_sends_at_once_what_it_was_sending_when_it_stopped(
    database: Database, clock: Clock
) -> None:
    await queue(database, "hana", "hello", now=clock())
    async with database.session() as repo:
        await repo.outbox.claim(("chan",), clock(), instance="uli-1", lease=dt.timedelta(hours=1))
    channel = ScriptedChannel()
    again = OutboxSender(database, {"chan": channel.send}, clock=clock, instance="uli-1")
    assert await again.release_own() == 1
    assert await again.deliver_due() == 1 and channel.arrived == [("hana", "hello")]
    assert await again.deliver_due() == 0


async def test_at_most_thirty_a_second_in_all_and_one_a_second_per_person(
    database: Database, clock: Clock
) -> None:
    for number in range(45):
        await queue(database, f"p{number:02}", "news", now=clock())
    await queue(database, "busy", "one", "two", "three", now=clock())
    channel = ScriptedChannel()
    limits = {"chan": SendLimits(per_second=30, per_address=1, per_address_seconds=1.0)}
    outbox = OutboxSender(database, {"chan": channel.send}, clock=clock, limits=limits)
    assert await outbox.deliver_due() == 30
    assert await outbox.deliver_due() == 0 and outbox.held_back, "the second is used up"
    clock.now += dt.timedelta(milliseconds=999)
    assert await outbox.deliver_due() == 0
    clock.now += dt.timedelta(milliseconds=1)
    assert await outbox.deliver_due() == 16, "the other 15 and busy's next one"
    assert await outbox.deliver_due() == 0
    for _ in ("two", "three"):
        assert await outbox.deliver_due() == 0, "busy waits a second between messages"
        clock.now += dt.timedelta(seconds=1)
        assert await outbox.deliver_due() == 1
    assert [text for to, text in channel.arrived if to == "busy"] == ["one", "two", "three"]
    assert len(channel.arrived) == 48


class ForgetfulDatabaseSender(OutboxSender):
    """The database refuses the first attempt to record outcomes (locked, restarting)."""

    failures = 1

    async def _record(self, outcomes: list[tuple[OutboxMessage, Delivery]]) -> None:
        if self.failures:
            self.failures -= 1
            raise OSError("database is locked")
        await super()._record(outcomes)


async def test_an_outcome_the_database_could_not_take_at_first_is_kept_not_resent(
    database: Database, clock: Clock
) -> None:
    await queue(database, "ines", "hello", now=clock())
    channel = ScriptedChannel()
    outbox = ForgetfulDatabaseSender(database, {"chan": channel.send}, clock=clock)
    assert await outbox.deliver_due() == 1
    clock.now += dt.timedelta(hours=1)  # long after any lease
    assert await outbox.deliver_due() == 0
    assert channel.arrived == [("ines", "hello")], "sent once"


async def test_messages_still_on_their_way_count_against_the_second(
    database: Database, clock: Clock
) -> None:
    for number in range(40):
        await queue(database, f"q{number:02}", "news", now=clock())
    limits = {"chan": SendLimits(per_second=30)}
    lease = dt.timedelta(minutes=5)
    async with database.session() as repo:
        claim = await repo.outbox.claim(
            ("chan",), clock(), instance="uli-1", lease=lease, limits=limits
        )
    assert len(claim.rows) == 30  # a slow network: no answer yet
    clock.now += dt.timedelta(seconds=2)
    async with database.session() as repo:
        later = await repo.outbox.claim(
            ("chan",), clock(), instance="uli-2", lease=lease, limits=limits
        )
    assert later.rows == [] and later.held_back, "30 may still arrive within one second"


async def test_the_sender_knows_when_the_limits_let_the_next_row_go(
    database: Database, clock: Clock
) -> None:
    for number in range(31):
        await queue(database, f"r{number:02}", "news", now=clock())
    await queue(database, "busy", "one", "two", now=clock())
    channel = ScriptedChannel()
    limits = {"chan": SendLimits(per_second=30, per_address=1, per_address_seconds=1.0)}
    outbox = OutboxSender(database, {"chan": channel.send}, clock=clock, limits=limits)
    assert await outbox.deliver_due() == 30
    sent_at = clock()
    clock.now += dt.timedelta(milliseconds=300)
    assert await outbox.deliver_due() == 0
    assert outbox.free_at == sent_at + dt.timedelta(seconds=1), "the second is used up"
    clock.now = sent_at + dt.timedelta(seconds=1)
    assert await outbox.deliver_due() == 2, "the last news and busy's 'one'"
    clock.now += dt.timedelta(milliseconds=400)
    assert await outbox.deliver_due() == 0
    assert outbox.free_at == sent_at + dt.timedelta(seconds=2), "busy may have 'two' then"
    clock.now = sent_at + dt.timedelta(seconds=2)
    assert await outbox.deliver_due() == 1 and not outbox.held_back
    assert [text for to, text in channel.arrived if to == "busy"] == ["one", "two"]


async def test_a_sender_held_back_by_the_limits_sleeps_instead_of_asking_again_and_again(
    database: Database,
) -> None:
    """Four replies to one person, one a second: the sender asks the database about twice
    per message (one claim sends, one finds the next held back until its second), not
    twenty times a second while it waits."""
    await queue(database, "jana", "one", "two", "three", "four", now=utc_now())
    arrived = asyncio.Event()
    channel = ScriptedChannel()

    async def send(address: str, reply: Reply) -> Delivery:
        outcome = await channel.send(address, reply)
        if len(channel.arrived) == 4:
            arrived.set()
        return outcome

    limits = {"chan": SendLimits(per_address=1, per_address_seconds=1.0)}
    outbox = OutboxSender(database, {"chan": send}, clock=utc_now, limits=limits)
    stop = asyncio.Event()
    running = asyncio.create_task(outbox.run(stop, idle_seconds=5.0))
    try:
        await asyncio.wait_for(arrived.wait(), timeout=60)
    finally:
        stop.set()
        await running
    assert [text for _, text in channel.arrived] == ["one", "two", "three", "four"]
    assert outbox.claims <= 3 * 4, f"{outbox.claims} claims for 4 messages"
