"""Replies → Telegram messages. The one place where Uli sends to Telegram.

Telegram allows 4096 characters a message (https://core.telegram.org/bots/api#sendmessage):
longer replies are split at line breaks, and the buttons go under the last part.
"""

from __future__ import annotations

import asyncio
import logging

from aiogram import Bot
from aiogram.exceptions import (
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from flows.events import Reply

TELEGRAM_TEXT_LIMIT = 4096
RETRIES = 5
BACKOFF_SECONDS = 0.5

log = logging.getLogger(__name__)


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


async def deliver(bot: Bot, chat_id: int | str, replies: list[Reply]) -> None:
    for reply in replies:
        parts = split_text(reply.text)
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            markup = keyboard(reply) if last else None
            if not await _send(bot, chat_id, part, markup):
                return


async def _send(
    bot: Bot, chat_id: int | str, text: str, markup: InlineKeyboardMarkup | None
) -> bool:
    """Send one message, waiting out throttling and brief outages; False if the chat is gone.

    aiogram gives up on the first error; Telegram asks bots to wait `retry_after` seconds after
    a 429 (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this).
    A lasting outage still loses the reply here: the outbox of the handover work replaces this.
    """
    for attempt in range(RETRIES):
        try:
            await bot.send_message(chat_id=chat_id, text=text, reply_markup=markup)
            return True
        except TelegramRetryAfter as throttled:
            await asyncio.sleep(throttled.retry_after)
        except (TelegramServerError, TelegramNetworkError):
            await asyncio.sleep(BACKOFF_SECONDS * 2**attempt)
        except TelegramForbiddenError:
            log.info("chat %s blocked the bot; reply not delivered", chat_id)
            return False
    log.error("reply to chat %s not delivered after %d attempts", chat_id, RETRIES)
    return False
