"""Builds the aiogram Bot and Dispatcher, and registers the command menu per language."""

from __future__ import annotations

from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import PRODUCTION, TelegramAPIServer
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats
from fastapi import APIRouter

from console.webhook import webhook_router
from flows.conversation.commands import command_menu
from flows.conversation.engine import Engine
from flows.delivery.inbound import InboundWorker
from flows.vocabulary.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from flows.vocabulary.texts import Texts
from handlers import build_router
from handlers.inbound import CHANNEL, delivered
from storage import SendLimits

# https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this: about 30
# messages a second in all, and no more than one a second in one chat.
TELEGRAM_LIMITS = SendLimits(per_second=30, per_address=1, per_address_seconds=1.0)


RESPONSE_TYPES: dict[Any, type[Response[Any]]] = {}
"""Each API method's response type, held for the life of the process (TelegramSession)."""


class TelegramSession(AiohttpSession):
    """aiogram's HTTP session, with each API call's response type built once per process.

    aiogram parses every answer as `Response[<the method's result type>]`; pydantic keeps such
    classes only weakly, so they were built anew on nearly every call (about a tenth of
    Uli's CPU per message in bench/reply_path.py --profile). Holding them keeps pydantic's
    cache warm; the parsing itself stays aiogram's.
    """

    def check_response(
        self, bot: Bot, method: TelegramMethod[TelegramType], status_code: int, content: str
    ) -> Response[TelegramType]:
        returning = method.__returning__
        if returning not in RESPONSE_TYPES:
            RESPONSE_TYPES[returning] = Response[returning]  # type: ignore[valid-type]
        return super().check_response(bot, method, status_code, content)


def build_bot(token: str, api_url: str | None) -> Bot:
    api = TelegramAPIServer.from_base(api_url) if api_url else PRODUCTION
    return Bot(token=token, session=TelegramSession(api=api))


def build_dispatcher(engine: Engine) -> Dispatcher:
    dispatcher = Dispatcher()
    dispatcher.include_router(build_router())
    # Handlers receive the core by name (aiogram's dependency injection).
    dispatcher["engine"] = engine
    return dispatcher


def telegram_webhook(inbound: InboundWorker, secret: str) -> APIRouter:
    """The console's endpoint for webhook mode: each update is stored in the inbound queue
    before Telegram gets its 200 (a failure to store answers an error: Telegram sends the
    update again)."""

    async def feed(update: dict[str, Any]) -> None:
        await inbound.receive(CHANNEL, [delivered(update)])

    return webhook_router(secret, feed)


async def register_commands(bot: Bot, texts: Texts) -> None:
    """The command menu in each language, and German for every other client language."""
    scope = BotCommandScopeAllPrivateChats()
    for lang in (None, *SUPPORTED_LANGUAGES):
        commands = [
            BotCommand(command=c.command, description=c.description)
            for c in command_menu(texts, lang or DEFAULT_LANGUAGE)
        ]
        await bot.set_my_commands(commands, scope=scope, language_code=lang)
