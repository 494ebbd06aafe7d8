"""500 messages from 50 chats while `uli run` is killed (SIGKILL: the power goes) and, later
in the same run, stopped (SIGTERM: a deploy), each at a random moment, and started again:
every message is stored once and answered once, right after it. The only double allowed
is a reply that was on its way to Telegram at the moment of the kill (its outcome died
with the process); after SIGTERM, none.

The people keep writing while Uli is down (Telegram holds their messages), so a stop may
fall while updates are being taken in as well as while turns run and replies go out."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from pathlib import Path

from bot.telegram import TELEGRAM_LIMITS
from storage import TextCipher
from tests.chaos.harness import (
    QUIET,
    WAIT,
    Stopwatch,
    arrived,
    choose_kim,
    compare,
    seeded_random,
    settle,
    short,
    uli_processes,
)
from tests.chaos.store import Store, StoredChat
from tests.e2e.processes import start_and_wait
from tests.telegram import FakeTelegram, Person, SentMessage
from tests.telegram.server import FakeBotApi

CHATS, QUESTIONS = 50, 10
FIRST_CHAT = 8_100_000
ROUND_SECONDS = 1.5
"""The 50 chats each write one message every 1.5 s: the writing goes on for about 15 s."""
# A kill can double only what the outbox had handed to Telegram and not yet recorded: one
# pass claims at most the channel's per-second limit (storage.outbox.SendLimits), and each
# pass records its outcomes before the next one claims.
IN_FLIGHT = TELEGRAM_LIMITS.per_second or 30


def question(chat: int, k: int) -> tuple[str, str]:
    """The k-th message of a chat, unique in the run, and how Uli's answer begins."""
    n = k * CHATS + chat
    return (f"wann habt ihr offen {n}", "🕒") if k % 2 == 0 else (f"wo seid ihr {n}", "📍")


async def write(
    people: list[Person], api: FakeBotApi, kill_round: int, pushed: asyncio.Event
) -> None:
    """Every chat writes its questions, round after round, whether Uli is up or not; sets
    `pushed` when round `kill_round` is on its way (and `api.batch_handed_out` clear)."""
    for k in range(QUESTIONS):
        if k == kill_round:
            api.batch_handed_out.clear()
        for c, person in enumerate(people):
            await person.says(question(c, k)[0])
        if k == kill_round:
            pushed.set()
        await asyncio.sleep(ROUND_SECONDS)  # the pace of the writers, not a wait for Uli


