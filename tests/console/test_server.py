"""The console served by uvicorn inside Uli's process: start, live events, stop."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from bot.console_server import ConsoleServer
from bot.settings import SettingsError
from flows.delivery.live import Change, Live
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.texts import Texts
from storage import Database
from tests.conftest_db import sqlite_url
from tests.console.conftest import (
    KIM,
    PACE,
    PASSWORD,
    ConsoleUnderTest,
    add_caseworker,
    console_for,
)


async def test_a_taken_port_is_one_clear_error(
    tmp_path: Path, catalogue: Catalogue, texts: Texts
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        async with Database(sqlite_url(tmp_path)) as database:
            app = console_for(database, texts, catalogue, Live())
            with pytest.raises(SettingsError, match=f"127.0.0.1:{port}.*ULI_CONSOLE_PORT"):
                await ConsoleServer(app, "127.0.0.1", port).start()


async def test_events_reach_only_their_contact_point_and_stopping_ends_the_stream(
    tmp_path: Path, catalogue: Catalogue, texts: Texts
) -> None:
    async with Database(sqlite_url(tmp_path)) as database:
        await add_caseworker(database, catalogue, "aylin@example.org", "Aylin", [KIM])
        live = Live()
        app = console_for(database, texts, catalogue, live)
        server = ConsoleServer(app, "127.0.0.1", 0)
        await server.start()
        async with httpx.AsyncClient(base_url=server.url) as client:
            login = {"email": "aylin@example.org", "password": PASSWORD}
            assert (await client.post("/api/login", json=login)).status_code == 200
            async with client.stream("GET", "/events") as stream:
                assert stream.headers["content-type"].startswith("text/event-stream")
                lines = stream.aiter_lines()
                assert await anext(lines) == "retry: 3000"
                assert await anext(lines) == "event: ready"
                assert live.subscribers == 1, "listening before it says ready"
                live.publish(Change(41, PACE, "message"))  # not Aylin's: never announced
                live.publish(Change(42, KIM, "message"))
                received = [line async for line in _until_blank(lines, after="event: change")]
                assert received == ['data: {"conversation": 42, "what": "message"}']
                await asyncio.wait_for(server.stop(), timeout=10)
                rest = [line async for line in lines]
                assert "event: change" not in rest
        assert live.subscribers == 0


async def _until_blank(lines: AsyncIterator[str], after: str) -> AsyncIterator[str]:
    """The lines of the next event called `after`, without the blank line that ends it."""
    started = False
    async for line in lines:
        if line == after:
            started = True
        elif started and line == "":
            return
        elif started:
            yield line


async def test_the_api_documentation_works_without_the_internet(
    console: ConsoleUnderTest,
) -> None:
    agent = console.agent()
    async with agent.client:
        page = (await agent.client.get("/docs")).text
        assert "/docs-assets/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
        script = await agent.client.get("/docs-assets/swagger-ui-bundle.js")
        assert script.status_code == 200 and len(script.content) > 100_000
        schema = (await agent.client.get("/openapi.json")).json()
        assert "/api/conversations/{conversation_id}/reply" in schema["paths"]
