"""The buttons Uli offers. Payloads are short ("m:hours", "lang:ar", "cp:kim") because
Telegram allows 64 bytes of callback data (https://core.telegram.org/bots/api#inlinekeyboardbutton).
"""

from __future__ import annotations

import datetime as dt

from flows.knowledge import hours, slots
from flows.knowledge.catalogue import Catalogue, ContactPoint
from flows.vocabulary.events import Button, Rows
from flows.vocabulary.formatting import autonym
from flows.vocabulary.languages import SUPPORTED_LANGUAGES
from flows.vocabulary.texts import Texts

CALLBACK_LIMIT = 64
"""Bytes of callback data Telegram takes per button."""

# The buttons an answer may be followed by: key → (label, payload).
_FOLLOW_UP_BUTTONS = {
    "hours": ("button-hours", "m:hours"),
    "where": ("button-where", "m:where"),
    "who": ("button-who", "m:who"),
    "langs": ("button-languages", "m:langs"),
    "book": ("button-book", "bk:start"),
    "faq": ("button-faq", "m:faq"),
    "person": ("button-person", "m:person"),
}
FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "opening_hours": ("book", "where", "person"),
    "location": ("hours", "book", "person"),
    "languages": ("hours", "where", "person"),
    "eligibility": ("hours", "where", "person"),
    "services": ("who", "hours", "person"),
    "cost": ("hours", "where", "person"),
    "confidentiality": ("hours", "where", "person"),
    "voluntary": ("hours", "where", "person"),
    "book_appointment": ("hours", "where", "person"),
    "cancel_appointment": ("hours", "where", "person"),
    "faq": ("faq", "hours", "person"),
    "place_and_day": ("where", "person"),  # booking, if any, at that very place (steps.py)
}
"""What one is likely to want next after each answer (by intent): two or three buttons."""


def _pairs(buttons: list[Button]) -> Rows:
    return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))


def _carrying(payload: str, question: str) -> str:
    """`payload` with a kept question (conversation/pending.py) after it, if it fits."""
    carried = f"{payload}:{question}" if question else payload
    return carried if len(carried.encode()) <= CALLBACK_LIMIT else payload


def language_buttons(preselected: str, question: str = "") -> Rows:
    """All languages in their own names; the one we guessed first and ticked. A question the
    person typed first rides along, to be answered once the language is set."""
    order = [preselected, *(code for code in SUPPORTED_LANGUAGES if code != preselected)]
    return _pairs(
        [
            Button(
                ("✓ " if code == preselected else "") + autonym(code),
                _carrying(f"lang:{code}", question),
            )
            for code in order
        ]
    )


def main_menu(t: Texts, lang: str, catalogue: Catalogue, cp: ContactPoint) -> Rows:
    rows: list[tuple[Button, ...]] = [
        (Button(t(lang, "button-hours"), "m:hours"), Button(t(lang, "button-where"), "m:where")),
        (Button(t(lang, "button-who"), "m:who"), Button(t(lang, "button-languages"), "m:langs")),
    ]
    if slots.bookable_places(cp):
        rows.append((Button(t(lang, "button-book"), "bk:start"),))
    if cp.faq:
        rows.append((Button(t(lang, "button-faq"), "m:faq"),))
    rows.append((Button(t(lang, "button-person"), "m:person"),))
    last = [Button(t(lang, "button-change-language"), "m:lang")]
    if len(catalogue.contact_points) > 1:
        last.append(Button(t(lang, "button-change-service"), "m:cp"))
    rows.append(tuple(last))
    return tuple(rows)


def follow_ups(
    t: Texts, lang: str, cp: ContactPoint, topic: str, handed_over: bool = False
) -> Rows:
    """Two or three buttons that fit the answer just given, then "menu" for everything.
    Handed over, "a person" is left out: they are with the team already."""
    wanted = FOLLOW_UPS.get(topic, ("hours", "where", "person"))
    if handed_over:
        wanted = tuple(k for k in wanted if k != "person")
    usable = [
        k for k in wanted if (k != "book" or slots.bookable_places(cp)) and (k != "faq" or cp.faq)
    ]
    buttons = [Button(t(lang, _FOLLOW_UP_BUTTONS[k][0]), _FOLLOW_UP_BUTTONS[k][1]) for k in usable]
    return (*_pairs(buttons), (Button(t(lang, "button-menu"), "m:menu"),))


def running_contact_points(catalogue: Catalogue, today_utc: dt.datetime) -> list[ContactPoint]:
    return [
        cp
        for cp in catalogue.contact_points
        if isinstance(
            hours.programme_state(cp, today_utc.astimezone(cp.zone).date()), hours.Running
        )
    ]


def service_buttons(t: Texts, lang: str, services: list[ContactPoint], question: str = "") -> Rows:
    rows = [(Button(cp.name.get(lang), _carrying(f"cp:{cp.id}", question)),) for cp in services]
    return (*rows, (Button(t(lang, "button-change-language"), "m:lang"),))


def faq_buttons(t: Texts, lang: str, cp: ContactPoint) -> Rows:
    rows = [(Button(entry.question.get(lang), f"faq:{entry.id}"),) for entry in cp.faq]
    return (*rows, (Button(t(lang, "button-menu"), "m:menu"),))


def end_handover_row(t: Texts, lang: str) -> tuple[Button, ...]:
    return (Button(t(lang, "handover-end-button"), "h:end"),)
