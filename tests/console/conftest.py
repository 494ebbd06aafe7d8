"""The console on a real database: caseworkers, handed-over conversations, logged-in clients.

Two contact points matter here: KIM (Düren) and PACE (Hannover). Aylin works at KIM, Jonas at
PACE; each must see only their own contact point's conversations.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from playwright.async_api import Browser, Page, async_playwright

from bot.console_server import ConsoleServer, desk_services
from console.app import create_app
from flows.delivery.live import Live
from flows.delivery.outbox import OutboxSender
from flows.desk.accounts import Accounts, Profile
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.texts import Texts
from storage import (
    Caseworker,
    ConversationStatus,
    Database,
    Direction,
    MessageKind,
    Sender,
    utc_now,
)
from tests.conftest_db import sqlite_url

KIM, PACE = "kim", "pace"
PASSWORD = "correct-horse-battery"
T0 = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class Clock:
    """Time that moves only when the test says so."""

    def __init__(self, now: dt.datetime = T0) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture(scope="session")
def texts() -> Texts:
    return Texts()


@pytest.fixture
def clock() -> Clock:
    return Clock()


async def add_caseworker(
    database: Database,
    catalogue: Catalogue,
    email: str,
    name: str,
    contact_points: Sequence[str],
    *,
    languages: Sequence[str] = ("de",),
    role: str = "caseworker",
    password: str = PASSWORD,
) -> Caseworker:
    accounts = Accounts(database, [cp.id for cp in catalogue.contact_points], b"x" * 32, lambda: T0)
    profile = Profile(name=name, languages=languages, contact_point_ids=contact_points, role=role)
    return (await accounts.create(email, password, profile)).caseworker


async def handed_over(
    database: Database,
    contact_point: str | None,
    *,
    chat: str,
    language: str = "de",
    says: Sequence[str] = ("Hallo, ich brauche Hilfe",),
    waiting_since: dt.datetime = T0,
    urgent: bool = False,
    media_ref: str | None = None,
    kind: MessageKind = MessageKind.TEXT,
) -> int:
    """A young person's conversation in the inbox (as the chat side leaves it): its id."""
    async with database.session() as repo:
        contact = await repo.touch_contact("telegram", chat, waiting_since)
        contact.language, contact.contact_point_id = language, contact_point
        await repo.save(contact)
        conversation = await repo.open_conversation(contact, waiting_since)
        for text in says:
            message = await repo.add_message(
                conversation,
                direction=Direction.IN,
                sender=Sender.YOUNG_PERSON,
                kind=kind,
                text=text,
                now=waiting_since,
            )
            message.media_ref = media_ref
            await repo.save(message)
        conversation.status = ConversationStatus.WAITING.value
        conversation.waiting_since = waiting_since
        conversation.urgent = urgent
        conversation.urgent_reason = "suicide" if urgent else None
        await repo.save(conversation)
        assert conversation.id is not None
        return conversation.id


@dataclass
class Agent:
    """A caseworker's browser, without the browser: an HTTP client with its own cookies."""

    client: httpx.AsyncClient
    csrf: str = ""

    async def log_in(
        self, email: str, password: str = PASSWORD, *, next: str | None = None
    ) -> httpx.Response:
        """The login form, filled in and sent (with `next` as the form carries it, if given)."""
        page = await self.client.get("/login")
        fields = {"email": email, "password": password, "csrf": csrf_of(page.text)}
        response = await self.client.post(
            "/login", data=fields if next is None else {**fields, "next": next}
        )
        if response.status_code == 303:
            inbox = await self.client.get("/inbox")
            self.csrf = csrf_of(inbox.text)
        return response

    async def post(self, url: str, **fields: str) -> httpx.Response:
        return await self.client.post(url, data={"csrf": self.csrf, **fields})


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no CSRF field in the page"
    return found.group(1)


