"""10,000 reminders due at the same moment: all sent, none twice, within Telegram's limits.

    .venv/bin/python bench/reminders.py [--reminders 10000] [--instances 1]
        [--database postgresql://postgres@127.0.0.1:5432/test]

Fills a fresh database (SQLite by default; with --database a fresh schema on that PostgreSQL
server) with young people who each have an appointment in three hours and one reminder due
now, as after a busy morning of bookings. Then starts `uli run` (--instances processes, on the
same database) against the fake Telegram Bot API server (tests/telegram) on 127.0.0.1 and
waits until every reminder has arrived. Prints how many arrived and how often per person,
the highest number of messages the fake server received in any one second (Telegram allows
about 30 a second per bot) and to one chat in any one second (about one), the total time,
and the peak resident memory of each `uli run` process (VmHWM).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage import Database, TextCipher  # noqa: E402
from storage.appointments import SlotRef  # noqa: E402
from tests.conftest_db import bench_database  # noqa: E402
from tests.telegram import FakeTelegram  # noqa: E402

FIRST_CHAT = 8_000_000
BATCH = 500


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def busiest_second(times: list[float]) -> int:
    """The most arrivals within any window of one second (sliding, not per calendar second)."""
    times = sorted(times)
    best, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


async def fill(url: str, key: str, reminders: int, now: dt.datetime) -> float:
    started = time.perf_counter()
    start = (now + dt.timedelta(hours=3)).replace(second=0, microsecond=0)
    slot = SlotRef("teilhabe", "diz", start, start + dt.timedelta(hours=1))
    async with Database(url, cipher=TextCipher([key])) as database:
        for first in range(0, reminders, BATCH):
            async with database.session() as repo:
                for chat in range(FIRST_CHAT + first, FIRST_CHAT + min(first + BATCH, reminders)):
                    contact = await repo.touch_contact("telegram", str(chat), now)
                    contact.language = ("de", "ar", "uk", "tr", "fa", "ru", "en")[chat % 7]
                    contact.contact_point_id = "teilhabe"
                    await repo.save(contact)
                    made = await repo.appointments.book(
                        contact_id=contact.id or 0, slot=slot, capacity=reminders, now=now
                    )
                    assert not isinstance(made, str)
                    await repo.reminders.schedule(made.id or 0, [now], now)
    return time.perf_counter() - started


async def main(reminders: int, instances: int, postgres: str | None) -> int:
    key = TextCipher.new_key()
    with tempfile.TemporaryDirectory() as tmp:
        async with bench_database(postgres, tmp) as url:
            now = dt.datetime.now(dt.UTC)
            filling = await fill(url, key, reminders, now)
            print(f"filled {reminders} appointments with reminders due now in {filling:.0f} s")
            async with FakeTelegram() as fake:
                env = fake.bot_env(
                    DATABASE_URL=url,
                    ULI_DATA_KEY=key,
                    LOG_LEVEL="WARNING",
                )
                processes = []
                started = time.monotonic()
                for number in range(instances):
                    own = {**env, "ULI_CONSOLE_PORT": str(18_090 + number)}
                    own["ULI_INSTANCE_ID"] = f"bench-{number}"
                    processes.append(
                        await asyncio.create_subprocess_exec(
                            sys.executable, "-m", "bot.cli", "run", cwd=tmp, env=own
                        )
                    )
                try:
                    sent = fake.api.state.sent
                    while sum(len(sent[c]) for c in list(sent)) < reminders:
                        if any(p.returncode is not None for p in processes):
                            print("a uli run process ended early", file=sys.stderr)
                            return 1
                        await asyncio.sleep(0.2)
                    seconds = time.monotonic() - started
                    await asyncio.sleep(3)  # anything sent twice would arrive by now
                    peaks = [peak_mb(p.pid) for p in processes]
                finally:
                    for process in processes:
                        if process.returncode is None:
                            process.send_signal(signal.SIGTERM)
                    for process in processes:
                        await process.wait()
            messages = [m for chat in fake.api.state.sent.values() for m in chat]
            per_person = Counter(m.chat_id for m in messages)
            per_chat_second = max(
                busiest_second([m.at for m in chat]) for chat in fake.api.state.sent.values()
            )
    twice = sum(1 for n in per_person.values() if n > 1)
    backend = "PostgreSQL" if postgres else "SQLite"
    print(f"{backend}, {instances} uli run process(es), {reminders} reminders due at once")
    print(f"arrived: {len(messages)} messages to {len(per_person)} people; sent twice: {twice}")
    print(f"busiest second: {busiest_second([m.at for m in messages])} messages (limit 30)")
    print(f"busiest second in one chat: {per_chat_second} (limit 1)")
    rate = reminders / seconds
    print(f"all arrived {seconds:.0f} s after start-up began ({rate:.1f} a second)")
    print("peak memory per process: " + ", ".join(f"{mb:.0f} MB" for mb in peaks))
    ok = len(per_person) == reminders and twice == 0
    return 0 if ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reminders", type=int, default=10_000)
    parser.add_argument("--instances", type=int, default=1)
    parser.add_argument("--database", default=None, help="a PostgreSQL server URL (superuser)")
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.reminders, args.instances, args.database)))
