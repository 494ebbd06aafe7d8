"""The outbox: every message to a young person is a row before it is sent.

A sender loop delivers the rows; a platform error delays a row (throttled, server error,
timeout) instead of losing it, and a restart picks up whatever is still pending. Rows of one
address go out strictly in order: only the oldest pending row of an address is ever due.

Several Uli processes may share one database. A sender first *claims* the rows it is about
to send (`claim`): a claim is a lease with the sender's instance name, so no other process
sends the same row meanwhile, and a process that died mid-send leaves rows that are free
again once the lease runs out (or at once when that instance starts again, `release`).
Claims are taken one process at a time (an advisory lock on PostgreSQL, the write lock on
SQLite), which also makes the rate limits (`SendLimits`) hold for all processes together:
they count the rows tried in the last second, whoever tried them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Text, and_, func, or_
from sqlmodel import Field, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.crypto import EncryptedText
from storage.locks import Lock, one_at_a_time, release_leases
from storage.models import Base, Contact
from storage.utc import UTCDateTime, as_utc


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    UNREACHABLE = "unreachable"  # the person blocked the bot or deleted the chat
    REJECTED = "rejected"  # the platform refuses this message for good (a bug of ours)


class OutboxMessage(Base, table=True):
    __tablename__ = "outbox"

    id: int | None = Field(default=None, primary_key=True)
    # CASCADE: when a person's data is deleted, unsent messages to them go too.
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", index=True)
    channel: str = Field(max_length=16)
    address: str = Field(max_length=64)
    text: str = Field(sa_type=EncryptedText)
    buttons: str = Field(default="[]", sa_type=Text)  # JSON rows of [label, payload]
    status: str = Field(default=OutboxStatus.PENDING.value, max_length=16, index=True)
    attempts: int = 0
    next_attempt_at: datetime = Field(sa_type=UTCDateTime, index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=200)
    # The stored message this row delivers, so the console can show it as pending.
    # Indexed: a conversation's history joins each message's outbox row.
    message_id: int | None = Field(
        default=None, foreign_key="message.id", ondelete="SET NULL", index=True
    )
    # The lease of the process sending it now (see the module docstring).
    claimed_by: str | None = Field(default=None, max_length=64)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # What the rate limits count: when it was claimed for sending, and, once the channel
    # has answered, when that was (the message has surely arrived by then).
    tried_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)


@dataclass(frozen=True, slots=True)
class SendLimits:
    """How fast one channel may be sent to; None means no limit."""

    per_second: int | None = None
    """Rows a second on the channel as a whole (all addresses, all processes)."""
    per_address: int | None = None
    """Rows to one address within `per_address_seconds`."""
    per_address_seconds: float = 1.0
    in_flight_seconds: float = 60.0
    """A claimed row still counts as on its way for this long (a request to the channel
    times out before), so a slow network cannot let two batches arrive in one second."""


@dataclass(frozen=True, slots=True)
class Claim:
    rows: list[OutboxMessage]
    free_at: datetime | None = None
    """The limits kept rows that are due from being claimed now: the moment the first of
    them may go (None: nothing held back). Rows still on their way may free the limits
    sooner; the sender tries again as soon as it has recorded them."""

    @property
    def held_back(self) -> bool:
        return self.free_at is not None


class OutboxRows:
    """Queries on the outbox, within one unit of work."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def enqueue(
        self,
        contact: Contact,
        *,
        text: str,
        buttons: str,
        now: datetime,
        message_id: int | None = None,
    ) -> OutboxMessage:
        if contact.id is None:
            raise ValueError("save the contact before queueing messages to it")
        row = OutboxMessage(
            contact_id=contact.id,
            channel=contact.channel,
            address=contact.external_id,
            text=text,
            buttons=buttons,
            next_attempt_at=now,
            created_at=now,
            message_id=message_id,
        )
        self.session.add(row)
        await self.session.flush()
        return row

    async def due(
        self, channels: tuple[str, ...], now: datetime, limit: int = 100
    ) -> list[OutboxMessage]:
        """The oldest pending row of each address, where that row's time has come."""
        return list((await self.session.exec(self._due_query(channels, now).limit(limit))).all())

    def _due_query(self, channels: tuple[str, ...], now: datetime) -> Any:
        pending = col(OutboxMessage.status) == OutboxStatus.PENDING.value
        heads = (
            select(func.min(OutboxMessage.id))
            .where(pending, col(OutboxMessage.channel).in_(channels))
            .group_by(col(OutboxMessage.channel), col(OutboxMessage.address))
        )
        return (
            select(OutboxMessage)
            .where(
                col(OutboxMessage.id).in_(heads), col(OutboxMessage.next_attempt_at) <= as_utc(now)
            )
            .order_by(col(OutboxMessage.next_attempt_at), col(OutboxMessage.id))
        )

    async def claim(
        self,
        channels: tuple[str, ...],
        now: datetime,
        *,
        instance: str,
        lease: timedelta,
        limits: dict[str, SendLimits] | None = None,
        limit: int = 100,
    ) -> Claim:
        """Claim the due rows (see `due`) that no live lease holds and the limits allow, for
        *instance*, until *now* + *lease*."""
        now = as_utc(now)
        await one_at_a_time(self.session, Lock.OUTBOX_CLAIM)
        claimed: list[OutboxMessage] = []
        free_at: datetime | None = None
        for channel in channels:
            rows, free = await self._claim_channel(
                channel, now, (limits or {}).get(channel, SendLimits()), limit
            )
            if free is not None:
                free_at = free if free_at is None else min(free_at, free)
            for row in rows:
                row.claimed_by, row.claimed_until, row.tried_at = instance, now + lease, now
                self.session.add(row)
            claimed += rows
        await self.session.flush()
        return Claim(claimed, free_at)

    async def _claim_channel(
        self, channel: str, now: datetime, limits: SendLimits, limit: int
    ) -> tuple[list[OutboxMessage], datetime | None]:
        """The rows claimable now, and when rows the limits hold back may go."""
        of_channel = col(OutboxMessage.channel) == channel
        budget = limit
        if limits.per_second is not None:
            # Answered within the last second, or still on the way: each of these may reach
            # the channel within the coming second.
            on_the_way = and_(
                col(OutboxMessage.claimed_by).is_not(None),
                col(OutboxMessage.tried_at) > now - timedelta(seconds=limits.in_flight_seconds),
            )
            recent = select(func.count()).where(
                of_channel,
                or_(col(OutboxMessage.tried_at) > now - timedelta(seconds=1), on_the_way),
            )
            budget = min(budget, limits.per_second - int((await self.session.exec(recent)).one()))
            if budget <= 0:
                return [], await self._second_frees(of_channel, now)
        query = self._due_query((channel,), now).where(
            or_(col(OutboxMessage.claimed_until).is_(None), col(OutboxMessage.claimed_until) <= now)
        )
        busy: list[str] = []
        if limits.per_address is not None:
            window = now - timedelta(seconds=limits.per_address_seconds)
            crowded = (
                select(col(OutboxMessage.address))
                .where(of_channel, col(OutboxMessage.tried_at) > window)
                .group_by(col(OutboxMessage.address))
                .having(func.count() >= limits.per_address)
            )
            busy = list((await self.session.exec(crowded)).all())
            if busy:
                query = query.where(col(OutboxMessage.address).not_in(busy))
        rows = list((await self.session.exec(query.limit(budget))).all())
        if len(rows) == budget < limit:
            return rows, await self._second_frees(of_channel, now)
        if busy:
            return rows, await self._address_frees(channel, busy, now, limits)
        return rows, None

    async def _second_frees(self, of_channel: Any, now: datetime) -> datetime:
        """When the channel's second has room again: a second after the oldest row answered
        within it (rows on their way free it when answered)."""
        oldest = select(func.min(OutboxMessage.tried_at)).where(
            of_channel,
            col(OutboxMessage.claimed_by).is_(None),
            col(OutboxMessage.tried_at) > now - timedelta(seconds=1),
        )
        first = (await self.session.exec(oldest)).one()
        return (as_utc(first) if first else now) + timedelta(seconds=1)

    async def _address_frees(
        self, channel: str, busy: list[str], now: datetime, limits: SendLimits
    ) -> datetime | None:
        """When the first busy address that has a due row may be sent to again."""
        window = timedelta(seconds=limits.per_address_seconds)
        waiting = self._due_query((channel,), now).where(col(OutboxMessage.address).in_(busy))
        addresses = select(col(OutboxMessage.address)).where(
            col(OutboxMessage.id).in_(select(waiting.subquery().c.id))
        )
        oldest = select(func.min(OutboxMessage.tried_at)).where(
            col(OutboxMessage.channel) == channel,
            col(OutboxMessage.address).in_(addresses),
            col(OutboxMessage.tried_at) > now - window,
        )
        first = (await self.session.exec(oldest)).one()
        return as_utc(first) + window if first else None

    async def release(self, instance: str) -> int:
        """Free the leases *instance* still holds: it is starting again, so whatever it was
        sending when it stopped is to be sent anew."""
        return await release_leases(
            self.session, OutboxMessage, instance, OutboxStatus.PENDING.value
        )

    async def get(self, row_id: int) -> OutboxMessage | None:
        return await self.session.get(OutboxMessage, row_id)

    async def pending_count(self) -> int:
        query = select(func.count()).where(col(OutboxMessage.status) == OutboxStatus.PENDING.value)
        return int((await self.session.exec(query)).one())
