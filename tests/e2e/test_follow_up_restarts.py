"""Follow-ups after an appointment survive the process like reminders do: `uli run` killed
(SIGKILL) while a follow-up is on its way sends it once after the restart; two `uli run`
processes on one PostgreSQL database send each follow-up exactly once. Real processes,
against the fake Bot API (see test_restarts.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storage import TextCipher
from tests.conftest_db import postgres_schema, sqlite_url
from tests.e2e.processes import (
    UliProcess,
    follow_ups_due_now,
    follow_ups_sent,
    killed_while_sending,
    one_more_round,
    two_processes_send_each_once,
    until,
)
from tests.telegram import FakeTelegram

LENA, SAM = 7_200_001, 7_200_002


@pytest.mark.parametrize("status", ["attended", "missed"])
async def test_a_follow_up_interrupted_by_a_crash_is_sent_once_after_the_restart(
    tmp_path: Path, status: str
) -> None:
    url, key = sqlite_url(tmp_path), TextCipher.new_key()
    await follow_ups_due_now(url, key, [LENA], dt.datetime.now(dt.UTC), status)
    async with FakeTelegram() as telegram:
        await killed_while_sending(telegram, url, key, tmp_path / "uli.log", LENA, "the follow-up")
        assert follow_ups_sent(telegram, LENA, status) == 0

        second = UliProcess(telegram, url, key, tmp_path / "uli.log", "uli-office")
        await second.start()
        try:
            await until(lambda: follow_ups_sent(telegram, LENA, status) == 1, 60, "the follow-up")
            await one_more_round(telegram, SAM)  # of the outbox and the follow-up job
        finally:
            assert await second.stop() == 0
        assert follow_ups_sent(telegram, LENA, status) == 1, "sent exactly once"
        [message] = [m for m in telegram.sent_to(LENA) if "Termin" in m.text]
        assert len(message.button_labels) == 2  # book again, talk to a person


async def test_two_processes_on_one_postgresql_database_send_each_follow_up_once(
    tmp_path: Path,
) -> None:
    attended = [7_300_000 + n for n in range(40)]
    missed = [7_400_000 + n for n in range(40)]
    key = TextCipher.new_key()
    async with postgres_schema() as url:
        now = dt.datetime.now(dt.UTC)
        await follow_ups_due_now(url, key, attended, now, "attended")
        await follow_ups_due_now(url, key, missed, now, "missed")
        people = [(c, "attended") for c in attended] + [(c, "missed") for c in missed]
        await two_processes_send_each_once(
            url,
            key,
            tmp_path,
            lambda telegram: {c: follow_ups_sent(telegram, c, s) for c, s in people},
            "every follow-up",
            bystander=SAM,
        )
