"""Peak memory of the whole `uli run` process while young people write to it.

    .venv/bin/python bench/bot_memory.py [--people 200] [--messages 5]

Starts the fake Telegram Bot API server (tests/telegram) on 127.0.0.1, starts `uli run` as its
own process against it with a fresh SQLite database, lets `--people` young people each send
/start, choose a language and type `--messages` questions (some of them crises), waits for every
answer, and prints the process's peak resident memory (VmHWM) with throughput. Uli must fit a
1 GB server next to PostgreSQL.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.telegram import FakeTelegram  # noqa: E402

# The crisis comes last: after it the conversation is with the team and Uli stays quiet.
QUESTIONS = {
    "de": ["wann habt ihr auf", "wo seid ihr", "kostet das was", "danke", "ich will nicht mehr"],
    "en": ["when r u open", "where are you", "is it free", "thx", "i cant do this anymore"],
    "ar": ["متى تفتحون", "وين مكانكم", "هل هو مجاني", "شكرا", "ما بدي عيش"],
    "ru": ["когда вы работаете", "где вы", "это бесплатно", "спасибо", "я больше не могу"],
}


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def one_person(fake: FakeTelegram, chat_id: int, lang: str, messages: int) -> int:
    person = fake.person(chat_id=chat_id, language_code=lang)
    await person.says("/start kim")
    await person.next_reply(timeout=120)
    await person.taps(data=f"lang:{lang}")
    await person.next_reply(timeout=120)
    messages = min(messages, len(QUESTIONS[lang]))
    for text in QUESTIONS[lang][-messages:]:
        await person.says(text)
        await person.next_reply(timeout=120)
    return messages + 2


async def main(people: int, messages: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeTelegram() as fake:
            env = fake.bot_env(
                DATABASE_URL=f"sqlite+aiosqlite:///{tmp}/uli.db",
                LOG_LEVEL="WARNING",
            )
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "run", cwd=tmp, env=env
            )
            try:
                await fake.wait_for_polling(timeout=60)
                idle = peak_mb(process.pid)
                started = time.perf_counter()
                langs = itertools.cycle(QUESTIONS)
                sent = await asyncio.gather(
                    *(one_person(fake, 7_000_000 + n, next(langs), messages) for n in range(people))
                )
                seconds = time.perf_counter() - started
                peak = peak_mb(process.pid)
            finally:
                process.send_signal(signal.SIGTERM)
                await process.wait()
    total = sum(sent)
    print(f"`uli run` against the fake Bot API: {people} people, {total} messages answered")
    print(f"  {seconds:.1f} s, {total / seconds:.0f} messages/s (one process, SQLite)")
    print(f"  peak RSS: {idle:.0f} MB after start-up, {peak:.0f} MB under load")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--messages", type=int, default=5, choices=range(1, 6))
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.people, args.messages)))