@dataclass
class ConsoleUnderTest:
    app: FastAPI
    database: Database
    live: Live
    clock: Clock
    catalogue: Catalogue

    def agent(self) -> Agent:
        transport = httpx.ASGITransport(app=self.app, client=("198.51.100.7", 40000))
        return Agent(httpx.AsyncClient(transport=transport, base_url="http://console.test"))

    @asynccontextmanager
    async def new_agent(
        self,
        email: str,
        name: str,
        contact_points: Sequence[str] = (KIM,),
        *,
        languages: Sequence[str] = ("de",),
        role: str = "caseworker",
    ) -> AsyncIterator[Agent]:
        """A new account and a client for it, open for the block and not logged in yet."""
        await add_caseworker(
            self.database, self.catalogue, email, name, contact_points,
            languages=languages, role=role,
        )  # fmt: skip
        agent = self.agent()
        async with agent.client:
            yield agent


def console_for(
    database: Database,
    texts: Texts,
    catalogue: Catalogue,
    live: Live,
    outbox: OutboxSender | None = None,
    clock: Callable[[], dt.datetime] = utc_now,
) -> FastAPI:
    """The console app as `uli run` composes it (bot/console_server.py), on these parts."""
    desk = desk_services(database, texts, catalogue, live, outbox, clock=clock)
    return create_app(desk=desk, clock=clock)


@pytest.fixture
def outbox() -> OutboxSender | None:
    """No outbox: replies stay queued (a test module may give one, to see them sent)."""
    return None


@pytest.fixture
async def console(
    database: Database,
    catalogue: Catalogue,
    texts: Texts,
    clock: Clock,
    outbox: OutboxSender | None,
) -> AsyncIterator[ConsoleUnderTest]:
    live = Live()
    app = console_for(database, texts, catalogue, live, outbox, clock)
    yield ConsoleUnderTest(app, database, live, clock, catalogue)


@pytest.fixture
async def chef(console: ConsoleUnderTest) -> AsyncIterator[Agent]:
    """Admin at KIM; logged in."""
    async with console.new_agent("chef@example.org", "Chef", role="admin") as agent:
        assert (await agent.log_in("chef@example.org")).status_code == 303
        yield agent


@pytest.fixture
async def aylin(console: ConsoleUnderTest) -> AsyncIterator[Agent]:
    """Caseworker at KIM, speaks German and Arabic; logged in."""
    async with console.new_agent("aylin@example.org", "Aylin K.", languages=("de", "ar")) as agent:
        assert (await agent.log_in("aylin@example.org")).status_code == 303
        yield agent


@pytest.fixture
async def jonas(console: ConsoleUnderTest) -> AsyncIterator[Agent]:
    """Caseworker at PACE only; logged in."""
    async with console.new_agent("jonas@example.org", "Jonas", [PACE]) as agent:
        assert (await agent.log_in("jonas@example.org")).status_code == 303
        yield agent


# -- a real server and a real browser ---------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
# As root in a container Chromium needs --no-sandbox; the rest keeps it off the network
# (this machine has none) and quick to start.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
async def browser() -> AsyncIterator[Browser]:
    """Debian's Chromium driven by Playwright (Playwright's own browser download is not used)."""
    if not os.path.exists(CHROMIUM):  # noqa: ASYNC240 - once per session, before any I/O
        pytest.fail("no /usr/bin/chromium: install it with  apt-get install chromium", False)
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield chromium
        await chromium.close()


@pytest.fixture
async def page(browser: Browser) -> AsyncIterator[Page]:
    context = await browser.new_context(locale="de-DE")
    page = await context.new_page()
    yield page
    await context.close()


@dataclass
class ServedConsole:
    url: str
    database: Database
    live: Live
    catalogue: Catalogue
    outbox: OutboxSender | None


@pytest.fixture
async def served(
    tmp_path: Path, catalogue: Catalogue, texts: Texts
) -> AsyncIterator[ServedConsole]:
    """The console on a real uvicorn at 127.0.0.1 (any free port), over a SQLite file."""
    async with Database(sqlite_url(tmp_path)) as database:
        live = Live()
        server = ConsoleServer(console_for(database, texts, catalogue, live), "127.0.0.1", 0)
        await server.start()
        try:
            yield ServedConsole(server.url, database, live, catalogue, None)
        finally:
            await server.stop()


async def log_in_with_browser(page: Page, url: str, email: str) -> None:
    await page.goto(f"{url}/login")
    await page.get_by_label("E-Mail").fill(email)
    await page.get_by_label("Passwort").fill(PASSWORD)
    await page.get_by_role("button", name="Anmelden").click()
    await page.wait_for_url(f"{url}/inbox")
