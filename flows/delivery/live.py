"""Live news of conversations, for consoles that are open right now.

The engine and the caseworkers' actions publish a `Change` after their transaction has
committed; each open console (an SSE stream) subscribes and re-reads what it shows. In one
process this is enough; a bounded queue per subscriber means a stalled browser can never
hold up the bot (it misses changes and re-reads on reconnect instead).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from storage import Conversation

_QUEUE_SIZE = 256


@dataclass(frozen=True, slots=True)
class Change:
    conversation_id: int
    contact_point_id: str | None
    what: str
    """"message" (a new message either way), "status" (handed over, claimed, closed...),
    "delivery" (a reply was sent or failed), "note", "appointment", "deleted"."""
    status: str | None = None
    """The conversation's status after the change, where the publisher knows it: an open
    inbox can then pass over messages of conversations only Uli has (status "bot")."""
    assignee_id: int | None = None

    @classmethod
    def of(cls, conversation: Conversation, what: str) -> Change:
        """`what` happened to `conversation` (which has an id), as it stands now."""
        return cls(
            conversation.id or 0,
            conversation.contact_point_id,
            what,
            conversation.status,
            conversation.assignee_id,
        )


class Live:
    def __init__(self) -> None:
        self._subscribers: set[asyncio.Queue[Change]] = set()

    def publish(self, change: Change) -> None:
        for queue in list(self._subscribers):
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(change)

    @contextlib.asynccontextmanager
    async def subscribe(self) -> AsyncIterator[asyncio.Queue[Change]]:
        """A queue of the changes from now on, for as long as the block runs."""
        queue: asyncio.Queue[Change] = asyncio.Queue(_QUEUE_SIZE)
        self._subscribers.add(queue)
        try:
            yield queue
        finally:
            self._subscribers.discard(queue)

    @property
    def subscribers(self) -> int:
        return len(self._subscribers)
