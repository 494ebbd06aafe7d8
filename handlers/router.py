"""The Telegram router: every kind of private message, edits and button taps go to the core.

Each handler gets the `receipt` of the inbound row the update came from (handlers/inbound.py),
so the core marks the row done together with the turn's outcome.
"""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import CallbackQuery, Message

from flows.conversation.engine import Engine
from handlers.translate import from_callback, from_message

log = logging.getLogger(__name__)

ANSWER_TIMEOUT = 10
"""Seconds to wait for answerCallbackQuery; the tap is handled whatever it says."""


def build_router() -> Router:
    router = Router(name="uli")
    # Uli talks with one young person at a time; it never reads group chats.
    router.message.filter(F.chat.type == "private")
    router.edited_message.filter(F.chat.type == "private")

    @router.message()
    async def on_message(message: Message, engine: Engine, receipt: int | None = None) -> None:
        # The engine stores the replies in the outbox, which sends them.
        await engine.handle(from_message(message, receipt=receipt))

    @router.edited_message()
    async def on_edit(message: Message, engine: Engine, receipt: int | None = None) -> None:
        await engine.handle(from_message(message, edited=True, receipt=receipt))

    @router.callback_query()
    async def on_button(
        query: CallbackQuery, bot: Bot, engine: Engine, receipt: int | None = None
    ) -> None:
        # Answer first: the client shows a spinner on the button until we do. Telegram
        # refuses to answer a query that is too old (after a stall); the tap counts anyway.
        try:
            await bot.answer_callback_query(query.id, request_timeout=ANSWER_TIMEOUT)
        except (TelegramAPIError, TelegramNetworkError) as error:
            log.info("could not answer a button's query (%s); handling the tap", error.message)
        chat_id = query.message.chat.id if query.message else query.from_user.id
        await engine.handle(from_callback(query, chat_id, receipt=receipt))

    return router
