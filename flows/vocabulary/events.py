"""The neutral vocabulary at the edge of the core: what comes in, what goes out.

Adapters (Telegram, the terminal, later the web chat) turn their platform's updates into an
`Inbound` and render each `Reply` their own way. Nothing here knows a messenger.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class InboundKind(StrEnum):
    text = "text"
    command = "command"
    button = "button"
    sticker = "sticker"
    photo = "photo"
    voice = "voice"
    video = "video"
    document = "document"
    location = "location"
    contact_card = "contact_card"
    edited = "edited"
    other = "other"


@dataclass(frozen=True, slots=True)
class Inbound:
    """One thing a young person did: wrote, tapped, sent a sticker..."""

    channel: str
    """e.g. "telegram", "terminal"."""
    address: str
    """The person's id on that channel (a Telegram chat id)."""
    kind: InboundKind
    at: dt.datetime
    """When it happened, timezone-aware."""
    text: str = ""
    """The message text, or the command without its slash ("start kim"), or a button payload."""
    language_hint: str | None = None
    """What the client says the person's language is (Telegram's `language_code`)."""
    media_ref: str | None = None
    """The channel's id of an attached photo, voice note or document (Telegram's file_id)."""
    receipt: int | None = None
    """The inbound row this event came from: the turn marks it done in the unit of work that
    stores its outcome, so a turn is never lost nor run twice (flows/inbound.py)."""


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    payload: str
    """Short id that comes back as `Inbound.text` of a `button` event; at most 64 bytes."""

    def __post_init__(self) -> None:
        # Telegram's limit for callback_data: https://core.telegram.org/bots/api#inlinekeyboardbutton
        if len(self.payload.encode()) > 64:
            raise ValueError(f"button payload longer than 64 bytes: {self.payload!r}")



Rows = tuple[tuple[Button, ...], ...]
"""Buttons laid out in rows, as a reply carries them."""

@dataclass(frozen=True, slots=True)
class Document:
    """A text file sent with a reply (the young person's data export)."""

    filename: str
    content: str


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to send. `buttons` are rows of buttons; with `document`, `text` is the
    file's caption."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = field(default_factory=tuple)
    rtl: bool = False
    document: Document | None = None


@dataclass(frozen=True, slots=True)
class CommandHelp:
    """A command for the client's command menu, described in one language."""

    command: str
    description: str
