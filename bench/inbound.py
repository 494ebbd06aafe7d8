"""Receiving: how fast Uli takes and answers young people's messages, next to a bare echo bot.

    .venv/bin/python bench/inbound.py [--chats 200] [--light 200] [--rate 5] [--burst 1000]
        [--database postgresql://postgres@127.0.0.1:5432/test]

One fake Telegram Bot API server (tests/telegram) on 127.0.0.1 serves, one after the other in
the same run, two bot processes:

  * the floor: `bench/echo_bot.py`, a bare aiogram 3 echo bot with the standard
    `Dispatcher.start_polling` (each update a task, nothing stored, no rate limit);
  * Uli: a real `uli run` process on a fresh database (SQLite by default; with --database a
    throw-away role and schema on that PostgreSQL server, dropped afterwards).

Uli's young people first open the service as a person does (`/start teilhabe`, then they tap
the language Uli ticked); that is set-up, not measured. Then, for each bot:

  (a) light load: --light messages "wann habt ihr offen" from --chats chats, --rate a second;
  (b) a burst: --burst messages from the same chats (round robin), all put on the server at
      once.

Measured, from the moment an update is put on the fake server:
  * until the reply arrives at the fake server (its sendMessage; a chat's n-th reply answers
    its n-th message: Uli answers one person's messages in order with one message each, and
    the echo bot answers each with its own text);
  * messages taken per second: the fake server's getUpdates is wrapped to note when each
    update is confirmed (by a later getUpdates offset); Uli confirms only what it has stored;
  * for Uli, until the turn is stored: the bench reads Uli's `inbound` table every 0.05 s and
    notes when each row turned done (the turn, its message and its replies committed in one
    transaction; the middle between two readings), which shows the receiving side apart from
    the sending side;
  * CPU seconds of the bot process (utime + stime of /proc/<pid>/stat, all its threads) from
    the first message until all is quiet (see below), per message; and its CPU while idle;
  * never answered and answered twice (after Uli's inbound queue and outbox are empty; for the
    echo bot once every update is confirmed), and replies that are not the expected answer.

Uli sends at most 30 messages a second in all and one a second per chat (Telegram's limits,
kept by its outbox), so a burst's replies cannot come faster than that (1,000 take at least
33 seconds), while the echo bot has no such limit; the turns themselves may be slower still,
which "turn stored" shows. The default sizes keep one run to about 5 minutes on 2 shared
cores; issue 10's burst was --burst 2000 (about twice as long). Prints Markdown tables and the
command; exits non-zero if Uli left a message unanswered or answered one twice.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import math
import os
import shlex
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage import Database, TextCipher  # noqa: E402
from tests.conftest_db import bench_database  # noqa: E402
from tests.e2e.processes import ULI, free_port  # noqa: E402
from tests.telegram import FakeTelegram, Person  # noqa: E402
from tests.telegram.server import FakeBotApi, Json, SentMessage  # noqa: E402

QUESTION = "wann habt ihr offen"
SERVICE = "teilhabe"
HOURS_MARK = "🕒"  # Uli's answer about opening hours starts with it
ECHO_CHATS = 6_100_000
ULI_CHATS = 6_200_000
SEND_LIMIT = 30  # messages a second Uli sends in all (Telegram's limit, kept by its outbox)
READ_EVERY = 0.05  # seconds between two readings of Uli's database
IDLE_WINDOW = 3.0  # seconds of no traffic over which idle CPU is measured
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """utime + stime of the process (all its threads), in seconds."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (name) "; fields[0] is field 3
    return (int(fields[11]) + int(fields[12])) / TICK


