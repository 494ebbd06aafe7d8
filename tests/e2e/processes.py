"""`uli run` in a process of its own, as an operator starts it, against the fake Bot API:
for the tests that kill it (SIGKILL, nothing tidied up), restart it, or run two at once."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path

from storage import Database, TextCipher
from storage.appointments import SlotRef
from tests.telegram import FakeTelegram

ULI = Path(sys.executable).with_name("uli")
REMINDER_MARK = "⏰"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class UliProcess:
    def __init__(
        self, telegram: FakeTelegram, database_url: str, data_key: str, log: Path, name: str
    ) -> None:
        self.telegram = telegram
        self.log = log
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("TELEGRAM_", "ULI_", "DATABASE_URL"))
        }
        self.env.update(
            DATABASE_URL=database_url,
            TELEGRAM_BOT_TOKEN=telegram.token,
            TELEGRAM_API_URL=telegram.base_url,
            ULI_DATA_KEY=data_key,
            ULI_CONSOLE_PORT=str(free_port()),
            ULI_INSTANCE_ID=name,
            LOG_LEVEL="INFO",
        )
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = await asyncio.create_subprocess_exec(
                str(ULI), "run", env=self.env, stdout=out, stderr=out
            )

    async def kill(self) -> None:
        """SIGKILL: the machine loses power, nothing is tidied up."""
        assert self.process is not None
        self.process.kill()
        await self.process.wait()

    async def stop(self) -> int:
        """SIGTERM, as systemd or docker stop sends it; the exit code."""
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self.process.wait(), 30)

    def output(self) -> str:
        return self.log.read_text(errors="replace")


async def reminders_due_now(
    database_url: str, data_key: str, chat_ids: list[int], now: dt.datetime
) -> None:
    """Young people (German) with an appointment in three hours at the DIZ, each with a
    reminder that is due now: as if booked earlier, the process having been down since."""
    cipher = TextCipher([data_key])
    async with Database(database_url, cipher=cipher) as database, database.session() as repo:
        start = (now + dt.timedelta(hours=3)).replace(second=0, microsecond=0)
        slot = SlotRef("teilhabe", "diz", start, start + dt.timedelta(hours=1))
        for chat_id in chat_ids:
            contact = await repo.touch_contact("telegram", str(chat_id), now)
            contact.language, contact.contact_point_id = "de", "teilhabe"
            await repo.save(contact)
            appointment = await repo.appointments.book(
                contact_id=contact.id or 0, slot=slot, capacity=len(chat_ids), now=now
            )
            assert not isinstance(appointment, str)
            due = now - dt.timedelta(minutes=1)
            await repo.reminders.schedule(appointment.id or 0, [due], now)


def reminders_sent(telegram: FakeTelegram, chat_id: int) -> int:
    return sum(REMINDER_MARK in m.text for m in telegram.sent_to(chat_id))


async def until(condition: Callable[[], bool], seconds: float, what: str) -> None:
    """Wait until `condition()` holds (checked every 50 ms)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out after {seconds} s waiting for {what}")


async def start_and_wait(process: UliProcess, seconds: float = 120) -> None:
    """Start `uli run` and wait until it is ready: polling (asking the fake Bot API for
    updates), or in webhook mode the webhook set. Fails at once, with the log's tail, if the
    process ends instead."""
    api = process.telegram.api
    ready = api.webhook_set if process.env.get("TELEGRAM_WEBHOOK_URL") else api.polling_started
    ready.clear()
    await process.start()
    assert process.process is not None
    running = process.process
    await until(
        lambda: ready.is_set() or running.returncode is not None, seconds, "uli run to be ready"
    )
    ended = f"uli run ended ({running.returncode}):\n{process.output()[-3000:]}"
    assert running.returncode is None, ended


def webhook_mode(process: UliProcess, secret: str) -> str:
    """Switch a not yet started `uli run` to webhook mode on its console port; the URL."""
    url = f"http://127.0.0.1:{process.env['ULI_CONSOLE_PORT']}/telegram/webhook"
    process.env.update(TELEGRAM_WEBHOOK_URL=url, TELEGRAM_WEBHOOK_SECRET=secret)
    return url


async def follow_ups_due_now(
    database_url: str, data_key: str, chat_ids: list[int], now: dt.datetime, status: str
) -> None:
    """Young people (German) whose appointment at the DIZ two days ago was marked `status`
    (attended or missed), each with the matching follow-up due now, as if the process had
    been down since it came due."""
    from storage.appointments import AppointmentStatus

    kind = f"follow_up_{status}"
    cipher = TextCipher([data_key])
    async with Database(database_url, cipher=cipher) as database, database.session() as repo:
        start = (now - dt.timedelta(days=2)).replace(second=0, microsecond=0)
        slot = SlotRef("teilhabe", "diz", start, start + dt.timedelta(hours=1))
        for chat_id in chat_ids:
            contact = await repo.touch_contact("telegram", str(chat_id), now)
            contact.language, contact.contact_point_id = "de", "teilhabe"
            await repo.save(contact)
            appointment = await repo.appointments.book(
                contact_id=contact.id or 0,
                slot=slot,
                capacity=10_000,  # one slot for every call (attended and missed)
                now=start - dt.timedelta(days=1),
            )
            assert not isinstance(appointment, str)
            await repo.appointments.mark(appointment.id or 0, AppointmentStatus(status))
            due = now - dt.timedelta(minutes=1)
            await repo.reminders.schedule(appointment.id or 0, [due], now, kind=kind)


FOLLOW_UP_MARKS = {"attended": "Wie war dein Termin", "missed": "Wir haben dich"}


def follow_ups_sent(telegram: FakeTelegram, chat_id: int, status: str) -> int:
    return sum(FOLLOW_UP_MARKS[status] in m.text for m in telegram.sent_to(chat_id))