async def test_500_messages_are_answered_once_across_a_kill_and_a_sigterm(
    database_url: str, tmp_path: Path
) -> None:
    rng, lap = seeded_random("kill and SIGTERM"), Stopwatch()
    total = CHATS * QUESTIONS
    # The kill falls while the people still write: as getUpdates hands out a round of their
    # messages, give or take the few milliseconds in which Uli stores it and confirms it with
    # the next call. The SIGTERM falls somewhere in the rest.
    kill_round, kill_delay = rng.randint(1, QUESTIONS - 2), rng.uniform(0, 0.05)
    term_share = rng.random()
    print(
        f"SIGKILL {kill_delay * 1000:.0f} ms after round {kill_round} is handed out; SIGTERM "
        f"{term_share:.0%} of the way from there to the end"
    )
    key, log = TextCipher.new_key(), tmp_path / "uli.log"
    chat_ids = [FIRST_CHAT + c for c in range(CHATS)]
    async with (
        FakeTelegram() as telegram,
        uli_processes(telegram, database_url, key, log) as process,
    ):

        async def answers(count: int) -> None:
            async def reached() -> bool:
                return arrived(telegram) - setup >= count

            if not await settle(telegram, reached):
                print(f"the answers stopped coming before {count}: stopping all the same")

        async def everyone_answered() -> bool:
            return all(len(telegram.sent_to(chat)) >= 2 + QUESTIONS for chat in chat_ids)

        first = process()
        await start_and_wait(first)
        lap("uli run polling")
        people = [telegram.person(chat, language_code="de") for chat in chat_ids]
        await asyncio.gather(*(choose_kim(person) for person in people))
        setup = arrived(telegram)
        lap("50 chats chose KIM")
        pushed = asyncio.Event()
        writing = asyncio.create_task(write(people, telegram.api, kill_round, pushed))
        try:
            await asyncio.wait_for(pushed.wait(), WAIT)
            with contextlib.suppress(TimeoutError):  # (if Uli has stopped polling by itself)
                await asyncio.wait_for(telegram.api.batch_handed_out.wait(), QUIET)
            await asyncio.sleep(kill_delay)  # the random moment itself, not a wait for Uli
            await first.kill()
            state = telegram.api.state
            unconfirmed = sum(update_id > state.confirmed for update_id in state.handed_out)
            at_kill = arrived(telegram) - setup
            term_at = at_kill + 25 + int(term_share * max(0, total - 50 - at_kill))
            lap(
                f"SIGKILL after {at_kill} answers, with {unconfirmed} updates handed out "
                f"and not confirmed; SIGTERM after {term_at}"
            )
            second = process()
            await start_and_wait(second)
            lap("uli run polling again")
            await answers(term_at)
            assert await second.stop() == 0, second.output()[-3000:]
            lap(f"SIGTERM after {arrived(telegram) - setup} answers (exit code 0)")
            after_term = time.monotonic()
            third = process()
            await start_and_wait(third)
            lap("uli run polling again")
            await writing
            await settle(telegram, everyone_answered)
            lap(f"settled: {arrived(telegram) - setup} answers arrived")
            assert await third.stop() == 0, third.output()[-3000:]
        finally:
            writing.cancel()
    async with Store(database_url, key) as store:
        stored = await store.chats(chat_ids)
    again = sum(n > 1 for n in telegram.api.state.handed_out.values())
    print(f"updates getUpdates handed out again (not confirmed before a stop): {again}")
    findings = Counter[str]()
    examples: list[str] = []
    doubles: dict[str, list[SentMessage]] = {"SIGKILL": [], "SIGTERM": []}
    for c, chat in enumerate(chat_ids):
        sent = telegram.sent_to(chat)
        doubled = check_chat(c, stored.get(chat, StoredChat()), sent, findings, examples)
        for message in doubled:
            doubles["SIGTERM" if message.at > after_term else "SIGKILL"].append(message)
    kill, term = len(doubles["SIGKILL"]), len(doubles["SIGTERM"])
    report = (
        f"{dict(findings)}; sent twice: {kill} after the SIGKILL (allowed {IN_FLIGHT}), "
        f"{term} after the SIGTERM (allowed 0); e.g. {examples[:8]}"
    )
    print(report)
    assert not findings and kill <= IN_FLIGHT and term == 0, report


def check_chat(
    c: int,
    chat: StoredChat,
    sent: list[SentMessage],
    findings: Counter[str],
    examples: list[str],
) -> list[SentMessage]:
    """Count what went wrong for one chat (stored, answered, delivered); the replies that
    arrived a second time."""
    incoming = Counter(line.text for line in chat.incoming)
    answers = Counter(line.text[:1] for line in chat.lines if not line.incoming)
    asked = Counter[str]()
    for k in range(QUESTIONS):
        text, answer = question(c, k)
        times = incoming[text]
        if times != 1:
            problem = "never stored" if times == 0 else "stored more than once"
            findings[problem] += 1
            examples.append(f"{text!r} {problem}")
            continue
        asked[answer] += 1
        at = next(i for i, line in enumerate(chat.lines) if line.text == text)
        follows = chat.lines[at + 1] if at + 1 < len(chat.lines) else None
        if follows is None or not follows.text.startswith(answer):
            findings["its answer not right after it"] += 1
            after = "nothing" if follows is None else short(follows.text, 30)
            examples.append(f"{text!r} followed by {after!r}")
    for answer, times in asked.items():
        findings["stored, never answered"] += max(0, times - answers[answer])
    findings["queued, never sent"] += len(chat.unsent)
    outcome = compare([text for text, _ in chat.outbox], [m.text for m in sent])
    findings["queued, never arrived"] += len(outcome.lost)
    findings["arrived, never queued"] += len(outcome.unexpected)
    examples += [f"lost: {short(t)!r}" for t in outcome.lost[:2]]
    examples += [f"unexpected: {short(t)!r}" for t in outcome.unexpected[:2]]
    for name in [name for name, n in findings.items() if n == 0]:
        del findings[name]
    return [sent[i] for i in outcome.doubled]
