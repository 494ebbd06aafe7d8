"""Start-up and shut-down of the Uli process: the composition root."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError
from aiogram.types import User

from bot.console_server import serve_console
from bot.core import core
from bot.scheduler import scheduled_jobs
from bot.settings import Settings, SettingsError
from bot.telegram import (
    TELEGRAM_LIMITS,
    build_bot,
    build_dispatcher,
    register_commands,
    telegram_webhook,
)
from handlers import telegram_sender
from handlers.media import TelegramMedia

log = logging.getLogger(__name__)


async def run(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """`uli run`: long polling until SIGINT/SIGTERM, or until `stop` is set (tests)."""
    token = settings.require_token()
    bot = build_bot(token, settings.telegram_api_url)
    try:
        senders = {"telegram": telegram_sender(bot)}
        async with core(settings, senders, {"telegram": TELEGRAM_LIMITS}) as parts:
            me = await _introduce(bot, settings)
            log.info(
                "Uli runs as @%s with %d contact points",
                me.username,
                len(parts.catalogue.contact_points),
            )
            await register_commands(bot, parts.texts)
            dispatcher = build_dispatcher(parts.engine)
            secret = settings.telegram_webhook_secret if settings.telegram_webhook_url else None
            routers = [telegram_webhook(bot, dispatcher, secret)] if secret else []
            assert parts.outbox is not None
            outbox_stop = asyncio.Event()
            outbox = asyncio.create_task(parts.outbox.run(outbox_stop))
            try:
                async with (
                    scheduled_jobs(settings, parts),
                    serve_console(settings, parts, TelegramMedia(bot), routers),
                ):
                    if secret:
                        await _receive_webhooks(bot, dispatcher, settings, stop)
                    else:
                        # Polling and a webhook exclude each other; a webhook left from
                        # earlier would make every getUpdates fail.
                        await bot.delete_webhook(drop_pending_updates=False)
                        await _poll(bot, dispatcher, stop)
            finally:
                outbox_stop.set()
                await outbox
    finally:
        await bot.session.close()


async def _receive_webhooks(
    bot: Bot, dispatcher: Dispatcher, settings: Settings, stop: asyncio.Event | None
) -> None:
    """Webhook mode: Telegram posts updates to the console's endpoint until SIGINT/SIGTERM.
    The webhook stays set when Uli stops, so Telegram keeps updates until it is back."""
    await bot.set_webhook(
        url=settings.telegram_webhook_url or "",
        secret_token=settings.telegram_webhook_secret,
        allowed_updates=dispatcher.resolve_used_update_types(),
        drop_pending_updates=False,
    )
    log.info("receiving updates at %s", settings.telegram_webhook_url)
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signal_number, stop.set)
    await stop.wait()


async def _poll(bot: Bot, dispatcher: Dispatcher, stop: asyncio.Event | None) -> None:
    polling = dispatcher.start_polling(
        bot,
        handle_signals=stop is None,
        close_bot_session=False,
        allowed_updates=dispatcher.resolve_used_update_types(),
    )
    if stop is None:
        await polling
    else:
        await _until(stop, polling, dispatcher.stop_polling)


async def _introduce(bot: Bot, settings: Settings) -> User:
    """getMe, with the two start-up failures an operator can fix said in one line."""
    where = settings.telegram_api_url or "api.telegram.org"
    try:
        return await bot.get_me()
    except TelegramUnauthorizedError:
        raise SettingsError(
            f"{where} refused TELEGRAM_BOT_TOKEN (401 Unauthorized): the token is wrong or was "
            "revoked; copy it again from @BotFather"
        ) from None
    except TelegramNetworkError as error:
        message = f"cannot reach the Telegram Bot API at {where}: {error.message}"
        raise SettingsError(message) from None


async def _until(
    stop: asyncio.Event, polling: Coroutine[Any, Any, None], halt: Callable[[], Awaitable[None]]
) -> None:
    task = asyncio.ensure_future(polling)
    waiter = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
    if not task.done():
        await halt()
        await task
    waiter.cancel()
    task.result()
