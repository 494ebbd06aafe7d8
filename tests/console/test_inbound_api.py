"""GET /api/inbound: an admin sees what waits and what was kept aside as unreadable, never
its content; caseworkers get 403, strangers 401."""

from __future__ import annotations

import datetime as dt

from storage import Delivered
from tests.console.conftest import Agent, ConsoleUnderTest


async def test_an_admin_sees_the_kept_aside_updates_without_their_content(
    console: ConsoleUnderTest, chef: Agent, aylin: Agent
) -> None:
    now = dt.datetime.now(dt.UTC)
    async with console.database.session() as repo:
        await repo.inbound.add(
            "telegram",
            [
                Delivered("7", "update:7", '{"update_id": 7, "message": {"text": "GEHEIM"}}'),
                Delivered("8", "telegram:5", '{"update_id": 8}'),
            ],
            now,
        )
    async with console.database.session() as repo:
        [kept, _] = await repo.inbound.claim(
            now, instance="a", lease=dt.timedelta(minutes=1), limit=2
        )
        await repo.inbound.quarantine(kept.id or 0, now, "message.chat (missing)")
    answer = await chef.client.get("/api/inbound")
    assert answer.status_code == 200
    body = answer.json()
    assert body["waiting"] == 1
    [seen] = body["kept_aside"]
    assert (seen["channel"], seen["update_id"], seen["reason"]) == (
        "telegram", "7", "message.chat (missing)"
    )  # fmt: skip
    assert "GEHEIM" not in answer.text
    assert (await aylin.client.get("/api/inbound")).status_code == 403
    stranger = console.agent()
    async with stranger.client:
        assert (await stranger.client.get("/api/inbound")).status_code == 401
