"""The job that turns due reminders into messages: persist, then send.

Each pass takes a batch of due reminders (storage.reminders: locked, so two Uli processes
take different ones) and, in the same unit of work, writes each reminder into the young
person's conversation, queues it in the outbox and marks it sent. The outbox delivers it
within Telegram's limits; a restart between the two steps finds the queued row and sends
it once.

A reminder is written in the person's language at the moment it goes out. It is skipped
(never sent) when its appointment is no longer booked or has begun, and when a later
reminder of the same appointment is due as well (after a long downtime: one reminder, not
two at once).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable

from flows.appointments.booking import Audience, BookingView, booked
from flows.delivery.live import Change, Live
from flows.delivery.outbox import OutboxSender, write_and_queue
from flows.knowledge.catalogue import Catalogue
from storage import Database, Reminder, ReminderStatus, Repository
from storage.appointments import AppointmentStatus

log = logging.getLogger(__name__)

BATCH = 100
PAUSE_SECONDS = 0.2
"""Between batches: on SQLite one writer at a time, and young people's messages and the
outbox must not wait behind thousands of reminders (the outbox sends 30 a second anyway)."""
MAX_BATCHES = 20
"""Per run: the job runs every 15 seconds and should be done before the next run; 2,000
reminders in 15 seconds stay far ahead of the outbox's 30 messages a second."""
DEFAULT_LANGUAGE = "de"


class ReminderSender:
    def __init__(
        self,
        catalogue: Catalogue,
        view: BookingView,
        database: Database,
        clock: Callable[[], dt.datetime],
        outbox: OutboxSender,
        live: Live | None = None,
        batch: int = BATCH,
        pause: float = PAUSE_SECONDS,
    ) -> None:
        self.catalogue = catalogue
        self.view = view
        self.database = database
        self.clock = clock
        self.outbox = outbox
        self.live = live
        self.batch = batch
        self.pause = pause

    async def run_once(self) -> int:
        """Queue the reminders that are due (at most `MAX_BATCHES` batches, the next run goes
        on); returns how many were queued."""
        queued = 0
        for _ in range(MAX_BATCHES):
            changes: list[Change] = []
            async with self.database.session() as repo:
                taken = await repo.reminders.take_due(self.clock(), self.batch)
                queued += await self._queue(repo, taken, changes)
            if queued:
                self.outbox.wake.set()
            if self.live is not None:
                for change in changes:
                    self.live.publish(change)
            if len(taken) < self.batch:
                break
            await asyncio.sleep(self.pause)
        return queued

    async def _queue(self, repo: Repository, taken: list[Reminder], changes: list[Change]) -> int:
        now = self.clock()
        found = await repo.appointments.with_contacts([r.appointment_id for r in taken])
        latest: dict[int, Reminder] = {}
        for reminder in taken:  # earliest first: the last one of each appointment wins
            latest[reminder.appointment_id] = reminder
        queued = 0
        for reminder in taken:
            appointment, contact = found[reminder.appointment_id]
            cp = self.catalogue.contact_point(appointment.contact_point_id)
            due = (
                latest[reminder.appointment_id] is reminder
                and appointment.status == AppointmentStatus.BOOKED.value
                and appointment.starts_at > now
                and contact.channel in self.outbox.channels
                and cp is not None
            )
            if not due or cp is None:
                reminder.status = ReminderStatus.SKIPPED.value
                await repo.save(reminder)
                continue
            lang = contact.language or DEFAULT_LANGUAGE
            reply = self.view.reminder(Audience(lang, now), cp, booked(appointment))
            conversation = await repo.open_conversation(contact, now)
            row = await write_and_queue(repo, contact, conversation, reply, now)
            reminder.status, reminder.sent_at = ReminderStatus.SENT.value, now
            reminder.outbox_id = row.id if row else None
            await repo.save(reminder)
            queued += 1
            if conversation.id is not None:
                changes.append(Change(conversation.id, conversation.contact_point_id, "message"))
        return queued
