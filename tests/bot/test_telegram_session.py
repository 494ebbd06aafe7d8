"""Uli's Telegram session parses Telegram's answers as aiogram does, and builds each answer
type once per process instead of on nearly every call."""

from __future__ import annotations

import gc
import json
import weakref
from typing import Any

from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.methods import GetMyName, SendMessage, TelegramMethod

from bot.telegram import TelegramSession, build_bot
from tests.telegram import FakeTelegram

CHAT = 9_300_001
MESSAGE = {
    "message_id": 7,
    "date": 1_764_576_000,
    "chat": {"id": CHAT, "type": "private"},
    "text": "Hallo",
}
NAME = {"name": "Uli"}
ANSWERS = {
    SendMessage: json.dumps({"ok": True, "result": MESSAGE}),
    GetMyName: json.dumps({"ok": True, "result": NAME}),
}


def answer_type_survives(session: AiohttpSession, method: TelegramMethod[Any]) -> bool:
    """Whether the class an answer was parsed as is still there after a garbage collection
    (which a busy process runs all the time); if not, the next call builds it again."""
    bot = build_bot("42:TEST", None)
    answer = session.check_response(bot, method, 200, ANSWERS[type(method)])
    parsed = weakref.ref(type(answer))
    del answer
    gc.collect()
    return parsed() is not None


def test_the_answer_type_is_built_once() -> None:
    assert answer_type_survives(TelegramSession(), SendMessage(chat_id=CHAT, text="Hallo"))


def test_aiogram_alone_builds_it_again_after_a_collection() -> None:
    """Why TelegramSession exists: if this starts to fail, aiogram or pydantic keep the type
    themselves and TelegramSession can go. (getMe: a type no other test here holds.)"""
    assert not answer_type_survives(AiohttpSession(), GetMyName())


async def test_messages_sent_through_it_arrive_and_their_answers_are_read() -> None:
    async with FakeTelegram() as telegram:
        bot = build_bot(telegram.token, telegram.base_url)
        try:
            assert isinstance(bot.session, TelegramSession)
            first = await bot.send_message(CHAT, "Hallo")
            gc.collect()
            second = await bot.send_message(CHAT, "Noch einmal")
        finally:
            await bot.session.close()
        sent = telegram.sent_to(CHAT)
    assert [m.text for m in sent] == ["Hallo", "Noch einmal"]
    assert (first.chat.id, second.chat.id) == (CHAT, CHAT)
    assert second.message_id != first.message_id
