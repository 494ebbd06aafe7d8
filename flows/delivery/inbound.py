"""Takes the inbound rows and runs their turns: one at a time per person, many people at once.

A channel adapter hands what it received to `receive` (stored in one short unit of work,
deduplicated, before the adapter confirms it to the channel). The worker claims the oldest
pending row of each person (storage.inbound), up to `concurrency` turns at a time, and gives
each to its channel's `Process`. The turn marks its row done in the unit of work that stores
its outcome and replies (`Engine.handle` with the event's `receipt`) and says so with
`settled`; a row the adapter ignores (a group chat, an update kind Uli does not use) is
marked done here afterwards.

A failing turn is tried again with a growing pause; after `max_attempts` it is kept aside
(quarantined), as is at once an update the adapter cannot read (`Unreadable`). Log lines
name rows by id and errors by type and place: never what a young person wrote.

On stop, no new rows are taken and the turns in hand get `drain_seconds` to finish; a turn
still running then is cancelled and, since nothing of it was committed, runs again at the
next start.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from functools import partial

from storage import Database, Delivered, InboundRow, Quarantined

__all__ = [
    "Delivered",
    "InboundRow",
    "InboundWorker",
    "Process",
    "Quarantined",
    "Unreadable",
    "settled",
]

log = logging.getLogger(__name__)

LEASE = dt.timedelta(minutes=2)
"""Longer than any turn takes; a process that died mid-turn frees its rows after this."""
DRAIN_SECONDS = 10.0
MAX_ATTEMPTS = 5


class Unreadable(Exception):
    """An update no adapter can make sense of. The message says where, never what: it goes
    into the log and the quarantine."""


Process = Callable[[InboundRow], Awaitable[None]]

_SETTLED: ContextVar[set[int] | None] = ContextVar("inbound_settled", default=None)
"""The rows the running turn has marked done itself (each turn is a task of its own)."""


def settled(receipt: int) -> None:
    """Called by a turn after the unit of work that marked its row done has committed: the
    worker then does not record it again (one write transaction less a message)."""
    marks = _SETTLED.get()
    if marks is not None:
        marks.add(receipt)


class InboundWorker:
    def __init__(
        self,
        database: Database,
        processors: Mapping[str, Process],
        clock: Callable[[], dt.datetime],
        *,
        instance: str = "uli",
        concurrency: int = 8,
        lease: dt.timedelta = LEASE,
        max_attempts: int = MAX_ATTEMPTS,
        backoff_seconds: float = 1.0,
        idle_seconds: float = 1.0,
    ) -> None:
        self.database = database
        self.processors = dict(processors)
        self.clock = clock
        self.instance = instance
        self.concurrency = concurrency
        self.lease = lease
        self.max_attempts = max_attempts
        self.backoff = backoff_seconds
        self.idle_seconds = idle_seconds
        self.wake = asyncio.Event()
        self._running: dict[int, asyncio.Task[None]] = {}

    async def receive(self, channel: str, updates: list[Delivered]) -> int:
        """Store what a channel delivered (raises if the database refuses: then the channel
        must not be told it arrived) and wake the worker; how many were new."""
        async with self.database.session() as repo:
            new = await repo.inbound.add(channel, updates, self.clock())
        if new:
            self.wake.set()
        return new

    async def run(self, stop: asyncio.Event, drain_seconds: float = DRAIN_SECONDS) -> None:
        """Take and run turns until `stop` is set, then drain."""
        try:
            async with self.database.session() as repo:
                released = await repo.inbound.release(self.instance)
            if released:
                log.info("taking up %d message(s) that were in hand when Uli stopped", released)
        except Exception:
            log.exception("could not free this instance's earlier claims; their leases will end")
        while not stop.is_set():
            self.wake.clear()
            await self._claim_and_start()
            waiting = [asyncio.ensure_future(self.wake.wait()), asyncio.ensure_future(stop.wait())]
            await asyncio.wait(
                waiting, timeout=self.idle_seconds, return_when=asyncio.FIRST_COMPLETED
            )
            for task in waiting:
                task.cancel()
        await self._drain(drain_seconds)

    async def _claim_and_start(self) -> None:
        free = self.concurrency - len(self._running)
        if free <= 0:
            return
        try:
            async with self.database.session() as repo:
                rows = await repo.inbound.claim(
                    self.clock(),
                    instance=self.instance,
                    lease=self.lease,
                    limit=free,
                    busy=frozenset(self._running),
                )
        except Exception:
            # A database hiccup must not end the worker; the rows are still there.
            log.exception("could not take messages from the inbound queue; trying again")
            return
        for row in rows:
            row_id = row.id or 0
            task = asyncio.create_task(self._turn(row), name=f"inbound-{row_id}")
            self._running[row_id] = task
            task.add_done_callback(partial(self._finished, row_id))

    def _finished(self, row_id: int, _task: asyncio.Task[None]) -> None:
        self._running.pop(row_id, None)
        self.wake.set()

    async def _drain(self, seconds: float) -> None:
        started = time.monotonic()
        tasks = list(self._running.values())
        if tasks:
            _, left = await asyncio.wait(tasks, timeout=seconds)
            for task in left:
                task.cancel()
            await asyncio.gather(*left, return_exceptions=True)
            log.info(
                "inbound worker stopped in %.1f s: %d turn(s) finished, %d left for the next start",
                time.monotonic() - started,
                len(tasks) - len(left),
                len(left),
            )

    async def _turn(self, row: InboundRow) -> None:
        row_id = row.id or 0
        process = self.processors.get(row.channel)
        marks: set[int] = set()
        _SETTLED.set(marks)  # this task's own context: other turns do not see it
        try:
            if process is None:
                raise Unreadable(f"no adapter for channel {row.channel!r}")
            await process(row)
        except Unreadable as unreadable:
            reason = str(unreadable)
            log.warning("inbound row %d (%s) kept aside: %s", row_id, row.channel, reason)
            await self._settle(row_id, quarantine=reason)
            return
        except Exception as error:
            await self._failed(row, error)
            return
        if row_id not in marks:
            await self._settle(row_id)

    async def _failed(self, row: InboundRow, error: Exception) -> None:
        row_id = row.id or 0
        what = type(error).__name__
        if row.attempts >= self.max_attempts:
            log.error(
                "inbound row %d failed %d times (%s); kept aside", row_id, row.attempts, what,
                exc_info=error,
            )  # fmt: skip
            await self._settle(row_id, quarantine=f"failed {row.attempts} times: {what}")
            return
        pause = min(self.backoff * 2 ** (row.attempts - 1), 60.0)
        log.warning(
            "inbound row %d failed (%s); trying again in %.0f s", row_id, what, pause,
            exc_info=error,
        )  # fmt: skip
        await self._settle(row_id, retry_in=pause, error=what)

    async def _settle(
        self,
        row_id: int,
        *,
        quarantine: str | None = None,
        retry_in: float | None = None,
        error: str = "",
    ) -> None:
        """Record how a turn ended; if even that fails, the lease ends and it runs again."""
        now = self.clock()
        try:
            async with self.database.session() as repo:
                if quarantine is not None:
                    await repo.inbound.quarantine(row_id, now, quarantine)
                elif retry_in is not None:
                    when = now + dt.timedelta(seconds=retry_in)
                    await repo.inbound.retry(row_id, when, error)
                else:
                    await repo.inbound.done(row_id, now)
        except Exception:
            log.exception("could not record the end of inbound row %d", row_id)
