"""A reply too long for one Telegram message goes out in parts; when Telegram fails in the
middle, the retry sends only the parts still missing — the young person never gets a part
twice. Through the outbox, aiogram's real client and the fake Bot API server."""

from __future__ import annotations

import datetime as dt

from bot.telegram import build_bot
from flows.delivery.channel import encode_reply
from flows.delivery.outbox import OutboxSender
from flows.vocabulary.events import Button, Reply
from handlers import telegram_sender
from storage import Database
from tests.telegram import FakeTelegram
from tests.telegram.server import DROP

CHAT = 9_100_001
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


async def test_a_failure_after_the_first_part_does_not_repeat_it(database: Database) -> None:
    paragraphs = [(f"{word} " * 400).strip() for word in ("Erstens", "Zweitens", "Drittens")]
    reply = Reply("\n\n".join(paragraphs), ((Button("OK", "m:menu"),),))
    async with database.session() as repo:
        contact = await repo.touch_contact("telegram", str(CHAT), NOW)
        text, buttons = encode_reply(reply)
        await repo.outbox.enqueue(contact, text=text, buttons=buttons, now=NOW)
    async with FakeTelegram() as telegram:
        telegram.fail_next("sendMessage", 500, "Internal Server Error", after=1)
        bot = build_bot(telegram.token, telegram.base_url)
        try:
            outbox = OutboxSender(
                database, {"telegram": telegram_sender(bot)}, clock=lambda: NOW, backoff_seconds=0
            )
            while await outbox.deliver_due():
                pass
        finally:
            await bot.session.close()
        sent = telegram.sent_to(CHAT)
    assert [m.text.split()[0] for m in sent] == ["Erstens", "Zweitens", "Drittens"]
    assert [m.text for m in sent] == paragraphs, "each part exactly once, in order"
    assert sent[-1].buttons == [[("OK", "m:menu")]], "the buttons under the last part"
    async with database.session() as repo:
        assert await repo.outbox.pending_count() == 0


async def test_a_broken_connection_delays_the_message_and_it_arrives_once(
    database: Database,
) -> None:
    chat = CHAT + 1
    async with database.session() as repo:
        contact = await repo.touch_contact("telegram", str(chat), NOW)
        await repo.outbox.enqueue(contact, text="Hallo, hier ist das Team.", buttons="[]", now=NOW)
    async with FakeTelegram() as telegram:
        telegram.fail_next("sendMessage", DROP, "connection reset", times=2)
        bot = build_bot(telegram.token, telegram.base_url)
        try:
            outbox = OutboxSender(
                database, {"telegram": telegram_sender(bot)}, clock=lambda: NOW, backoff_seconds=0
            )
            for _ in range(5):
                await outbox.deliver_due()
        finally:
            await bot.session.close()
        calls = [name for name, _ in telegram.calls if name == "sendMessage"]
        assert [m.text for m in telegram.sent_to(chat)] == ["Hallo, hier ist das Team."]
    assert len(calls) == 3, "two broken connections, then delivered"
    async with database.session() as repo:
        assert await repo.outbox.pending_count() == 0
