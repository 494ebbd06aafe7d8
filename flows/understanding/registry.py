"""The intents: every topic Uli recognises in a typed message, listed once.

Each intent has its name, the locale key of its button where Uli offers the topic (the main
menu, "did you mean ...?"), the menu payload where the main menu has a button for it, and its
example phrasings: one line `name<TAB>phrase` per example in
`locales/understanding/intents/<lang>.txt` (cue words in `locales/understanding/cues.txt`).
How each intent is answered is the conversation's business: `Steps.by_intent` maps every
intent listed here to its step, those answered by facts via `intent_answers.FACTS` (the steps
refuse to start if one is missing).

Besides these, every FAQ entry of the contact-point file that carries example phrasings is an
intent of its own, named `faq:<contact point>:<faq id>` (`faq_intent`); its examples come from
the file, passed to the `Understander` as plain data when it is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Intent(StrEnum):
    opening_hours = "opening_hours"
    location = "location"
    languages = "languages"
    eligibility = "eligibility"
    cost = "cost"
    confidentiality = "confidentiality"
    voluntary = "voluntary"
    services = "services"
    book_appointment = "book_appointment"
    cancel_appointment = "cancel_appointment"
    human = "human"
    crisis = "crisis"
    """Never matched by examples: crisis detection runs first (locales/understanding/crisis/)."""
    greeting = "greeting"
    thanks = "thanks"
    other = "other"
    """Nothing we know: Uli says it is not sure and offers the likeliest topics and a person."""


@dataclass(frozen=True, slots=True)
class Registered:
    intent: Intent
    label: str | None = None
    """Locale key of the topic's button ("did you mean ...?"); None: never offered as one."""
    menu: str | None = None
    """Payload of its main-menu button, if the main menu has one."""
    examples: str = "intents"
    """Folder of its example phrasings under locales/understanding/ (one file per language)."""


REGISTRY: tuple[Registered, ...] = (
    Registered(Intent.opening_hours, "button-hours", "m:hours"),
    Registered(Intent.location, "button-where", "m:where"),
    Registered(Intent.languages, "button-languages", "m:langs"),
    Registered(Intent.eligibility, "button-who", "m:who"),
    Registered(Intent.cost, "topic-cost"),
    Registered(Intent.confidentiality, "topic-confidentiality"),
    Registered(Intent.voluntary, "topic-voluntary"),
    Registered(Intent.services, "topic-services"),
    Registered(Intent.book_appointment, "topic-appointment"),
    Registered(Intent.cancel_appointment, "topic-cancel"),
    Registered(Intent.human, "button-person"),
    Registered(Intent.crisis),
    Registered(Intent.greeting),
    Registered(Intent.thanks),
    Registered(Intent.other),
)
INTENTS: tuple[str, ...] = tuple(entry.intent.value for entry in REGISTRY)
OFFERED: dict[str, str] = {entry.intent.value: entry.label for entry in REGISTRY if entry.label}
"""Intent → label key of the topics Uli may offer as buttons."""
BY_MENU: dict[str, Intent] = {entry.menu: entry.intent for entry in REGISTRY if entry.menu}
"""Main-menu payload → the intent its button answers."""

FAQ_PREFIX = "faq:"

FaqExamples = dict[str, dict[str, list[str]]]
"""Intent name (`faq_intent`) → language → example phrasings, from the contact-point file."""


def faq_intent(contact_point: str, faq_id: str) -> str:
    """The intent of one FAQ entry with examples, e.g. "faq:pace:plan"."""
    return f"{FAQ_PREFIX}{contact_point}:{faq_id}"


def faq_of(intent: str) -> tuple[str, str] | None:
    """(contact point id, FAQ id) of an FAQ intent; None for every other intent."""
    if not intent.startswith(FAQ_PREFIX):
        return None
    contact_point, _, faq_id = intent.removeprefix(FAQ_PREFIX).partition(":")
    return (contact_point, faq_id) if contact_point and faq_id else None


def known(intent: str) -> bool:
    """A registered intent or an FAQ one."""
    return intent in INTENTS or faq_of(intent) is not None
