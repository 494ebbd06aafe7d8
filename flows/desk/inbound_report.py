"""What an admin (in the console) or the operator (`uli inbound`) may see of the inbound queue:
how many messages wait, and the updates kept aside (when, from where, why; never content)."""

from __future__ import annotations

from dataclasses import dataclass

from flows.desk.actor import Actor, Refused
from storage import Database, Quarantined


@dataclass(frozen=True, slots=True)
class InboundReport:
    waiting: int
    """Received messages whose turn has not run yet."""
    kept_aside: list[Quarantined]
    """Updates no adapter could read, newest first: when, from where, why; no content."""


class InboundReports:
    """What an admin (in the console) or the operator (`uli inbound`) may see of the queue."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def read(self, actor: Actor | None = None, limit: int = 50) -> InboundReport:
        """`actor` None: the operator at the server's command line."""
        if actor is not None and not actor.is_admin:
            raise Refused("admin-only", "only admins see the inbound queue")
        async with self.database.session() as repo:
            waiting = await repo.inbound.pending_count()
            kept = await repo.inbound.quarantined(limit=limit)
        return InboundReport(waiting, kept)
