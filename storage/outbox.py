"""The outbox: every message to a young person is a row before it is sent.

A sender loop delivers the rows; a platform error delays a row (throttled, server error,
timeout) instead of losing it, and a restart picks up whatever is still pending. Rows of one
address go out strictly in order: only the oldest pending row of an address is ever due.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Text, func
from sqlmodel import Field, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.crypto import EncryptedText
from storage.models import Base, Contact
from storage.utc import UTCDateTime


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
    message_id: int | None = Field(default=None, foreign_key="message.id", ondelete="SET NULL")


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
        pending = col(OutboxMessage.status) == OutboxStatus.PENDING.value
        heads = (
            select(func.min(OutboxMessage.id))
            .where(pending, col(OutboxMessage.channel).in_(channels))
            .group_by(col(OutboxMessage.channel), col(OutboxMessage.address))
        )
        query = (
            select(OutboxMessage)
            .where(col(OutboxMessage.id).in_(heads), col(OutboxMessage.next_attempt_at) <= now)
            .order_by(col(OutboxMessage.next_attempt_at), col(OutboxMessage.id))
            .limit(limit)
        )
        return list((await self.session.exec(query)).all())

    async def get(self, row_id: int) -> OutboxMessage | None:
        return await self.session.get(OutboxMessage, row_id)

    async def pending_count(self) -> int:
        query = select(func.count()).where(col(OutboxMessage.status) == OutboxStatus.PENDING.value)
        return int((await self.session.exec(query)).one())