def nearest_rank(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


@dataclass
class Pushed:
    update_id: int
    chat_id: int
    text: str
    at: float  # time.monotonic(), the fake server's clock too


class Taking:
    """When the bot confirmed each update (a later getUpdates offset) and how often each was
    handed out: the fake server's getUpdates, wrapped."""

    def __init__(self, api: FakeBotApi) -> None:
        self.confirmed: dict[int, float] = {}
        self.handed_out: Counter[int] = Counter()
        original = api.m_getupdates

        async def getupdates(params: Json) -> list[Json]:
            offset = int(params.get("offset") or 0)
            if offset:
                now = time.monotonic()
                for update in api.state.updates:
                    if update["update_id"] < offset:
                        self.confirmed.setdefault(update["update_id"], now)
            batch = await original(params)
            self.handed_out.update(u["update_id"] for u in batch)
            return batch

        setattr(api, "m_getupdates", getupdates)  # noqa: B010 (a method replaced on purpose)


class Watcher:
    """Uli's database read every READ_EVERY seconds: when each inbound row became done (by
    update id; the middle between the reading that first saw it done and the one before),
    and how many inbound rows and outbox messages are still pending."""

    def __init__(self, url: str) -> None:
        self.engine: AsyncEngine = create_async_engine(Database.normalise_url(url))
        self.done: dict[int, float] = {}
        self.pending: tuple[int, int] | None = None
        self.read_at = 0.0

    async def read(self) -> None:
        started = time.monotonic()
        async with self.engine.connect() as connection:
            done = await connection.execute(
                text("SELECT update_id FROM inbound WHERE status = 'done'")
            )
            # Done after the reading before began, and before this one did.
            middle = (self.read_at + started) / 2 if self.read_at else started
            for (update_id,) in done:
                self.done.setdefault(int(update_id), middle)
            inbound = await connection.scalar(
                text("SELECT count(*) FROM inbound WHERE status = 'pending'")
            )
            outbox = await connection.scalar(
                text("SELECT count(*) FROM outbox WHERE status = 'pending'")
            )
        self.pending = (int(inbound or 0), int(outbox or 0))
        self.read_at = started

    async def follow(self) -> None:
        while True:
            try:
                await self.read()
            except Exception as error:  # a hiccup must not end the readings; say it once
                print(f"reading Uli's database failed: {error!r}", file=sys.stderr)
            await asyncio.sleep(READ_EVERY)

    async def sent_rows(self) -> int:
        async with self.engine.connect() as connection:
            sent = await connection.scalar(
                text("SELECT count(*) FROM outbox WHERE status = 'sent'")
            )
        return int(sent or 0)


def tail(log: Path, lines: int | None) -> list[str]:
    """The last `lines` lines of a log (all with None)."""
    every = log.read_text(errors="replace").splitlines()
    return every[-lines:] if lines else every


class BotProcess:
    def __init__(self, name: str, argv: list[str], env: dict[str, str], log: Path) -> None:
        self.name, self.argv, self.env, self.log = name, argv, env, log
        self.process: asyncio.subprocess.Process | None = None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.returncode is None

    async def start(self, api: FakeBotApi, cwd: str, seconds: float) -> None:
        """Start it and wait until it asks the fake server for updates."""
        api.polling_started.clear()
        with self.log.open("ab") as out:
            self.process = await asyncio.create_subprocess_exec(
                *self.argv, cwd=cwd, env=self.env, stdout=out, stderr=out
            )
        polling = asyncio.ensure_future(api.polling_started.wait())
        ended = asyncio.ensure_future(self.process.wait())
        await asyncio.wait({polling, ended}, timeout=seconds, return_when="FIRST_COMPLETED")
        polling.cancel()
        ended.cancel()
        if not api.polling_started.is_set():
            last = "\n".join(tail(self.log, 40))
            raise RuntimeError(f"{self.name} did not start polling within {seconds:.0f} s:\n{last}")

    async def stop(self) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.process.wait(), 30)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()


