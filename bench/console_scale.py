"""The caseworkers' console at scale: a full database on PostgreSQL, pages read over HTTP.

    .venv/bin/python bench/console_scale.py [--database postgresql://postgres@127.0.0.1:5432/test]
        [--conversations 100000] [--messages 1000000] [--requests 100] [--keep NAME]

Fills a throw-away role and schema on that PostgreSQL server (as the tests do, see
tests/conftest_db.py; dropped at the end unless --keep NAME names one to keep and reuse) with
--conversations young people, one conversation each (70 % only with Uli, 2 % waiting, 3 %
assigned, 25 % closed, over the example's five contact points), about --messages messages
encrypted with the storage layer's own cipher (half of them Uli's replies, each with its sent
outbox row), one conversation of 200 messages in the inbox, and next week's appointments at
KIM's office booked full. Bulk INSERTs in batches, with progress on stderr.

Then it starts the console as `uli run` composes it (bot/console_server.py: `desk_services`,
`create_app`, uvicorn on 127.0.0.1) in a process of its own, logs in over HTTP (the login
form) as a caseworker of all five contact points and reads, with 1 and with 10 concurrent
clients, each client --requests times (a tenth of it with ten clients):

  * the inbox (`/inbox`, the waiting tab, as a caseworker opens it);
  * the conversation of 200 messages (`/conversations/{id}`);
  * the appointment week (`/appointments?view=week`).

p50 / p95 of the time to the whole response. A separate pass in this process counts the SQL
statements per page (SQLAlchemy's before_cursor_execute) and names each page's slowest one.
Prints a Markdown table with the date, the command and the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import datetime as dt
import hashlib
import os
import re
import secrets
import shlex
import sys
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import event, insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.console_server import ConsoleServer, desk_services  # noqa: E402
from console.app import create_app  # noqa: E402
from flows.delivery.live import Live  # noqa: E402
from flows.desk.accounts import Accounts, Profile  # noqa: E402
from flows.knowledge.catalogue import Catalogue, load_catalogue  # noqa: E402
from flows.vocabulary.texts import Texts  # noqa: E402
from storage import Database, TextCipher, utc_now  # noqa: E402
from storage.models import Base  # noqa: E402
from tests.example import EXAMPLE  # noqa: E402

CONTACT_POINTS = ("kim", "teilhabe", "pace", "justiq", "jobpoint")
KIM, PLACE = "kim", "diz"
EMAIL, PASSWORD = "bench@example.org", "correct-horse-battery"
COLLEAGUES = 4  # more caseworkers, so that conversations have several assignees
LONG = 200  # messages of the conversation that is read
BATCH = 5_000
BERLIN = ZoneInfo("Europe/Berlin")
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
SAYINGS = (
    "Hallo, ich habe einen Brief vom Jobcenter bekommen und verstehe ihn nicht",
    "wann habt ihr offen?",
    "Kann ich morgen vorbeikommen? Ich brauche Hilfe mit meiner Bewerbung",
    "Danke!! 🙏",
    "Mein Termin bei der Ausländerbehörde ist nächste Woche, was muss ich mitbringen?",
    "ok",
    "Ich suche eine Ausbildung als Elektroniker, könnt ihr mir helfen?",
    "Wir sind montags bis donnerstags von 9 bis 15 Uhr da. Schreib uns gern, wann es dir passt.",
)


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def bench_key(name: str) -> str:
    """A kept schema's data key, derived from its name, so a later run reads what an earlier
    one wrote (a benchmark's texts, never anyone's)."""
    return base64.urlsafe_b64encode(hashlib.sha256(f"uli bench {name}".encode()).digest()).decode()


# -- the database -----------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def schema(server: str, keep: str | None) -> AsyncIterator[tuple[str, bool]]:
    """A URL for a role and schema of that name (made if missing; kept with `keep`, else a
    fresh one dropped afterwards) and whether it existed before."""
    admin_url = Database.normalise_url(server)
    admin = create_async_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = keep or f"uli_bench_{secrets.token_hex(6)}"
    password = hashlib.sha256(name.encode()).hexdigest()[:32]
    async with admin.connect() as connection:
        found = await connection.scalar(
            text("SELECT count(*) FROM pg_namespace WHERE nspname = :n"), {"n": name}
        )
        if not found:
            await connection.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'"))
            await connection.execute(text(f"CREATE SCHEMA {name} AUTHORIZATION {name}"))
    url = make_url(admin_url).set(username=name, password=password)
    try:
        yield url.render_as_string(hide_password=False), bool(found)
    finally:
        if keep is None:
            async with admin.connect() as connection:
                await connection.execute(text(f"DROP SCHEMA {name} CASCADE"))
                await connection.execute(text(f"DROP ROLE {name}"))
        await admin.dispose()


@dataclass
class Filled:
    long_conversation: int
    week: dt.date
    conversations: int = 0
    messages: int = 0
    outbox: int = 0
    appointments: int = 0


def next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=7 - today.weekday())


async def fill(database: Database, catalogue: Catalogue, args: argparse.Namespace) -> Filled:
    """Contacts, conversations, messages, outbox rows and a week of appointments, in batches."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    tables = Base.metadata.tables
    accounts = Accounts(database, list(CONTACT_POINTS), b"b" * 32, utc_now)
    staff = []
    for number in range(COLLEAGUES + 1):
        email = EMAIL if number == 0 else f"colleague{number}@example.org"
        profile = Profile(
            name=f"Kolleg:in {number}" if number else "Bench Caseworker",
            languages=("de", "ar", "en")[: 1 + number % 3],
            contact_point_ids=CONTACT_POINTS if number % 2 == 0 else (KIM,),
        )
        staff.append((await accounts.create(email, PASSWORD, profile)).caseworker.id or 0)
    n = args.conversations
    per = max(1.0, (args.messages - LONG) / n)
    spread = max(1, round(2 * per - 1))
    long_id = 0
    message_id = outbox_id = 0
    began = time.monotonic()
    contacts: list[dict[str, Any]] = []
    conversations: list[dict[str, Any]] = []
    messages: list[dict[str, Any]] = []
    outbox: list[dict[str, Any]] = []
    filled = Filled(0, next_monday(now.astimezone(BERLIN).date()))
    handed_over_at_kim: list[int] = []

    async def flush(final: bool = False) -> None:
        async with database.engine.begin() as connection:
            for name, rows in (
                ("contact", contacts),
                ("conversation", conversations),
                ("message", messages),
                ("outbox", outbox),
            ):
                if rows and (final or len(rows) >= BATCH or name in ("contact", "conversation")):
                    await connection.execute(insert(tables[name]), rows)
                    rows.clear()

    for i in range(1, n + 1):
        kind = i % 100
        status = (
            "waiting" if kind < 2 else "assigned" if kind < 5 else "closed" if kind < 30 else "bot"
        )
        cp = None if i % 97 == 0 else CONTACT_POINTS[i % len(CONTACT_POINTS)]
        if status == "waiting" and cp == KIM and long_id == 0:
            long_id = i
        if status in ("waiting", "assigned") and cp == KIM:
            handed_over_at_kim.append(i)
        started = now - dt.timedelta(minutes=(i * 37) % (60 * 24 * 60))
        language = ("de", "ar", "ru", "uk", "tr", "fa", "en")[i % 7]
        contacts.append({
            "id": i, "channel": "telegram", "external_id": str(5_000_000 + i),
            "pseudonym": f"Bench Person {i}", "language": language, "language_confirmed": True,
            "contact_point_id": cp, "state": "menu", "unreachable": i % 211 == 0,
            "first_seen_at": started, "last_seen_at": started, "display_name": None,
        })  # fmt: skip
        conversations.append({
            "id": i, "contact_id": i, "contact_point_id": cp, "status": status,
            "started_at": started, "last_activity_at": started,
            "waiting_since": started if status in ("waiting", "assigned") else None,
            "urgent": status == "waiting" and i % 10 == 0,
            "urgent_reason": "suicide" if status == "waiting" and i % 10 == 0 else None,
            "assignee_id": staff[i % len(staff)] if status == "assigned" else None,
            "closed_at": started + dt.timedelta(hours=3) if status == "closed" else None,
            "heard_at": None,
        })  # fmt: skip
        count = LONG if i == long_id else 1 + (i * 7919) % spread
        for m in range(count):
            message_id += 1
            outgoing = m % 2 == 1
            by_caseworker = outgoing and status != "bot" and m % 4 == 3
            said = SAYINGS[(i + m) % len(SAYINGS)]
            at = started + dt.timedelta(seconds=30 * m)
            messages.append({
                "id": message_id, "conversation_id": i, "direction": "out" if outgoing else "in",
                "sender": "caseworker" if by_caseworker else "uli" if outgoing else "young_person",
                "kind": "text", "text": f"{said} ({m})", "created_at": at, "media_ref": None,
                "caseworker_id": staff[0] if by_caseworker else None,
            })  # fmt: skip
            if outgoing:
                outbox_id += 1
                outbox.append({
                    "id": outbox_id, "contact_id": i, "channel": "telegram",
                    "address": str(5_000_000 + i), "text": f"{said} ({m})", "buttons": "[]",
                    "status": "sent", "attempts": 1, "next_attempt_at": at, "created_at": at,
                    "sent_at": at, "tried_at": at, "last_error": None, "message_id": message_id,
                    "claimed_by": None, "claimed_until": None,
                })  # fmt: skip
        if len(messages) >= BATCH or len(contacts) >= BATCH:
            await flush()
            if i % 10_000 < len(contacts) + 1:
                print(
                    f"  {i:,} conversations, {message_id:,} messages, {outbox_id:,} outbox rows"
                    f" ({time.monotonic() - began:.0f} s)",
                    file=sys.stderr,
                )
    await flush(final=True)
    filled.long_conversation = long_id
    filled.conversations, filled.messages, filled.outbox = n, message_id, outbox_id
    filled.appointments = await appointments(database, catalogue, filled.week, handed_over_at_kim)
    async with database.engine.begin() as connection:
        for name in ("contact", "conversation", "message", "outbox", "appointment"):
            await connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {name}))"
            ))  # fmt: skip
    async with database.engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text("VACUUM ANALYZE"))
    print(f"filled in {time.monotonic() - began:.0f} s", file=sys.stderr)
    return filled


