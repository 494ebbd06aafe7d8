"""Jobs that run on a schedule inside the Uli process (APScheduler's asyncio scheduler).

- retention, at start-up and then every hour, so a conversation is gone at most an hour
  after its period ends even on a server that restarts rarely;
- reminders of appointments, at start-up and then every 15 seconds. The reminders are rows
  in the database (storage/reminders.py), not APScheduler jobs: they survive a restart, and
  several Uli processes on one database send each of them once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import AsyncIterator

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core import Core
from bot.settings import Settings
from flows.retention import Retention, RetentionPolicy

log = logging.getLogger(__name__)

RETENTION_EVERY = dt.timedelta(hours=1)
REMINDERS_EVERY = dt.timedelta(seconds=15)


def retention_policy(settings: Settings) -> RetentionPolicy:
    return RetentionPolicy(settings.retention_days, settings.retention_days_unanswered)


@contextlib.asynccontextmanager
async def scheduled_jobs(settings: Settings, parts: Core) -> AsyncIterator[AsyncIOScheduler]:
    """The scheduler with Uli's jobs, running while the block runs."""
    retention = Retention(parts.database, retention_policy(settings), live=parts.live)

    async def apply_retention() -> None:
        try:
            await retention.run_once()
        except Exception:
            # A failed pass (database briefly gone) is retried at the next hour.
            log.exception("retention pass failed")

    if settings.log_level != "DEBUG":
        # APScheduler reports every run at INFO; operators need only its warnings and errors.
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
    scheduler = AsyncIOScheduler(timezone=dt.UTC)
    scheduler.add_job(
        apply_retention,
        "interval",
        seconds=RETENTION_EVERY.total_seconds(),
        next_run_time=dt.datetime.now(dt.UTC),
        id="retention",
        name="retention",
        max_instances=1,
        coalesce=True,  # after a suspended laptop or a long pause: one pass, not a backlog
    )
    if parts.reminders is not None:
        reminders = parts.reminders

        async def send_reminders() -> None:
            try:
                await reminders.run_once()
            except Exception:
                log.exception("reminder pass failed; trying again shortly")

        scheduler.add_job(
            send_reminders,
            "interval",
            seconds=REMINDERS_EVERY.total_seconds(),
            next_run_time=dt.datetime.now(dt.UTC),
            id="reminders",
            name="reminders",
            max_instances=1,
            coalesce=True,
        )
    scheduler.start()
    try:
        yield scheduler
    finally:
        scheduler.shutdown(wait=False)
