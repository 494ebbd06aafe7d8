"""Telegram updates into the inbound queue, and from there through the router to the core.

Long polling confirms an update to Telegram by asking for the next ones (the `offset` of the
next getUpdates, https://core.telegram.org/bots/api#getupdates), so `poll` asks again only
after the batch is stored; until then Telegram keeps the updates and hands them out again.
The updates are taken as plain JSON: one that aiogram's types cannot read must not stop
everybody else's, it is stored like the others and kept aside by the worker.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.methods.base import TelegramMethod
from aiogram.types import Update
from pydantic import ValidationError

from flows.delivery.inbound import Delivered, InboundRow, Unreadable

log = logging.getLogger(__name__)

CHANNEL = "telegram"
POLL_TIMEOUT = 25
"""Seconds Telegram may hold a getUpdates open when there is nothing new."""
MAX_PAUSE = 30.0

Receive = Callable[[str, list[Delivered]], Awaitable[int]]


class GetRawUpdates(TelegramMethod[list[dict[str, Any]]]):
    """getUpdates, with each update left as the JSON Telegram sent."""

    __returning__ = list[dict[str, Any]]
    __api_method__ = "getUpdates"

    offset: int | None = None
    limit: int | None = None
    timeout: int | None = None
    allowed_updates: list[str] | None = None


def _chat_id(update: dict[str, Any]) -> object:
    for key, value in update.items():
        if not isinstance(value, dict):
            continue
        if key == "callback_query":
            message = value.get("message")
            if isinstance(message, dict) and isinstance(message.get("chat"), dict):
                return message["chat"].get("id")
            sender = value.get("from")
            return sender.get("id") if isinstance(sender, dict) else None
        chat = value.get("chat")
        if isinstance(chat, dict):
            return chat.get("id")
    return None


def delivered(update: dict[str, Any]) -> Delivered:
    """An update as the inbound queue keeps it: its id, whose turn it is, the JSON."""
    update_id = str(update.get("update_id", ""))[:64]
    chat_id = _chat_id(update)
    # The chat is the person (private chats only); an update without one is its own turn.
    sequence = f"{CHANNEL}:{chat_id}" if isinstance(chat_id, int) else f"update:{update_id}"
    return Delivered(update_id, sequence[:80], json.dumps(update, ensure_ascii=False))


async def poll(
    bot: Bot, receive: Receive, allowed_updates: list[str], stop: asyncio.Event
) -> None:
    """getUpdates until `stop`: each batch is stored before the next call confirms it."""
    offset: int | None = None
    pause = 1.0
    while not stop.is_set():
        asking = asyncio.ensure_future(
            bot(
                GetRawUpdates(offset=offset, timeout=POLL_TIMEOUT, allowed_updates=allowed_updates),
                request_timeout=POLL_TIMEOUT + 15,
            )
        )
        stopping = asyncio.ensure_future(stop.wait())
        await asyncio.wait({asking, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not asking.done():
            # Nothing of this request was stored; Telegram hands it out again next time.
            asking.cancel()
            await asyncio.gather(asking, return_exceptions=True)
            return
        try:
            updates = [u for u in asking.result() if isinstance(u, dict)]
            await receive(CHANNEL, [delivered(u) for u in updates])
        except (TelegramNetworkError, TelegramAPIError) as error:
            log.warning("getUpdates failed (%s); asking again in %.0f s", error.message, pause)
        except Exception as error:
            # The database refused the batch: do not confirm it, ask for it again.
            log.error("could not store received updates (%s); asking again in %.0f s",
                      type(error).__name__, pause)  # fmt: skip
        else:
            ids = [u["update_id"] for u in updates if isinstance(u.get("update_id"), int)]
            if ids:
                offset = max(ids) + 1
            pause = 1.0
            continue
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), pause)
        pause = min(pause * 2, MAX_PAUSE)


def _where(error: ValidationError) -> str:
    """Which fields were wrong, never their values (they hold what a person wrote)."""
    places = sorted({".".join(map(str, e["loc"])) + f" ({e['type']})" for e in error.errors()})
    return "Telegram update not readable: " + ", ".join(places)[:160]


class TelegramTurns:
    """Runs one stored Telegram update through the router (and so the core)."""

    def __init__(self, bot: Bot, dispatcher: Dispatcher) -> None:
        self.bot = bot
        self.dispatcher = dispatcher

    async def process(self, row: InboundRow) -> None:
        try:
            update = Update.model_validate(json.loads(row.payload), context={"bot": self.bot})
        except ValidationError as error:
            raise Unreadable(_where(error)) from None
        except ValueError:
            raise Unreadable("Telegram update is not JSON") from None
        await self.dispatcher.feed_update(self.bot, update, receipt=row.id)
