"""Whatever arrives, the young person gets an answer and nothing they sent is lost.

Hypothesis sends arbitrary sequences of inbound events (any Unicode, control and bidi
characters, up to 5,000 characters; garbage and over-long button payloads; commands with odd
arguments; every kind of message; random language hints), starting from random stored states
(conversation state, language, contact point, handover status), and taps real buttons of the
previous answer too, so that it walks into the deeper states of the conversation.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func
from sqlmodel import col, select

from flows.conversation.engine import Engine
from flows.conversation.table import State
from flows.delivery.channel import Delivery, DeliveryStatus
from flows.delivery.outbox import OutboxSender
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.events import Inbound, InboundKind, Reply
from flows.vocabulary.languages import SUPPORTED_LANGUAGES
from flows.vocabulary.texts import Texts
from storage import (
    Conversation,
    ConversationStatus,
    Database,
    Message,
    OutboxMessage,
    Sender,
)

NOW = dt.datetime(2026, 11, 30, 13, 30, tzinfo=dt.UTC)  # a Monday, during drop-in hours
CHANNEL = "fuzz"
_addresses = itertools.count(1)

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
odd_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), max_size=80),
    st.text(alphabet=st.sampled_from(BIDI + "\x00\t\n\r\x1b\x7f\u200b\ufeff"), max_size=40),
    st.text(alphabet=st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), max_size=30),
    st.sampled_from(["", " ", "\n", "/", "0", "1", "99", "ja", "نعم", "да", "help!!!", "🆘"]),
    # Long ones are rarer: understanding 5,000 characters takes most of a second.
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=5000),
)
COMMANDS = ["start", "help", "menu", "hours", "language", "privacy", "mydata", "delete", "stop"]
command_text = st.builds(
    lambda name, arg: f"{name} {arg}".strip(),
    st.one_of(st.sampled_from(COMMANDS), st.text(min_size=1, max_size=40)),
    st.one_of(st.just(""), st.sampled_from(["kim", "x" * 300, "../..", "cp:kim"]), odd_text),
)
PREFIXES = ["lang", "cp", "m", "faq", "ask", "crisis", "relay", "h", "m:person", "m:menu"]
garbage_payload = st.one_of(
    st.text(max_size=200),
    st.builds("{}:{}".format, st.sampled_from(PREFIXES), st.text(max_size=100)),
)
language_hint = st.one_of(
    st.none(),
    st.sampled_from(["de", "en", "ar", "fa", "ru", "uk", "tr", "ro", "pt-br", "zh-hans", ""]),
    st.text(max_size=20),
)


@dataclass(frozen=True)
class Event:
    kind: InboundKind
    text: str | None  # None: tap a button of the previous answer (button number `tap`)
    tap: int = 0


events = st.lists(
    st.one_of(
        st.builds(Event, st.just(InboundKind.text), odd_text),
        st.builds(Event, st.just(InboundKind.command), command_text),
        st.builds(Event, st.just(InboundKind.button), garbage_payload),
        st.builds(Event, st.just(InboundKind.button), st.none(), st.integers(0, 40)),
        st.builds(Event, st.sampled_from(list(InboundKind)), odd_text),
    ),
    min_size=1,
    max_size=6,
)


@dataclass(frozen=True)
class Start:
    state: State | None  # None: never talked to Uli
    language: str | None
    contact_point: str | None
    status: ConversationStatus


starts = st.builds(
    Start,
    st.one_of(st.none(), st.sampled_from(list(State))),
    st.one_of(st.none(), st.sampled_from(SUPPORTED_LANGUAGES)),
    st.sampled_from([None, "kim", "teilhabe", "pace", "justiq", "jobpoint", "no-such-service"]),
    st.sampled_from(list(ConversationStatus)),
)


async def _never_delivered(address: str, reply: Reply) -> Delivery:
    return Delivery(DeliveryStatus.temporary)  # replies stay queued, so they can be counted


@pytest.fixture
def fuzz_engine(database: Database, catalogue: Catalogue, texts: Texts) -> Engine:
    outbox = OutboxSender(database, {CHANNEL: _never_delivered}, clock=lambda: NOW)
    return Engine(catalogue, texts, database, clock=lambda: NOW, outbox=outbox)


async def _prepare(database: Database, address: str, start: Start) -> None:
    if start.state is None:
        return
    async with database.session() as repo:
        contact = await repo.touch_contact(CHANNEL, address, NOW)
        contact.state = start.state.value
        contact.language = start.language
        contact.language_confirmed = start.language is not None
        contact.contact_point_id = start.contact_point
        await repo.save(contact)
        conversation = await repo.open_conversation(contact, NOW)
        conversation.status = start.status.value
        await repo.save(conversation)


async def _handed_over(database: Database, address: str) -> bool:
    """Whether caseworkers have the person's open conversation: then they answer, not Uli."""
    async with database.session() as repo:
        contact = await repo.contact_by_address(CHANNEL, address)
        if contact is None:
            return False
        statuses = select(col(Conversation.status)).where(
            col(Conversation.contact_id) == contact.id
        )
        handed = {ConversationStatus.WAITING.value, ConversationStatus.ASSIGNED.value}
        return bool(set((await repo.session.exec(statuses)).all()) & handed)


