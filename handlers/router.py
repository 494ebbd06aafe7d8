"""The Telegram router: every kind of private message, edits and button taps go to the core."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message

from flows.engine import Engine
from handlers.translate import from_callback, from_message


def build_router() -> Router:
    router = Router(name="uli")
    # Uli talks with one young person at a time; it never reads group chats.
    router.message.filter(F.chat.type == "private")
    router.edited_message.filter(F.chat.type == "private")

    @router.message()
    async def on_message(message: Message, engine: Engine) -> None:
        # The engine stores the replies in the outbox, which sends them.
        await engine.handle(from_message(message))

    @router.edited_message()
    async def on_edit(message: Message, engine: Engine) -> None:
        await engine.handle(from_message(message, edited=True))

    @router.callback_query()
    async def on_button(query: CallbackQuery, engine: Engine) -> None:
        # Answer first: the client shows a spinner on the button until we do.
        await query.answer()
        chat_id = query.message.chat.id if query.message else query.from_user.id
        await engine.handle(from_callback(query, chat_id))

    return router