async def until(condition: Callable[[], bool], seconds: float, bot: BotProcess) -> bool:
    """Whether `condition()` came true within `seconds` (checked every 20 ms)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if not bot.alive():
            raise RuntimeError(f"{bot.name} ended:\n" + "\n".join(tail(bot.log, 40)))
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


def push_text(api: FakeBotApi, person: Person, text_: str) -> Pushed:
    message = {
        "message_id": api.next_message_id(),
        "date": int(time.time()),
        "chat": {"id": person.chat_id, "type": "private", "first_name": person.user["first_name"]},
        "from": person.user,
        "text": text_,
    }
    at = time.monotonic()
    api.push_update({"message": message})
    return Pushed(api.state.updates[-1]["update_id"], person.chat_id, text_, at)


@dataclass
class Phase:
    """One phase for one bot: what was pushed, what came back."""

    bot: str
    name: str
    pushed: list[Pushed]
    started: float
    cpu: float = 0.0
    """CPU seconds of the bot from the first message until all is quiet."""
    replies: dict[int, list[SentMessage]] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    stored: list[float] = field(default_factory=list)
    sending: list[float] = field(default_factory=list)  # turn stored → reply (Uli)
    never: int = 0
    twice: int = 0
    unexpected: int = 0
    replied_after: float | None = None
    taken_after: float | None = None
    stored_after: float | None = None
    not_taken: int = 0
    redelivered: int = 0


class Pushes(Protocol):
    """A phase that push_on_schedule fills in."""

    pushed: list[Pushed]
    started: float
    cpu: float


@dataclass(frozen=True)
class Pushing:
    before: dict[int, int]
    """Each chat's replies on the server before the phase."""
    expected: Counter[int]
    """The messages pushed to each chat."""


async def push_on_schedule(
    api: FakeBotApi,
    pid: int,
    people: Sequence[Person],
    schedule: Sequence[float],
    phase: Pushes,
    text_of: Callable[[int], str],
) -> Pushing:
    """Push one message per entry of `schedule` (seconds after the phase starts, round robin
    over `people`; the n-th says `text_of(n)`), noting the bot's CPU at the start in
    `phase.cpu` (negative: the rest is added once all is quiet)."""
    sent = api.state.sent
    before = {p.chat_id: len(sent[p.chat_id]) for p in people}
    expected: Counter[int] = Counter()
    phase.cpu = -cpu_seconds(pid)
    phase.started = time.monotonic()
    for number, offset in enumerate(schedule):
        wait = phase.started + offset - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        person = people[number % len(people)]
        phase.pushed.append(push_text(api, person, text_of(number)))
        expected[person.chat_id] += 1
    return Pushing(before, expected)


async def run_phase(
    phase: Phase,
    api: FakeBotApi,
    bot: BotProcess,
    people: Sequence[Person],
    schedule: Sequence[float],
    deadline_after: float,
) -> None:
    """Push one message per entry of `schedule` (seconds after the start, round robin over
    `people`) and wait until every chat has its replies (or the deadline)."""
    sent = api.state.sent
    pushing = await push_on_schedule(api, bot.pid, people, schedule, phase, lambda _: QUESTION)
    base, expected = pushing.before, pushing.expected

    def all_replied() -> bool:
        return all(len(sent[c]) - base[c] >= n for c, n in expected.items())

    await until(all_replied, deadline_after, bot)
    phase.replies = {c: sent[c][base[c] :] for c in expected}


def settle(phase: Phase, taking: Taking, done: dict[int, float], expect: str | None) -> None:
    """Match replies to messages (a chat's n-th reply to its n-th message) and count."""
    mine: dict[int, list[Pushed]] = {}
    for pushed in phase.pushed:
        mine.setdefault(pushed.chat_id, []).append(pushed)
    last_reply = 0.0
    for chat, messages in mine.items():
        answers = phase.replies.get(chat, [])
        phase.never += max(0, len(messages) - len(answers))
        phase.twice += max(0, len(answers) - len(messages))
        for message, answer in zip(messages, answers, strict=False):
            phase.latencies.append(answer.at - message.at)
            if message.update_id in done:
                phase.sending.append(answer.at - done[message.update_id])
            last_reply = max(last_reply, answer.at)
            wanted = message.text if expect is None else expect
            if wanted not in answer.text:
                phase.unexpected += 1
    if phase.never == 0 and phase.latencies:
        phase.replied_after = last_reply - phase.started
    ids = [p.update_id for p in phase.pushed]
    confirmed = [taking.confirmed[i] for i in ids if i in taking.confirmed]
    phase.not_taken = len(ids) - len(confirmed)
    if confirmed:
        phase.taken_after = max(confirmed) - phase.started
    phase.redelivered = sum(1 for i in ids if taking.handed_out[i] > 1)
    stored = [(done[p.update_id], p) for p in phase.pushed if p.update_id in done]
    phase.stored = [at - p.at for at, p in stored]
    if stored and len(stored) == len(ids):
        phase.stored_after = max(at for at, _ in stored) - phase.started


