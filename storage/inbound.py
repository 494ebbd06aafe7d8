"""The inbound queue: everything a channel delivers is a row before the channel hears "got it".

Each channel adapter stores each update (`add`) before it confirms it to the channel (the next
getUpdates offset, the webhook's 200), deduplicated by (channel, update id): an update that
the channel delivers again (after a timeout, or a restart between storing and confirming)
is stored once. A worker then *claims* rows, runs the turn and marks the row done in the
turn's own unit of work.

Rows carry a *sequence* (the person's address on the channel): only the oldest pending row of
a sequence is ever claimable, so one person's messages are handled strictly in the order they
arrived, one after another, also across several processes; different sequences go in
parallel. A claim is a lease with the worker's instance name, as in the outbox: a process that
died mid-turn leaves rows that are taken up again when the lease ends, or at once when that
instance starts again (`release`). Claims are taken one process at a time (an advisory lock on
PostgreSQL, the write lock on SQLite).

A done row keeps no content (its payload is emptied), only what deduplication needs; an
update no adapter can read is quarantined with a reason that holds no content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Index, UniqueConstraint, delete, func, or_, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Field, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.crypto import EncryptedText
from storage.locks import Lock, one_at_a_time, release_leases
from storage.models import Base
from storage.utc import UTCDateTime, as_utc


def _pending() -> Any:
    return col(InboundRow.status) == InboundStatus.PENDING.value


class InboundStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    QUARANTINED = "quarantined"  # no adapter can read it; kept aside for an admin


class InboundRow(Base, table=True):
    __tablename__ = "inbound"
    __table_args__ = (
        UniqueConstraint("channel", "update_id", name="uq_inbound_update"),
        Index("ix_inbound_pending", "status", "sequence", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=32)
    """The channel account the update came through ("telegram")."""
    update_id: str = Field(max_length=64)
    """The channel's own id of the update, for deduplication."""
    sequence: str = Field(max_length=80)
    """Whose turn it is: the person's address on the channel; one at a time per sequence."""
    payload: str = Field(default="", sa_type=EncryptedText)
    """The update as the channel sent it (JSON), encrypted; emptied once done."""
    status: str = Field(default=InboundStatus.PENDING.value, max_length=16)
    attempts: int = 0
    received_at: datetime = Field(sa_type=UTCDateTime)
    next_attempt_at: datetime = Field(sa_type=UTCDateTime)
    done_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    claimed_by: str | None = Field(default=None, max_length=64)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=200)
    """Why a turn failed or the row was quarantined: an error's type and where, no content."""


@dataclass(frozen=True, slots=True)
class Delivered:
    """One update as a channel adapter hands it to the inbound queue."""

    update_id: str
    sequence: str
    payload: str


@dataclass(frozen=True, slots=True)
class Quarantined:
    id: int
    channel: str
    update_id: str
    received_at: datetime
    reason: str


