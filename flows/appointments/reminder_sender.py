"""The reminder before an appointment: one kind of scheduled message (flows.delivery.scheduled).

A reminder is written in the person's language at the moment it goes out. It is skipped
(never sent) when its appointment is no longer booked or has begun, and when a later
reminder of the same appointment is due as well (after a long downtime: one reminder, not
two at once).

`ReminderSender` is the scheduled-message job with only this kind (kept for callers that
send reminders alone); `uli run` hands the job every kind (bot.core).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from flows.appointments.booking import Audience, BookingView, booked
from flows.delivery.live import Live
from flows.delivery.outbox import OutboxSender
from flows.delivery.scheduled import BATCH, PAUSE_SECONDS, ScheduledSender, Written
from flows.knowledge.catalogue import Catalogue
from storage import REMINDER, Database, Reminder, Repository
from storage.appointments import AppointmentStatus

DEFAULT_LANGUAGE = "de"


class ReminderKind:
    """'Your appointment is tomorrow at 10:00', with the buttons to move or cancel it."""

    name = REMINDER

    def __init__(self, catalogue: Catalogue, view: BookingView) -> None:
        self.catalogue = catalogue
        self.view = view

    async def write(
        self, repo: Repository, row: Reminder, batch: Sequence[Reminder], now: dt.datetime
    ) -> Written | None:
        later = [
            r
            for r in batch
            if r.kind == REMINDER and r.appointment_id == row.appointment_id
            and (r.due_at, r.id or 0) > (row.due_at, row.id or 0)
        ]  # fmt: skip
        found = await repo.appointments.with_contacts([row.appointment_id])
        if later or row.appointment_id not in found:
            return None
        appointment, contact = found[row.appointment_id]
        cp = self.catalogue.contact_point(appointment.contact_point_id)
        if (
            cp is None
            or appointment.status != AppointmentStatus.BOOKED.value
            or appointment.starts_at <= now
        ):
            return None
        lang = contact.language or DEFAULT_LANGUAGE
        return Written(contact, self.view.reminder(Audience(lang, now), cp, booked(appointment)))


class ReminderSender(ScheduledSender):
    """The scheduled-message job with the reminder kind alone."""

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
        kinds = [ReminderKind(catalogue, view)]
        super().__init__(database, clock, outbox, kinds, live=live, batch=batch, pause=pause)
