"""The conversation as an explicit transition table: state × input → step → next state.

An input is keyed by what it is: a command ("command:hours"), a button payload's prefix
("lang", "cp", "faq") or full id ("m:hours"), or the kind of message ("text", "sticker").
Lookup goes from specific to general, so every state has a fallback and no message is
left without an answer that offers the menu and a way to a person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from flows.appointments.booking import BookingRequest
from flows.conversation.handover import NOT_HANDED_OVER, HandoverChange, HandoverView
from flows.conversation.language_choice import FOREIGN, answer_language
from flows.knowledge.catalogue import ContactPoint
from flows.understanding import Understanding
from flows.vocabulary.events import Inbound, InboundKind, Reply


class State(StrEnum):
    new = "new"
    """Never talked to Uli (or /start again)."""
    choosing_language = "choosing_language"
    choosing_service = "choosing_service"
    menu = "menu"
    naming = "naming"
    """Asked for a name (a bare /name): the next message may be it."""


@dataclass(frozen=True, slots=True)
class Turn:
    """Everything a step needs to answer one input."""

    event: Inbound
    state: State
    lang: str
    language_confirmed: bool
    cp: ContactPoint | None
    now: dt.datetime
    key: str
    arg: str
    understood: Understanding | None = None
    """What the understanding made of a typed message (None for buttons, commands, media)."""
    handover: HandoverView = NOT_HANDED_OVER
    language_note: str | None = None
    """"switched": Uli just switched to the language the person wrote in; "foreign": they
    wrote in a language Uli recognises but does not speak."""


@dataclass(frozen=True, slots=True)
class Book:
    """Look up the free slots, book, move or cancel (flows/conversation/booking.py): its
    replies come from the booking's words once the database has answered."""

    request: BookingRequest


@dataclass(frozen=True, slots=True)
class ExportData:
    """Send the person what is stored about them as a file with `caption` (GDPR Art. 15)."""

    caption: Reply


@dataclass(frozen=True, slots=True)
class Forget:
    """Erase the person: contact, conversations, messages, notes, queued replies. The
    outcome's replies are the goodbye."""


@dataclass(frozen=True, slots=True)
class HandOver:
    change: HandoverChange
    urgent_reason: str | None = None
    """With `start`: a crisis kind; the conversation is urgent for the caseworkers."""


Effect = Book | ExportData | Forget | HandOver
"""What a turn does beyond its replies, carried out by the engine in one place after the
step (flows/conversation/engine.py); the steps themselves never read or write the database."""


@dataclass(slots=True)
class Outcome:
    replies: list[Reply]
    state: State | None = None
    language: str | None = None
    contact_point_id: str | None = None
    language_confirmed: bool = False
    display_name: str | None = None
    """A name the person gave (/name); "" removes it."""
    effects: tuple[Effect, ...] = ()

    def handover(self) -> HandoverChange | None:
        return next((e.change for e in self.effects if isinstance(e, HandOver)), None)


Step = Callable[[Turn], Outcome]

ANY = "*"


BUTTON_PREFIXES = frozenset({"lang", "cp", "faq", "ask", "h", "del", "nm", "bk"})
"""Button payloads are "prefix:argument" (or "m:topic"); see flows/menus.py."""
STALE = "stale"

RELAYED = frozenset({"text", "sticker", "photo", "voice", "video", "document", "location"})
"""While handed over, these go to the caseworkers instead of being answered by Uli."""


def route_key(key: str, understood: Understanding | None, handover: HandoverView) -> str:
    """The crisis check comes before everything; a handed-over conversation relays."""
    if understood is not None and understood.crisis is not None:
        return "crisis"
    if handover.active and key in RELAYED:
        return "relay"
    return key


def input_key(event: Inbound) -> tuple[str, str]:
    """(key, argument) of an input, e.g. ("command:start", "kim"), ("lang", "ar")."""
    if event.kind is InboundKind.command:
        name, _, arg = event.text.partition(" ")
        return f"command:{name.lower()}", arg.strip()
    if event.kind is InboundKind.button:
        if event.text.startswith("m:"):
            return event.text, ""
        prefix, _, arg = event.text.partition(":")
        # Only payloads Uli sends: an old or forged one must not reach "crisis" or "relay".
        return (prefix, arg) if prefix in BUTTON_PREFIXES else (STALE, "")
    return event.kind.value, ""


def begin_turn(
    event: Inbound,
    *,
    state: State,
    known_lang: str | None,
    language_confirmed: bool,
    cp: ContactPoint | None,
    now: dt.datetime,
    understood: Understanding | None,
    handover: HandoverView = NOT_HANDED_OVER,
) -> Turn:
    """The turn for one input, made the same way for the chat, the terminal and `uli ask`:
    the language to answer in, and the input's key (a crisis first; while handed over,
    messages are relayed)."""
    lang, note = answer_language(known_lang, language_confirmed, event.language_hint, understood)
    key, arg = input_key(event)
    return Turn(
        event=event,
        state=state,
        lang=lang,
        language_confirmed=language_confirmed,
        cp=cp,
        now=now,
        key=route_key(key, understood, handover),
        arg=arg,
        understood=understood,
        handover=handover,
        language_note=note,
    )


class Table:
    """Routes (state, input key) to a step; ANY stands for every state or every input."""

    def __init__(self, routes: dict[tuple[str, str], Step]) -> None:
        self._routes = routes

    def step_for(self, state: State, key: str) -> Step:
        general = "command:*" if key.startswith("command:") else ANY
        for candidate in ((state, key), (state, ANY), (ANY, key), (ANY, general), (ANY, ANY)):
            if candidate in self._routes:
                return self._routes[candidate]
        raise LookupError("the table has no (ANY, ANY) fallback")

    def run(self, turn: Turn) -> Outcome:
        return self.step_for(turn.state, turn.key)(turn)

    def answer(self, turn: Turn) -> Outcome:
        """`run`, except that a message in a language Uli does not speak is answered in
        German and English (with the note that an interpreter can be arranged)."""
        if turn.language_note != FOREIGN:
            return self.run(turn)
        german = self.run(replace(turn, lang="de"))
        english = self.run(replace(turn, lang="en"))
        english.replies = german.replies + english.replies
        english.language = None  # not "en": they did not choose it
        return english


def with_key(turn: Turn, key: str, arg: str = "") -> Turn:
    """The same turn as if another input had come; lets one step hand over to another."""
    return replace(turn, key=key, arg=arg)