async def _counts(database: Database, address: str) -> tuple[int, int]:
    """(messages from the person, queued replies to them) stored so far."""
    async with database.session() as repo:
        contact = await repo.contact_by_address(CHANNEL, address)
        if contact is None:
            return 0, 0
        inbound = (
            select(func.count())
            .select_from(Message)
            .join(Conversation, col(Conversation.id) == col(Message.conversation_id))
            .where(
                col(Conversation.contact_id) == contact.id,
                col(Message.sender) == Sender.YOUNG_PERSON.value,
            )
        )
        queued = (
            select(func.count())
            .select_from(OutboxMessage)
            .where(col(OutboxMessage.contact_id) == contact.id)
        )
        return int((await repo.session.exec(inbound)).one()), int(
            (await repo.session.exec(queued)).one()
        )


AT_MENU = Start(State.menu, "de", "teilhabe", ConversationStatus.BOT)
# Route keys the engine uses inside (see flows/conversation.py), sent as button payloads: an
# old or tampered client can send any callback data.
FORGED = ["relay", "crisis:suicide", "text", "sticker:x", "ask:nonsense", "h:end", "lang:"]


@example(start=AT_MENU, sequence=[Event(InboundKind.button, p) for p in FORGED], hint=None)
@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,  # the same examples on every run: a failure is never a fluke
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(start=starts, sequence=events, hint=language_hint)
async def test_every_inbound_event_is_stored_and_answered(
    fuzz_engine: Engine,
    caplog: pytest.LogCaptureFixture,
    start: Start,
    sequence: list[Event],
    hint: str | None,
) -> None:
    address = f"fuzz-{next(_addresses)}"
    await _prepare(fuzz_engine.database, address, start)
    caplog.clear()
    previous: list[Reply] = []
    for event in sequence:
        text = event.text
        if text is None:  # tap a real button of the previous answer, or garbage if none
            buttons = [b.payload for reply in previous for row in reply.buttons for b in row]
            text = buttons[event.tap % len(buttons)] if buttons else "m:menu"
        before = await _counts(fuzz_engine.database, address)
        relayed = await _handed_over(fuzz_engine.database, address)
        with caplog.at_level(logging.ERROR):
            replies = await fuzz_engine.handle(
                Inbound(CHANNEL, address, event.kind, NOW, text, hint)
            )
        inbound, queued = await _counts(fuzz_engine.database, address)
        assert inbound == before[0] + 1, "the message was not stored"
        assert replies or relayed, "no answer"
        assert all(reply.text.strip() for reply in replies), "an empty message cannot be sent"
        assert queued == before[1] + len(replies), "a reply was not queued"
        # The engine answers "sorry" when a step fails; the fuzz wants no failing step at all.
        assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
        previous = replies
