"""A crisis is caught wherever it is written — in a photo's caption, in an edited message —
and whatever goes wrong inside Uli, the young person keeps the menu and a way to a person."""

from __future__ import annotations

from flows.conversation.engine import Engine
from flows.conversation.table import Outcome, Turn
from flows.vocabulary.events import Inbound, InboundKind
from storage import ConversationStatus
from tests.flows.chat import chosen, conversation_of


async def test_a_crisis_in_a_photo_caption_gets_the_numbers_and_goes_to_the_team(
    engine: Engine,
) -> None:
    await chosen(engine, "caro", "teilhabe", "de")
    event = Inbound(
        "test", "caro", InboundKind.photo, engine.clock(), "ich will mich umbringen", "de",
        media_ref="F7",
    )  # fmt: skip
    text = "\n".join(reply.text for reply in await engine.handle(event))
    assert "112" in text and "116 111" in text and "0800 111 0 111" in text
    conversation = await conversation_of(engine, "caro")
    assert conversation.urgent and conversation.status == ConversationStatus.WAITING


async def test_a_crisis_written_into_an_edited_message_is_caught(engine: Engine) -> None:
    await chosen(engine, "dilan", "teilhabe", "tr")
    event = Inbound("test", "dilan", InboundKind.edited, engine.clock(), "babam beni dövüyor")
    text = "\n".join(reply.text for reply in await engine.handle(event))
    assert "116 016" in text or "116 111" in text
    assert (await conversation_of(engine, "dilan")).urgent


async def test_a_harmless_caption_is_answered_as_a_photo(engine: Engine) -> None:
    await chosen(engine, "emre", "teilhabe", "de")
    event = Inbound("test", "emre", InboundKind.photo, engine.clock(), "mein brief", "de")
    replies = await engine.handle(event)
    assert replies and not (await conversation_of(engine, "emre")).urgent


class BrokenEngine(Engine):
    """A step that fails (a bug, a file that changed under Uli's feet)."""

    def _run(self, turn: Turn) -> Outcome:
        raise RuntimeError("broken step")


async def test_when_a_step_fails_the_person_gets_a_sorry_with_the_menu_and_a_person(
    engine: Engine,
) -> None:
    broken = BrokenEngine(engine.catalogue, engine.texts, engine.database, clock=engine.clock)
    await chosen(engine, "finn", "teilhabe", "de")
    event = Inbound("test", "finn", InboundKind.text, engine.clock(), "wann habt ihr auf")
    [reply] = await broken.handle(event)
    assert "etwas schiefgelaufen" in reply.text and "112" in reply.text
    assert [b.payload for row in reply.buttons for b in row] == ["m:menu", "m:person"]
    async with engine.database.session() as repo:
        contact = await repo.contact_by_address("test", "finn")
        assert contact is not None
        conversation = await repo.open_conversation(contact, engine.clock())
        texts = [m.text for m in await repo.messages(conversation.id or 0)]
    assert "wann habt ihr auf" in texts, "what they wrote is kept"


async def test_a_crisis_seen_only_by_meaning_is_answered_with_room_for_a_mistake(
    engine: Engine,
) -> None:
    chat = await chosen(engine, "gina", "teilhabe", "de")
    await chat.says("ich hab schon alle tabletten gesammelt die ich finden konnte")
    assert "Vielleicht verstehe ich dich falsch" in chat.text
    assert "112" in chat.text and "116 111" in chat.text
    assert (await conversation_of(engine, "gina")).urgent
    sure = await chosen(engine, "hans", "teilhabe", "de")
    await sure.says("ich will mich umbringen")
    assert "Vielleicht" not in sure.text and "Danke, dass du mir das schreibst" in sure.text
