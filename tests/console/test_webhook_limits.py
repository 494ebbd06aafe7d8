"""Telegram's webhook endpoint refuses what no Telegram update looks like, cheaply and clearly:
a body too large is refused while it arrives (413), whatever Content-Length says, and JSON
nested too deep is a 400, not a crash. The secret is still checked first.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from console.webhook import MAX_UPDATE_BYTES, SECRET_HEADER, WEBHOOK_PATH, webhook_router
from flows.delivery.inbound import InboundWorker
from handlers.inbound import delivered
from storage import Database, utc_now

SECRET = "a-webhook-secret-of-the-test-0123456789"
GENUINE = {SECRET_HEADER: SECRET}
CHUNK = 64 * 1024


class Sender:
    """A request body sent in pieces; remembers how much the server asked for."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.sent = 0

    async def body(self) -> AsyncIterator[bytes]:
        while self.sent < self.total:
            piece = b" " * min(CHUNK, self.total - self.sent)
            self.sent += len(piece)
            yield piece


@pytest.fixture
async def client() -> AsyncIterator[tuple[httpx.AsyncClient, list[dict[str, Any]]]]:
    fed: list[dict[str, Any]] = []

    async def feed(update: dict[str, Any]) -> None:
        fed.append(update)

    app = FastAPI()
    app.include_router(webhook_router(SECRET, feed))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        yield http, fed


async def test_a_body_without_length_is_cut_off_once_too_large(client: Any) -> None:
    http, fed = client
    sender = Sender(20 * MAX_UPDATE_BYTES)
    response = await http.post(WEBHOOK_PATH, content=sender.body(), headers=GENUINE)
    assert response.status_code == 413
    assert sender.sent <= MAX_UPDATE_BYTES + CHUNK, "reading stopped once over the limit"
    assert fed == []


async def test_a_content_length_that_lies_does_not_help(client: Any) -> None:
    http, fed = client
    sender = Sender(20 * MAX_UPDATE_BYTES)
    lying = {**GENUINE, "Content-Length": "100"}
    response = await http.post(WEBHOOK_PATH, content=sender.body(), headers=lying)
    assert response.status_code == 413
    assert sender.sent <= MAX_UPDATE_BYTES + CHUNK
    assert fed == []


async def test_a_declared_length_too_large_is_refused_before_reading(client: Any) -> None:
    http, fed = client
    sender = Sender(2 * MAX_UPDATE_BYTES)
    honest = {**GENUINE, "Content-Length": str(2 * MAX_UPDATE_BYTES)}
    response = await http.post(WEBHOOK_PATH, content=sender.body(), headers=honest)
    assert response.status_code == 413 and sender.sent <= CHUNK
    assert fed == []


async def test_the_secret_is_checked_before_the_body_is_read(client: Any) -> None:
    http, fed = client
    sender = Sender(20 * MAX_UPDATE_BYTES)
    response = await http.post(
        WEBHOOK_PATH, content=sender.body(), headers={SECRET_HEADER: "wrong"}
    )
    assert response.status_code == 401 and sender.sent <= CHUNK
    deep = b"[" * 100_000 + b"]" * 100_000
    assert (await http.post(WEBHOOK_PATH, content=deep)).status_code == 401
    assert fed == []


def nested(levels: int) -> bytes:
    """An update whose objects nest `levels` deep (the update itself is the first)."""
    update: dict[str, Any] = {"update_id": 1}
    for _ in range(levels - 1):
        update = {"update_id": 1, "x": update}
    return json.dumps(update).encode()


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"update_id": 1, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b"[" * 100_000,  # and never closed
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        nested(65),
    ],
    ids=["arrays", "in-an-update", "unclosed", "objects", "one-too-deep"],
)
async def test_json_nested_too_deep_is_a_clear_400(client: Any, body: bytes) -> None:
    http, fed = client
    response = await http.post(WEBHOOK_PATH, content=body, headers=GENUINE)
    assert response.status_code == 400
    assert fed == []


async def test_an_update_as_deep_as_allowed_and_brackets_in_texts_are_fine(client: Any) -> None:
    http, fed = client
    assert (await http.post(WEBHOOK_PATH, content=nested(64), headers=GENUINE)).status_code == 200
    text = "[[[[" * 1000 + '\\"{{{{' * 1000
    update = {"update_id": 2, "message": {"text": text}}
    response = await http.post(WEBHOOK_PATH, json=update, headers=GENUINE)
    assert response.status_code == 200
    assert len(fed) == 2 and fed[1]["message"]["text"] == text


async def test_an_update_that_cannot_be_stored_is_not_confirmed(tmp_path: Path) -> None:
    """Telegram resends what was not answered with 200: an update is confirmed only once it
    is in the inbound queue."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'uli.db'}")
    await database.start()
    inbound = InboundWorker(database, {}, utc_now)

    async def feed(update: dict[str, Any]) -> None:
        await inbound.receive("telegram", [delivered(update)])

    app = FastAPI()
    app.include_router(webhook_router(SECRET, feed))
    transport = httpx.ASGITransport(app=app)
    update = {"update_id": 5, "message": {"chat": {"id": 9, "type": "private"}, "text": "hi"}}
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        stored = await http.post(WEBHOOK_PATH, json=update, headers=GENUINE)
        again = await http.post(WEBHOOK_PATH, json=update, headers=GENUINE)
        async with database.session() as repo:
            assert await repo.inbound.pending_count() == 1, "stored once"
        await database.close()  # the database is gone
        lost = await http.post(WEBHOOK_PATH, json={**update, "update_id": 6}, headers=GENUINE)
    assert (stored.status_code, again.status_code) == (200, 200)
    assert lost.status_code == 503, "not stored, so not confirmed: Telegram sends it again"