async def appointments(
    database: Database, catalogue: Catalogue, monday: dt.date, people: Sequence[int]
) -> int:
    """KIM's office booked full in the week from `monday`, one person per appointment."""
    from flows.knowledge.slots import team_slots

    cp = catalogue.contact_point(KIM)
    assert cp is not None
    place = next(p for p in cp.places if p.id == PLACE)
    assert place.appointments is not None
    slots = team_slots(
        cp, PLACE, monday, monday + dt.timedelta(days=6), dt.datetime.now(dt.UTC), {}
    )
    rows = []
    persons = iter(people)
    for slot in slots:
        for _ in range(place.appointments.capacity):
            person = next(persons, None)
            if person is None:
                break
            rows.append({
                "contact_id": person, "conversation_id": person, "contact_point_id": KIM,
                "place_id": PLACE, "starts_at": slot.start_utc,
                "ends_at": slot.start_utc + dt.timedelta(minutes=place.appointments.slot_minutes),
                "topic": "Brief vom Jobcenter", "status": "booked",
                "created_at": dt.datetime.now(dt.UTC), "cancelled_at": None,
                "booked_by_caseworker_id": None,
            })  # fmt: skip
    if rows:
        async with database.engine.begin() as connection:
            await connection.execute(insert(Base.metadata.tables["appointment"]), rows)
    return len(rows)


