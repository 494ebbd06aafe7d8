"""One message through the same understanding and steps as a chat, without a messenger or a
database: for `uli ask`, evaluation and trying out a contact-point file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from flows.conversation.handover import HandoverChange
from flows.conversation.intent_answers import understander_for
from flows.conversation.language_choice import FOREIGN
from flows.conversation.menus import running_contact_points
from flows.conversation.steps import Steps
from flows.conversation.table import State, begin_turn
from flows.knowledge.catalogue import Catalogue, ContactPoint
from flows.understanding import Understander
from flows.vocabulary.events import Inbound, InboundKind
from flows.vocabulary.texts import Texts, undirected


@dataclass(frozen=True, slots=True)
class Asked:
    lang: str | None
    lang_confidence: float
    intent: str
    confidence: float
    crisis: str | None
    handover: bool
    """Uli would put the conversation into the caseworkers' inbox (a person asked for, or a
    crisis)."""
    answer: str
    answer_lang: str


class Asker:
    def __init__(
        self, catalogue: Catalogue, texts: Texts, understander: Understander | None = None
    ) -> None:
        self.catalogue = catalogue
        self.understander = understander or understander_for(catalogue)
        self.table = Steps(catalogue, texts).table()

    def contact_point(self, cp_id: str | None, now: dt.datetime) -> ContactPoint | None:
        if cp_id:
            return self.catalogue.contact_point(cp_id)
        if self.catalogue.default_contact_point:
            return self.catalogue.contact_point(self.catalogue.default_contact_point)
        running = running_contact_points(self.catalogue, now)
        return running[0] if running else None

    def ask(
        self, text: str, *, cp: ContactPoint | None, lang: str | None, now: dt.datetime
    ) -> Asked:
        """What Uli understands of `text` and answers, as in a chat that has reached the menu
        (with `lang` as the language the person chose, if given)."""
        zone = cp.zone if cp else self.catalogue.contact_points[0].zone
        understood = self.understander.understand(
            text, known_lang=lang, today=now.astimezone(zone).date()
        )
        event = Inbound("ask", "ask", InboundKind.text, now, text)
        turn = begin_turn(
            event,
            state=State.menu,
            known_lang=lang,
            language_confirmed=lang is not None,
            cp=cp,
            now=now,
            understood=understood,
        )
        outcome = self.table.answer(turn)
        return Asked(
            lang=understood.lang,
            lang_confidence=understood.lang_confidence,
            intent=understood.intent,
            confidence=understood.confidence,
            crisis=understood.crisis.value if understood.crisis else None,
            handover=outcome.handover() is HandoverChange.start,
            answer="\n\n".join(undirected(reply.text) for reply in outcome.replies),
            answer_lang="de+en" if turn.language_note == FOREIGN else turn.lang,
        )
