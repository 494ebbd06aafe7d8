"""A young person on Telegram, through aiogram's real HTTP client and the fake Bot API server."""

from __future__ import annotations

import asyncio

from storage import Database
from tests.telegram import FakeTelegram
from tests.telegram.server import SentMessage

RLM = "\u200f"


async def test_start_greets_offers_languages_and_privacy(
    telegram: FakeTelegram, chat_id: int
) -> None:
    person = telegram.person(chat_id=chat_id, first_name="Amal", language_code="ar")
    await person.says("/start")
    reply = await person.next_reply()
    assert "Uli" in reply.text and "/privacy" in reply.text
    assert reply.text.startswith(RLM), "Arabic text is laid out right to left"
    assert reply.button_labels[0] == "✓ العربية"
    assert "Deutsch" in reply.button_labels and "Türkçe" in reply.button_labels


async def test_german_path_through_every_menu_button(telegram: FakeTelegram, chat_id: int) -> None:
    person = telegram.person(chat_id=chat_id, first_name="Jonas", language_code="de")
    menu = await person.starts("teilhabe")
    assert "Teilhabemanagement" in menu.text
    assert {
        "🕒 Öffnungszeiten",
        "📍 Wo?",
        "👥 Für wen?",
        "🗣 Sprachen",
        "🙋 Mit einem Menschen sprechen",
        "🌐 Sprache",
    } <= set(menu.button_labels)

    expectations = {
        "🕒 Öffnungszeiten": ["Sprechstunde Jülich", "offene Sprechstunde"],
        "📍 Wo?": ["Josef-Schregel-Str. 31, 52349 Düren"],
        "👥 Für wen?": ["18 bis 27 Jahre", "Duldung"],
        "🗣 Sprachen": ["Deutsch", "Englisch"],
        "🙋 Mit einem Menschen sprechen": ["+49 2421 000000-2", "teilhabe@example.org", "116 111"],
    }
    for label, facts in expectations.items():
        await person.taps_in(menu, label)
        answer = await person.next_reply()
        for fact in facts:
            assert fact in answer.text, (label, fact, answer.text)
        if label == "🙋 Mit einem Menschen sprechen":
            assert "Team" in answer.text
            assert "✖️ Gespräch mit dem Team beenden" in answer.button_labels
        else:
            assert "🙋 Mit einem Menschen sprechen" in answer.button_labels, "never a dead end"
    assert all(a.get("callback_query_id") for a in person.callback_answers)


async def test_changing_the_language_answers_in_the_new_one(
    telegram: FakeTelegram, chat_id: int
) -> None:
    person = telegram.person(chat_id=chat_id, first_name="Oksana", language_code="de")
    await person.starts("kim")
    await person.says("/language")
    await person.next_reply()
    await person.taps("Українська")
    menu = await person.next_reply()
    assert "українською" in menu.text.lower()
    await person.taps(data="m:hours")
    hours = await person.next_reply()
    assert "KIM" in hours.text and "09:00–15:00" in hours.text
    assert "Öffnungszeiten" not in hours.text


async def test_media_and_free_text_get_a_friendly_answer(
    telegram: FakeTelegram, chat_id: int
) -> None:
    person = telegram.person(chat_id=chat_id, first_name="Sam", language_code="en")
    await person.starts("pace")
    actions = {
        "sticker": person.sends_sticker,
        "photo": person.sends_photo,
        "voice": person.sends_voice,
        "document": person.sends_document,
        "video": person.sends_video,
        "location": person.sends_location,
    }
    for name, action in actions.items():
        await action()
        reply = await person.next_reply()
        assert reply.text and "Talk to a person" in " ".join(reply.button_labels), name
    await person.says("/whatever")
    assert "don't know this command" in (await person.next_reply()).text
    await person.says("zxcv qwrt plmk")
    unsure = await person.next_reply()
    assert "not quite sure" in unsure.text and "🙋 Talk to a person" in unsure.button_labels
    await person.edits("/start", "hello")
    assert "changed a message" in (await person.next_reply()).text
    # 3,960 characters of German: Uli switches to German and answers the question.
    await person.says("wann habt ihr offen?? " * 180)
    long_question = await person.next_reply()
    assert "Ich schreibe dir jetzt auf Deutsch" in long_question.text
    assert "🕒 Öffnungszeiten: Pro-Aktiv-Centrum (PACE) Hannover" in long_question.text


async def test_an_ended_programme_points_to_running_ones(
    telegram: FakeTelegram, chat_id: int
) -> None:
    person = telegram.person(chat_id=chat_id, first_name="Can", language_code="tr")
    reply = await person.starts("justiq")
    assert "2022" in reply.text
    assert any(data.startswith("cp:teilhabe") for row in reply.buttons for _, data in row)


async def test_commands_are_registered_in_every_language(telegram: FakeTelegram) -> None:
    for lang in ("de", "en", "ru", "ar", "tr", "uk", "fa", None):
        commands = telegram.commands(language_code=lang)
        names = [c["command"] for c in commands]
        assert {"start", "help", "hours", "language"} <= set(names), lang
    assert telegram.commands(language_code="en")[2]["description"] == "Opening hours"
    assert telegram.commands(language_code="de")[2]["description"] == "Öffnungszeiten"


async def test_a_throttled_or_failing_telegram_delays_the_answer_but_delivers_it(
    telegram: FakeTelegram, chat_id: int
) -> None:
    person = telegram.person(chat_id=chat_id, first_name="Lina", language_code="de")
    telegram.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    telegram.fail_next("sendMessage", 502, "Bad Gateway")
    await person.says("/start kim")
    reply = await person.next_reply(timeout=15)
    assert "Uli" in reply.text and "✓ Deutsch" in reply.button_labels


