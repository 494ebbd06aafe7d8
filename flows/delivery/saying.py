"""The one way to say something to a young person: Uli's replies, a caseworker's, the
appointment desk's, scheduled messages, and every later sender.

`Voice.say` writes the message into the conversation and, in the same unit of work, queues it
in the outbox when the contact's channel has one (persist, then send); a channel without an
outbox (the terminal, `uli ask`) gets the reply back to show it. Once the unit of work has
committed, and only then, the sender is woken and open consoles hear of the change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass

from flows.delivery.channel import encode_reply
from flows.delivery.live import Change, Live
from flows.delivery.outbox import OutboxSender
from flows.vocabulary.events import Reply
from storage import (
    Contact,
    Conversation,
    Direction,
    Message,
    MessageKind,
    OutboxMessage,
    Repository,
    Sender,
)


@dataclass(frozen=True, slots=True)
class Said:
    message: Message
    queued: OutboxMessage | None
    """The outbox row, or None where the channel has no outbox and the caller shows it."""


class Voice:
    def __init__(
        self,
        channels: Collection[str] | None = (),
        live: Live | None = None,
        wake: Callable[[], None] | None = None,
    ) -> None:
        self.channels = None if channels is None else frozenset(channels)
        """The channels the outbox serves (None: all, sent by another process); `wake` wakes
        its sender."""
        self.live = live or Live()
        self.wake = wake

    @classmethod
    def of(
        cls, outbox: OutboxSender | None, live: Live | None = None, *, elsewhere: bool = False
    ) -> Voice:
        """The voice of an outbox's channels. Without one, every reply is shown by the caller
        (the terminal), or, `elsewhere`, queued for the sender of another process."""
        if outbox is None:
            return cls(None if elsewhere else (), live)
        return cls(outbox.channels, live or outbox.live, outbox.wake.set)

    def queues(self, channel: str) -> bool:
        return self.channels is None or channel in self.channels

    async def say(
        self,
        repo: Repository,
        contact: Contact,
        conversation: Conversation,
        reply: Reply,
        now: dt.datetime,
        *,
        caseworker_id: int | None = None,
        change: str | None = "message",
    ) -> Said:
        """`reply` from Uli (or, with `caseworker_id`, from that caseworker) as a message in
        `conversation`, queued for its channel; open consoles hear `change` after the commit
        (None: the caller tells them itself)."""
        message = await repo.add_message(
            conversation,
            direction=Direction.OUT,
            sender=Sender.ULI if caseworker_id is None else Sender.CASEWORKER,
            kind=MessageKind.TEXT,
            # A document's name, not the document: the data export would copy every message.
            text=f"{reply.text}\n[{reply.document.filename}]" if reply.document else reply.text,
            now=now,
        )
        if caseworker_id is not None:
            message.caseworker_id = caseworker_id
            await repo.save(message)
            # A person answered: Uli's "got it" would be noise for a while (handover.QUIET).
            conversation.heard_at = now
            await repo.save(conversation)
        queued = None
        if self.queues(contact.channel):
            text, buttons = encode_reply(reply)
            queued = await repo.outbox.enqueue(
                contact, text=text, buttons=buttons, now=now, message_id=message.id
            )
            if self.wake is not None:
                repo.after_commit("wake outbox", self.wake)
        if change is not None:
            self.tell_consoles(repo, conversation, change)
        return Said(message, queued)

    def tell_consoles(self, repo: Repository, conversation: Conversation, change: str) -> None:
        """Open consoles re-read `conversation` once the unit of work has committed; one
        change per conversation and unit of work (the last one named wins)."""
        if conversation.id is None:
            return
        # Built now, with the status as it is at the end of the unit of work's last call.
        news = Change.of(conversation, change)
        repo.after_commit(("live", conversation.id), lambda: self.live.publish(news))