def light_schedule(messages: int, rate: float) -> list[float]:
    return [n / rate for n in range(messages)]


def burst_schedule(messages: int) -> list[float]:
    return [0.0] * messages


async def echo_run(
    fake: FakeTelegram, taking: Taking, env: dict[str, str], tmp: str, args: argparse.Namespace
) -> tuple[list[Phase], float]:
    api = fake.api
    bot = BotProcess(
        "echo bot",
        [sys.executable, str(ROOT / "bench" / "echo_bot.py")],
        env,
        Path(tmp, "echo.log"),
    )
    people = [fake.person(ECHO_CHATS + n, f"E{n}", "de") for n in range(args.chats)]
    await bot.start(api, tmp, 120)
    phases: list[Phase] = []
    try:
        idle = await idle_cpu(bot)
        for name, schedule, limit in plans(args):
            phase = Phase("echo bot (aiogram start_polling)", name, [], 0.0)
            await run_phase(phase, api, bot, people, schedule, limit)
            ids = [p.update_id for p in phase.pushed]
            # Nothing more can come once every update is confirmed and none was handed out
            # twice (an echo bot keeps no state from which a reply could be sent again).
            await until(partial(all_confirmed, taking, ids), 30, bot)
            if any(taking.handed_out[i] > 1 for i in ids):
                await asyncio.sleep(1.0)  # a repeated update's echo may still be on its way
            phase.cpu += cpu_seconds(bot.pid)
            reread(phase, api)
            settle(phase, taking, {}, None)
            phases.append(phase)
    finally:
        await bot.stop()
        api.state.updates.clear()  # what it was handed but had not confirmed when it stopped
    return phases, idle


def all_confirmed(taking: Taking, ids: Sequence[int]) -> bool:
    return all(i in taking.confirmed for i in ids)


def reread(phase: Phase, api: FakeBotApi) -> None:
    """The phase's replies, read again now that all is quiet (doubles included): everything
    sent to its chats since it began (each phase begins after the one before is quiet)."""
    chats = {p.chat_id for p in phase.pushed}
    phase.replies = {c: [m for m in api.state.sent[c] if m.at >= phase.started] for c in chats}


async def idle_cpu(bot: BotProcess) -> float:
    """CPU seconds a second of the bot with nothing to do (polling, timers)."""
    before = cpu_seconds(bot.pid)
    await asyncio.sleep(IDLE_WINDOW)  # a measuring window, not a wait for an event
    return (cpu_seconds(bot.pid) - before) / IDLE_WINDOW


def plans(args: argparse.Namespace) -> list[tuple[str, list[float], float]]:
    light = light_schedule(args.light, args.rate)
    burst_limit = args.burst / 5 + 60  # Uli takes 8 to 17 turns a second on a busy machine
    return [
        ("light", light, 60.0),
        ("burst", burst_schedule(args.burst), burst_limit),
    ]


async def set_up(api: FakeBotApi, bot: BotProcess, people: Sequence[Person]) -> int:
    """Each person opens the service and taps the ticked language; how many got the menu."""
    sent = api.state.sent
    for person in people:
        await person.says(f"/start {SERVICE}")
    if not await until(lambda: all(len(sent[p.chat_id]) >= 1 for p in people), 180, bot):
        raise RuntimeError("not every person got Uli's welcome within 180 s")
    for person in people:
        welcome = sent[person.chat_id][0]
        ticked = next(label for label in welcome.button_labels if label.startswith("✓ "))
        await person.taps_in(welcome, ticked)
    if not await until(lambda: all(len(sent[p.chat_id]) >= 2 for p in people), 180, bot):
        raise RuntimeError("not every person got Uli's menu within 180 s")
    return sum(1 for p in people if "🕒 Öffnungszeiten" in sent[p.chat_id][1].button_labels)


def uli_env(env: dict[str, str], url: str, instance: str, log_level: str) -> dict[str, str]:
    """The environment of a benchmarked `uli run`: its database, a fresh data key, a free
    console port and its own instance name."""
    return {
        **env,
        "DATABASE_URL": url,
        "ULI_DATA_KEY": TextCipher.new_key(),
        "ULI_CONSOLE_PORT": str(free_port()),
        "ULI_INSTANCE_ID": instance,
        "LOG_LEVEL": log_level,
    }


