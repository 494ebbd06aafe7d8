"""The conversation as an explicit transition table: state × input → step → next state.

An input is keyed by what it is: a command ("command:hours"), a button payload's prefix
("lang", "cp", "faq") or full id ("m:hours"), or the kind of message ("text", "sticker").
Lookup goes from specific to general, so every state has a fallback and no message is
left without an answer that offers the menu and a way to a person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from flows.catalogue import ContactPoint
from flows.events import Inbound, InboundKind, Reply


class State(StrEnum):
    new = "new"
    """Never talked to Uli (or /start again)."""
    choosing_language = "choosing_language"
    choosing_service = "choosing_service"
    menu = "menu"


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


@dataclass(slots=True)
class Outcome:
    replies: list[Reply]
    state: State | None = None
    language: str | None = None
    contact_point_id: str | None = None
    language_confirmed: bool = False
    extra: dict[str, str] = field(default_factory=dict)


Step = Callable[[Turn], Outcome]

ANY = "*"


def input_key(event: Inbound) -> tuple[str, str]:
    """(key, argument) of an input, e.g. ("command:start", "kim"), ("lang", "ar")."""
    if event.kind is InboundKind.command:
        name, _, arg = event.text.partition(" ")
        return f"command:{name.lower()}", arg.strip()
    if event.kind is InboundKind.button:
        if event.text.startswith("m:"):
            return event.text, ""
        prefix, _, arg = event.text.partition(":")
        return prefix, arg
    return event.kind.value, ""


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


def with_key(turn: Turn, key: str, arg: str = "") -> Turn:
    """The same turn as if another input had come; lets one step hand over to another."""
    return replace(turn, key=key, arg=arg)
