"""One unit of work at a time, across every process on the database, for work that reads and
then writes a shared count (claiming outbox and inbound rows, counting login attempts).

On PostgreSQL a transaction-scoped advisory lock: two transactions do not see each other's new
rows, so they must not interleave. On SQLite the write lock that every unit of work takes at
its start (BEGIN IMMEDIATE, storage/engine.py) already does it.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from sqlalchemy import text, update
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession


class Lock(IntEnum):
    """pg_advisory_xact_lock keys, one per kind of work (their ASCII spells a name)."""

    OUTBOX_CLAIM = 0x756C69  # "uli"
    INBOUND_CLAIM = 0x756C696E  # "ulin"
    LOGIN_ATTEMPTS = 0x756C696C  # "ulil"


async def one_at_a_time(session: AsyncSession, lock: Lock) -> None:
    """Until this unit of work ends, no other one holding `lock` runs."""
    connection = await session.connection()
    if connection.dialect.name == "postgresql":
        await connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": int(lock)})


async def release_leases(session: AsyncSession, rows: Any, instance: str, pending: str) -> int:
    """Free the leases `instance` still holds on the `pending` rows of the table `rows` (inbound
    or outbox): it is starting again, so what it had in hand is to be done anew. How many."""
    result = await session.exec(
        update(rows)
        .where(col(rows.claimed_by) == instance, col(rows.status) == pending)
        .values(claimed_by=None, claimed_until=None)
    )
    return int(result.rowcount or 0)
