"""A young person talks to the core (no Telegram): greeting, language, service, every topic."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.conversation.engine import Engine
from flows.vocabulary.events import InboundKind
from flows.vocabulary.texts import RLM
from storage import Direction
from tests.flows.chat import Chat
from tests.flows.conftest import BERLIN, Clock


async def test_first_message_greets_offers_languages_and_explains_privacy(engine: Engine) -> None:
    chat = Chat(engine, "amal", language_hint="ar")
    await chat.says("مرحبا")
    assert "Uli" in chat.text
    assert chat.labels()[0] == "✓ العربية", "the client's language comes first, ticked"
    assert {"Deutsch", "English", "Русский", "Türkçe", "Українська", "فارسی"} <= set(chat.labels())
    assert "/privacy" in chat.text
    assert "تُحذف المحادثات بعد ⁨90⁩ يومًا" in chat.text, "how long, in the first note"
    assert all(line.startswith(RLM) for line in chat.text.split("\n") if line)


async def test_after_language_the_running_services_are_offered(engine: Engine) -> None:
    chat = Chat(engine, "jonas", language_hint="de")
    await chat.says("/start")
    await chat.taps("Deutsch")
    assert "Deutsch" in chat.text
    labels = " ".join(chat.labels())
    assert "Teilhabemanagement" in labels and "KIM" in labels and "PACE" in labels
    assert "JUSTiQ" not in labels and "jobpoint" not in labels, "ended programmes are not offered"


async def test_menu_topics_answer_with_facts_from_the_file(engine: Engine) -> None:
    chat = Chat(engine, "mira", language_hint="de")
    await chat.says("/start")
    await chat.taps("Deutsch")
    await chat.taps("Teilhabemanagement")
    assert (
        "🕒 Öffnungszeiten" in chat.labels() and "🙋 Mit einem Menschen sprechen" in chat.labels()
    )

    await chat.taps("Öffnungszeiten")
    assert "Jetzt geöffnet: 14:00–16:00 · Sprechstunde Jülich" in chat.text
    assert "offene Sprechstunde, ohne Termin" in chat.text
    assert "Mittwoch 2. Dezember: 09:00–11:00 · Sprechstunde Jülich" in chat.text

    await chat.taps("Wo?")
    assert "Josef-Schregel-Str. 31, 52349 Düren" in chat.text

    await chat.taps_in_menu("Für wen?")
    assert "18 bis 27 Jahre" in chat.text and "Duldung" in chat.text and "Gestattung" in chat.text

    await chat.taps_in_menu("Sprachen")
    assert "Deutsch" in chat.text and "Englisch" in chat.text

    await chat.taps_in_menu("Häufige Fragen")
    question = chat.labels()[0]
    await chat.taps(question)
    assert question in chat.text

    await chat.taps("Mit einem Menschen")
    assert "+49 2421 000000-2" in chat.text and "teilhabe@example.org" in chat.text
    assert "116 111" in chat.text and "112" in chat.text
    assert "Jetzt ohne Termin vorbeikommen" in chat.text


async def test_kim_counsels_in_four_languages_with_interpreters(engine: Engine) -> None:
    chat = Chat(engine, "oleh", language_hint="uk")
    await chat.says("/start kim")
    await chat.taps("Українська")
    await chat.taps("🗣")
    for language in ("німецька", "англійська", "російська", "арабська"):
        assert language in chat.text.lower()


@pytest.mark.parametrize(
    ("now", "lang", "service", "language", "hours", "expected"),
    [
        pytest.param(
            dt.datetime(2026, 11, 30, 17, 0, tzinfo=BERLIN), "en", "teilhabe", "English",
            "Opening hours",
            "Closed right now. Next time: tomorrow, Tuesday December 1, 09:00–15:00 · DIZ",
            id="closed-now-says-when-it-opens-next",
        ),
        pytest.param(
            dt.datetime(2026, 12, 25, 10, 0, tzinfo=BERLIN), "de", "kim", "Deutsch",
            "Öffnungszeiten", "Heute geschlossen: Feiertag",
            id="a-public-holiday-closes-the-service",
        ),
    ],
)  # fmt: skip
async def test_opening_hours_when_closed_say_why_or_when_it_opens(
    engine: Engine,
    clock: Clock,
    now: dt.datetime,
    lang: str,
    service: str,
    language: str,
    hours: str,
    expected: str,
) -> None:
    clock.now = now
    chat = Chat(engine, "sam", language_hint=lang)
    await chat.says(f"/start {service}")
    await chat.taps(language)
    await chat.taps(hours)
    assert expected in chat.text


async def test_an_ended_programme_says_since_when_and_points_to_running_ones(
    engine: Engine,
) -> None:
    chat = Chat(engine, "tarik", language_hint="tr")
    await chat.says("/start justiq")
    await chat.taps("Türkçe")
    assert "2022" in chat.text and "31" in chat.text
    payloads = [b.payload for b in chat.buttons()]
    assert any(p.startswith("cp:") for p in payloads)
    assert "cp:justiq" not in payloads and "cp:jobpoint" not in payloads
    await chat.presses(next(p for p in payloads if p.startswith("cp:")))
    assert "🕒" in " ".join(chat.labels())


async def test_nothing_leaves_a_dead_end(engine: Engine) -> None:
    chat = Chat(engine, "noor", language_hint="fa")
    await chat.says("/start teilhabe")
    await chat.taps("فارسی")
    for kind in (
        InboundKind.sticker,
        InboundKind.photo,
        InboundKind.voice,
        InboundKind.document,
        InboundKind.video,
        InboundKind.location,
        InboundKind.edited,
        InboundKind.other,
    ):
        await chat.sends(kind)
        assert any(b.payload == "m:person" for b in chat.buttons()), kind
    for text in ("/nonsense", "asdf qwer", "x" * 4000, "🙂🙂🙂"):
        await chat.says(text)
        assert any(b.payload == "m:person" for b in chat.buttons()), text
    await chat.presses("cp:doesnotexist")
    assert any(b.payload == "m:person" for b in chat.buttons())


async def test_typing_instead_of_choosing_a_language_keeps_the_guess(engine: Engine) -> None:
    chat = Chat(engine, "ivan", language_hint="ru")
    await chat.says("/start teilhabe")
    await chat.says("привет")
    assert "по-русски" in chat.text
    assert "🕒" in " ".join(chat.labels())


async def test_every_message_is_stored_in_both_directions(engine: Engine) -> None:
    chat = Chat(engine, "kai", language_hint="de")
    await chat.says("/start")
    await chat.taps("Deutsch")
    await chat.says("hallo?")
    async with engine.database.session() as repo:
        contact = await repo.contact_by_address("test", "kai")
        assert contact is not None and contact.language == "de"
        conversation = await repo.open_conversation(contact, engine.clock())
        messages = await repo.messages(conversation.id or 0)
    inbound = [m.text for m in messages if m.direction == Direction.IN]
    assert inbound == ["start", "lang:de", "hallo?"]
    assert len([m for m in messages if m.direction == Direction.OUT]) == 3
    assert contact.pseudonym and "kai" not in contact.pseudonym.lower()


async def test_privacy_says_how_long_conversations_are_kept(engine: Engine) -> None:
    chat = Chat(engine, "pia", language_hint="de")
    await chat.says("/start kim")
    await chat.taps("Deutsch")
    await chat.says("/privacy")
    assert "90 Tage nach der letzten Nachricht" in chat.text and "nach 30 Tagen" in chat.text
    assert "Der ganze Text: https://example.org/datenschutz" in chat.text
    assert "/mydata" in chat.text and "/delete" in chat.text
