"""The reply path: what one ordinary message costs Uli, next to a bare aiogram echo bot.

    .venv/bin/python bench/reply_path.py [--rounds 3] [--seconds 10] [--rates 1,5,20]
        [--burst 1000] [--chats 200] [--database postgresql://postgres@127.0.0.1:5432/test]
        [--rounds 1 --profile uli.pyspy.txt [--py-spy PATH]]

Each round starts one fake Telegram Bot API server (tests/telegram) on 127.0.0.1 and, one
after the other, two bot processes on it: `bench/echo_bot.py` (the reference: aiogram's
`Dispatcher.start_polling`, nothing stored) and a real `uli run` on a fresh database (a new
SQLite file each round; with --database a throw-away role and schema on that PostgreSQL
server). Uli's --chats people first open the service and tap the ticked language, as in
bench/inbound.py (set-up, not measured). Then, for each bot:

  * at each rate of --rates, for --seconds: ordinary typed questions ("wann habt ihr offen",
    "wo seid ihr", ...) from the --chats chats (round robin), one every 1/rate seconds;
  * a burst: --burst messages from the same chats, all put on the server at once.

Measured, for each bot:
  * start-up: the process started → its first getUpdates on the fake server;
  * RSS (VmRSS of /proc/<pid>/status) after start-up and after the burst, and its peak;
  * CPU per message: utime + stime of the process (/proc/<pid>/stat, all threads) from the
    first message of a phase until every message has its reply (for Uli also until its inbound
    queue and outbox are empty), divided by the messages offered;
  * reply time p50 / p95: the update put on the fake server → the reply's sendMessage arrives
    (Uli: a chat's n-th reply answers its n-th message; echo bot: the reply with its text);
  * burst intake: updates confirmed to the server (a later getUpdates offset) per second;
  * Uli's outbox claim queries per message tried, from the line `outbox: N claim queries for M
    messages tried` that `uli run` logs when SIGTERM stops it at the end of the round (the
    set-up's welcome and menu messages included).

With --profile, py-spy (not among Uli's packages: `pip install py-spy` anywhere) records
Uli's process during the phases at a steady rate; `bench/where_time_goes.py FILE` sums the
samples up by part of Uli.

Uli's answers are checked: not a crisis answer, not the error apology, not "not understood".
Prints one Markdown table (echo bot | Uli) of the medians over the rounds, with the date, the
command, the load average and the cores; exits non-zero if a round failed or an answer was
wrong, saying what went wrong.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import re
import shlex
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inbound import (  # noqa: E402 - a sibling script: bench/ is on sys.path when run
    ECHO_CHATS,
    SERVICE,
    ULI_CHATS,
    BotProcess,
    Pushed,
    Taking,
    Watcher,
    cpu_seconds,
    nearest_rank,
    push_on_schedule,
    set_up,
    tail,
    uli_env,
    until,
)

from tests.conftest_db import bench_database  # noqa: E402
from tests.e2e.processes import ULI  # noqa: E402
from tests.telegram import FakeTelegram, Person  # noqa: E402
from tests.telegram.server import FakeBotApi, SentMessage  # noqa: E402

QUESTIONS = {  # an ordinary typed question → how Uli's answer to it begins
    "wann habt ihr offen": "🕒",
    "wo seid ihr": "📍",
    "kostet das was": "💶",
    "brauche ich einen termin": "📅",
    "habt ihr heute auf": "🕒",
    "wo ist das genau": "📍",
    "muss ich was bezahlen": "💶",
    "kann ich einfach vorbeikommen": "📅",
}
# Uli's German texts that are not an answer to an ordinary question (locales/de.ftl keys).
NOT_ANSWERS = {
    "crisis answer": ("crisis-opening", "crisis-opening-unsure", "crisis-danger", "crisis-talk"),
    "error apology": ("error-sorry",),
    "not understood": ("not-understood",),
}
CLAIMS_LINE = re.compile(r"outbox: (\d+) claim queries for (\d+) messages tried")
START_LIMIT = 240.0  # seconds a bot may take to start polling


class Failed(Exception):
    """A round could not be measured; the message says why."""


def german_texts() -> dict[str, str]:
    """The start of each text of NOT_ANSWERS (up to its first variable), by kind."""
    values: dict[str, str] = {}
    for line in (ROOT / "locales" / "de.ftl").read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition(" = ")
        if sep:
            values[key.strip()] = value.split("{")[0].strip()
    return {f"{kind}: {key}": values[key] for kind, keys in NOT_ANSWERS.items() for key in keys}


def memory_mb(pid: int) -> tuple[float, float]:
    """VmRSS (now) and VmHWM (peak) of the process, in MB."""
    found = dict.fromkeys(("VmRSS", "VmHWM"), float("nan"))
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in found:
            found[name] = int(value.split()[0]) / 1024
    return found["VmRSS"], found["VmHWM"]


def question(number: int, chats: int) -> str:
    """The n-th message's text: each chat asks the questions in turn, neighbours differ."""
    return list(QUESTIONS)[(number + number // chats) % len(QUESTIONS)]


@dataclass
class Phase:
    name: str
    pushed: list[Pushed] = field(default_factory=list)
    started: float = 0.0
    cpu: float = 0.0
    latencies: list[float] = field(default_factory=list)
    answered: int = 0
    twice: int = 0
    wrong: list[str] = field(default_factory=list)
    taken_after: float | None = None
    replied_after: float | None = None


@dataclass
class BotFigures:
    """One round's figures for one bot."""

    startup: float = 0.0
    rss_start: float = 0.0
    rss_burst: float = 0.0
    rss_peak: float = 0.0
    phases: dict[str, Phase] = field(default_factory=dict)
    claims: tuple[int, int] | None = None


class Bot:
    """One bot process on the fake server, and how to tell it is done with a phase."""

    def __init__(self, process: BotProcess, api: FakeBotApi, taking: Taking, uli: bool) -> None:
        self.process, self.api, self.taking, self.uli = process, api, taking, uli
        self.watcher: Watcher | None = None
        self.figures = BotFigures()
        self.bad = german_texts()
        self.samples: dict[str, str] = {}
        """The first answer to each question (for --show-answers)."""

    @property
    def name(self) -> str:
        return self.process.name

    async def start(self, cwd: str) -> None:
        began = time.monotonic()
        await self.process.start(self.api, cwd, START_LIMIT)  # returns at the first getUpdates
        self.figures.startup = time.monotonic() - began
        self.figures.rss_start, _ = memory_mb(self.process.pid)

    async def quiet(self, ids: Sequence[int], seconds: float) -> None:
        """Wait until nothing more can come: Uli's inbound queue and outbox empty (its
        database read every 0.1 s); for the echo bot, every update confirmed."""
        if self.watcher is None:
            confirmed = self.taking.confirmed
            if not await until(lambda: all(i in confirmed for i in ids), seconds, self.process):
                raise Failed(f"{self.name} did not confirm all updates within {seconds:.0f} s")
            return
        deadline = time.monotonic() + seconds
        while True:
            await self.watcher.read()
            inbound, outbox = self.watcher.pending or (-1, -1)
            if (inbound, outbox) == (0, 0):
                return
            if time.monotonic() > deadline or not self.process.alive():
                raise Failed(
                    f"{self.name} still had {inbound} inbound messages and {outbox} outbox "
                    f"messages pending after {seconds:.0f} s"
                )
            await asyncio.sleep(0.1)

    async def phase(
        self, name: str, people: Sequence[Person], schedule: Sequence[float], limit: float
    ) -> Phase:
        """Push one message per entry of `schedule` (seconds after the start) and wait until
        each has its reply and all is quiet; `limit`: seconds allowed after the last push."""
        phase = Phase(name)
        sent = self.api.state.sent
        pushing = await push_on_schedule(
            self.api,
            self.process.pid,
            people,
            schedule,
            phase,
            lambda number: question(number, len(people)),
        )
        base, expected = pushing.before, pushing.expected

        def replies() -> int:
            return sum(min(n, len(sent[c]) - base[c]) for c, n in expected.items())

        total = len(phase.pushed)
        if not await until(lambda: replies() >= total, limit, self.process):
            raise Failed(
                f"{self.name} answered {replies()} of {total} messages ({name}) within "
                f"{limit:.0f} s of the last one"
            )
        await self.quiet([p.update_id for p in phase.pushed], 120)
        phase.cpu += cpu_seconds(self.process.pid)
        self.settle(phase)
        self.figures.phases[name] = phase
        return phase

    def settle(self, phase: Phase) -> None:
        """Match replies to messages, check them, note when all were taken and answered."""
        sent = self.api.state.sent
        mine: dict[int, list[Pushed]] = {}
        for pushed in phase.pushed:
            mine.setdefault(pushed.chat_id, []).append(pushed)
        last = 0.0
        for chat, messages in mine.items():
            answers = [m for m in sent[chat] if m.at >= phase.started]
            phase.twice += max(0, len(answers) - len(messages))
            pairs: list[tuple[Pushed, SentMessage]] = []
            if self.uli:
                pairs = list(zip(messages, answers, strict=False))
            else:  # concurrent tasks: a chat's echoes may come in another order
                left = list(answers)
                for message in messages:
                    echo = next((a for a in left if a.text == message.text), None)
                    if echo is None:
                        phase.wrong.append(f"no echo of {message.text!r} in chat {chat}")
                        continue
                    left.remove(echo)
                    pairs.append((message, echo))
            for message, answer in pairs:
                phase.latencies.append(answer.at - message.at)
                last = max(last, answer.at)
                if self.uli:
                    self.samples.setdefault(message.text, answer.text)
                    kinds = [k for k, start in self.bad.items() if answer.text.startswith(start)]
                    if not answer.text.startswith(QUESTIONS[message.text]):
                        kinds.append(f"not the answer ({QUESTIONS[message.text]} …)")
                    for kind in kinds:
                        phase.wrong.append(f"{kind} to {message.text!r}: {answer.text[:80]!r}")
        phase.answered = len(phase.latencies)
        phase.replied_after = last - phase.started if last else None
        confirmed = [self.taking.confirmed.get(p.update_id) for p in phase.pushed]
        if all(at is not None for at in confirmed):
            phase.taken_after = max(at for at in confirmed if at is not None) - phase.started

    async def stop(self) -> None:
        """SIGTERM; for Uli, its outbox's claim queries from the line it logs on stopping."""
        await self.process.stop()
        if self.uli:
            found = CLAIMS_LINE.findall("\n".join(tail(self.process.log, 200)))
            if found:
                claims, tried = found[-1]
                self.figures.claims = (int(claims), int(tried))


def schedules(args: argparse.Namespace) -> list[tuple[str, list[float], float]]:
    """(name, push times, seconds allowed for the replies after the last push) per phase."""
    plans = []
    for rate in args.rates:
        messages = max(1, round(rate * args.seconds))
        # A slow Uli falls behind at a high rate; its backlog may need a while.
        plans.append((f"{rate:g}/s", [n / rate for n in range(messages)], 60 + messages / 4))
    plans.append(("burst", [0.0] * args.burst, 120 + args.burst / 4))
    return plans


class Profiler:
    """py-spy recording a process (--profile): samples of running threads only, raw format
    for bench/where_time_goes.py."""

    def __init__(self, py_spy: str, out: Path) -> None:
        self.py_spy, self.out = py_spy, out
        self.process: asyncio.subprocess.Process | None = None

    async def start(self, pid: int) -> None:
        argv = [self.py_spy, "record", "--pid", str(pid), "--format", "raw", "--threads"]
        argv += ["--rate", "100", "--output", str(self.out)]
        self.process = await asyncio.create_subprocess_exec(
            *argv, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
        )

    async def stop(self) -> None:
        """SIGINT makes py-spy write what it has and end."""
        if self.process is None:
            return
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGINT)
        _, error = await asyncio.wait_for(self.process.communicate(), 60)
        if not self.out.is_file():
            said = error.decode(errors="replace").strip()[-300:]
            raise Failed(f"py-spy wrote no profile to {self.out}: {said}")


async def measure(
    bot: Bot, people: Sequence[Person], args: argparse.Namespace, profiler: Profiler | None = None
) -> None:
    """The phases; a profiler records the phases at a steady rate (not the burst)."""
    if profiler is not None:
        await profiler.start(bot.process.pid)
    for name, schedule, limit in schedules(args):
        if name == "burst" and profiler is not None:
            await profiler.stop()
        await bot.phase(name, people, schedule, limit)
    bot.figures.rss_burst, bot.figures.rss_peak = memory_mb(bot.process.pid)


async def echo_round(
    fake: FakeTelegram, taking: Taking, env: dict[str, str], tmp: str, args: argparse.Namespace
) -> BotFigures:
    argv = [sys.executable, str(ROOT / "bench" / "echo_bot.py")]
    process = BotProcess("echo bot", argv, env, Path(tmp, "echo.log"))
    bot = Bot(process, fake.api, taking, uli=False)
    people = [fake.person(ECHO_CHATS + n, f"E{n}", "de") for n in range(args.chats)]
    try:
        await bot.start(tmp)
        await measure(bot, people, args)
    finally:
        await bot.stop()
        fake.api.state.updates.clear()  # anything it was handed but had not confirmed
    return bot.figures


async def uli_round(
    fake: FakeTelegram,
    taking: Taking,
    env: dict[str, str],
    tmp: str,
    url: str,
    args: argparse.Namespace,
) -> BotFigures:
    own = uli_env(env, url, "bench-reply-path", "INFO")  # INFO: the outbox's line at shut-down
    process = BotProcess("Uli", [str(ULI), "run"], own, Path(tmp, "uli.log"))
    bot = Bot(process, fake.api, taking, uli=True)
    people = [fake.person(ULI_CHATS + n, f"U{n}", "de") for n in range(args.chats)]
    bot.watcher = Watcher(url)
    try:
        await bot.start(tmp)
        try:
            menus = await set_up(fake.api, process, people)
        except (RuntimeError, StopIteration) as error:
            raise Failed(f"set-up ({SERVICE}, language): {error}") from None
        if menus != len(people):
            raise Failed(f"only {menus} of {len(people)} people reached Uli's menu in the set-up")
        await bot.quiet([], 120)
        profiler = Profiler(args.py_spy, args.profile) if args.profile else None
        await measure(bot, people, args, profiler)
    finally:
        await bot.watcher.engine.dispose()
        await bot.stop()
    if args.show_answers:
        for asked, answer in bot.samples.items():
            print(f"{asked!r} → {answer!r}", file=sys.stderr)
    if bot.figures.claims is None:
        last = "\n".join(tail(process.log, 15))
        raise Failed(f"Uli logged no 'outbox: … claim queries' line when stopped:\n{last}")
    return bot.figures


async def one_round(number: int, args: argparse.Namespace, env: dict[str, str]) -> list[BotFigures]:
    with tempfile.TemporaryDirectory(prefix=f"reply_path-{number}-") as tmp:
        async with FakeTelegram() as fake, bench_database(args.database, tmp) as url:
            taking = Taking(fake.api)
            bot_env = {**env, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_URL": fake.base_url}
            echo = await echo_round(fake, taking, bot_env, tmp, args)
            uli = await uli_round(fake, taking, bot_env, tmp, url, args)
            return [echo, uli]


# -- the report -----------------------------------------------------------------------------------


def median(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if len(known) == len(values) and known else None


def claims_per_message(figures: BotFigures) -> float | None:
    claims = figures.claims
    return claims[0] / claims[1] if claims and claims[1] else None


def cpu_ms(figures: BotFigures, phase: str) -> float:
    """CPU milliseconds per message offered in that phase."""
    return figures.phases[phase].cpu / len(figures.phases[phase].pushed) * 1000


Pick = Callable[["BotFigures"], float | None]


def table(rounds: Sequence[Sequence[BotFigures]], args: argparse.Namespace) -> str:
    def cell(pick: Pick, unit: str = "", digits: int = 0, bot: int = 0) -> str:
        value = median([pick(r[bot]) for r in rounds])
        return "—" if value is None else f"{value:,.{digits}f}{unit}"

    def row(label: str, pick: Pick, unit: str = "", digits: int = 0) -> str:
        return f"| {label} | {cell(pick, unit, digits, 0)} | {cell(pick, unit, digits, 1)} |"

    def cpu(name: str) -> Pick:
        return lambda f: cpu_ms(f, name)

    def share(name: str, q: float) -> Pick:
        return lambda f: nearest_rank(f.phases[name].latencies, q) * 1000

    names = [name for name, _, _ in schedules(args)]
    lines = ["| | echo bot (aiogram start_polling) | Uli (`uli run`) |", "| --- | --- | --- |"]
    lines.append(row("start-up: process start → first getUpdates", lambda f: f.startup, " s", 2))
    lines.append(row("RSS after start-up", lambda f: f.rss_start, " MB"))
    for name in names:
        count = len(rounds[0][0].phases[name].pushed)
        what = f"{count:,} at once" if name == "burst" else f"{count} at {name}"
        lines.append(row(f"CPU per message, {what}", cpu(name), " ms", 1))
        times = [cell(share(name, q), " ms", bot=b) for b in (0, 1) for q in (0.5, 0.95)]
        echo, uli = f"{times[0]} / {times[1]}", f"{times[2]} / {times[3]}"
        lines.append(f"| reply time p50 / p95, {what} | {echo} | {uli} |")

    def rate(after: float | None, f: BotFigures) -> float | None:
        return len(f.phases["burst"].pushed) / after if after else None

    lines.append(
        row("burst: updates taken a second", lambda f: rate(f.phases["burst"].taken_after, f), "/s")
    )
    lines.append(
        row("burst: all answered after", lambda f: f.phases["burst"].replied_after, " s", 1)
    )
    lines.append(row("RSS after the burst", lambda f: f.rss_burst, " MB"))
    lines.append(row("RSS peak (VmHWM)", lambda f: f.rss_peak, " MB"))
    lines.append(row("outbox claim queries per message tried", claims_per_message, "", 2))
    return "\n".join(lines)


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


async def main(args: argparse.Namespace, command: str) -> int:
    when = dt.datetime.now().astimezone()
    load_before = loadavg()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "ULI_", "DATABASE_URL"))
    }
    rounds: list[list[BotFigures]] = []
    failure = None
    for number in range(1, args.rounds + 1):
        began = time.monotonic()
        try:
            rounds.append(await one_round(number, args, env))
        except (KeyboardInterrupt, SystemExit, asyncio.CancelledError):
            raise
        except BaseException as error:  # pytest.fail (bench_database) is a BaseException
            said = str(error) if isinstance(error, Failed) else f"{type(error).__name__}: {error}"
            failure = f"round {number} of {args.rounds} failed: {said}"
            print(failure, file=sys.stderr)
            break
        print(f"round {number}: {time.monotonic() - began:.0f} s", file=sys.stderr)
    if not rounds:
        return 1
    backend = "PostgreSQL" if args.database else "SQLite"
    print(f"`{command}`")
    print()
    print(
        f"{when:%Y-%m-%d %H:%M %Z}, {os.cpu_count()} cores, load average (1, 5, 15 min) "
        f"{load_before} before, {loadavg()} after; Uli on {backend} (a fresh database each "
        f"round); one fake Bot API server on 127.0.0.1 per round for both bots, in the bench's "
        f"own process. Medians of {len(rounds)} round(s); {args.chats} chats; "
        f"{args.seconds:g} s at each rate."
    )
    print()
    print(table(rounds, args))
    print()
    wrong = [w for r in rounds for f in r for p in f.phases.values() for w in p.wrong]
    twice = [sum(p.twice for r in rounds for p in r[b].phases.values()) for b in (0, 1)]
    answered = sum(p.answered for r in rounds for p in r[1].phases.values())
    offered = sum(len(p.pushed) for r in rounds for p in r[1].phases.values())
    claims = [r[1].claims for r in rounds]
    print(
        f"Uli answered {answered:,} of {offered:,} messages; answers that were not an answer "
        f"(crisis, error, not understood, not the expected answer; echo bot: no echo): "
        f"{len(wrong)}; replies beyond one "
        f"per message: echo bot {twice[0]}, Uli {twice[1]}. Outbox claim queries / messages "
        f"tried per round (set-up included): "
        + ", ".join(f"{c[0]} / {c[1]}" for c in claims if c)
        + ". CPU = utime + stime of the bot process from a phase's first message until all "
        "is quiet, divided by the messages offered."
    )
    names = [name for name, _, _ in schedules(args)]
    for index, bot in enumerate(("echo bot", "Uli")):
        each = "; ".join(
            f"{name} " + " / ".join(f"{cpu_ms(r[index], name):.1f}" for r in rounds)
            for name in names
        )
        print(f"{bot}, CPU ms per message in each round: {each}.")
    for line in wrong[:5]:
        print(f"    {line}")
    if failure:
        print(f"\n**{failure}**")
    return 1 if failure or wrong else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10.0, help="seconds at each rate")
    parser.add_argument(
        "--rates",
        type=lambda value: [float(r) for r in value.split(",")],
        default=[1.0, 5.0, 20.0],
        help="messages a second offered, comma-separated",
    )
    parser.add_argument("--burst", type=int, default=1000, help="messages put at once")
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument(
        "--show-answers", action="store_true", help="Uli's first answer to each question"
    )
    parser.add_argument("--database", default=None, help="a PostgreSQL server URL (superuser)")
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="record Uli's steady phases with py-spy into this file (one round only); "
        "bench/where_time_goes.py sums it up",
    )
    parser.add_argument(
        "--py-spy", default=shutil.which("py-spy") or "py-spy", help="the py-spy to use"
    )
    arguments = parser.parse_args()
    if arguments.profile and arguments.rounds != 1:
        parser.error("--profile records one round: add --rounds 1")
    if arguments.profile and not Path(arguments.py_spy).is_file():
        parser.error(f"--profile needs py-spy ({arguments.py_spy!r} not found; pip install py-spy)")
    if min(arguments.rounds, arguments.chats, arguments.burst) < 1 or arguments.seconds <= 0:
        parser.error("--rounds, --chats, --burst and --seconds must be positive")
    if min(arguments.rates) <= 0:
        parser.error("--rates must be positive")
    shown = shlex.join([".venv/bin/python", "bench/reply_path.py", *sys.argv[1:]])
    sys.exit(asyncio.run(main(arguments, shown)))