async def uli_run(
    fake: FakeTelegram,
    taking: Taking,
    env: dict[str, str],
    tmp: str,
    url: str,
    args: argparse.Namespace,
) -> tuple[list[Phase], float, dict[str, Any]]:
    api = fake.api
    own = uli_env(env, url, "bench-inbound", "WARNING")
    log = Path(tmp, "uli.log")
    bot = BotProcess("uli run", [str(ULI), "run"], own, log)
    people = [fake.person(ULI_CHATS + n, f"U{n}", "de") for n in range(args.chats)]
    await bot.start(api, tmp, 240)
    watcher = Watcher(url)
    following = asyncio.create_task(watcher.follow())
    phases: list[Phase] = []
    facts: dict[str, Any] = {}
    try:
        facts["menus"] = await set_up(api, bot, people)
        await quiet(watcher, bot)
        idle = await idle_cpu(bot)
        for name, schedule, limit in plans(args):
            phase = Phase("Uli (`uli run`)", name, [], 0.0)
            await run_phase(phase, api, bot, people, schedule, limit)
            # Nothing more can be sent once Uli's inbound queue and outbox are both empty.
            facts[f"quiet_{name}"] = await quiet(watcher, bot)
            phase.cpu += cpu_seconds(bot.pid)
            reread(phase, api)
            settle(phase, taking, watcher.done, HOURS_MARK)
            phases.append(phase)
        facts["outbox_sent"] = await watcher.sent_rows()
        facts["fake_received"] = sum(len(api.state.sent[p.chat_id]) for p in people)
    finally:
        following.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await following
        await watcher.engine.dispose()
        await bot.stop()
    facts["warnings"] = [
        line for line in tail(log, None) if " WARNING " in line or " ERROR " in line
    ]
    return phases, idle, facts


async def quiet(watcher: Watcher, bot: BotProcess, seconds: float = 120) -> bool:
    """Wait for a reading of Uli's database, begun now or later, with nothing pending."""
    since = time.monotonic()
    return await until(lambda: watcher.read_at >= since and watcher.pending == (0, 0), seconds, bot)


# -- the report -----------------------------------------------------------------------------------


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def spread(values: Sequence[float]) -> str:
    if not values:
        return "—"
    return f"{ms(nearest_rank(values, 0.5))} / {ms(nearest_rank(values, 0.95))}"


def after(seconds: float | None, count: int) -> str:
    if seconds is None:
        return "not all"
    rate = count / seconds if seconds > 0 else float("inf")
    return f"{seconds:.1f} s ({rate:,.0f}/s)"


