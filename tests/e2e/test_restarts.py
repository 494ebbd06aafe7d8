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
from tests.e2e.processes import UliProcess, reminders_due_now, reminders_sent, until
from tests.telegram import FakeTelegram

LENA, SAM = 7_000_001, 7_000_002


async def test_a_reminder_interrupted_by_a_crash_is_sent_once_after_the_restart(
    tmp_path: Path,
) -> None:
    url, key = sqlite_url(tmp_path), TextCipher.new_key()
    await reminders_due_now(url, key, [LENA], dt.datetime.now(dt.UTC))
    async with FakeTelegram() as telegram:
        telegram.api.state.stalled.add(LENA)  # the request gets lost on the way
        first = UliProcess(telegram, url, key, tmp_path / "uli.log", "uli-office")
        await first.start()
        try:
            await until(telegram.api.stalled_request.is_set, 60, "the reminder to be sent")
        finally:
            await first.kill()
        assert reminders_sent(telegram, LENA) == 0
        telegram.api.state.stalled.clear()

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
            sam = telegram.person(SAM, language_code="de")
            await sam.says("/start")
            await sam.next_reply(timeout=30)  # the outbox and the reminder job are running
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
        async with FakeTelegram() as telegram:
            processes = [
                UliProcess(telegram, url, key, tmp_path / f"uli-{n}.log", f"uli-{n}")
                for n in (1, 2)
            ]
            for process in processes:
                await process.start()
            try:
                await until(
                    lambda: all(reminders_sent(telegram, chat) >= 1 for chat in people),
                    120,
                    "every reminder",
                )
                # One more round of both processes' reminder passes and outbox loops.
                sam = telegram.person(SAM, language_code="de")
                await sam.says("/start")
                await sam.next_reply(timeout=30)
            finally:
                codes = [await process.stop() for process in processes]
            assert codes == [0, 0], "\n".join(p.output()[-2000:] for p in processes)
        counts = {chat: reminders_sent(telegram, chat) for chat in people}
        assert set(counts.values()) == {1}, {c: n for c, n in counts.items() if n != 1}
