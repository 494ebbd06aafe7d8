"""The conversation core's entry point: one inbound event in, replies out.

What the young person wrote, the answer, the new conversation state and (with a receipt)
"this inbound row is done" are stored together in one transaction: a turn is stored whole or
not at all, and the inbound queue runs one that was not stored again (flows/inbound.py). A step
that fails is answered with the menu and a person, and what was written is stored all the same.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from functools import partial
from zoneinfo import ZoneInfo

from flows.appointments.booking import BookingView
from flows.conversation.booking import BookingWork
from flows.conversation.handover import NOT_HANDED_OVER, HandoverChange, HandoverView
from flows.conversation.intent_answers import understander_for
from flows.conversation.my_data import FILENAME, export_text
from flows.conversation.steps import Steps
from flows.conversation.table import (
    Book,
    Effect,
    ExportData,
    Forget,
    HandOver,
    Outcome,
    State,
    Turn,
    begin_turn,
)
from flows.delivery.inbound import settled
from flows.delivery.live import Change, Live
from flows.delivery.outbox import OutboxSender
from flows.delivery.retention import RetentionPolicy
from flows.delivery.saying import Voice
from flows.desk import access_log
from flows.knowledge.catalogue import Catalogue, ContactPoint
from flows.understanding import Understander, Understanding
from flows.vocabulary.events import Button, Document, Inbound, InboundKind, Reply
from flows.vocabulary.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from flows.vocabulary.texts import Texts, directed
from storage import (
    AccessAction,
    Contact,
    Conversation,
    ConversationStatus,
    Database,
    Direction,
    Repository,
    Sender,
    utc_now,
)

log = logging.getLogger(__name__)

UNDERSTANDING_THREADS = min(4, os.cpu_count() or 1)
"""Threads for the CPU work of turns: the embedding and the matrix products leave Python's
lock while they compute, so turns of several people overlap on several cores."""

ACTIVE_HANDOVER = frozenset({ConversationStatus.WAITING.value, ConversationStatus.ASSIGNED.value})


def _without_nul(event: Inbound) -> Inbound:
    """PostgreSQL refuses U+0000 in text, and no person means one: drop it wherever a channel
    lets it through."""
    if not any("\x00" in (v or "") for v in (event.text, event.language_hint, event.media_ref)):
        return event

    def clean(value: str | None) -> str | None:
        return value.replace("\x00", "") if value and "\x00" in value else value

    return replace(
        event,
        text=clean(event.text) or "",
        language_hint=clean(event.language_hint),
        media_ref=clean(event.media_ref),
    )


class Engine:
    def __init__(
        self,
        catalogue: Catalogue,
        texts: Texts,
        database: Database,
        clock: Callable[[], dt.datetime] = utc_now,
        outbox: OutboxSender | None = None,
        live: Live | None = None,
        understander: Understander | None = None,
        retention: RetentionPolicy | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.texts = texts
        self.database = database
        self.clock = clock
        self.outbox = outbox
        self.live = live or Live()
        self.understander = understander or understander_for(catalogue)
        self.steps = Steps(catalogue, texts, retention)
        self.table = self.steps.table()
        self.booking_view = BookingView(texts)
        self.understanding_pool = ThreadPoolExecutor(
            max_workers=UNDERSTANDING_THREADS, thread_name_prefix="understanding"
        )

    @property
    def voice(self) -> Voice:
        """The one way to say something (flows/delivery/saying.py), for this outbox."""
        return Voice.of(self.outbox, self.live)

    async def handle(self, event: Inbound) -> list[Reply]:
        """Run the conversation one step for `event`; store it, its outcome and its replies in
        one unit of work, and return the replies.

        Reading the state and writing the outcome are two short units of work with the
        understanding in between, computed off the event loop and holding no lock: a turn of
        the same person must not run meanwhile (the inbound worker sees to that). With a
        `receipt`, the inbound row is marked done in the unit of work that stores the outcome.
        On a channel the outbox serves, the replies are queued in that same unit of work, and
        the outbox sends them; other channels (the terminal) show them.
        """
        event = _without_nul(event)
        # Only read here: the turn's own unit of work (_store) creates and updates the rows.
        async with self.database.session() as repo:
            contact = await repo.contact_by_address(event.channel, event.address)
            conversation = await repo.current_conversation(contact) if contact else None
        if contact is None:  # the first message of someone new: a contact as it will begin
            contact = Contact(
                channel=event.channel,
                external_id=event.address,
                pseudonym="",
                first_seen_at=event.at,
                last_seen_at=event.at,
            )
        now = self.clock()
        cp = self.catalogue.contact_point(contact.contact_point_id or "")
        lang = contact.language or event.language_hint or DEFAULT_LANGUAGE
        handover = (
            HandoverView(
                active=conversation.status in ACTIVE_HANDOVER,
                urgent=conversation.urgent,
                since=conversation.waiting_since,
                heard_at=conversation.heard_at,
            )
            if conversation is not None
            else NOT_HANDED_OVER
        )
        turn: Turn | None = None
        try:
            understood = await self._understand(event, contact.language, cp, now)
            turn = begin_turn(
                event,
                state=State(contact.state),
                known_lang=contact.language,
                language_confirmed=contact.language_confirmed,
                cp=cp,
                now=now,
                understood=understood,
                handover=handover,
            )
            lang = turn.lang
            outcome = self._run(turn)
        except Exception:
            # Never leave the young person without an answer, whatever went wrong: what
            # they wrote is stored, and the menu and a person are one tap away.
            log.exception("step failed for %s event", event.kind.value)
            outcome = Outcome([self._sorry(lang)])
        if any(isinstance(effect, Forget) for effect in outcome.effects):
            return await self._forget(event, outcome)
        return await self._store(event, outcome, lang, now, turn)

    def _sorry(self, lang: str) -> Reply:
        if lang not in SUPPORTED_LANGUAGES:
            lang = DEFAULT_LANGUAGE
        buttons = (
            (Button(self.texts(lang, "button-menu"), "m:menu"),),
            (Button(self.texts(lang, "button-person"), "m:person"),),
        )
        return Reply(text=directed(self.texts(lang, "error-sorry"), lang), buttons=buttons)

    def _zone(self, cp_id: str | None) -> ZoneInfo:
        cp = self.catalogue.contact_point(cp_id or "")
        return cp.zone if cp else self.catalogue.contact_points[0].zone

    async def _forget(self, event: Inbound, outcome: Outcome) -> list[Reply]:
        """Erase the person, then say so. The goodbye cannot wait in the outbox (its rows go
        with the person), so it is sent once, directly."""
        async with self.database.session() as repo:
            contact = await repo.contact_by_address(event.channel, event.address)
            gone = []
            if contact is not None:
                conversations = await repo.conversations_of(contact)
                gone = [(c.id, c.contact_point_id) for c in conversations]
                for seen in (c for c in conversations if c.status != ConversationStatus.BOT):
                    # The team keeps only this: that it was deleted, and when; no content.
                    await access_log.note(
                        repo,
                        AccessAction.DELETE_REQUEST,
                        self.clock(),
                        conversation_id=seen.id,
                        contact_point_id=seen.contact_point_id,
                        detail="at the young person's request",
                    )
                await repo.delete_contact(contact)
            if event.receipt is not None:
                await repo.inbound.done(event.receipt, self.clock())
        if event.receipt is not None:
            settled(event.receipt)
        # SQLite keeps the deleted rows in its write-ahead log until a checkpoint.
        await self.database.checkpoint()
        for conversation_id, cp_id in gone:
            if conversation_id is not None:
                self.live.publish(Change(conversation_id, cp_id, "deleted"))
        if self.outbox is not None and self.voice.queues(event.channel):
            send = self.outbox.senders[event.channel]
            for reply in outcome.replies:
                try:
                    await send(event.address, reply)
                except Exception:
                    log.warning("could not confirm a deletion on %s", event.channel)
        return outcome.replies

    async def _understand(
        self, event: Inbound, known: str | None, cp: ContactPoint | None, now: dt.datetime
    ) -> Understanding | None:
        # A caption or an edited text is read too: a crisis must be caught wherever it is
        # written (route_key then answers it as a crisis; otherwise the kind decides).
        if event.kind in (InboundKind.command, InboundKind.button) or not event.text.strip():
            return None
        zone = cp.zone if cp else self.catalogue.contact_points[0].zone
        today = now.astimezone(zone).date()
        # CPU work: in the understanding's threads, so the event loop keeps answering others.
        understand = partial(self.understander.understand, known_lang=known, today=today)
        return await asyncio.get_running_loop().run_in_executor(
            self.understanding_pool, understand, event.text
        )

    def _run(self, turn: Turn) -> Outcome:
        return self.table.answer(turn)

    async def _store(
        self,
        event: Inbound,
        outcome: Outcome,
        lang: str,
        now: dt.datetime,
        turn: Turn | None,
    ) -> list[Reply]:
        """The turn's unit of work: the message, the contact's new state, the effects, the
        replies (said and queued), "this inbound row is done"; returns the replies."""
        async with self.database.session() as repo:
            contact = await repo.touch_contact(event.channel, event.address, now)
            contact.unreachable = False  # whoever writes to us can be written to again
            conversation = await repo.open_conversation(contact, event.at)
            await repo.add_message(
                conversation,
                direction=Direction.IN,
                sender=Sender.YOUNG_PERSON,
                kind=event.kind.value,
                text=event.text,
                now=event.at,
                media_ref=event.media_ref,
            )
            if outcome.state is not None:
                contact.state = outcome.state.value
            if outcome.language is not None:
                contact.language = outcome.language
                contact.language_confirmed = outcome.language_confirmed
            elif contact.language is None:
                contact.language = lang
            if outcome.contact_point_id is not None:
                contact.contact_point_id = outcome.contact_point_id
            if outcome.display_name is not None:
                contact.display_name = outcome.display_name or None
            await repo.save(contact)
            conversation = await repo.open_conversation(contact, now)
            replies = list(outcome.replies)
            if turn is not None and outcome.effects:
                # The effects work for the service and language the step has just set (a kept
                # question answered when the service is chosen may start a booking there).
                chosen = self.catalogue.contact_point(contact.contact_point_id or "")
                turn = replace(turn, cp=chosen or turn.cp, lang=outcome.language or turn.lang)
            for effect in outcome.effects:
                replies += await self._carry_out(
                    effect, repo, contact, conversation, turn, lang, now
                )
            for reply in replies:
                await self.voice.say(repo, contact, conversation, reply, now)
            for effect in outcome.effects:
                if isinstance(effect, HandOver):
                    await self._hand_over(effect, repo, conversation, now)
            changed = outcome.handover() in (HandoverChange.start, HandoverChange.end)
            self.voice.tell_consoles(repo, conversation, "status" if changed else "message")
            if event.receipt is not None:
                await repo.inbound.done(event.receipt, now)
        if event.receipt is not None:
            settled(event.receipt)
        return replies

    async def _carry_out(
        self,
        effect: Effect,
        repo: Repository,
        contact: Contact,
        conversation: Conversation,
        turn: Turn | None,
        lang: str,
        now: dt.datetime,
    ) -> list[Reply]:
        """An effect's database work, in the turn's unit of work; the replies it makes."""
        if isinstance(effect, Book) and turn is not None:
            return await self._book(repo, contact, conversation, turn, effect)
        if isinstance(effect, ExportData):
            zone = self._zone(contact.contact_point_id)
            content = await export_text(repo, contact, self.texts, lang, now, zone, self.catalogue)
            # Who took what out of Uli, when: here the young person, their own data.
            await access_log.note(
                repo, AccessAction.EXPORT, now, conversation_id=conversation.id,
                contact_point_id=conversation.contact_point_id,
                detail="the young person's own data (/mydata)",
            )  # fmt: skip
            return [replace(effect.caption, document=Document(FILENAME, content))]
        return []

    async def _hand_over(
        self, effect: HandOver, repo: Repository, conversation: Conversation, now: dt.datetime
    ) -> None:
        """After the replies are written: into the caseworkers' inbox, out of it, or the
        acknowledgement remembered."""
        if effect.change is HandoverChange.start:
            await repo.start_handover(conversation, now, urgent_reason=effect.urgent_reason)
        elif effect.change is HandoverChange.end:
            await repo.close_conversation(conversation, now)
        elif effect.change is HandoverChange.acknowledged:
            conversation.heard_at = now
            await repo.save(conversation)

    async def _book(
        self,
        repo: Repository,
        contact: Contact,
        conversation: Conversation,
        turn: Turn,
        effect: Book,
    ) -> list[Reply]:
        """The booking step's database work, in the turn's unit of work; a failure undoes
        only the booking (a savepoint) and answers with the menu and a person."""
        try:
            async with repo.session.begin_nested():
                work = BookingWork(self.booking_view, repo, contact.id or 0, self.catalogue)
                return await work.carry_out(turn, effect.request, conversation.id)
        except Exception:
            log.exception("booking step failed")
            return [self._sorry(turn.lang)]
