"""One `uli run` on its embedded SQLite, busy on both sides at once: 200 messages from young
people (4 of them letters of 4,000 characters) while a caseworker sends 120 replies through the
console's API. Every console answer is a success, every message is stored and answered, every
reply arrives, and SQLite never reports "database is locked"."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import httpx

from flows.desk.accounts import Accounts, Profile
from flows.knowledge.catalogue import Catalogue
from storage import ConversationStatus, Database, Direction, TextCipher
from tests.chaos.prose import prose
from tests.conftest_db import sqlite_url
from tests.console.conftest import KIM, PASSWORD
from tests.e2e.processes import UliProcess, start_and_wait, until
from tests.telegram import FakeTelegram

HANDED_OVER = range(7_100_001, 7_100_041)  # 40 people talking with the team
ASKING = range(7_200_001, 7_200_059)  # 58 people asking Uli
WRITING_LETTERS = range(7_300_001, 7_300_005)  # 4 people writing long letters


async def people_waiting_for_the_team(url: str, key: str, catalogue: Catalogue) -> dict[int, int]:
    """The caseworker's account, and 40 young people whose conversations are with KIM's team;
    chat id → conversation id."""
    now = dt.datetime.now(dt.UTC)
    conversations: dict[int, int] = {}
    async with Database(url, cipher=TextCipher([key])) as database:
        accounts = Accounts(
            database, [cp.id for cp in catalogue.contact_points], b"-" * 32, lambda: now
        )
        profile = Profile(name="Aylin K.", languages=["de"], contact_point_ids=[KIM])
        await accounts.create("aylin@example.org", PASSWORD, profile)
        async with database.session() as repo:
            for chat_id in HANDED_OVER:
                contact = await repo.touch_contact("telegram", str(chat_id), now)
                contact.language, contact.language_confirmed = "de", True
                contact.contact_point_id, contact.state = KIM, "menu"
                await repo.save(contact)
                conversation = await repo.open_conversation(contact, now)
                await repo.start_handover(conversation, now)
                conversations[chat_id] = conversation.id or 0
    return conversations


async def test_messages_and_console_replies_at_once_on_sqlite(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    url, key = sqlite_url(tmp_path), TextCipher.new_key()
    conversations = await people_waiting_for_the_team(url, key, catalogue)
    async with FakeTelegram() as telegram:
        uli = UliProcess(telegram, url, key, tmp_path / "uli.log", "uli-office")
        await start_and_wait(uli)
        console = f"http://127.0.0.1:{uli.env['ULI_CONSOLE_PORT']}"
        try:
            async with httpx.AsyncClient(base_url=console, timeout=120) as http:
                login = await http.post(
                    "/api/login", json={"email": "aylin@example.org", "password": PASSWORD}
                )
                assert login.status_code == 200, login.text
                csrf = {"X-CSRF-Token": login.json()["csrf_token"]}

                async def reply(chat_id: int, n: int) -> int:
                    answer = await http.post(
                        f"/api/conversations/{conversations[chat_id]}/reply",
                        json={"text": f"Antwort {n} an {chat_id}"},
                        headers=csrf,
                    )
                    return answer.status_code

                async def young_people_write() -> None:
                    for round_ in range(2):
                        for chat_id in HANDED_OVER:
                            await telegram.person(chat_id, language_code="de").says(
                                f"danke {round_}"
                            )
                        for chat_id in ASKING:
                            await telegram.person(chat_id, language_code="de").says(
                                "wann habt ihr offen"
                            )
                    for chat_id in WRITING_LETTERS:
                        await telegram.person(chat_id, language_code="de").says(prose(4000))

                writing = asyncio.create_task(young_people_write())
                statuses = await asyncio.gather(
                    *(reply(chat_id, n) for n in range(3) for chat_id in HANDED_OVER)
                )
                await writing
            assert statuses == [202] * 120, f"console answers: {sorted(set(statuses))}"

            def replies_arrived() -> bool:
                return all(
                    sum(m.text.startswith("Antwort") for m in telegram.sent_to(chat_id)) == 3
                    for chat_id in HANDED_OVER
                )

            def uli_answered() -> bool:
                return all(len(telegram.sent_to(c)) >= 2 for c in ASKING) and all(
                    telegram.sent_to(c) for c in WRITING_LETTERS
                )

            await until(replies_arrived, 240, "the caseworker's 120 replies to arrive")
            await until(uli_answered, 240, "Uli to answer every young person")
        finally:
            assert await uli.stop() == 0
    log = uli.output()
    assert "database is locked" not in log and "Traceback" not in log, log[-3000:]
    async with Database(url, cipher=TextCipher([key])) as database, database.session() as repo:
        stored = 0
        for chat_id in (*HANDED_OVER, *ASKING, *WRITING_LETTERS):
            contact = await repo.contact_by_address("telegram", str(chat_id))
            assert contact is not None
            for conversation in await repo.conversations_of(contact):
                messages = await repo.messages(conversation.id or 0)
                stored += sum(m.direction == Direction.IN for m in messages)
                if chat_id in HANDED_OVER:
                    assert conversation.status == ConversationStatus.ASSIGNED
    assert stored == 2 * len(HANDED_OVER) + 2 * len(ASKING) + len(WRITING_LETTERS)
