"""`uli run` against a Bot API server that refuses the token or cannot be reached."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import run
from bot.settings import Settings, SettingsError
from tests.e2e.processes import free_port
from tests.telegram import FakeTelegram


async def test_a_revoked_token_is_one_clear_error(tmp_path: Path) -> None:
    async with FakeTelegram() as telegram:
        settings = Settings(
            database_url=f"sqlite+aiosqlite:///{tmp_path / 'uli.db'}",
            telegram_token="123456789:revoked-token",
            telegram_api_url=telegram.base_url,
        )
        with pytest.raises(SettingsError, match="refused TELEGRAM_BOT_TOKEN"):
            await run(settings)


async def test_an_unreachable_bot_api_is_one_clear_error(tmp_path: Path) -> None:
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'uli.db'}",
        telegram_token="123456789:some-token",
        telegram_api_url=f"http://127.0.0.1:{free_port()}",
    )
    with pytest.raises(SettingsError, match="cannot reach the Telegram Bot API"):
        await run(settings)
