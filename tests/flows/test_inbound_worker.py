"""The inbound worker on a real database: each person's turns one after another in arrival
order, people in parallel, unreadable updates kept aside, failures tried again, and a stop
that finishes what is in hand."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from sqlalchemy import event

from flows.delivery.inbound import (
    LEASE,
    InboundRow,
    InboundWorker,
    Process,
    Unreadable,
    settled,
)
from flows.delivery.retention import Retention, RetentionPolicy
from storage import Database, Delivered, InboundStatus, utc_now

pytestmark = pytest.mark.usefixtures("database")


def updates(*pairs: tuple[int, int]) -> list[Delivered]:
    """(update id, chat id) pairs as Telegram would deliver them."""
    return [
        Delivered(str(u), f"telegram:{chat}", json.dumps({"update_id": u, "chat": chat}))
        for u, chat in pairs
    ]


def chat_of(row: InboundRow) -> int:
    chat: int = json.loads(row.payload)["chat"]
    return chat


class Turns:
    """What the processors saw: each person's update ids in the order handled, and everyone
    one of whose turns began while another of theirs was still running."""

    def __init__(self) -> None:
        self.seen: dict[int, list[str]] = defaultdict(list)
        self.overlapping: list[int] = []
        self._busy: set[int] = set()

    @asynccontextmanager
    async def of(self, row: InboundRow) -> AsyncIterator[int]:
        """One turn of the person `row` is from, for the length of a `with` block: the chat."""
        chat = chat_of(row)
        if chat in self._busy:
            self.overlapping.append(chat)
        self._busy.add(chat)
        try:
            yield chat
        finally:
            self._busy.discard(chat)


async def statuses(database: Database) -> dict[str, str]:
    async with database.session() as repo:
        rows = [await repo.inbound.get(i) for i in range(1, 100)]
    return {r.update_id: r.status for r in rows if r is not None}


class Running:
    """Runs a worker in the background for the length of a `with` block."""

    def __init__(self, worker: InboundWorker, drain_seconds: float = 10.0) -> None:
        self.worker, self.stop = worker, asyncio.Event()
        self.drain = drain_seconds
        self.task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> InboundWorker:
        self.task = asyncio.create_task(self.worker.run(self.stop, self.drain))
        return self.worker

    async def __aexit__(self, *_: object) -> None:
        self.stop.set()
        assert self.task is not None
        await asyncio.wait_for(self.task, 60)


async def test_each_persons_turns_run_one_after_another_in_order_people_in_parallel(
    database: Database,
) -> None:
    turns = Turns()
    seen = turns.seen
    slow_person_started = asyncio.Event()
    others_done = asyncio.Event()

    async def process(row: InboundRow) -> None:
        async with turns.of(row) as chat:
            if row.update_id == "1":  # person 10's first turn waits for the others' turns
                slow_person_started.set()
                await asyncio.wait_for(others_done.wait(), 60)
            await asyncio.sleep(0)
            seen[chat].append(row.update_id)
            if sum(len(seen[c]) for c in (20, 30)) == 6:
                others_done.set()

    worker = InboundWorker(database, {"telegram": process}, utc_now, concurrency=4)
    pairs = [(u, (10, 20, 30)[(u - 1) % 3]) for u in range(1, 10)]
    async with Running(worker):
        await worker.receive("telegram", updates(*pairs))
        await asyncio.wait_for(others_done.wait(), 60)
        for _ in range(600):
            if len(seen[10]) == 3:
                break
            await asyncio.sleep(0.05)
    assert slow_person_started.is_set()
    assert seen == {10: ["1", "4", "7"], 20: ["2", "5", "8"], 30: ["3", "6", "9"]}
    assert turns.overlapping == [], "never two turns of one person at once"
    assert set((await statuses(database)).values()) == {InboundStatus.DONE}


async def test_an_unreadable_update_is_kept_aside_and_the_person_goes_on(
    database: Database,
) -> None:
    handled: list[str] = []

    async def process(row: InboundRow) -> None:
        if row.update_id == "1":
            raise Unreadable("Telegram update not readable: message.chat (missing)")
        handled.append(row.update_id)

    worker = InboundWorker(database, {"telegram": process}, utc_now)
    async with Running(worker):
        await worker.receive("telegram", updates((1, 10), (2, 10)))
        for _ in range(600):
            if handled:
                break
            await asyncio.sleep(0.05)
    assert handled == ["2"]
    assert await statuses(database) == {"1": InboundStatus.QUARANTINED, "2": InboundStatus.DONE}
    async with database.session() as repo:
        [kept] = await repo.inbound.quarantined()
    assert kept.reason == "Telegram update not readable: message.chat (missing)"


async def test_a_failed_turn_is_tried_again_and_after_too_many_kept_aside(
    database: Database,
) -> None:
    tries: dict[str, int] = defaultdict(int)
    settled = asyncio.Event()

    async def process(row: InboundRow) -> None:
        tries[row.update_id] += 1
        if row.update_id == "1" and tries["1"] < 2:
            raise ConnectionError("database went away")
        if row.update_id == "2":
            if tries["2"] == 3:
                settled.set()
            raise RuntimeError("always")

    worker = InboundWorker(
        database, {"telegram": process}, utc_now, backoff_seconds=0.01, idle_seconds=0.05,
        max_attempts=3,
    )  # fmt: skip
    async with Running(worker):
        await worker.receive("telegram", updates((1, 10), (2, 20)))
        await asyncio.wait_for(settled.wait(), 60)
        for _ in range(600):
            if InboundStatus.PENDING not in (await statuses(database)).values():
                break
            await asyncio.sleep(0.05)
    assert tries == {"1": 2, "2": 3}
    assert await statuses(database) == {"1": InboundStatus.DONE, "2": InboundStatus.QUARANTINED}


async def test_a_stop_finishes_the_turns_in_hand_and_leaves_the_rest_for_the_next_start(
    database: Database,
) -> None:
    started = asyncio.Event()
    release = asyncio.Event()
    stuck_started = asyncio.Event()

    async def process(row: InboundRow) -> None:
        if row.update_id == "1":
            started.set()
            await release.wait()
        if row.update_id == "2":
            stuck_started.set()
            await asyncio.Event().wait()  # never ends by itself

    worker = InboundWorker(database, {"telegram": process}, utc_now)
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop, drain_seconds=5))
    await worker.receive("telegram", updates((1, 10), (2, 20)))
    await asyncio.wait_for(started.wait(), 60)
    await asyncio.wait_for(stuck_started.wait(), 60)
    stop.set()
    release.set()
    await asyncio.wait_for(task, 60)
    assert await statuses(database) == {"1": InboundStatus.DONE, "2": InboundStatus.PENDING}

    # The next start takes up the turn that did not finish.
    done = asyncio.Event()

    async def process_again(row: InboundRow) -> None:
        assert row.update_id == "2" and row.attempts == 2
        done.set()

    async with Running(InboundWorker(database, {"telegram": process_again}, utc_now)):
        await asyncio.wait_for(done.wait(), 60)
    assert await statuses(database) == {"1": InboundStatus.DONE, "2": InboundStatus.DONE}


async def test_a_person_waiting_for_a_retry_does_not_hold_up_others(database: Database) -> None:
    handled: list[str] = []

    async def process(row: InboundRow) -> None:
        if row.update_id == "1":
            raise ConnectionError("once")
        handled.append(row.update_id)

    worker = InboundWorker(
        database, {"telegram": process}, utc_now, backoff_seconds=3600, idle_seconds=0.05
    )
    async with Running(worker):
        await worker.receive("telegram", updates((1, 10), (2, 10), (3, 20)))
        for _ in range(600):
            if handled:
                break
            await asyncio.sleep(0.05)
    assert handled == ["3"], "person 10 waits for the retry of their first message"
    when = await statuses(database)
    assert when == {"1": "pending", "2": "pending", "3": "done"}


async def test_retention_forgets_handled_updates_after_two_days(database: Database) -> None:
    worker = InboundWorker(database, {}, utc_now)
    await worker.receive("telegram", updates((1, 10)))
    async with database.session() as repo:
        [row] = await repo.inbound.claim(utc_now(), instance="a", lease=LEASE, limit=1)
        await repo.inbound.done(row.id or 0, utc_now())
    policy = RetentionPolicy(days=90, unanswered_days=30)
    await Retention(database, policy, clock=utc_now).run_once()
    assert await statuses(database) == {"1": InboundStatus.DONE}, "kept to spot a redelivery"
    in_three_days = utc_now() + dt.timedelta(days=3)
    await Retention(database, policy, clock=lambda: in_three_days).run_once()
    assert await statuses(database) == {}


async def test_two_workers_on_one_database_keep_each_persons_order(database: Database) -> None:
    """As two `uli run` processes sharing PostgreSQL would: the lease in the database, not
    the process, decides who runs a person's next turn."""
    turns = Turns()
    seen = turns.seen
    workers_of: dict[str, str] = {}
    b_took_one = asyncio.Event()

    def process_as(name: str) -> Process:
        async def process(row: InboundRow) -> None:
            async with turns.of(row) as chat:
                if name == "a":
                    # Worker a holds its first person until b has taken someone else.
                    await asyncio.wait_for(b_took_one.wait(), 60)
                for _ in range(3):
                    await asyncio.sleep(0)  # let the other worker try to take the same person
                seen[chat].append(row.update_id)
                workers_of[row.update_id] = name
                if name == "b":
                    b_took_one.set()

        return process

    pairs = [(u, 10 + u % 5) for u in range(1, 41)]
    first = InboundWorker(database, {"telegram": process_as("a")}, utc_now, instance="a")
    second = InboundWorker(database, {"telegram": process_as("b")}, utc_now, instance="b")
    second.idle_seconds = first.idle_seconds = 0.02
    first.concurrency = 1
    async with Running(first), Running(second):
        await first.receive("telegram", updates(*pairs))
        for _ in range(1200):
            if sum(len(v) for v in seen.values()) == len(pairs):
                break
            await asyncio.sleep(0.05)
    expected = {chat: [str(u) for u, c in pairs if c == chat] for chat in range(10, 15)}
    assert dict(seen) == expected, "each person's messages in the order they arrived"
    assert turns.overlapping == []
    assert set(workers_of.values()) == {"a", "b"}


