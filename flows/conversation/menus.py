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


def _pairs(buttons: list[Button]) -> Rows:
    return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))


def language_buttons(preselected: str) -> Rows:
    """All languages in their own names; the one we guessed first and ticked."""
    order = [preselected, *(code for code in SUPPORTED_LANGUAGES if code != preselected)]
    return _pairs(
        [
            Button(("✓ " if code == preselected else "") + autonym(code), f"lang:{code}")
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


def running_contact_points(catalogue: Catalogue, today_utc: dt.datetime) -> list[ContactPoint]:
    return [
        cp
        for cp in catalogue.contact_points
        if isinstance(
            hours.programme_state(cp, today_utc.astimezone(cp.zone).date()), hours.Running
        )
    ]


def service_buttons(t: Texts, lang: str, services: list[ContactPoint]) -> Rows:
    rows = [(Button(cp.name.get(lang), f"cp:{cp.id}"),) for cp in services]
    return (*rows, (Button(t(lang, "button-change-language"), "m:lang"),))


def faq_buttons(t: Texts, lang: str, cp: ContactPoint) -> Rows:
    rows = [(Button(entry.question.get(lang), f"faq:{entry.id}"),) for entry in cp.faq]
    return (*rows, (Button(t(lang, "button-menu"), "m:menu"),))


def end_handover_row(t: Texts, lang: str) -> tuple[Button, ...]:
    return (Button(t(lang, "handover-end-button"), "h:end"),)