class InboundRows:
    """Queries on the inbound queue, within one unit of work."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, channel: str, updates: list[Delivered], now: datetime) -> int:
        """Store what is not stored yet; returns how many rows are new."""
        if not updates:
            return 0
        now = as_utc(now)
        values = [
            {
                "channel": channel,
                "update_id": u.update_id,
                "sequence": u.sequence,
                "payload": u.payload,
                "status": InboundStatus.PENDING.value,
                "attempts": 0,
                "received_at": now,
                "next_attempt_at": now,
            }
            for u in updates
        ]
        connection = await self.session.connection()
        insert = postgresql_insert if connection.dialect.name == "postgresql" else sqlite_insert
        statement = (
            insert(InboundRow)
            .values(values)
            .on_conflict_do_nothing(index_elements=["channel", "update_id"])
        )
        result = await self.session.exec(statement)
        return int(result.rowcount or 0)

    async def claim(
        self,
        now: datetime,
        *,
        instance: str,
        lease: timedelta,
        limit: int,
        busy: frozenset[int] = frozenset(),
    ) -> list[InboundRow]:
        """Claim up to *limit* rows for *instance*: the oldest pending row of each sequence,
        where no live lease holds it and its time has come, oldest first."""
        now = as_utc(now)
        if limit <= 0:
            return []
        await one_at_a_time(self.session, Lock.INBOUND_CLAIM)
        heads = (
            select(func.min(InboundRow.id))
            .where(col(InboundRow.status) == InboundStatus.PENDING.value)
            .group_by(col(InboundRow.sequence))
        )
        query = (
            select(InboundRow)
            .where(
                col(InboundRow.id).in_(heads),
                col(InboundRow.next_attempt_at) <= now,
                or_(col(InboundRow.claimed_until).is_(None), col(InboundRow.claimed_until) <= now),
            )
            .order_by(col(InboundRow.id))
            .limit(limit)
        )
        if busy:
            query = query.where(col(InboundRow.id).not_in(busy))
        rows = list((await self.session.exec(query)).all())
        for row in rows:
            row.claimed_by, row.claimed_until = instance, now + lease
            row.attempts += 1
            self.session.add(row)
        await self.session.flush()
        return rows

    async def done(self, row_id: int, now: datetime) -> None:
        """The turn of this row is stored: keep only what deduplication needs."""
        await self.session.exec(
            update(InboundRow)
            .where(col(InboundRow.id) == row_id, _pending())
            .values(
                status=InboundStatus.DONE.value,
                payload="",
                done_at=as_utc(now),
                claimed_by=None,
                claimed_until=None,
            )
        )

    async def retry(self, row_id: int, when: datetime, error: str) -> None:
        """The turn failed (the database was gone, say): try again at *when*."""
        await self.session.exec(
            update(InboundRow)
            .where(col(InboundRow.id) == row_id, _pending())
            .values(
                next_attempt_at=as_utc(when),
                claimed_by=None,
                claimed_until=None,
                last_error=error[:200],
            )
        )

    async def quarantine(self, row_id: int, now: datetime, reason: str) -> None:
        await self.session.exec(
            update(InboundRow)
            .where(col(InboundRow.id) == row_id, _pending())
            .values(
                status=InboundStatus.QUARANTINED.value,
                done_at=as_utc(now),
                claimed_by=None,
                claimed_until=None,
                last_error=reason[:200],
            )
        )

    async def release(self, instance: str) -> int:
        """Free the leases *instance* still holds: it starts again, so the turns it had in
        hand when it stopped are run anew."""
        return await release_leases(self.session, InboundRow, instance, InboundStatus.PENDING.value)

    async def get(self, row_id: int) -> InboundRow | None:
        return await self.session.get(InboundRow, row_id, populate_existing=True)

    async def pending_count(self) -> int:
        query = select(func.count()).where(col(InboundRow.status) == InboundStatus.PENDING.value)
        return int((await self.session.exec(query)).one())

    async def next_due(self) -> datetime | None:
        """When the earliest pending row may be tried (to sleep until then)."""
        query = select(func.min(InboundRow.next_attempt_at)).where(
            col(InboundRow.status) == InboundStatus.PENDING.value
        )
        found = (await self.session.exec(query)).one()
        return as_utc(found) if found is not None else None

    async def quarantined(self, limit: int = 100) -> list[Quarantined]:
        """The updates kept aside, newest first, without their content."""
        query = (
            select(InboundRow)
            .where(col(InboundRow.status) == InboundStatus.QUARANTINED.value)
            .order_by(col(InboundRow.id).desc())
            .limit(limit)
        )
        return [
            Quarantined(r.id or 0, r.channel, r.update_id, r.received_at, r.last_error or "")
            for r in (await self.session.exec(query)).all()
        ]

    async def purge(self, done_before: datetime, quarantined_before: datetime) -> int:
        """Forget done rows (kept a while for deduplication) and old quarantined ones."""
        result = await self.session.exec(
            delete(InboundRow).where(
                or_(
                    (col(InboundRow.status) == InboundStatus.DONE.value)
                    & (col(InboundRow.done_at) < as_utc(done_before)),
                    (col(InboundRow.status) == InboundStatus.QUARANTINED.value)
                    & (col(InboundRow.done_at) < as_utc(quarantined_before)),
                )
            )
        )
        return int(result.rowcount or 0)
