"""From a young person on Telegram to a caseworker's browser and back, as `uli run` runs.

The bot runs through bot.app.run against the fake Bot API server, with the console beside it
on 127.0.0.1; the caseworker uses Debian's Chromium. Nothing here reloads a page by hand:
what the caseworker sees arrives through the console's event stream.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.async_api import Locator, Page, expect

from bot.app import run
from bot.settings import Settings
from flows.desk.accounts import Accounts, Profile
from flows.knowledge.catalogue import Catalogue
from storage import Database
from tests.conftest_db import sqlite_url
from tests.console.conftest import KIM, PASSWORD, log_in_with_browser
from tests.e2e.processes import free_port
from tests.telegram import FakeTelegram, Person

_chat_ids = itertools.count(6_000_001)


@dataclass
class Uli:
    telegram: FakeTelegram
    console_url: str
    database_url: str

    async def sent_everything(self) -> None:
        """Wait until the outbox has nothing pending (so a test's failures hit its reply)."""
        async with Database(self.database_url) as database:
            for _ in range(500):
                async with database.session() as repo:
                    if await repo.outbox.pending_count() == 0:
                        return
                await asyncio.sleep(0.02)
        raise AssertionError("the outbox did not empty")

    async def row_of(self, page: Page, person: Person) -> Locator:
        """The person's row in the inbox, found by their pseudonym (the last message may be
        Uli's, e.g. an out-of-hours note)."""
        async with Database(self.database_url) as database, database.session() as repo:
            contact = await repo.contact_by_address("telegram", str(person.chat_id))
        assert contact is not None
        return page.locator("tr", has_text=contact.pseudonym)


@pytest.fixture(scope="module")
async def uli(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> AsyncIterator[Uli]:
    url = sqlite_url(tmp_path_factory.mktemp("console-e2e"))
    async with FakeTelegram() as telegram:
        settings = Settings(
            database_url=url,
            telegram_token=telegram.token,
            telegram_api_url=telegram.base_url,
            console_port=free_port(),
        )
        stop = asyncio.Event()
        bot = asyncio.create_task(run(settings, stop))
        await telegram.wait_for_polling()
        # The caseworker's account, as `uli user add` makes it (its table is not encrypted).
        async with Database(url) as database:
            accounts = Accounts(
                database,
                [cp.id for cp in catalogue.contact_points],
                b"-" * 32,
                lambda: dt.datetime.now(dt.UTC),
            )
            await accounts.create(
                "aylin@example.org",
                PASSWORD,
                Profile(name="Aylin K.", languages=["de", "ar"], contact_point_ids=[KIM]),
            )
        try:
            yield Uli(telegram, f"http://127.0.0.1:{settings.console_port}", url)
        finally:
            stop.set()
            await asyncio.wait_for(bot, timeout=30)


async def asks_for_a_person(uli: Uli, name: str) -> Person:
    person = uli.telegram.person(chat_id=next(_chat_ids), first_name=name, language_code="de")
    await person.says("/start kim")
    await person.next_reply()
    await person.taps("✓ Deutsch")
    await person.next_reply()
    await person.taps("🙋 Mit einem Menschen sprechen")
    await person.next_reply()  # what happens next, honestly
    return person


async def open_console(page: Page, uli: Uli) -> None:
    await log_in_with_browser(page, uli.console_url, "aylin@example.org")
    await expect(page.locator("body[data-live-ready]")).to_have_count(1)
    await page.evaluate("window.sameDocument = true")


async def open_conversation(page: Page, row: Locator) -> None:
    """Open the conversation of an inbox row and wait until its page listens for changes."""
    await row.get_by_role("link").click()
    await expect(page.locator("body[data-live-ready]")).to_have_count(1)


async def test_a_request_for_a_person_reaches_a_caseworker_and_the_reply_reaches_telegram(
    uli: Uli, page: Page
) -> None:
    await open_console(page, uli)
    person = await asks_for_a_person(uli, "Mona")
    await person.says("Ich brauche Hilfe mit einem Brief vom Jobcenter")

    # The inbox shows the new conversation by itself.
    row = await uli.row_of(page, person)
    await expect(row).to_be_visible()
    await expect(row).to_contain_text("Deutsch")
    assert await page.evaluate("window.sameDocument") is True, "no reload"

    await open_conversation(page, row)
    await expect(page.locator("#history")).to_contain_text("Brief vom Jobcenter")
    for text in ("Hallo Mona, hier ist Aylin.", "Schick mir gern ein Foto vom Brief."):
        await page.get_by_label("Antwort").fill(text)
        await page.get_by_role("button", name="Senden").click()
        await expect(page.locator("#history li").last).to_contain_text(text)

    first, second = "Hallo Mona, hier ist Aylin.", "Schick mir gern ein Foto vom Brief."
    seen: list[str] = []
    while second not in seen:  # Uli may have said something of its own before
        seen.append((await person.next_reply()).text)
    assert seen.index(first) < seen.index(second), "in the order they were written"
    everywhere = [m for chat in uli.telegram.api.state.sent.values() for m in chat]
    assert [m.chat_id for m in everywhere if m.text in (first, second)] == [person.chat_id] * 2
    delivered = page.locator("#history li").last.locator("[data-delivery]")
    await expect(delivered).to_have_attribute("data-delivery", "sent")

    # The young person answers: it appears in the open conversation, without a reload.
    await page.evaluate("window.sameDocument = true")
    await person.says("Danke! Mache ich gleich.")
    await expect(page.locator("#history")).to_contain_text("Danke! Mache ich gleich.")
    assert await page.evaluate("window.sameDocument") is True, "no reload"


async def test_a_reply_telegram_refuses_for_a_while_is_shown_pending_and_sent_once(
    uli: Uli, page: Page
) -> None:
    await open_console(page, uli)
    person = await asks_for_a_person(uli, "Sami")
    await person.says("Hallo, ist da jemand?")
    await open_conversation(page, await uli.row_of(page, person))
    await uli.sent_everything()

    uli.telegram.fail_next("sendMessage", 429, "Too Many Requests: retry after 2", retry_after=2)
    uli.telegram.fail_next("sendMessage", 500, "Internal Server Error", times=2)
    text = "Ja, ich bin da. Einen Moment bitte."
    await page.get_by_label("Antwort").fill(text)
    await page.get_by_role("button", name="Senden").click()
    reply = page.locator("#history li").last
    await expect(reply).to_contain_text(text)
    await expect(reply.locator("[data-delivery]")).to_have_attribute("data-delivery", "pending")

    await expect(reply.locator("[data-delivery]")).to_have_attribute(
        "data-delivery", "sent", timeout=30_000
    )
    tries = [
        params
        for method, params in uli.telegram.calls
        if method.lower() == "sendmessage" and params.get("text") == text
    ]
    assert len(tries) == 4, "one 429, two 500s, then sent"
    arrived = [m.text for m in uli.telegram.sent_to(person.chat_id) if m.text == text]
    assert arrived == [text], "delivered exactly once"


async def test_a_photo_from_the_young_person_opens_in_the_console(
    uli: Uli, page: Page, tmp_path: Path
) -> None:
    await open_console(page, uli)
    person = await asks_for_a_person(uli, "Lea")
    await person.sends_photo()
    await person.says("Das ist der Brief vom Amt")
    await open_conversation(page, await uli.row_of(page, person))
    # Whether the chat side keeps the photo's reference is its business; when it does, the
    # console opens it from Telegram.
    link = page.locator("#history a.media-link")
    await expect(page.locator("#history")).to_contain_text("Foto")
    await expect(link).to_have_count(1)
    async with page.expect_download() as download_info:
        await link.click()
    download = await download_info.value
    saved = tmp_path / "photo"
    await download.save_as(saved)
    assert saved.read_bytes().startswith(b"file ")
