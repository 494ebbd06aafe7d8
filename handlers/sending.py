"""Replies → Telegram messages. The one place where Uli sends to Telegram (for the outbox).

Telegram allows 4096 characters a message (https://core.telegram.org/bots/api#sendmessage):
longer replies are split at line breaks, and the buttons go under the last part.
"""

from __future__ import annotations

from dataclasses import replace

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup

from flows.delivery.channel import Delivery, DeliveryStatus, Sender
from flows.vocabulary.events import Document, Reply

TELEGRAM_TEXT_LIMIT = 4096


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=b.label, callback_data=b.payload) for b in row]
            for row in reply.buttons
        ]
    )


def split_text(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Parts of at most `limit` UTF-16 code units, cut at a line break or space where possible."""
    parts: list[str] = []
    rest = text
    while _units(rest) > limit:
        cut = _fit(rest, limit)
        for sep in ("\n\n", "\n", " "):
            at = rest.rfind(sep, 0, cut)
            if at > cut // 2:
                cut = at
                break
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    rest = rest.rstrip() if parts else rest
    return [*parts, rest] if rest or not parts else parts


def _units(text: str) -> int:
    # Telegram counts message length in UTF-16 code units (an emoji is often two).
    return len(text.encode("utf-16-le")) // 2


def _fit(text: str, limit: int) -> int:
    count = 0
    for index, char in enumerate(text):
        count += 2 if ord(char) > 0xFFFF else 1
        if count > limit:
            return index
    return len(text)


# https://core.telegram.org/bots/api#senddocument: captions are at most 1024 characters.
CAPTION_LIMIT = 1024


async def _send_document(bot: Bot, chat_id: int, reply: Reply, document: Document) -> None:
    upload = BufferedInputFile(document.content.encode("utf-8"), filename=document.filename)
    await bot.send_document(
        chat_id=chat_id,
        document=upload,
        caption=reply.text[:CAPTION_LIMIT],
        reply_markup=keyboard(reply),
    )


def _rest(reply: Reply, parts: list[str], sent: int) -> Reply | None:
    """The parts not yet sent, as a reply of their own (None if nothing was sent yet)."""
    if sent == 0:
        return None
    return replace(reply, text="\n".join(parts[sent:]))


def telegram_sender(bot: Bot) -> Sender:
    """The outbox's sender for Telegram: one reply out, the platform's answer in neutral words."""

    async def send(address: str, reply: Reply) -> Delivery:
        parts = split_text(reply.text)
        sent = 0
        try:
            if reply.document is not None:
                await _send_document(bot, int(address), reply, reply.document)
                parts = []
            for index, part in enumerate(parts):
                markup = keyboard(reply) if index == len(parts) - 1 else None
                await bot.send_message(chat_id=int(address), text=part, reply_markup=markup)
                sent += 1
        except TelegramRetryAfter as throttled:
            # https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
            return Delivery(
                DeliveryStatus.throttled,
                retry_after=throttled.retry_after,
                detail=throttled.message,
                rest=_rest(reply, parts, sent),
            )
        except (TelegramServerError, TelegramNetworkError) as error:
            return Delivery(
                DeliveryStatus.temporary, detail=error.message, rest=_rest(reply, parts, sent)
            )
        except TelegramForbiddenError as error:
            return Delivery(DeliveryStatus.unreachable, detail=error.message)
        except TelegramBadRequest as error:
            gone = "chat not found" in error.message.lower()
            status = DeliveryStatus.unreachable if gone else DeliveryStatus.rejected
            return Delivery(status, detail=error.message)
        return Delivery(DeliveryStatus.sent)

    return send