async def test_a_person_who_blocked_the_bot_is_marked_unreachable(
    telegram: FakeTelegram, chat_id: int, bot_database_url: str
) -> None:
    person = telegram.person(chat_id=chat_id, first_name="Mo", language_code="de")
    await person.says("/start")
    await person.next_reply()
    telegram.block(chat_id)
    await person.says("hallo")
    async with Database(bot_database_url) as database:
        for _ in range(100):
            async with database.session() as repo:
                contact = await repo.contact_by_address("telegram", str(chat_id))
            if contact is not None and contact.unreachable:
                break
            await asyncio.sleep(0.05)
        assert contact is not None and contact.unreachable


async def test_typed_questions_and_a_crisis_through_telegram(
    telegram: FakeTelegram, chat_id: int
) -> None:
    person = telegram.person(chat_id=chat_id, first_name="Huda", language_code="ar")
    await person.starts("kim")
    await person.says("وين مكانكم؟")
    where = await person.next_reply()
    assert "Josef-Schregel-Str. 31" in where.text
    await person.says("ما بدي عيش بعد الآن")
    crisis = await person.next_reply()
    assert "116 111" in crisis.text and "112" in crisis.text
    assert crisis.text.startswith("\u200f"), "right-to-left lines start with a mark"


async def test_mydata_arrives_as_a_file_and_delete_confirms_after_erasing(
    telegram: FakeTelegram, chat_id: int
) -> None:
    person = telegram.person(chat_id=chat_id, first_name="Lina", language_code="en")
    await person.starts("pace")
    await person.says("/mydata")
    export = await person.next_reply()
    assert export.document == "uli-data.txt" and export.document_content is not None
    content = export.document_content.decode()
    assert "You: /mydata" not in content and "You: mydata" in content
    assert "Lina" not in content, "Telegram names are never stored"
    await person.says("/delete")
    await person.next_reply()
    await person.taps(data="del:yes")
    done = await person.next_reply()
    assert "everything is deleted" in done.text


async def test_booking_an_appointment_and_getting_the_calendar_file(
    telegram: FakeTelegram, chat_id: int
) -> None:
    """The bot's real clock: whatever days are free, the first day and time are booked."""
    person = telegram.person(chat_id=chat_id, first_name="Samir", language_code="de")
    await person.starts("teilhabe")
    await person.taps("📅 Termin")
    days = await person.next_reply()
    assert "Wann passt es dir?" in days.text

    def first(message: SentMessage, prefix: str) -> str:
        pairs = [pair for row in message.buttons for pair in row]
        return next(data for _, data in pairs if data.startswith(prefix))

    await person.taps(data=first(days, "bk:d:"))
    times = await person.next_reply()
    await person.taps(data=first(times, "bk:t:"))
    await person.next_reply()
    await person.taps("⏭ Überspringen")
    await person.next_reply()
    await person.taps("✅ Ja, buchen")
    confirmation = await person.next_reply()
    assert "Dein Termin ist gebucht" in confirmation.text
    assert "Josef-Schregel-Str. 31, 52349 Düren" in confirmation.text
    assert {"🔁 Verschieben", "❌ Absagen", "📅 Kalenderdatei"} <= set(confirmation.button_labels)
    await person.taps("📅 Kalenderdatei")
    calendar = await person.next_reply()
    assert calendar.document is not None and calendar.document.endswith(".ics")
    assert calendar.document_content is not None
    content = calendar.document_content.decode()
    assert content.startswith("BEGIN:VCALENDAR\r\n") and "DTSTART:" in content


async def test_the_young_persons_path_through_telegram(
    telegram: FakeTelegram, chat_id: int
) -> None:
    """The first question kept, a fitting few buttons, a named place, a name in two
    messages, and a handover that acknowledges without flooding and still answers facts."""
    person = telegram.person(chat_id=chat_id, first_name="Nour", language_code=None)
    await person.says("أين مكتبكم؟")
    welcome = await person.next_reply()
    assert welcome.text.startswith(RLM) and "حماية البيانات" in welcome.text
    await person.taps_in(welcome, data="cp:teilhabe:location")
    intro, answer = await person.next_reply(), await person.next_reply()
    assert "Teilhabemanagement" in intro.text
    assert "Josef-Schregel-Str. 31" in answer.text, "the first question is answered"
    assert len(answer.buttons) <= 3, "a few buttons that fit, not the whole menu"

    await person.taps_in(answer, data="m:hours")
    hours = await person.next_reply()
    assert [data for row in hours.buttons for _, data in row] == [
        "bk:start", "m:where", "m:person", "m:menu"
    ]  # fmt: skip

    await person.says("هل أنتم مفتوحون غدا في Jülich؟")
    day = await person.next_reply()
    assert "Jülich" in day.text
    assert not any(data.startswith("bk:") for row in day.buttons for _, data in row)

    await person.says("/name")
    await person.next_reply()
    await person.says("Nour")
    assert "Nour" in (await person.next_reply()).text

    await person.taps(data="m:person")
    await person.next_reply()
    await person.says("مرحبا")
    assert "📨" in (await person.next_reply()).text
    await person.says("...")  # within the quiet period: no second acknowledgement
    await person.says("هل هذا مجاني؟")
    fact = await person.next_reply()
    assert "📨" not in fact.text and "محادثتك باقية مع الفريق" in fact.text
