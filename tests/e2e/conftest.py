"""Uli started the way `uli run` starts it, against the fake Bot API server on 127.0.0.1.

aiogram's import alone takes seconds, so the bot runs once per test session and the tests
tell young people apart by their chat ids.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Iterator

import pytest

from bot.app import run
from bot.settings import Settings
from tests.telegram import FakeTelegram

_chat_ids = itertools.count(5_000_001)


@pytest.fixture(scope="session")
def bot_database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('e2e') / 'uli.db'}"


@pytest.fixture(scope="session")
async def telegram(bot_database_url: str) -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        settings = Settings(
            database_url=bot_database_url,
            telegram_token=fake.token,
            telegram_api_url=fake.base_url,
            console_port=0,  # any free port: the console runs beside the bot
        )
        stop = asyncio.Event()
        bot = asyncio.create_task(run(settings, stop))
        await fake.wait_for_polling()
        try:
            yield fake
        finally:
            stop.set()
            await asyncio.wait_for(bot, timeout=30)


@pytest.fixture
def chat_id() -> Iterator[int]:
    yield next(_chat_ids)
