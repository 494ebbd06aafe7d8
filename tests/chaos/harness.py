"""Helpers of the chaos tests: young people who choose a service, waiting until the traffic
settles, and comparing what Uli queued with what reached Telegram."""

from __future__ import annotations

import asyncio
import os
import random
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.chaos.store import Store
from tests.e2e.processes import UliProcess
from tests.telegram import FakeTelegram, Person, SentMessage

WAIT = 120.0
"""Seconds any one wait may take: generous for a loaded 2-core machine."""
QUIET = 15.0
"""Seconds without anything new arriving at the fake server after which a wait gives up
early: the defect is shown, and the run does not sit out the whole WAIT."""
SEED_ENV = "ULI_CHAOS_SEED"


def seeded_random(what: str) -> random.Random:
    """A random source whose seed is printed (pytest shows it with a failure) and can be
    given again with ULI_CHAOS_SEED to replay a run."""
    seed = int(os.environ.get(SEED_ENV) or secrets.randbelow(2**32))
    print(f"{what}: {SEED_ENV}={seed}")
    return random.Random(seed)


class Stopwatch:
    """Prints how long each phase of a test took (shown with -s, and with a failure)."""

    def __init__(self) -> None:
        self.start = self.last = time.monotonic()

    def __call__(self, phase: str) -> None:
        now = time.monotonic()
        print(f"[{now - self.start:6.1f} s] {phase} ({now - self.last:.1f} s)")
        self.last = now


@asynccontextmanager
async def uli_processes(
    telegram: FakeTelegram, url: str, key: str, log: Path
) -> AsyncIterator[Callable[[], UliProcess]]:
    """Makes `uli run` processes on one database (one after another, each the restart of
    the one before: same instance name, same log); kills any still running at the end, so a
    failed test leaves no process behind."""
    made: list[UliProcess] = []

    def new() -> UliProcess:
        made.append(UliProcess(telegram, url, key, log, "uli-chaos"))
        return made[-1]

    try:
        yield new
    finally:
        for process in made:
            if process.process is not None and process.process.returncode is None:
                await process.kill()


def arrived(telegram: FakeTelegram) -> int:
    """Messages that reached the fake server so far, to all chats."""
    return sum(len(messages) for messages in telegram.api.state.sent.values())


async def reply_to(person: Person, before: int, seconds: float = WAIT) -> SentMessage:
    """The first message to `person` after the `before` ones they had."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        sent = person.api.state.sent[person.chat_id]
        if len(sent) > before:
            return sent[before]
        await asyncio.sleep(0.02)
    raise AssertionError(f"no reply to chat {person.chat_id} within {seconds} s")


async def choose_kim(person: Person) -> None:
    """/start with KIM and keep the language Uli ticks (German): from then on a question gets
    the same answer whatever came before. Waits for each reply, as a person would."""
    before = len(person.api.state.sent[person.chat_id])
    await person.says("/start kim")
    welcome = await reply_to(person, before)
    ticked = next(label for label in welcome.button_labels if label.startswith("✓ "))
    await person.taps_in(welcome, ticked)
    menu = await reply_to(person, before + 1)
    assert "KIM" in menu.text, menu.text


async def settle(
    telegram: FakeTelegram,
    done: Callable[[], Awaitable[bool]],
    quiet: float = QUIET,
    seconds: float = WAIT,
) -> bool:
    """Wait until `done()`; False if nothing new reached the fake server for `quiet` seconds
    (or `seconds` passed) before that. Polls every 0.2 s (it may read the database)."""
    start = time.monotonic()
    last, last_change = arrived(telegram), start
    while True:
        if await done():
            return True
        now, count = time.monotonic(), arrived(telegram)
        if count != last:
            last, last_change = count, now
        if now - last_change > quiet or now - start > seconds:
            return False
        await asyncio.sleep(0.2)


def received(
    telegram: FakeTelegram, chats: list[int], at_least: int
) -> Callable[[], Awaitable[bool]]:
    """For `settle`: every one of `chats` has at least `at_least` messages."""

    async def check() -> bool:
        return all(len(telegram.api.state.sent[chat]) >= at_least for chat in chats)

    return check


def settled(
    telegram: FakeTelegram, store: Store, sent: dict[int, int]
) -> Callable[[], Awaitable[bool]]:
    """For `settle`: each chat's `sent` messages are stored and answered, and every queued
    reply has arrived (read from the database while `uli run` goes on)."""

    async def check() -> bool:
        stored = await store.chats(list(sent))
        return all(
            chat in stored and stored[chat].settled(n, len(telegram.api.state.sent[chat]))
            for chat, n in sent.items()
        )

    return check


@dataclass
class Deliveries:
    """Uli's queued replies to one chat against what reached Telegram, in order."""

    lost: list[str] = field(default_factory=list)
    """Queued, never arrived."""
    doubled: list[int] = field(default_factory=list)
    """Where (index into what was received) a reply arrived again right after itself: a
    send repeated because its outcome was lost."""
    unexpected: list[str] = field(default_factory=list)
    """Arrived, never queued."""


def compare(queued: list[str], received: list[str]) -> Deliveries:
    """Walk both in order: the outbox sends one chat's rows one after another, so a row sent
    twice shows up as a repeat of the row just before."""
    result = Deliveries()
    i = j = 0
    while i < len(received):
        if j < len(queued) and received[i] == queued[j]:
            i, j = i + 1, j + 1
        elif j > 0 and received[i] == queued[j - 1]:
            result.doubled.append(i)
            i += 1
        elif received[i] in queued[j + 1 :]:
            result.lost.append(queued[j])
            j += 1
        else:
            result.unexpected.append(received[i])
            i += 1
    result.lost += queued[j:]
    return result


def short(text: str, length: int = 60) -> str:
    line = text.replace("\n", " ")
    return line if len(line) <= length else line[: length - 1] + "…"
