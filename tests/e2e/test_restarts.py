"""Reminders survive the process: `uli run` killed (SIGKILL) while a reminder is on its way
sends it once after the restart, and a later restart does not send it again; two `uli run`
processes on one PostgreSQL database send each reminder exactly once.

These start `uli run` as real processes (a few seconds each), against the fake Bot API.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from storage import TextCipher
from tests.conftest_db import postgres_schema, sqlite_url
from tests.e2e.processes import (
    UliProcess,
    killed_while_sending,
    one_more_round,
    reminders_due_now,
    reminders_sent,
    two_processes_send_each_once,
    until,
)
from tests.telegram import FakeTelegram

LENA, SAM = 7_000_001, 7_000_002


async def test_a_reminder_interrupted_by_a_crash_is_sent_once_after_the_restart(
    tmp_path: Path,
) -> None:
    url, key = sqlite_url(tmp_path), TextCipher.new_key()
    await reminders_due_now(url, key, [LENA], dt.datetime.now(dt.UTC))
    async with FakeTelegram() as telegram:
        await killed_while_sending(telegram, url, key, tmp_path / "uli.log", LENA, "the reminder")
        assert reminders_sent(telegram, LENA) == 0

        second = UliProcess(telegram, url, key, tmp_path / "uli.log", "uli-office")
        await second.start()
        try:
            await until(lambda: reminders_sent(telegram, LENA) == 1, 60, "the reminder")
        finally:
            assert await second.stop() == 0

        third = UliProcess(telegram, url, key, tmp_path / "uli.log", "uli-office")
        telegram.api.polling_started.clear()
        await third.start()
        try:
            await telegram.wait_for_polling(60)
            await one_more_round(telegram, SAM)  # the outbox and the reminder job are running
        finally:
            assert await third.stop() == 0
        assert reminders_sent(telegram, LENA) == 1, "sent exactly once"
        [reminder] = [m for m in telegram.sent_to(LENA) if "⏰" in m.text]
        assert "Erinnerung" in reminder.text and "Absagen" in " ".join(reminder.button_labels)


async def test_two_processes_on_one_postgresql_database_send_each_reminder_once(
    tmp_path: Path,
) -> None:
    people = [7_100_000 + n for n in range(120)]
    key = TextCipher.new_key()
    async with postgres_schema() as url:
        await reminders_due_now(url, key, people, dt.datetime.now(dt.UTC))
        await two_processes_send_each_once(
            url,
            key,
            tmp_path,
            lambda telegram: {chat: reminders_sent(telegram, chat) for chat in people},
            "every reminder",
            bystander=SAM,
        )
