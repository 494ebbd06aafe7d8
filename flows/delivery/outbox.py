"""Delivers the outbox: persist first, then send; delay on errors, never drop.

One pass claims the due rows (the oldest pending row of each address, so a person's messages
keep their order; at most as many as the channel's rate limits allow, see
storage.outbox.SendLimits), hands them to their channel's sender together, outside any
database transaction, and records the outcomes. A throttled answer pauses all sending of this
process for `retry_after`: Telegram's flood limits apply to the bot as a whole.

A claim is a lease in the database under this process's instance name, so several processes
on one database never send the same row; a row whose sender died is sent again when its
lease runs out, or at once when that instance starts again.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Mapping

from flows.delivery.channel import Delivery, DeliveryStatus, Sender, decode_reply, encode_reply
from flows.delivery.live import Change, Live
from storage import (
    Database,
    OutboxMessage,
    OutboxStatus,
    Repository,
    SendLimits,
)

log = logging.getLogger(__name__)

LEASE = dt.timedelta(minutes=5)
"""Longer than one send can take (aiogram gives up on a request after 60 seconds)."""
RECORD_ATTEMPTS = 12
"""About a minute and a half of retries (0.5 s doubling, at most 10 s apart)."""
SHORTEST_WAIT = 0.005
"""Seconds at least between two passes that found nothing to send."""


class OutboxSender:
    def __init__(
        self,
        database: Database,
        senders: Mapping[str, Sender],
        clock: Callable[[], dt.datetime],
        backoff_seconds: float = 1.0,
        max_backoff_seconds: float = 600.0,
        live: Live | None = None,
        *,
        instance: str = "uli",
        lease: dt.timedelta = LEASE,
        limits: Mapping[str, SendLimits] | None = None,
        batch: int = 100,
    ) -> None:
        self.database = database
        self.senders = dict(senders)
        self.clock = clock
        self.backoff = backoff_seconds
        self.max_backoff = max_backoff_seconds
        self.wake = asyncio.Event()
        self.live = live
        self.instance = instance
        self.lease = lease
        self.limits = dict(limits or {})
        self.batch = batch
        self.held_back = False
        self.free_at: dt.datetime | None = None
        """When the rows the rate limits held back in the last pass may go."""
        self.claims = 0
        """Claim queries made: the benchmarks report them per message tried."""
        self.tried = 0
        """Rows handed to a channel's sender."""
        self._paused_until: dt.datetime | None = None

    @property
    def channels(self) -> frozenset[str]:
        return frozenset(self.senders)

    async def release_own(self) -> int:
        """Free the rows this instance had claimed before it stopped: they are sent again."""
        async with self.database.session() as repo:
            released = await repo.outbox.release(self.instance)
        if released:
            log.info("sending %d message(s) again that were being sent when Uli stopped", released)
        return released

    async def deliver_due(self) -> int:
        """One pass over the due rows; returns how many were tried."""
        now = self.clock()
        if self._paused_until and now < self._paused_until:
            return 0
        self.claims += 1
        async with self.database.session() as repo:
            claim = await repo.outbox.claim(
                tuple(self.senders),
                now,
                instance=self.instance,
                lease=self.lease,
                limits=self.limits,
                limit=self.batch,
            )
        self.held_back, self.free_at = claim.held_back, claim.free_at
        if not claim.rows:
            return 0
        self.tried += len(claim.rows)
        deliveries = await asyncio.gather(*(self._send(row) for row in claim.rows))
        await self._keep(list(zip(claim.rows, deliveries, strict=True)))
        return len(claim.rows)

    async def _keep(self, outcomes: list[tuple[OutboxMessage, Delivery]]) -> None:
        """Record what the channel answered, trying again while the database is busy or
        briefly gone: an unrecorded "sent" would be sent a second time once the lease ends."""
        for attempt in range(RECORD_ATTEMPTS):
            try:
                await self._record(outcomes)
                return
            except Exception:
                if attempt == RECORD_ATTEMPTS - 1:
                    raise
                log.warning("could not record %d delivery outcome(s); retrying", len(outcomes))
                await asyncio.sleep(min(0.5 * 2**attempt, 10.0))

    async def run(self, stop: asyncio.Event, idle_seconds: float = 1.0) -> None:
        """Deliver until `stop` is set; wakes at once when `wake` is set."""
        try:
            await self.release_own()
        except Exception:
            log.exception("could not free this instance's earlier claims; their leases will end")
        while not stop.is_set():
            # Cleared before the pass: a wake during the pass is then not lost.
            self.wake.clear()
            try:
                tried = await self.deliver_due()
            except Exception:
                # A database hiccup must not end delivery for good; the rows are still there.
                log.exception("outbox pass failed; trying again")
                tried = 0
            if tried:
                continue
            timeout = self._until_due(idle_seconds)
            waiting = [asyncio.ensure_future(self.wake.wait()), asyncio.ensure_future(stop.wait())]
            await asyncio.wait(waiting, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            for task in waiting:
                task.cancel()
        log.info("outbox: %d claim queries for %d messages tried", self.claims, self.tried)

    def _until_due(self, idle_seconds: float) -> float:
        """Seconds to sleep until something may be sent (unless woken before): when the
        rate limits or a throttle from the channel free up, at most `idle_seconds` (rows
        another process queued, or retries that came due)."""
        now = self.clock()
        moments = [self.free_at] if self.held_back and self.free_at else []
        if self._paused_until and self._paused_until > now:
            moments.append(self._paused_until)
        if not moments:
            return idle_seconds
        seconds = (min(moments) - now).total_seconds()
        return min(idle_seconds, max(SHORTEST_WAIT, seconds))

    async def _send(self, row: OutboxMessage) -> Delivery:
        sender = self.senders[row.channel]
        try:
            return await sender(row.address, decode_reply(row.text, row.buttons))
        except Exception as error:
            log.exception("sender for %s failed unexpectedly", row.channel)
            return Delivery(DeliveryStatus.temporary, detail=type(error).__name__)

    async def _record(self, outcomes: list[tuple[OutboxMessage, Delivery]]) -> None:
        now = self.clock()
        changes: list[Change] = []
        async with self.database.session() as repo:
            for row, delivery in outcomes:
                current = await repo.outbox.get(row.id or 0)
                if current is None:  # deleted meanwhile (the person asked to forget them)
                    continue
                await self._apply(repo, current, delivery, now)
                if self.live is not None and current.message_id is not None:
                    found = await repo.conversation_of_message(current.message_id)
                    if found is not None:
                        changes.append(Change(*found, "delivery"))
        # After the commit: an open console re-reads and shows the message as sent or failed.
        if self.live is not None:
            for change in changes:
                self.live.publish(change)

    async def _apply(
        self, repo: Repository, current: OutboxMessage, delivery: Delivery, now: dt.datetime
    ) -> None:
        current.attempts += 1
        current.last_error = delivery.detail[:200] or None
        current.claimed_by = current.claimed_until = None
        current.tried_at = now  # answered: the rate limits count from here
        if delivery.rest is not None:  # some parts arrived: only the others are sent again
            current.text, current.buttons = encode_reply(delivery.rest)
        if delivery.status is DeliveryStatus.sent:
            current.status, current.sent_at = OutboxStatus.SENT.value, now
        elif delivery.status is DeliveryStatus.throttled:
            wait = dt.timedelta(seconds=delivery.retry_after or self.backoff)
            current.next_attempt_at = self._paused_until = now + wait
        elif delivery.status is DeliveryStatus.temporary:
            seconds = min(self.backoff * 2 ** (current.attempts - 1), self.max_backoff)
            current.next_attempt_at = now + dt.timedelta(seconds=seconds)
        elif delivery.status is DeliveryStatus.unreachable:
            current.status = OutboxStatus.UNREACHABLE.value
            contact = await repo.contact_by_id(current.contact_id)
            if contact is not None:
                contact.unreachable = True
                await repo.save(contact)
        else:
            current.status = OutboxStatus.REJECTED.value
            log.error("outbox row %s rejected: %s", current.id, delivery.detail)
        await repo.save(current)
