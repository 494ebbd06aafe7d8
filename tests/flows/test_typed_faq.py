"""An FAQ entry with example phrasings in the contact-point file is answered when typed, in
every language that has examples; an entry without examples keeps its button.

The example file gives examples to PACE's entry `plan` ("Was ist ein Förderplan?") only; the
messages below are worded differently from those examples, as a young person would write.
"""

from __future__ import annotations

from flows.conversation.engine import Engine
from tests.flows.chat import Chat, chosen

GERMAN_ANSWER = "Ein Plan, den wir zusammen mit dir schreiben"
ARABIC_ANSWER = "خطة نكتبها معك"


async def test_the_faq_is_answered_when_typed_in_german(engine: Engine) -> None:
    chat = await chosen(engine, "jonas", "pace", "de")
    await chat.says("Was genau bedeutet Förderplan eigentlich??")
    assert GERMAN_ANSWER in chat.text
    assert "❓ Was ist ein Förderplan?" in chat.text  # the same reply as its button
    assert "❓ Häufige Fragen" in chat.labels()


async def test_the_faq_is_answered_when_typed_in_arabic(engine: Engine) -> None:
    chat = await chosen(engine, "rami", "pace", "ar")
    await chat.says("يعني ايش هي خطة الدعم تبعكم")
    assert ARABIC_ANSWER in chat.text
    assert "Ein Plan" not in chat.text


async def test_the_typed_answer_is_the_buttons_answer(engine: Engine) -> None:
    typed = await chosen(engine, "mira", "pace", "de")
    await typed.says("hey was bedeutet eigentlich dieser förderplan")
    tapped = await chosen(engine, "mara", "pace", "de")
    await tapped.presses("m:faq")
    await tapped.presses("faq:plan")
    assert typed.last[0].text == tapped.last[0].text


async def test_without_a_service_chosen_it_names_the_service_and_offers_the_choice(
    engine: Engine,
) -> None:
    chat = Chat(engine, "nour", language_hint="de")
    await chat.says("/start")
    await chat.presses("lang:de")
    await chat.says("was bedeutet förderplan?")
    assert "Pro-Aktiv-Centrum (PACE) Hannover:" in chat.text
    assert GERMAN_ANSWER in chat.text
    assert any(b.payload == "cp:pace" for b in chat.buttons())


async def test_an_faq_without_examples_still_answers_by_button(engine: Engine) -> None:
    chat = await chosen(engine, "ali", "kim", "de")
    await chat.taps("Häufige Fragen")
    await chat.taps("Was soll ich zum Termin mitbringen?")
    assert "Deinen Ausweis oder dein Aufenthaltspapier" in chat.text


async def test_ordinary_questions_keep_their_answers(engine: Engine) -> None:
    chat = await chosen(engine, "lea", "pace", "de")
    await chat.says("kostet das was?")
    assert GERMAN_ANSWER not in chat.text
    assert "kostenlos" in chat.text