async def test_a_turn_that_marked_its_row_done_is_not_written_again(database: Database) -> None:
    """The engine marks a row done in the unit of work that stores the turn; the worker then
    leaves it alone (one write transaction less a message). A turn that does not is settled
    by the worker as before."""
    written: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.lstrip().upper().startswith("UPDATE INBOUND"):
            written.append(statement)

    handled: list[str] = []

    async def process(row: InboundRow) -> None:
        if row.update_id == "1":
            async with database.session() as repo:
                await repo.inbound.done(row.id or 0, utc_now())
            settled(row.id or 0)
        handled.append(row.update_id)

    sync_engine = database.engine.sync_engine
    event.listen(sync_engine, "before_cursor_execute", note)
    try:
        worker = InboundWorker(database, {"telegram": process}, utc_now)
        async with Running(worker):
            await worker.receive("telegram", updates((1, 10), (2, 20)))
            for _ in range(600):
                if len(handled) == 2 and set((await statuses(database)).values()) == {
                    InboundStatus.DONE
                }:
                    break
                await asyncio.sleep(0.05)
    finally:
        event.remove(sync_engine, "before_cursor_execute", note)
    assert await statuses(database) == {"1": InboundStatus.DONE, "2": InboundStatus.DONE}
    dones = [s for s in written if "done_at" in s.lower()]
    assert len(dones) == 2, f"row 1 by its turn, row 2 by the worker: {dones}"


def test_settled_outside_a_turn_does_nothing() -> None:
    settled(12345)  # a turn run by hand (uli chat, tests): no worker to tell
