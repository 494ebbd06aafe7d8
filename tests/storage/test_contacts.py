"""Who is writing: contacts, their pseudonyms, and what happens when messages race."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func
from sqlmodel import select

import storage.repository
from storage import Contact, Database

T0 = datetime(2025, 3, 30, 0, 30, tzinfo=UTC)  # the night the clocks go forward in Germany
PSEUDONYM = re.compile(r"^[A-Z][a-z]+ [1-9]\d{3}$")


async def contact_count(db: Database) -> int:
    async with db.session() as repo:
        return (await repo.session.exec(select(func.count()).select_from(Contact))).one()


async def test_first_message_creates_a_contact_with_a_pseudonym(database: Database) -> None:
    async with database.session() as repo:
        contact = await repo.touch_contact("telegram", "4711", T0)
    assert contact.id is not None
    assert PSEUDONYM.match(contact.pseudonym), contact.pseudonym
    assert contact.state == "new"
    assert contact.language is None and contact.language_confirmed is False
    assert contact.first_seen_at == contact.last_seen_at == T0


async def test_next_message_keeps_the_pseudonym_and_moves_last_seen(database: Database) -> None:
    async with database.session() as repo:
        first = await repo.touch_contact("telegram", "4711", T0)
    async with database.session() as repo:
        again = await repo.touch_contact("telegram", "4711", T0 + timedelta(hours=2))
    assert again.id == first.id
    assert again.pseudonym == first.pseudonym
    assert again.first_seen_at == T0
    assert again.last_seen_at == T0 + timedelta(hours=2)
    assert await contact_count(database) == 1


async def test_different_people_get_different_pseudonyms(database: Database) -> None:
    async with database.session() as repo:
        contacts = [await repo.touch_contact("telegram", str(i), T0) for i in range(30)]
        # the same chat id on another channel is another person
        web = await repo.touch_contact("webchat", "0", T0)
    pseudonyms = {c.pseudonym for c in [*contacts, web]}
    assert len(pseudonyms) == 31


async def test_simultaneous_first_messages_make_one_contact(database: Database) -> None:
    async def touch() -> Contact:
        async with database.session() as repo:
            return await repo.touch_contact("telegram", "4711", T0)

    contacts = await asyncio.gather(*(touch() for _ in range(8)))
    assert len({c.id for c in contacts}) == 1
    assert len({c.pseudonym for c in contacts}) == 1
    assert await contact_count(database) == 1


async def test_second_message_waits_while_the_first_is_handled(database: Database) -> None:
    # The race at its worst: the first unit of work has inserted but not committed yet.
    async def second() -> Contact:
        async with database.session() as repo:
            return await repo.touch_contact("telegram", "4711", T0 + timedelta(seconds=1))

    async with database.session() as repo:
        first = await repo.touch_contact("telegram", "4711", T0)
        task = asyncio.create_task(second())
        await asyncio.sleep(0.2)
        assert not task.done()  # blocked on the first one's lock, not racing past it
    later = await task
    assert later.id == first.id and later.pseudonym == first.pseudonym
    assert await contact_count(database) == 1


async def test_a_taken_pseudonym_is_replaced_by_a_free_one(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    names: Iterator[str] = iter(["Kiwi 1111", "Kiwi 1111", "Mango 2222"])
    monkeypatch.setattr(storage.repository, "new_pseudonym", lambda: next(names))
    async with database.session() as repo:
        one = await repo.touch_contact("telegram", "1", T0)
    async with database.session() as repo:
        two = await repo.touch_contact("telegram", "2", T0)
    assert (one.pseudonym, two.pseudonym) == ("Kiwi 1111", "Mango 2222")


async def test_contact_by_address(database: Database) -> None:
    async with database.session() as repo:
        assert await repo.contact_by_address("telegram", "4711") is None
        made = await repo.touch_contact("telegram", "4711", T0)
    async with database.session() as repo:
        found = await repo.contact_by_address("telegram", "4711")
    assert found is not None and found.id == made.id


async def test_changes_to_a_contact_are_saved(database: Database) -> None:
    async with database.session() as repo:
        contact = await repo.touch_contact("telegram", "4711", T0)
    # a later unit of work may change the object from an earlier one (expire_on_commit=False)
    contact.language, contact.language_confirmed, contact.state = "ar", True, "menu"
    contact.contact_point_id = "dueren-u25"
    async with database.session() as repo:
        await repo.save(contact)
    async with database.session() as repo:
        found = await repo.contact_by_address("telegram", "4711")
    assert found is not None
    assert (found.language, found.language_confirmed, found.state) == ("ar", True, "menu")
    assert found.contact_point_id == "dueren-u25"


async def test_a_failed_unit_of_work_leaves_nothing_behind(database: Database) -> None:
    with pytest.raises(RuntimeError, match="handler crashed"):
        async with database.session() as repo:
            await repo.touch_contact("telegram", "4711", T0)
            raise RuntimeError("handler crashed")
    assert await contact_count(database) == 0


async def test_naive_times_are_refused(database: Database) -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        async with database.session() as repo:
            await repo.touch_contact("telegram", "4711", datetime(2025, 1, 1, 12, 0))
