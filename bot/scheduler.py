"""Jobs that run on a schedule inside the Uli process (APScheduler's asyncio scheduler).

For now: retention, at start-up and then every hour, so a conversation is gone at most an
hour after its period ends even on a server that restarts rarely.
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
    scheduler.start()
    try:
        yield scheduler
    finally:
        scheduler.shutdown(wait=False)
