"""/help names every command; the opening hours point to booking in the chat where the
service takes bookings, and to the team where it does not."""

from __future__ import annotations

from flows.conversation.commands import COMMANDS
from flows.conversation.engine import Engine
from tests.flows.chat import chosen


async def test_help_lists_every_command_with_what_it_does(engine: Engine) -> None:
    chat = await chosen(engine, "gabi", "kim", "de")
    await chat.says("/help")
    for command in COMMANDS:
        assert f"/{command} – " in chat.text, command
    assert "/delete – " in chat.text and "/mydata – " in chat.text


async def test_hours_point_to_booking_here_where_the_chat_can_book(engine: Engine) -> None:
    chat = await chosen(engine, "hugo", "kim", "de")  # KIM: by appointment, bookable here
    await chat.says("/hours")
    assert "Einen Termin buchst du direkt hier" in chat.text and "„📅 Termin“" in chat.text
    assert "per Telefon oder Mail" not in chat.text
    arabic = await chosen(engine, "huda", "kim", "ar")
    await arabic.says("/hours")
    assert "/book" in arabic.text and "📅 موعد" in arabic.text
