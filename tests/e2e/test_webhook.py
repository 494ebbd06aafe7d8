"""Webhook mode: Telegram posts updates to the console's endpoint, with the secret header."""

from __future__ import annotations

import asyncio
import logging
import secrets
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from bot.app import run
from bot.settings import Settings, SettingsError
from console.webhook import SECRET_HEADER
from storage import TextCipher
from tests.e2e.processes import free_port
from tests.telegram import FakeTelegram


def webhook_settings(fake: FakeTelegram, folder: Path, port: int, secret: str) -> Settings:
    """`uli run` in webhook mode on a SQLite file, its console (and webhook) on `port`."""
    return Settings(
        database_url=f"sqlite+aiosqlite:///{folder / 'uli.db'}",
        telegram_token=fake.token,
        telegram_api_url=fake.base_url,
        console_port=port,
        telegram_webhook_url=f"http://127.0.0.1:{port}/telegram/webhook",
        telegram_webhook_secret=secret,
    )


async def test_updates_with_the_secret_are_answered_and_others_refused(tmp_path: Path) -> None:
    port, secret = free_port(), secrets.token_urlsafe(32)
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    async with FakeTelegram() as fake:
        settings = webhook_settings(fake, tmp_path, port, secret)
        stop = asyncio.Event()
        bot = asyncio.create_task(run(settings, stop))
        try:
            await asyncio.wait_for(fake.api.webhook_set.wait(), timeout=30)
            assert fake.api.state.webhook == {"url": url, "secret_token": secret}

            person = fake.person(chat_id=6_000_001, language_code="de")
            start = {"update_id": 1, "message": person._message(text="/start kim")}
            async with httpx.AsyncClient() as client:
                assert (await client.post(url, json=start)).status_code == 401
                forged = {SECRET_HEADER: secret[:-1] + "x"}
                assert (await client.post(url, json=start, headers=forged)).status_code == 401
                genuine = {SECRET_HEADER: secret}
                assert (await client.post(url, json=start, headers=genuine)).status_code == 200
                reply = await person.next_reply()
                assert "Datenschutz" in reply.text or "🔒" in reply.text
                assert len(fake.sent_to(6_000_001)) == 1, "the refused posts did nothing"
                garbage = await client.post(url, content=b"{not json", headers=genuine)
                assert garbage.status_code == 400
        finally:
            stop.set()
            await asyncio.wait_for(bot, timeout=30)


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({"TELEGRAM_WEBHOOK_URL": "https://uli.example.org/telegram/webhook"}, "not set"),
        (
            {
                "TELEGRAM_WEBHOOK_URL": "https://uli.example.org/telegram/webhook",
                "TELEGRAM_WEBHOOK_SECRET": "change-me",
                "ULI_ENV": "production",
                "ULI_DATA_KEY": "",
            },
            "placeholder",
        ),
        (
            {"TELEGRAM_WEBHOOK_URL": "http://uli.example.org/hook", "TELEGRAM_WEBHOOK_SECRET": "a"},
            "https://",
        ),
        (
            {
                "TELEGRAM_WEBHOOK_URL": "https://uli.example.org/hook",
                "TELEGRAM_WEBHOOK_SECRET": "has spaces!",
            },
            "letters, digits",
        ),
    ],
)
def test_a_webhook_without_a_real_secret_does_not_start(env: dict[str, str], problem: str) -> None:
    with pytest.raises(SettingsError, match=problem) as error:
        Settings.from_env(env)
    assert env.get("TELEGRAM_WEBHOOK_SECRET", "§") not in str(error.value) or problem == "https://"


async def test_no_secret_ever_reaches_the_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """At DEBUG, through start-up, an update, a refused post, a reply and shut-down: neither
    the bot token's secret part, nor the webhook secret, the data key or the console secret
    appears in anything Uli or its libraries log."""
    port, secret = free_port(), secrets.token_urlsafe(32)
    data_key, console_secret = TextCipher.new_key(), secrets.token_urlsafe(32)
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    async with FakeTelegram() as fake:
        settings = replace(
            webhook_settings(fake, tmp_path, port, secret),
            data_keys=(data_key,),
            console_secret=console_secret,
            log_level="DEBUG",
        )
        with caplog.at_level(logging.DEBUG):
            stop = asyncio.Event()
            bot = asyncio.create_task(run(settings, stop))
            try:
                await asyncio.wait_for(fake.api.webhook_set.wait(), timeout=30)
                person = fake.person(chat_id=6_000_002, language_code="de")
                start = {"update_id": 2, "message": person._message(text="/start kim")}
                async with httpx.AsyncClient() as client:
                    await client.post(url, json=start, headers={SECRET_HEADER: "wrong"})
                    await client.post(url, json=start, headers={SECRET_HEADER: secret})
                    await person.next_reply()
            finally:
                stop.set()
                await asyncio.wait_for(bot, timeout=30)
    # The fake Telegram server's own access log (aiohttp's) is Telegram's side, not Uli's.
    ours = [r for r in caplog.records if not r.name.startswith("aiohttp.access")]
    trace = logging.Formatter().formatException
    logged = "\n".join(r.getMessage() + (trace(r.exc_info) if r.exc_info else "") for r in ours)
    assert "Uli runs as" in logged, "the log was captured"
    for name, value in (
        ("token", fake.token.split(":", 1)[1]),
        ("webhook secret", secret),
        ("data key", data_key),
        ("console secret", console_secret),
    ):
        assert value not in logged, f"the {name} is in the log"
