"""How long Uli keeps a conversation: the retention policy and the job that applies it.

Young people write about their family, their residence status, their health; what is not
needed any more must go (GDPR Art. 5(1)(e), storage limitation). A conversation without any
activity for `days` is deleted with its messages, notes and queued replies; one that never
reached a caseworker (still with Uli, no caseworker message) already after
`unanswered_days`. A person with no conversation left is deleted too, pseudonym and all.
Nothing of a person goes while they have a booked appointment still to come.
The inbound queue keeps a handled update (without its content) for `DEDUPLICATION_DAYS`, to
recognise it if the channel delivers it again, and an update kept aside as unreadable for
`unanswered_days`.
The periods are stated in the privacy note, so they come from the settings, not from here.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from flows.delivery.live import Change, Live
from storage import Database, utc_now
from storage.retention import Cutoffs, Purged, purge_expired

log = logging.getLogger(__name__)

DEDUPLICATION_DAYS = 2
"""Telegram keeps an unconfirmed update for at most 24 hours; twice that is plenty."""


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    days: int = 90
    """Any conversation without activity for this many days is deleted."""
    unanswered_days: int = 30
    """A conversation that never reached a caseworker is deleted after this many days."""

    def __post_init__(self) -> None:
        if not 1 <= self.unanswered_days <= self.days:
            raise ValueError(
                f"retention: need 1 <= unanswered_days ({self.unanswered_days}) "
                f"<= days ({self.days})"
            )

    def cutoffs(self, now: dt.datetime) -> Cutoffs:
        return Cutoffs(
            idle_before=now - dt.timedelta(days=self.days),
            unanswered_before=now - dt.timedelta(days=self.unanswered_days),
            now=now,
        )


@dataclass(frozen=True, slots=True)
class RetentionResult:
    conversations: int
    contacts: int


class Retention:
    """Deletes what the policy says has expired; run it on a schedule (bot/scheduler.py)."""

    def __init__(
        self,
        database: Database,
        policy: RetentionPolicy,
        clock: Callable[[], dt.datetime] = utc_now,
        live: Live | None = None,
        batch: int = 200,
    ) -> None:
        self.database = database
        self.policy = policy
        self.clock = clock
        self.live = live
        self.batch = batch

    async def run_once(self) -> RetentionResult:
        """Delete everything expired now, a batch of contacts per transaction (short locks)."""
        cutoffs = self.policy.cutoffs(self.clock())
        conversations = contacts = 0
        while True:
            async with self.database.session() as repo:
                purged = await purge_expired(repo.session, cutoffs, limit=self.batch)
            self._announce(purged)
            conversations += len(purged.conversations)
            contacts += purged.contacts
            if not purged.more:
                break
        now = self.clock()
        async with self.database.session() as repo:
            await repo.inbound.purge(
                done_before=now - dt.timedelta(days=DEDUPLICATION_DAYS),
                quarantined_before=now - dt.timedelta(days=self.policy.unanswered_days),
            )
        if conversations or contacts:
            # SQLite keeps deleted rows in its write-ahead log until a checkpoint.
            await self.database.checkpoint()
            # Counts only: what was deleted must not live on in the logs.
            log.info(
                "retention: deleted %d conversation(s) and %d contact(s)", conversations, contacts
            )
        return RetentionResult(conversations, contacts)

    def _announce(self, purged: Purged) -> None:
        # Open consoles re-read and drop the deleted conversations at once.
        if self.live is not None:
            for conversation_id, contact_point_id in purged.conversations:
                self.live.publish(Change(conversation_id, contact_point_id, "deleted"))
