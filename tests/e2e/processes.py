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
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from storage import Database, Repository, TextCipher
from storage.appointments import Appointment, SlotRef
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


async def booked_at_the_diz(
    repo: Repository,
    chat_ids: list[int],
    start: dt.datetime,
    capacity: int,
    now: dt.datetime,
    booked_at: dt.datetime,
) -> AsyncIterator[Appointment]:
    """For each chat id a young person (German, at "teilhabe", seen `now`) with the hour at the
    DIZ from `start` booked at `booked_at`: their appointments, one by one."""
    slot = SlotRef("teilhabe", "diz", start, start + dt.timedelta(hours=1))
    for chat_id in chat_ids:
        contact = await repo.touch_contact("telegram", str(chat_id), now)
        contact.language, contact.contact_point_id = "de", "teilhabe"
        await repo.save(contact)
        appointment = await repo.appointments.book(
            contact_id=contact.id or 0, slot=slot, capacity=capacity, now=booked_at
        )
        assert not isinstance(appointment, str)
        yield appointment


async def reminders_due_now(
    database_url: str, data_key: str, chat_ids: list[int], now: dt.datetime
) -> None:
    """Young people (German) with an appointment in three hours at the DIZ, each with a
    reminder that is due now: as if booked earlier, the process having been down since."""
    start = (now + dt.timedelta(hours=3)).replace(second=0, microsecond=0)
    cipher = TextCipher([data_key])
    async with Database(database_url, cipher=cipher) as database, database.session() as repo:
        booked = booked_at_the_diz(repo, chat_ids, start, len(chat_ids), now, booked_at=now)
        async for appointment in booked:
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


async def killed_while_sending(
    telegram: FakeTelegram, database_url: str, data_key: str, log: Path, chat_id: int, what: str
) -> None:
    """`uli run` while every request for `chat_id` gets lost on the way: killed (SIGKILL) as
    soon as the one sending `what` arrives. Requests for `chat_id` then go through again."""
    telegram.api.state.stalled.add(chat_id)
    process = UliProcess(telegram, database_url, data_key, log, "uli-office")
    await process.start()
    try:
        await until(telegram.api.stalled_request.is_set, 60, f"{what} to be sent")
    finally:
        await process.kill()
    telegram.api.state.stalled.discard(chat_id)


async def one_more_round(telegram: FakeTelegram, chat_id: int) -> None:
    """A German /start from `chat_id`, answered: by then the outbox and the scheduled jobs
    (reminders, follow-ups) have had one more round."""
    person = telegram.person(chat_id, language_code="de")
    await person.says("/start")
    await person.next_reply(timeout=30)


async def two_processes_send_each_once(
    database_url: str,
    data_key: str,
    folder: Path,
    sent: Callable[[FakeTelegram], dict[int, int]],
    what: str,
    bystander: int,
) -> None:
    """Two `uli run` processes on one database, against one fake Bot API, until everyone has
    had `what` and one more round has passed (`bystander`'s /start answered); both, stopped by
    SIGTERM, exit with 0, and `sent` (how many each chat id got) counts exactly one for each."""
    async with FakeTelegram() as telegram:
        processes = [
            UliProcess(telegram, database_url, data_key, folder / f"uli-{n}.log", f"uli-{n}")
            for n in (1, 2)
        ]
        for process in processes:
            await process.start()
        try:
            await until(lambda: min(sent(telegram).values()) >= 1, 120, what)
            await one_more_round(telegram, bystander)
        finally:
            codes = [await process.stop() for process in processes]
        assert codes == [0, 0], "\n".join(p.output()[-2000:] for p in processes)
    counts = sent(telegram)
    assert set(counts.values()) == {1}, {c: n for c, n in counts.items() if n != 1}


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
    start = (now - dt.timedelta(days=2)).replace(second=0, microsecond=0)
    cipher = TextCipher([data_key])
    async with Database(database_url, cipher=cipher) as database, database.session() as repo:
        # One slot for every call (attended and missed), booked the day before it began.
        booked_at = start - dt.timedelta(days=1)
        async for appointment in booked_at_the_diz(repo, chat_ids, start, 10_000, now, booked_at):
            await repo.appointments.mark(appointment.id or 0, AppointmentStatus(status))
            due = now - dt.timedelta(minutes=1)
            await repo.reminders.schedule(appointment.id or 0, [due], now, kind=kind)


FOLLOW_UP_MARKS = {"attended": "Wie war dein Termin", "missed": "Wir haben dich"}


def follow_ups_sent(telegram: FakeTelegram, chat_id: int, status: str) -> int:
    return sum(FOLLOW_UP_MARKS[status] in m.text for m in telegram.sent_to(chat_id))
