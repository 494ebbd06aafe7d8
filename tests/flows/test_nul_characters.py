"""A NUL character (U+0000) from a messenger never reaches the database: PostgreSQL refuses
it, and the person would get no answer. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from flows.conversation.engine import Engine
from flows.vocabulary.events import Inbound, InboundKind
from tests.flows.chat import chosen


async def test_a_name_and_a_text_with_nul_are_stored_without_it_and_answered(
    engine: Engine,
) -> None:
    chat = await chosen(engine, "nul-1", "kim", "en")
    await chat.says("/name Em\x00re")
    assert "Thanks, Emre" in chat.text
    await chat.says("wann habt\x00 ihr offen")
    async with engine.database.session() as repo:
        contact = await repo.contact_by_address("test", "nul-1")
        assert contact is not None and contact.display_name == "Emre"
        [conversation] = await repo.conversations_of(contact)
        texts = [m.text for m in await repo.messages(conversation.id or 0)]
    assert "name Emre" in texts and "wann habt ihr offen" in texts
    assert all("\x00" not in t for t in texts)


async def test_a_language_hint_with_nul_is_harmless(engine: Engine) -> None:
    event = Inbound("test", "nul-2", InboundKind.command, engine.clock(), "start", "d\x00e")
    assert await engine.handle(event), "answered"
    async with engine.database.session() as repo:
        contact = await repo.contact_by_address("test", "nul-2")
    assert contact is not None and "\x00" not in (contact.language or "")
