"""The conversation core's entry point: one inbound event in, replies out.

The inbound message is stored in its own transaction before anything else happens, so a
failure while answering never loses what the young person wrote; the answer and the new
conversation state are then stored together.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from flows.catalogue import Catalogue
from flows.conversation import Outcome, State, Turn, input_key
from flows.delivery import encode_buttons
from flows.events import Inbound, Reply
from flows.languages import pick_language
from flows.live import Change, Live
from flows.outbox import OutboxSender
from flows.steps import Steps
from flows.texts import Texts, directed
from storage import Conversation, Database, Direction, Sender

log = logging.getLogger(__name__)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Engine:
    def __init__(
        self,
        catalogue: Catalogue,
        texts: Texts,
        database: Database,
        clock: Callable[[], dt.datetime] = utc_now,
        outbox: OutboxSender | None = None,
        live: Live | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.texts = texts
        self.database = database
        self.clock = clock
        self.outbox = outbox
        self.live = live or Live()
        self.steps = Steps(catalogue, texts)
        self.table = self.steps.table()

    async def handle(self, event: Inbound) -> list[Reply]:
        """Store the event, run the conversation one step, store and return the replies.

        On a channel the outbox serves, the replies are queued in the same transaction that
        stores them, and the outbox sends them; other channels (the terminal) show them.
        """
        async with self.database.session() as repo:
            contact = await repo.touch_contact(event.channel, event.address, event.at)
            contact.unreachable = False  # whoever writes to us can be written to again
            await repo.save(contact)
            conversation = await repo.open_conversation(contact, event.at)
            await repo.add_message(
                conversation,
                direction=Direction.IN,
                sender=Sender.YOUNG_PERSON,
                kind=event.kind.value,
                text=event.text,
                now=event.at,
            )
        now = self.clock()
        lang = contact.language or pick_language(event.language_hint)
        try:
            key, arg = input_key(event)
            turn = Turn(
                event=event,
                state=State(contact.state),
                lang=lang,
                language_confirmed=contact.language_confirmed,
                cp=self.catalogue.contact_point(contact.contact_point_id or ""),
                now=now,
                key=key,
                arg=arg,
            )
            outcome = self.table.run(turn)
        except Exception:
            # Never leave the young person without an answer, whatever went wrong.
            log.exception("step failed for %s event", event.kind.value)
            outcome = Outcome([Reply(text=directed(self.texts(lang, "error-sorry"), lang))])
        conversation = await self._store(event, outcome, lang, now)
        if conversation.id is not None:
            self.live.publish(Change(conversation.id, conversation.contact_point_id, "message"))
        if self.outbox is not None and event.channel in self.outbox.channels:
            self.outbox.wake.set()
        return outcome.replies

    async def _store(
        self, event: Inbound, outcome: Outcome, lang: str, now: dt.datetime
    ) -> Conversation:
        queued = self.outbox is not None and event.channel in self.outbox.channels
        async with self.database.session() as repo:
            contact = await repo.touch_contact(event.channel, event.address, now)
            if outcome.state is not None:
                contact.state = outcome.state.value
            if outcome.language is not None:
                contact.language = outcome.language
                contact.language_confirmed = outcome.language_confirmed
            elif contact.language is None:
                contact.language = lang
            if outcome.contact_point_id is not None:
                contact.contact_point_id = outcome.contact_point_id
            await repo.save(contact)
            conversation = await repo.open_conversation(contact, now)
            for reply in outcome.replies:
                message = await repo.add_message(
                    conversation,
                    direction=Direction.OUT,
                    sender=Sender.ULI,
                    kind="text",
                    text=reply.text,
                    now=now,
                )
                if queued:
                    await repo.outbox.enqueue(
                        contact,
                        text=reply.text,
                        buttons=encode_buttons(reply),
                        now=now,
                        message_id=message.id,
                    )
        return conversation
