"""The fake Bot API answers aiogram's real client the way Telegram does, errors included."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from tests.telegram import FakeTelegram


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as telegram:
        yield telegram


def client(fake: FakeTelegram, token: str | None = None) -> Bot:
    api = TelegramAPIServer.from_base(fake.base_url)
    return Bot(token=token or fake.token, session=AiohttpSession(api=api))


async def test_get_me_and_a_message_round_trip(fake: FakeTelegram) -> None:
    bot = client(fake)
    async with bot.context():
        me = await bot.get_me()
        assert me.is_bot and me.username == "UliTestBot"
        keyboard = InlineKeyboardMarkup(
            inline_keyboard=[[InlineKeyboardButton(text="🕒", callback_data="m:hours")]]
        )
        sent = await bot.send_message(42, "Hallo", reply_markup=keyboard)
    person = fake.person(42)
    reply = await person.next_reply()
    assert reply.message_id == sent.message_id and reply.text == "Hallo"
    assert reply.buttons == [[("🕒", "m:hours")]]


async def test_telegram_limits_are_enforced(fake: FakeTelegram) -> None:
    bot = client(fake)
    async with bot.context():
        with pytest.raises(TelegramBadRequest, match="message is too long"):
            await bot.send_message(42, "x" * 4097)
        await bot.send_message(42, "😀" * 2048)  # 4096 UTF-16 units: just fits
        with pytest.raises(TelegramBadRequest, match="message is too long"):
            await bot.send_message(42, "😀" * 2049)
        too_long = InlineKeyboardMarkup(
            inline_keyboard=[[InlineKeyboardButton(text="x", callback_data="x" * 65)]]
        )
        with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
            await bot.send_message(42, "Hallo", reply_markup=too_long)


async def test_error_envelopes_become_aiogram_exceptions(fake: FakeTelegram) -> None:
    bot = client(fake)
    async with bot.context():
        fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 2", retry_after=2)
        with pytest.raises(TelegramRetryAfter) as throttled:
            await bot.send_message(42, "Hallo")
        assert throttled.value.retry_after == 2
        fake.fail_next("sendMessage", 500, "Internal Server Error")
        with pytest.raises(TelegramServerError):
            await bot.send_message(42, "Hallo")
        fake.block(43)
        with pytest.raises(TelegramForbiddenError):
            await bot.send_message(43, "Hallo")
        await bot.send_message(42, "Hallo")
    bad = client(fake, token="999:wrong-token")
    async with bad.context():
        with pytest.raises(TelegramUnauthorizedError):
            await bad.get_me()


async def test_updates_are_long_polled_and_confirmed_by_offset(fake: FakeTelegram) -> None:
    bot = client(fake)
    person = fake.person(7, language_code="uk")
    async with bot.context():
        assert await bot.get_updates(timeout=0) == []
        await person.says("/start kim")
        updates = await bot.get_updates(timeout=1)
        assert len(updates) == 1 and updates[0].message is not None
        assert updates[0].message.text == "/start kim"
        assert updates[0].message.from_user is not None
        assert updates[0].message.from_user.language_code == "uk"
        again = await bot.get_updates(offset=updates[0].update_id + 1, timeout=0)
        assert again == []
