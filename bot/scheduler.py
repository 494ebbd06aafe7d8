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
from collections.abc import AsyncIterator, Awaitable, Callable

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core import Core
from bot.settings import Settings
from flows.delivery.retention import Retention, RetentionPolicy

log = logging.getLogger(__name__)

RETENTION_EVERY = dt.timedelta(hours=1)
REMINDERS_EVERY = dt.timedelta(seconds=15)


def retention_policy(settings: Settings) -> RetentionPolicy:
    return RetentionPolicy(settings.retention_days, settings.retention_days_unanswered)


def _every(
    scheduler: AsyncIOScheduler,
    name: str,
    every: dt.timedelta,
    run_once: Callable[[], Awaitable[object]],
) -> None:
    """Run `run_once` at start-up and then `every` so often; a failed pass (the database
    briefly gone) is logged and tried again at the next turn."""

    async def job() -> None:
        try:
            await run_once()
        except Exception:
            log.exception("%s pass failed; trying again in %s", name, every)

    scheduler.add_job(
        job,
        "interval",
        seconds=every.total_seconds(),
        next_run_time=dt.datetime.now(dt.UTC),
        id=name,
        name=name,
        max_instances=1,
        coalesce=True,  # after a suspended laptop or a long pause: one pass, not a backlog
    )


@contextlib.asynccontextmanager
async def scheduled_jobs(settings: Settings, parts: Core) -> AsyncIterator[AsyncIOScheduler]:
    """The scheduler with Uli's jobs, running while the block runs."""
    if settings.log_level != "DEBUG":
        # APScheduler reports every run at INFO; operators need only its warnings and errors.
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
    scheduler = AsyncIOScheduler(timezone=dt.UTC)
    retention = Retention(parts.database, retention_policy(settings), live=parts.live)
    _every(scheduler, "retention", RETENTION_EVERY, retention.run_once)
    if parts.reminders is not None:
        _every(scheduler, "reminders", REMINDERS_EVERY, parts.reminders.run_once)
    scheduler.start()
    try:
        yield scheduler
    finally:
        scheduler.shutdown(wait=False)
