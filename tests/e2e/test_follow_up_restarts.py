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
from tests.e2e.processes import UliProcess, follow_ups_due_now, follow_ups_sent, until
from tests.telegram import FakeTelegram

LENA, SAM = 7_200_001, 7_200_002


@pytest.mark.parametrize("status", ["attended", "missed"])
async def test_a_follow_up_interrupted_by_a_crash_is_sent_once_after_the_restart(
    tmp_path: Path, status: str
) -> None:
    url, key = sqlite_url(tmp_path), TextCipher.new_key()
    await follow_ups_due_now(url, key, [LENA], dt.datetime.now(dt.UTC), status)
    async with FakeTelegram() as telegram:
        telegram.api.state.stalled.add(LENA)  # the request gets lost on the way
        first = UliProcess(telegram, url, key, tmp_path / "uli.log", "uli-office")
        await first.start()
        try:
            await until(telegram.api.stalled_request.is_set, 60, "the follow-up to be sent")
        finally:
            await first.kill()
        assert follow_ups_sent(telegram, LENA, status) == 0
        telegram.api.state.stalled.clear()

        second = UliProcess(telegram, url, key, tmp_path / "uli.log", "uli-office")
        await second.start()
        try:
            await until(lambda: follow_ups_sent(telegram, LENA, status) == 1, 60, "the follow-up")
            sam = telegram.person(SAM, language_code="de")
            await sam.says("/start")
            await sam.next_reply(timeout=30)  # one more round of the outbox and the job
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
        async with FakeTelegram() as telegram:
            processes = [
                UliProcess(telegram, url, key, tmp_path / f"uli-{n}.log", f"uli-{n}")
                for n in (1, 2)
            ]
            for process in processes:
                await process.start()
            try:
                await until(
                    lambda: all(follow_ups_sent(telegram, c, s) >= 1 for c, s in people),
                    120,
                    "every follow-up",
                )
                sam = telegram.person(SAM, language_code="de")
                await sam.says("/start")
                await sam.next_reply(timeout=30)
            finally:
                codes = [await process.stop() for process in processes]
            assert codes == [0, 0], "\n".join(p.output()[-2000:] for p in processes)
        counts = {c: follow_ups_sent(telegram, c, s) for c, s in people}
        assert set(counts.values()) == {1}, {c: n for c, n in counts.items() if n != 1}