def light_table(phases: Sequence[Phase], backend: str, rate: float, idles: dict[str, float]) -> str:
    rows = [
        "| bot | database | messages | answered | never | twice | not the expected answer "
        "| arrival → reply p50 / p95 (max) | arrival → turn stored p50 / p95 "
        "| turn stored → reply p50 / p95 (max) "
        "| CPU per message | idle CPU |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for p in phases:
        db = backend if p.bot.startswith("Uli") else "—"
        biggest = f" ({ms(max(p.latencies))})" if p.latencies else ""
        sending = f"{spread(p.sending)} ({ms(max(p.sending))})" if p.sending else "—"
        rows.append(
            f"| {p.bot} | {db} | {len(p.pushed)} at {rate:g}/s | {len(p.latencies)} "
            f"| {p.never} | {p.twice} | {p.unexpected} | {spread(p.latencies)}{biggest} "
            f"| {spread(p.stored)} | {sending} | {ms(p.cpu / len(p.pushed))} "
            f"| {ms(idles[p.bot])} a second |"
        )
    return "\n".join(rows)


def burst_table(phases: Sequence[Phase], backend: str, chats: int) -> str:
    rows = [
        "| bot | database | messages | taken (confirmed to the server) | all turns stored "
        "| all answered | arrival → reply p50 / p95 | arrival → turn stored p50 / p95 "
        "| never answered | answered twice | not the expected answer | CPU per message |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for p in phases:
        db = backend if p.bot.startswith("Uli") else "—"
        taken = after(p.taken_after, len(p.pushed))
        if p.not_taken:
            taken += f", {p.not_taken} never confirmed"
        stored = after(p.stored_after, len(p.pushed)) if p.bot.startswith("Uli") else "—"
        rows.append(
            f"| {p.bot} | {db} | {len(p.pushed):,} from {chats} chats at once | {taken} "
            f"| {stored} | {after(p.replied_after, len(p.pushed))} | {spread(p.latencies)} "
            f"| {spread(p.stored)} | {p.never} | {p.twice} | {p.unexpected} "
            f"| {ms(p.cpu / len(p.pushed))} |"
        )
    return "\n".join(rows)


async def main(args: argparse.Namespace, command: str) -> int:
    load_before = os.getloadavg()
    when = dt.datetime.now().astimezone()
    base_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "ULI_", "DATABASE_URL"))
    }
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeTelegram() as fake, bench_database(args.database, tmp) as url:
            taking = Taking(fake.api)
            env = {**base_env, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_URL": fake.base_url}
            echo, echo_idle = await echo_run(fake, taking, env, tmp, args)
            uli, uli_idle, facts = await uli_run(fake, taking, env, tmp, url, args)
    load_after = os.getloadavg()
    backend = "PostgreSQL" if args.database else "SQLite"
    idles = {echo[0].bot: echo_idle, uli[0].bot: uli_idle}
    light = [p for p in echo + uli if p.name == "light"]
    burst = [p for p in echo + uli if p.name == "burst"]
    print(f"`{command}`")
    print()
    print(
        f"{when:%Y-%m-%d %H:%M %Z}, {os.cpu_count()} cores, shared with other work "
        f"(load average {load_before[0]:.1f} before, {load_after[0]:.1f} after); one fake Bot "
        f"API server on 127.0.0.1 for both bots, in the bench's own process."
    )
    print()
    print(
        f"**(a) Light load**: {args.light} messages from {args.chats} chats, {args.rate:g} a second"
    )
    print()
    print(light_table(light, backend, args.rate, idles))
    print()
    print(f"**(b) Burst**: {args.burst:,} messages from {args.chats} chats, all at once")
    print()
    print(burst_table(burst, backend, args.chats))
    print()
    extra = facts["fake_received"] - facts["outbox_sent"]
    print(
        f"Uli: {facts['menus']} of {args.chats} people reached the menu in the set-up; "
        f"messages that arrived at the fake server: {facts['fake_received']:,}, outbox rows "
        f"marked sent: {facts['outbox_sent']:,} (difference {extra}); updates handed out "
        f"more than once: {sum(p.redelivered for p in uli)} (echo bot: "
        f"{sum(p.redelivered for p in echo)}); inbound queue and outbox empty at the end: "
        f"{facts['quiet_light'] and facts['quiet_burst']}; warnings and errors in its log: "
        f"{len(facts['warnings'])}."
    )
    for line in facts["warnings"][:5]:
        print(f"    {line[:200]}")
    print(
        f"Turn stored = the inbound row turned done (turn, message and replies committed), "
        f"seen by reading the database every {READ_EVERY:g} s. CPU = utime + stime of the "
        f"bot process from the first message until all is quiet. Uli sends at most "
        f"{SEND_LIMIT} messages a second (Telegram's limit)."
    )
    uli_ok = all(p.never == 0 and p.twice == 0 for p in uli)
    return 0 if uli_ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--light", type=int, default=200, help="messages at light load")
    parser.add_argument("--rate", type=float, default=5.0, help="light-load messages a second")
    parser.add_argument("--burst", type=int, default=1000, help="messages put at once")
    parser.add_argument("--database", default=None, help="a PostgreSQL server URL (superuser)")
    arguments = parser.parse_args()
    if min(arguments.chats, arguments.light, arguments.burst) < 1 or arguments.rate <= 0:
        parser.error("--chats, --light, --burst and --rate must be positive")
    shown = shlex.join([".venv/bin/python", "bench/inbound.py", *sys.argv[1:]])
    sys.exit(asyncio.run(main(arguments, shown)))
