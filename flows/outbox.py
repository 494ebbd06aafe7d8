"""Delivers the outbox: persist first, then send; delay on errors, never drop.

One pass takes the due rows (the oldest pending row of each address, so a person's messages
keep their order), hands each to its channel's sender outside any database transaction, and
records the outcome. A throttled answer pauses all sending for `retry_after`: Telegram's flood
limits apply to the bot as a whole.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Mapping

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from flows.delivery import Delivery, DeliveryStatus, Sender, decode_reply
from flows.live import Change, Live
from storage import Conversation, Database, Message, OutboxMessage, OutboxStatus

log = logging.getLogger(__name__)


class OutboxSender:
    def __init__(
        self,
        database: Database,
        senders: Mapping[str, Sender],
        clock: Callable[[], dt.datetime],
        backoff_seconds: float = 1.0,
        max_backoff_seconds: float = 600.0,
        live: Live | None = None,
    ) -> None:
        self.database = database
        self.senders = dict(senders)
        self.clock = clock
        self.backoff = backoff_seconds
        self.max_backoff = max_backoff_seconds
        self.wake = asyncio.Event()
        self.live = live
        self._paused_until: dt.datetime | None = None

    @property
    def channels(self) -> frozenset[str]:
        return frozenset(self.senders)

    async def deliver_due(self) -> int:
        """One pass over the due rows; returns how many were tried."""
        now = self.clock()
        if self._paused_until and now < self._paused_until:
            return 0
        async with self.database.session() as repo:
            rows = await repo.outbox.due(tuple(self.senders), now)
        for tried, row in enumerate(rows):
            delivery = await self._send(row)
            await self._record(row, delivery)
            if delivery.status is DeliveryStatus.throttled:
                return tried + 1
        return len(rows)

    async def run(self, stop: asyncio.Event, idle_seconds: float = 1.0) -> None:
        """Deliver until `stop` is set; wakes at once when `wake` is set."""
        while not stop.is_set():
            try:
                tried = await self.deliver_due()
            except Exception:
                # A database hiccup must not end delivery for good; the rows are still there.
                log.exception("outbox pass failed; trying again")
                tried = 0
            if tried:
                continue
            self.wake.clear()
            waiting = [asyncio.ensure_future(self.wake.wait()), asyncio.ensure_future(stop.wait())]
            await asyncio.wait(waiting, timeout=idle_seconds, return_when=asyncio.FIRST_COMPLETED)
            for task in waiting:
                task.cancel()

    async def _send(self, row: OutboxMessage) -> Delivery:
        sender = self.senders[row.channel]
        try:
            return await sender(row.address, decode_reply(row.text, row.buttons))
        except Exception as error:
            log.exception("sender for %s failed unexpectedly", row.channel)
            return Delivery(DeliveryStatus.temporary, detail=type(error).__name__)

    async def _record(self, row: OutboxMessage, delivery: Delivery) -> None:
        now = self.clock()
        change: Change | None = None
        async with self.database.session() as repo:
            current = await repo.outbox.get(row.id or 0)
            if current is None:  # deleted meanwhile (the person asked to forget them)
                return
            current.attempts += 1
            current.last_error = delivery.detail[:200] or None
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
            if self.live is not None and current.message_id is not None:
                change = await _delivery_change(repo.session, current.message_id)
        # After the commit: an open console re-reads and shows the message as sent or failed.
        if change is not None and self.live is not None:
            self.live.publish(change)


async def _delivery_change(session: AsyncSession, message_id: int) -> Change | None:
    query = (
        select(Conversation.id, Conversation.contact_point_id)
        .join(Message, col(Message.conversation_id) == col(Conversation.id))
        .where(Message.id == message_id)
    )
    found = (await session.exec(query)).first()
    if found is None or found[0] is None:
        return None
    return Change(found[0], found[1], "delivery")