async def what_is_there(database: Database) -> Filled | None:
    """A kept schema's contents, if it was filled before."""
    async with database.engine.connect() as connection:
        long_id = await connection.scalar(text(
            "SELECT conversation_id FROM message GROUP BY conversation_id "
            f"HAVING count(*) = {LONG} ORDER BY conversation_id LIMIT 1"
        ))  # fmt: skip
        if long_id is None:
            return None
        first = await connection.scalar(text("SELECT min(starts_at) FROM appointment"))
        found = Filled(long_id, (first or dt.datetime.now()).date())
        for name in ("conversation", "message", "outbox", "appointment"):
            count = await connection.scalar(text(f"SELECT count(*) FROM {name}"))
            setattr(found, name + "s" if name != "outbox" else name, count or 0)
    found.week -= dt.timedelta(days=found.week.weekday())
    return found


# -- the console, served -----------------------------------------------------------------------


def parts(url: str, key: str) -> tuple[Database, Texts, Catalogue]:
    return Database(url, cipher=TextCipher([key])), Texts(), load_catalogue(EXAMPLE)


async def serve(url: str, key: str) -> None:
    """The console as `uli run` serves it, on a free port of 127.0.0.1, until stdin closes."""
    database, texts, catalogue = parts(url, key)
    await database.start()
    app = create_app(desk=desk_services(database, texts, catalogue, Live()))
    server = ConsoleServer(app, "127.0.0.1", 0)
    await server.start()
    print(server.url, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await server.stop()
    await database.close()


async def logged_in(client: httpx.AsyncClient) -> None:
    page = await client.get("/login")
    csrf = _CSRF.search(page.text)
    assert csrf, "no login form"
    answer = await client.post(
        "/login", data={"email": EMAIL, "password": PASSWORD, "csrf": csrf.group(1)}
    )
    assert answer.status_code == 303, f"login refused: {answer.status_code}"


@dataclass
class Figures:
    page: str
    clients: int
    times: list[float] = field(default_factory=list)
    seconds: float = 0.0
    statements: int | None = None
    slowest: str = ""

    def quantile(self, q: float) -> float:
        ordered = sorted(self.times)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def load(base: str, path: str, clients: int, each: int) -> Figures:
    figures = Figures(path, clients)
    agents = [httpx.AsyncClient(base_url=base, timeout=60) for _ in range(clients)]
    try:
        for agent in agents:
            await logged_in(agent)
            for _ in range(3):  # warm: connections, caches, the first query plans
                (await agent.get(path)).raise_for_status()

        async def one(agent: httpx.AsyncClient) -> None:
            for _ in range(each):
                began = time.perf_counter()
                answer = await agent.get(path)
                figures.times.append(time.perf_counter() - began)
                answer.raise_for_status()

        began = time.perf_counter()
        await asyncio.gather(*(one(agent) for agent in agents))
        figures.seconds = time.perf_counter() - began
    finally:
        for agent in agents:
            await agent.aclose()
    return figures


async def statements(url: str, key: str, paths: Sequence[str]) -> dict[str, tuple[int, str]]:
    """Per page: the SQL statements of one request and the slowest of them, in this process."""
    database, texts, catalogue = parts(url, key)
    await database.start()
    app = create_app(desk=desk_services(database, texts, catalogue, Live()))
    seen: list[tuple[float, str]] = []
    started: dict[int, float] = {}

    def before(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        started[id(cursor)] = time.perf_counter()

    def after(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        took = time.perf_counter() - started.pop(id(cursor), time.perf_counter())
        seen.append((took, " ".join(statement.split())))

    engine = database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    found = {}
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        await logged_in(client)
        for path in paths:
            (await client.get(path)).raise_for_status()
            seen.clear()
            (await client.get(path)).raise_for_status()
            took, slowest = max(seen)
            found[path] = (len(seen), f"{took * 1000:.1f} ms: {slowest[:160]}")
    await database.close()
    return found


# -- the run -----------------------------------------------------------------------------------


async def main(args: argparse.Namespace, command: str) -> int:
    when = dt.datetime.now().astimezone()
    load_before = loadavg()
    key = bench_key(args.keep) if args.keep else TextCipher.new_key()
    async with schema(args.database, args.keep) as (url, existed):
        database, _, catalogue = parts(url, key)
        await database.start()
        filled = await what_is_there(database) if existed else None
        if filled is None:
            print("filling …", file=sys.stderr)
            filled = await fill(database, catalogue, args)
        else:
            print("reusing the kept schema", file=sys.stderr)
        await database.close()
        paths = {
            "inbox": "/inbox?tab=waiting",
            f"conversation of {LONG} messages": f"/conversations/{filled.long_conversation}",
            "appointment week": f"/appointments?place={KIM}/{PLACE}"
            f"&day={filled.week.isoformat()}&view=week",
        }
        counted = await statements(url, key, list(paths.values()))
        server = await asyncio.create_subprocess_exec(
            sys.executable, __file__, "--serve", url, "--key", key,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        assert server.stdout is not None and server.stdin is not None
        base = (await server.stdout.readline()).decode().strip()
        try:
            results = []
            for name, path in paths.items():
                for clients in (1, 10):
                    each = args.requests if clients == 1 else max(1, args.requests // 10)
                    figures = await load(base, path, clients, each)
                    figures.page = name
                    figures.statements, figures.slowest = counted[path]
                    results.append(figures)
                    print(f"  {name}, {clients} client(s): done", file=sys.stderr)
        finally:
            server.stdin.close()
            await asyncio.wait_for(server.wait(), 30)
    print(f"`{command}`")
    print()
    print(
        f"{when:%Y-%m-%d %H:%M %Z}, {os.cpu_count()} cores, load average (1, 5, 15 min) "
        f"{load_before} before, {loadavg()} after; PostgreSQL with {filled.conversations:,} "
        f"conversations, {filled.messages:,} encrypted messages, {filled.outbox:,} outbox rows, "
        f"{filled.appointments} appointments in the week; console (uvicorn) in its own process "
        f"on 127.0.0.1, logged in as a caseworker of the five contact points."
    )
    print()
    print("| page | clients | requests | p50 ms | p95 ms | pages/s | SQL statements |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for f in results:
        print(
            f"| {f.page} | {f.clients} | {len(f.times)} | {f.quantile(0.5):.0f} | "
            f"{f.quantile(0.95):.0f} | {len(f.times) / f.seconds:.1f} | {f.statements} |"
        )
    print()
    for name, path in paths.items():
        print(f"- {name} (`{path}`), slowest statement {counted[path][1]}")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database", default="postgresql://postgres@127.0.0.1:5432/test",
        help="a PostgreSQL server URL (superuser)",
    )  # fmt: skip
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=100, help="per client with one client")
    parser.add_argument("--keep", default=None, help="keep (and reuse) the schema of this name")
    parser.add_argument("--serve", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--key", default=None, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.serve:
        asyncio.run(serve(arguments.serve, arguments.key))
        sys.exit(0)
    if arguments.keep and not re.fullmatch(r"[a-z_][a-z0-9_]{0,40}", arguments.keep):
        parser.error("--keep: lower-case letters, digits and _ only")
    if min(arguments.conversations, arguments.requests) < 1 or arguments.messages < LONG:
        parser.error(f"--conversations and --requests must be positive, --messages ≥ {LONG}")
    shown = shlex.join([".venv/bin/python", "bench/console_scale.py", *sys.argv[1:]])
    sys.exit(asyncio.run(main(arguments, shown)))
