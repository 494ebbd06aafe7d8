"""Telegram updates → the core's neutral `Inbound` events."""

from __future__ import annotations

import datetime as dt

from aiogram.types import CallbackQuery, Message

from flows.vocabulary.events import Inbound, InboundKind

CHANNEL = "telegram"

# Message content types that have a kind of their own; everything else is `other`.
_MEDIA_KINDS = {
    "sticker": InboundKind.sticker,
    "photo": InboundKind.photo,
    "voice": InboundKind.voice,
    "audio": InboundKind.voice,
    "video": InboundKind.video,
    "video_note": InboundKind.video,
    "animation": InboundKind.video,
    "document": InboundKind.document,
    "location": InboundKind.location,
    "venue": InboundKind.location,
    "contact": InboundKind.contact_card,
}


def _aware(moment: dt.datetime | None) -> dt.datetime:
    if moment is None:
        return dt.datetime.now(dt.UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _file_id(message: Message) -> str | None:
    """The file a caseworker may want to open: the largest photo size, else the attachment."""
    if message.photo:
        return message.photo[-1].file_id
    for attachment in (
        message.voice,
        message.audio,
        message.video,
        message.video_note,
        message.document,
    ):
        if attachment is not None:
            return attachment.file_id
    return None


def from_message(
    message: Message, *, edited: bool = False, receipt: int | None = None
) -> Inbound:
    hint = message.from_user.language_code if message.from_user else None
    text = message.text or message.caption or ""
    if edited:
        kind = InboundKind.edited
    elif message.text is not None and message.text.startswith("/"):
        kind = InboundKind.command
        command, _, arg = message.text[1:].partition(" ")
        # "/hours@UliBot" in a client that adds the bot's name.
        text = f"{command.split('@')[0]} {arg}".strip()
    elif message.text is not None:
        kind = InboundKind.text
    else:
        kind = next(
            (k for attr, k in _MEDIA_KINDS.items() if getattr(message, attr, None)),
            InboundKind.other,
        )
    return Inbound(
        channel=CHANNEL,
        address=str(message.chat.id),
        kind=kind,
        media_ref=_file_id(message),
        at=_aware(
            message.edit_date
            if edited and isinstance(message.edit_date, dt.datetime)
            else message.date
        ),
        text=text,
        language_hint=hint,
        receipt=receipt,
    )


def from_callback(query: CallbackQuery, chat_id: int, receipt: int | None = None) -> Inbound:
    return Inbound(
        channel=CHANNEL,
        address=str(chat_id),
        kind=InboundKind.button,
        at=dt.datetime.now(dt.UTC),
        text=query.data or "",
        language_hint=query.from_user.language_code,
        receipt=receipt,
    )
