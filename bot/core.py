"""The messenger-free parts of Uli, built from the settings (used by `uli run` and `uli chat`)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass

from bot.keys import data_cipher
from bot.settings import Settings
from flows.appointments import follow_ups
from flows.appointments.booking import BookingView
from flows.appointments.reminder_sender import ReminderKind
from flows.conversation.engine import Engine
from flows.conversation.intent_answers import understander_for
from flows.delivery.channel import Sender
from flows.delivery.live import Live
from flows.delivery.outbox import OutboxSender
from flows.delivery.retention import RetentionPolicy
from flows.delivery.scheduled import Kind, ScheduledSender
from flows.knowledge.catalogue import Catalogue, load_catalogue
from flows.vocabulary.texts import Texts
from storage import Database, SendLimits, utc_now


@dataclass(frozen=True)
class Core:
    catalogue: Catalogue
    texts: Texts
    database: Database
    engine: Engine
    outbox: OutboxSender | None
    live: Live
    reminders: ScheduledSender | None = None
    """The job for scheduled messages of every kind (reminders, follow-ups)."""


@contextlib.asynccontextmanager
async def core(
    settings: Settings,
    senders: Mapping[str, Sender] | None = None,
    limits: Mapping[str, SendLimits] | None = None,
) -> AsyncIterator[Core]:
    """Catalogue, texts, migrated database and engine; closes the database on exit.

    With `senders` (channel → sender), replies on those channels go through the outbox,
    within the channels' `limits`, and scheduled messages (reminders, follow-ups) are sent.
    """
    catalogue = load_catalogue(settings.contact_points)
    texts = Texts()
    database = Database(settings.database_url, cipher=data_cipher(settings))
    try:
        await database.start()
        live = Live()
        outbox = (
            OutboxSender(
                database,
                senders,
                clock=utc_now,
                live=live,
                instance=settings.instance,
                limits=limits,
            )
            if senders
            else None
        )
        retention = RetentionPolicy(settings.retention_days, settings.retention_days_unanswered)
        understander = understander_for(catalogue, cache_dir=settings.cache_dir)
        engine = Engine(
            catalogue,
            texts,
            database,
            outbox=outbox,
            live=live,
            understander=understander,
            retention=retention,
        )
        view = BookingView(texts)
        # Every kind of scheduled message; a new kind is one more entry here.
        kinds: list[Kind] = [ReminderKind(catalogue, view), *follow_ups.kinds(catalogue, view)]
        reminders = ScheduledSender(database, utc_now, outbox, kinds, live) if outbox else None
        yield Core(catalogue, texts, database, engine, outbox, live, reminders)
    finally:
        await database.close()
