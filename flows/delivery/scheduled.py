"""Scheduled messages: rows due at a moment (storage.reminders), each of a kind, sent by one
job that knows no kind.

A kind is one module (flows.appointments: the reminder before an appointment, the follow-ups
after one) with a `name` and a `write` that, at send time, writes the message in the
person's current language, or says it is no longer wanted (None: the row is skipped). The
composition root (bot/) hands the sender the list of kinds; adding a kind is one module, some
texts and an entry in that list, never a change here.

Each pass takes a batch of due rows of every kind (locked: two Uli processes take different
ones) and, in the same unit of work, writes each message into the person's conversation,
queues it in the outbox (flows.delivery.saying: one way to say something) and marks the row
sent: a row becomes exactly one outbox row, also across restarts (a row is pending or sent,
never half of both).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from flows.delivery.live import Live
from flows.delivery.outbox import OutboxSender
from flows.delivery.saying import Voice
from flows.vocabulary.events import Reply
from storage import Contact, Database, Reminder, ReminderStatus, Repository

log = logging.getLogger(__name__)

BATCH = 100
PAUSE_SECONDS = 0.2
"""Between batches: on SQLite one writer at a time, and young people's messages and the
outbox must not wait behind thousands of scheduled messages."""
MAX_BATCHES = 20
"""Per run: the job runs every 15 seconds and should be done before the next run; 2,000
messages in 15 seconds stay far ahead of the outbox's 30 messages a second."""


@dataclass(frozen=True, slots=True)
class Written:
    """What a kind wrote: to whom, and the message."""

    contact: Contact
    reply: Reply


class Kind(Protocol):
    """One kind of scheduled message."""

    @property
    def name(self) -> str:
        """The rows' `kind`."""
        ...

    async def write(
        self, repo: Repository, row: Reminder, batch: Sequence[Reminder], now: dt.datetime
    ) -> Written | None:
        """The message of `row` in the person's current language, or None to skip it.
        `batch` is every row taken with it (e.g. to send only the latest of several)."""
        ...


class ScheduledSender:
    """The job: due rows of all kinds become outbox rows."""

    def __init__(
        self,
        database: Database,
        clock: Callable[[], dt.datetime],
        outbox: OutboxSender,
        kinds: Iterable[Kind],
        live: Live | None = None,
        batch: int = BATCH,
        pause: float = PAUSE_SECONDS,
    ) -> None:
        self.database = database
        self.clock = clock
        self.outbox = outbox
        self.kinds = {kind.name: kind for kind in kinds}
        self.voice = Voice.of(outbox, live)
        self.batch = batch
        self.pause = pause

    async def run_once(self) -> int:
        """Queue the messages that are due (at most `MAX_BATCHES` batches, the next run goes
        on); returns how many were queued."""
        queued = 0
        for _ in range(MAX_BATCHES):
            async with self.database.session() as repo:
                taken = await repo.reminders.take_due(self.clock(), self.batch)
                queued += await self._queue(repo, taken)
            if len(taken) < self.batch:
                break
            await asyncio.sleep(self.pause)
        return queued

    async def _queue(self, repo: Repository, taken: list[Reminder]) -> int:
        now = self.clock()
        queued = 0
        for row in taken:
            kind = self.kinds.get(row.kind)
            written = await kind.write(repo, row, taken, now) if kind is not None else None
            if kind is None:
                log.warning("scheduled message %s of unknown kind %r skipped", row.id, row.kind)
            if written is None or not self.voice.queues(written.contact.channel):
                row.status = ReminderStatus.SKIPPED.value
                await repo.save(row)
                continue
            conversation = await repo.open_conversation(written.contact, now)
            said = await self.voice.say(repo, written.contact, conversation, written.reply, now)
            row.status, row.sent_at = ReminderStatus.SENT.value, now
            row.outbox_id = said.queued.id if said.queued else None
            await repo.save(row)
            queued += 1
        return queued
