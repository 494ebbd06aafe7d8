"""Webhook mode: Telegram posts an update again when it is not sure the first post arrived
(two at once, one later): the person is answered once."""

from __future__ import annotations

import asyncio
import secrets
from pathlib import Path

import httpx

from console.webhook import SECRET_HEADER
from storage import TextCipher
from tests.chaos.harness import received, settle, settled, uli_processes
from tests.chaos.store import Store
from tests.e2e.processes import start_and_wait, webhook_mode
from tests.telegram import FakeTelegram


async def test_an_update_posted_three_times_is_answered_once(
    database_url: str, tmp_path: Path
) -> None:
    key, secret, chat = TextCipher.new_key(), secrets.token_urlsafe(32), 8_400_000
    async with (
        FakeTelegram() as telegram,
        uli_processes(telegram, database_url, key, tmp_path / "uli.log") as new_process,
    ):
        process = new_process()
        url = webhook_mode(process, secret)
        await start_and_wait(process)
        person = telegram.person(chat, language_code="de")
        command = [{"type": "bot_command", "offset": 0, "length": 6}]
        start = {"update_id": 4711, "message": person._message(text="/start kim", entities=command)}
        question = {"update_id": 4712, "message": person._message(text="wann habt ihr offen")}
        headers = {SECRET_HEADER: secret}
        async with Store(database_url, key) as store, httpx.AsyncClient(timeout=60) as client:
            posts = await asyncio.gather(
                *(client.post(url, json=start, headers=headers) for _ in "ab")
            )
            first = await settle(telegram, received(telegram, [chat], 1))
            posts.append(await client.post(url, json=start, headers=headers))  # a late retry
            posts.append(await client.post(url, json=question, headers=headers))
            done = await settle(telegram, settled(telegram, store, {chat: 2}))
            stored = (await store.chats([chat]))[chat]
        code = await process.stop()
    statuses = [post.status_code for post in posts]
    texts = [m.text for m in telegram.sent_to(chat)]
    welcomes = sum("Datenschutz" in text for text in texts)
    report = (
        f"posts answered {statuses}; {welcomes} welcomes of {len(texts)} messages; stored "
        f"{len(stored.incoming)} incoming, {len(stored.outbox)} queued; first answer: {first}, "
        f"settled: {done}"
    )
    print(report)
    assert statuses == [200] * 4 and first and done, report
    assert welcomes == 1 and len(stored.incoming) == 2 and len(texts) == len(stored.outbox), report
    assert code == 0, process.output()[-3000:]
