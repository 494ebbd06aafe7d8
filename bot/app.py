"""Start-up and shut-down of the Uli process: the composition root."""

from __future__ import annotations

import asyncio
import logging
import signal

from aiogram import Bot
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
from flows.delivery.inbound import DRAIN_SECONDS, InboundWorker
from handlers import telegram_sender
from handlers.inbound import CHANNEL, TelegramTurns, poll
from handlers.media import TelegramMedia
from storage import utc_now

log = logging.getLogger(__name__)


async def run(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """`uli run`: receive and answer until SIGINT/SIGTERM, or until `stop` is set (tests).

    Updates are stored in the inbound queue before Telegram is told they arrived; a worker
    runs their turns. On stop, Uli takes nothing new, lets the turns in hand finish (at most
    DRAIN_SECONDS; the rest runs at the next start), then closes the rest in order.
    """
    token = settings.require_token()
    bot = build_bot(token, settings.telegram_api_url)
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signal_number, stop.set)
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
            inbound = InboundWorker(
                parts.database,
                {CHANNEL: TelegramTurns(bot, dispatcher).process},
                utc_now,
                instance=settings.instance,
            )
            secret = settings.telegram_webhook_secret if settings.telegram_webhook_url else None
            routers = [telegram_webhook(inbound, secret)] if secret else []
            assert parts.outbox is not None
            outbox_stop, inbound_stop = asyncio.Event(), asyncio.Event()
            outbox = asyncio.create_task(parts.outbox.run(outbox_stop))
            turns = asyncio.create_task(inbound.run(inbound_stop, DRAIN_SECONDS))
            try:
                async with (
                    scheduled_jobs(settings, parts),
                    serve_console(settings, parts, TelegramMedia(bot), routers),
                ):
                    allowed = dispatcher.resolve_used_update_types()
                    if secret:
                        await _receive_webhooks(bot, allowed, settings, stop)
                    else:
                        # Polling and a webhook exclude each other; a webhook left from
                        # earlier would make every getUpdates fail.
                        await bot.delete_webhook(drop_pending_updates=False)
                        await poll(bot, inbound.receive, allowed, stop)
                    log.info("stopping: finishing turns in hand (%.0f s at most)", DRAIN_SECONDS)
                    inbound_stop.set()
                    await turns
            finally:
                inbound_stop.set()
                await asyncio.gather(turns, return_exceptions=True)
                outbox_stop.set()
                await outbox
            log.info("Uli stopped")
    finally:
        await bot.session.close()


async def _receive_webhooks(
    bot: Bot, allowed: list[str], settings: Settings, stop: asyncio.Event
) -> None:
    """Webhook mode: Telegram posts updates to the console's endpoint until SIGINT/SIGTERM.
    The webhook stays set when Uli stops, so Telegram keeps updates until it is back."""
    await bot.set_webhook(
        url=settings.telegram_webhook_url or "",
        secret_token=settings.telegram_webhook_secret,
        allowed_updates=allowed,
        drop_pending_updates=False,
    )
    log.info("receiving updates at %s", settings.telegram_webhook_url)
    await stop.wait()


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
