"""Asking for a person hands the conversation to the team; Uli then steps back, says once
per closed period that nobody is on duty, and lets the young person end the handover."""

from __future__ import annotations

import datetime as dt

from flows.conversation.engine import Engine
from flows.delivery.live import Change
from storage import ConversationStatus, Direction
from tests.flows.chat import chosen, conversation_of
from tests.flows.conftest import BERLIN, Clock


async def test_the_button_hands_over_and_says_someone_answers_soon_when_on_duty(
    engine: Engine,
) -> None:
    # Monday 14:30: Jülich's drop-in hours of the Teilhabemanagement are on.
    chat = await chosen(engine, "lea", "teilhabe", "de")
    async with engine.live.subscribe() as changes:
        await chat.taps("Mit einem Menschen")
        change = changes.get_nowait()
    assert "Jemand antwortet dir hier bald" in chat.text
    assert "+49 2421 000000-2" in chat.text, "the direct ways stay visible"
    conversation = await conversation_of(engine, "lea")
    assert conversation.status == ConversationStatus.WAITING
    assert conversation.waiting_since is not None and not conversation.urgent
    assert conversation.contact_point_id == "teilhabe"
    assert change == Change(
        conversation.id or 0, "teilhabe", "status", status=ConversationStatus.WAITING.value
    ), "open inboxes learn that it now waits for the team"

    # While handed over, Uli does not answer messages for the team itself: it says once that
    # they arrived, then stays quiet while the young person goes on writing.
    got = await chat.writes_to_team("ich brauche hilfe mit meinem lebenslauf")
    assert [r.text for r in got] == ["📨 Angekommen. Das Team liest deine Nachricht."]
    assert await chat.writes_to_team("ich habe keinen") == []
    await chat.says("/menu")
    assert "🕒 Öffnungszeiten" in chat.labels(), "buttons and commands keep working"
    assert "✖️ Gespräch mit dem Team beenden" in chat.labels()


async def test_typing_that_you_want_a_person_hands_over_too(engine: Engine) -> None:
    chat = await chosen(engine, "timur", "kim", "ru")
    await chat.says("можно поговорить с человеком?")
    assert "Наш разговор передан команде" in chat.text
    assert (await conversation_of(engine, "timur")).status == ConversationStatus.WAITING


async def test_out_of_hours_each_message_is_acknowledged_once_per_quiet_period(
    engine: Engine, clock: Clock
) -> None:
    clock.now = dt.datetime(2026, 11, 28, 20, 0, tzinfo=BERLIN)  # Saturday evening
    chat = await chosen(engine, "omid", "teilhabe", "en")
    await chat.taps("Talk to a person")
    assert "Nobody is on duty right now" in chat.text
    assert "Monday November 30, from 14:00" in chat.text

    first = await chat.writes_to_team("hello? is anyone there")
    assert [r.text for r in first] == ["📨 Got it. The team will read your message."], (
        "the waiting time was just told: not again"
    )
    clock.now += dt.timedelta(minutes=5)
    assert await chat.writes_to_team("??") == [], "never a flood of notes"

    clock.now = dt.datetime(2026, 11, 29, 11, 0, tzinfo=BERLIN)  # Sunday: still closed
    sunday = await chat.writes_to_team("still waiting")
    assert [r.text for r in sunday] == ["📨 Got it. The team will read your message."]

    clock.now = dt.datetime(2026, 11, 30, 14, 30, tzinfo=BERLIN)  # open again: that changed
    now = await chat.writes_to_team("hey")
    assert len(now) == 1 and "on duty now and will answer you here soon" in now[0].text
    clock.now = dt.datetime(2026, 11, 30, 19, 0, tzinfo=BERLIN)  # the next closed period
    again = await chat.writes_to_team("evening")
    assert len(again) == 1 and "Nobody is on duty right now" in again[0].text
    assert "tomorrow, Tuesday December 1, from 09:00" in again[0].text


async def test_the_young_person_can_end_the_handover(engine: Engine) -> None:
    chat = await chosen(engine, "ben", "teilhabe", "de")
    await chat.taps("Mit einem Menschen")
    before = await conversation_of(engine, "ben")
    await chat.taps("Gespräch mit dem Team beenden")
    assert "wieder mit mir" in chat.text and "🕒 Öffnungszeiten" in chat.labels()
    async with engine.database.session() as repo:
        messages = await repo.messages(before.id or 0)
        contact = await repo.contact_by_address("test", "ben")
        assert contact is not None
        after = await repo.open_conversation(contact, engine.clock())
    assert after.id != before.id and after.status == ConversationStatus.BOT
    assert messages[-1].direction == Direction.OUT, "the goodbye stays in the team's history"
    await chat.says("wo seid ihr")
    assert "Josef-Schregel" in chat.text, "Uli answers again"


async def test_a_crisis_during_a_handover_makes_it_urgent_and_still_gives_the_numbers(
    engine: Engine,
) -> None:
    chat = await chosen(engine, "sara", "kim", "de")
    await chat.taps("Mit einem Menschen")
    await chat.says("mein freund bedroht mich")
    assert "116 016" in chat.text
    conversation = await conversation_of(engine, "sara")
    assert conversation.urgent and conversation.status == ConversationStatus.WAITING


async def test_photos_are_kept_for_the_team_with_their_file_reference(engine: Engine) -> None:
    from flows.vocabulary.events import Inbound, InboundKind

    chat = await chosen(engine, "nia", "kim", "de")
    await chat.taps("Mit einem Menschen")
    event = Inbound("test", "nia", InboundKind.photo, engine.clock(), "mein Brief", media_ref="F1")
    assert [r.text for r in await engine.handle(event)] == [
        "📨 Angekommen. Das Team liest deine Nachricht."
    ]
    conversation = await conversation_of(engine, "nia")
    async with engine.database.session() as repo:
        messages = await repo.messages(conversation.id or 0)
    photo = next(m for m in messages if m.kind == "photo")
    assert photo.media_ref == "F1" and photo.text == "mein Brief"
