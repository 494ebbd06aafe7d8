"""A photo in a conversation is noted in the access log once per sitting, not once per fetch.

The conversation page shows a young person's photos inline; the page then swaps in fresh
parts when its live updates start, at every new message and every minute, and a browser may
fetch the photos again for each swap and fetches them at every reload (they are never cached:
Cache-Control no-store). Every fetch used to be an "opened" entry: two per page view and
photo, about 30 after a few views.
"""

from __future__ import annotations

import base64
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Page, Request, expect
from sqlmodel import col, select

from bot.console_server import ConsoleServer
from console.context import Console
from flows.delivery.live import Live
from flows.delivery.media import Media
from flows.desk.access_log import VIEW_REPEAT_WINDOW
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.texts import Texts
from storage import AccessLogEntry, Database, MessageKind
from tests.conftest_db import sqlite_url
from tests.console.conftest import (
    KIM,
    Agent,
    ConsoleUnderTest,
    add_caseworker,
    console_for,
    handed_over,
    log_in_with_browser,
)

# A real 1×1 PNG, so that the browser shows it as a browser shows a photo.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
_IMAGES = re.compile(r'<img src="(/media/\d+)"')


class Photos:
    """The messenger's files, as Telegram would give them; counts the fetches."""

    def __init__(self) -> None:
        self.fetched = 0

    async def fetch(self, ref: str) -> Media:
        self.fetched += 1
        return Media(PNG, "image/png", "foto.png")


async def opened(database: Database) -> list[AccessLogEntry]:
    async with database.session() as repo:
        rows = await repo.session.exec(
            select(AccessLogEntry)
            .where(AccessLogEntry.action == "open_media")
            .order_by(col(AccessLogEntry.id))
        )
        return list(rows.all())


async def two_photos(database: Database, chat: str) -> int:
    return await handed_over(
        database, KIM, chat=chat, says=["", ""], media_ref="file-1", kind=MessageKind.PHOTO
    )


async def shown_as_a_browser_shows_it(agent: Agent, url: str) -> list[str]:
    """Fetch `url` (the page, or its fresh parts) and every photo in it, as a browser does."""
    page = await agent.client.get(url)
    assert page.status_code == 200
    images = _IMAGES.findall(page.text)
    for image in images:
        assert (await agent.client.get(image)).status_code == 200
    return images


async def test_a_page_view_notes_each_photo_once_however_often_it_is_fetched(
    console: ConsoleUnderTest, aylin: Agent, chef: Agent
) -> None:
    photos = Photos()
    state: Console = console.app.state.console
    state.media = photos
    conversation = await two_photos(console.database, "9101")
    page, parts = f"/conversations/{conversation}", f"/conversations/{conversation}/parts"

    images = await shown_as_a_browser_shows_it(aylin, page)
    assert len(images) == 2
    await shown_as_a_browser_shows_it(aylin, parts)  # the live updates start
    for _ in range(3):  # the page's minute timer
        console.clock.advance(minutes=1)
        await shown_as_a_browser_shows_it(aylin, parts)
    await aylin.client.get(images[0])  # opened in a tab of its own from the page
    await shown_as_a_browser_shows_it(aylin, page)  # and the page reloaded
    assert photos.fetched == 13, "every fetch still reaches the messenger"

    entries = await opened(console.database)
    assert [(e.caseworker_email, e.detail) for e in entries] == [
        ("aylin@example.org", f"message {image.rsplit('/', 1)[1]} (photo)") for image in images
    ]

    # A colleague's reading is hers; a later sitting is a reading of its own.
    await shown_as_a_browser_shows_it(chef, page)
    console.clock.advance(seconds=VIEW_REPEAT_WINDOW.total_seconds())
    await shown_as_a_browser_shows_it(aylin, page)
    await shown_as_a_browser_shows_it(aylin, parts)
    emails = [e.caseworker_email for e in await opened(console.database)][2:]
    assert emails == ["chef@example.org"] * 2 + ["aylin@example.org"] * 2


@pytest.fixture
async def served_with_photos(
    tmp_path: Path, catalogue: Catalogue, texts: Texts
) -> AsyncIterator[tuple[str, Database]]:
    """The console on a real uvicorn at 127.0.0.1, with a messenger that has the photos."""
    async with Database(sqlite_url(tmp_path)) as database:
        app = console_for(database, texts, catalogue, Live())
        app.state.console.media = Photos()
        server = ConsoleServer(app, "127.0.0.1", 0)
        await server.start()
        try:
            yield server.url, database
        finally:
            await server.stop()


async def test_in_chromium_a_conversation_with_photos_is_one_entry_per_photo(
    served_with_photos: tuple[str, Database], page: Page, catalogue: Catalogue
) -> None:
    url, database = served_with_photos
    await add_caseworker(database, catalogue, "aylin@example.org", "Aylin", [KIM])
    conversation = await two_photos(database, "9102")
    fetched: list[str] = []

    def count(request: Request) -> None:
        if "/media/" in request.url:
            fetched.append(request.url)

    page.on("request", count)
    await log_in_with_browser(page, url, "aylin@example.org")
    for _ in range(2):  # two page views
        await page.goto(f"{url}/conversations/{conversation}")
        await expect(page.locator("body[data-live-ready]")).to_have_count(1)
        photos = page.locator("#history img.photo")
        await expect(photos).to_have_count(2)
        for n in range(2):
            await expect(photos.nth(n)).to_have_js_property("complete", True)
    assert len(fetched) >= 4, fetched  # each view fetches each photo (no-store)
    entries = await opened(database)
    assert len(entries) == 2, [(e.at, e.detail) for e in entries]
    assert {e.detail.split()[1] for e in entries} == {u.rsplit("/", 1)[1] for u in fetched}
