"""Typed questions, in the young person's words: answered from the file, in their language;
not sure → two topics and a person; a crisis → the numbers at once and an urgent handover."""

from __future__ import annotations

import datetime as dt

from flows.conversation.engine import Engine
from storage import ConversationStatus
from tests.flows.chat import Chat, chosen, conversation_of
from tests.flows.conftest import BERLIN, Clock


async def test_a_question_about_tomorrow_in_a_town_is_answered_for_that_day_and_place(
    engine: Engine,
) -> None:
    # Monday afternoon: "morgen" is Tuesday 1 December.
    chat = await chosen(engine, "lena", "teilhabe", "de")
    await chat.says("habt ihr morgen in jülich auf?")
    assert "morgen, Dienstag 1. Dezember" in chat.text
    assert "Sprechstunde Jülich" in chat.text
    assert "Josef-Schregel" not in chat.text
    assert "📍 Wo?" in chat.labels() and "⬅️ Menü" in chat.labels()
    assert not any(b.payload.startswith("bk:") for b in chat.buttons()), "Jülich has no bookings"


async def test_informal_english_gets_the_places(engine: Engine) -> None:
    chat = await chosen(engine, "sam", "teilhabe", "en")
    await chat.says("where r u")
    assert "Josef-Schregel-Str. 31, 52349 Düren" in chat.text


async def test_a_weekday_in_russian(engine: Engine) -> None:
    chat = await chosen(engine, "dima", "teilhabe", "ru")
    await chat.says("вы работаете в субботу?")
    assert "суббота" in chat.text.lower()


async def test_writing_in_another_supported_language_switches_and_says_so(
    engine: Engine,
) -> None:
    chat = await chosen(engine, "amal", "kim", "de")
    await chat.says("متى تفتحون")
    assert "سأكتب لك الآن بالعربية" in chat.text
    assert "القائمة" in " ".join(chat.labels()), "the buttons speak Arabic too"
    assert (await chat.contact()).language == "ar"


async def test_a_language_uli_does_not_speak_gets_german_and_english_and_an_interpreter(
    engine: Engine,
) -> None:
    chat = Chat(engine, "ioana", language_hint="ro")
    await chat.says("/start teilhabe")
    await chat.says("vă rog, am nevoie de ajutor cu un loc de muncă")
    texts = [reply.text for reply in chat.last]
    assert len(texts) == 2
    assert "Dolmetscher" in texts[0] and "interpreter" in texts[1]


async def test_when_not_sure_it_offers_two_topics_and_a_person(engine: Engine) -> None:
    chat = await chosen(engine, "jo", "teilhabe", "de")
    await chat.says("blabla")
    assert "nicht ganz sicher" in chat.text
    topics = [b for b in chat.buttons() if b.payload.startswith("ask:")]
    assert len(topics) == 2
    assert any(b.payload == "m:person" for b in chat.buttons())
    await chat.presses("ask:cost")
    assert "kostenlos" in chat.text


async def test_free_greeting_and_cost_questions(engine: Engine) -> None:
    chat = await chosen(engine, "mo", "kim", "de")
    await chat.says("hallo")
    assert "Was möchtest du wissen?" in chat.text
    await chat.says("kostet das was")
    assert "kostenlos" in chat.text


async def test_a_crisis_gets_the_numbers_at_night_and_is_urgent_for_the_team(
    engine: Engine, clock: Clock
) -> None:
    clock.now = dt.datetime(2026, 11, 29, 2, 30, tzinfo=BERLIN)  # Sunday night, closed
    chat = await chosen(engine, "kira", "teilhabe", "de")
    await chat.says("ich will nicht mehr")
    for number in ("112", "116 111", "0800 111 0 111", "0800 111 0 222"):
        assert number in chat.text
    assert "116 016" not in chat.text
    assert "als dringend an das Team" in chat.text and "morgen, Montag 30. November" in chat.text
    conversation = await conversation_of(engine, "kira")
    assert conversation.status == ConversationStatus.WAITING
    assert conversation.urgent and conversation.urgent_reason == "suicide"


async def test_violence_adds_the_violence_line_in_the_persons_language(engine: Engine) -> None:
    chat = await chosen(engine, "ayse", "kim", "tr")
    await chat.says("babam beni dövüyor")
    assert "116 016" in chat.text and "112" in chat.text
    assert "ekibe" in chat.text


async def test_a_crisis_is_caught_even_before_a_language_was_chosen(engine: Engine) -> None:
    chat = Chat(engine, "anon", language_hint="en")
    await chat.says("i cant do this anymore")
    assert "116 111" in chat.text and "you don't have to get through this alone" in chat.text
    conversation = await conversation_of(engine, "anon")
    assert conversation.urgent


async def test_nowhere_to_sleep_tells_about_the_jugendamt(engine: Engine) -> None:
    chat = await chosen(engine, "pavlo", "kim", "ru")
    await chat.says("мне негде ночевать сегодня")
    assert "Jugendamt" in chat.text and "110" in chat.text


async def test_a_language_it_only_suspects_is_offered_as_a_button(engine: Engine) -> None:
    chat = await chosen(engine, "deniz", "teilhabe", "de")
    await chat.says("merhaba")  # one word: Turkish, but not surely
    assert "🌐 Türkçe" in chat.labels(), "asked with a button, not switched"
    assert any("Hallo" in r.text or "Was möchtest du wissen" in r.text for r in chat.last)
    await chat.taps("🌐 Türkçe")
    await chat.says("/hours")
    assert "Açılış" in chat.text or "açık" in chat.text, "now in Turkish"
