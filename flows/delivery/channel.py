"""What a channel answers when asked to deliver one reply, in neutral words.

Each channel adapter maps its platform's errors onto these outcomes (Telegram: 429 →
throttled, 5xx and timeouts → temporary, 403 → unreachable); the outbox decides what follows.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

from flows.vocabulary.events import Button, Document, Reply


class DeliveryStatus(StrEnum):
    sent = "sent"
    throttled = "throttled"
    """The platform asks us to wait `retry_after` seconds before sending anything."""
    temporary = "temporary"
    """Server error or timeout: try again later."""
    unreachable = "unreachable"
    """The person blocked the bot or the chat is gone."""
    rejected = "rejected"
    """The platform refuses this very message; sending it again will not help."""


@dataclass(frozen=True, slots=True)
class Delivery:
    status: DeliveryStatus
    retry_after: float | None = None
    detail: str = ""
    rest: Reply | None = None
    """When a reply went out in parts and only some arrived: what is still to send, so a
    retry does not repeat the parts the person already has."""


Sender = Callable[[str, Reply], Awaitable[Delivery]]
"""Deliver one reply to an address on one channel."""


def encode_reply(reply: Reply) -> tuple[str, str]:
    """(text, buttons) columns of an outbox row. A document's content goes into the text
    column (stored encrypted), its name and caption beside the buttons."""
    rows = [[[b.label, b.payload] for b in row] for row in reply.buttons]
    if reply.document is None:
        return reply.text, json.dumps(rows, ensure_ascii=False)
    extras = {"rows": rows, "document": reply.document.filename, "caption": reply.text}
    return reply.document.content, json.dumps(extras, ensure_ascii=False)


def decode_reply(text: str, buttons: str) -> Reply:
    stored = json.loads(buttons or "[]")
    rows = stored["rows"] if isinstance(stored, dict) else stored
    markup = tuple(tuple(Button(label, payload) for label, payload in row) for row in rows)
    if isinstance(stored, dict):
        document = Document(stored["document"], text)
        return Reply(text=stored["caption"], buttons=markup, document=document)
    return Reply(text=text, buttons=markup)
