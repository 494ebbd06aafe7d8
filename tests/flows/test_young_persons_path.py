"""The young person's path: the first question kept until it can be answered, no silence
while the team is away, two or three fitting buttons after an answer, place and day in one
question, and a name given in the message after /name."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.conversation.engine import Engine
from flows.desk.actor import Actor
from flows.desk.casework import Casework
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.texts import Texts
from storage import ConversationStatus, Database
from tests.console.conftest import add_caseworker
from tests.flows.chat import Chat, chosen, conversation_of
from tests.flows.conftest import BERLIN, Clock

THURSDAY = dt.datetime(2026, 12, 3, 15, 0, tzinfo=BERLIN)
"""Thursday: "tomorrow" is Friday, when Jülich's drop-in is closed."""


def payloads(chat: Chat) -> list[str]:
    return [b.payload for b in chat.buttons()]


# -- 2. no lost question -----------------------------------------------------------------------


async def test_an_arabic_first_question_is_answered_once_the_service_is_chosen(
    engine: Engine,
) -> None:
    chat = Chat(engine, "nour")  # no language_code from the client
    await chat.says("أين مكتبكم؟")
    assert "حماية البيانات" in chat.text, "the privacy note follows the text's language"
    assert "Datenschutz" not in chat.text
    assert "cp:kim:location" in payloads(chat), "the question rides on the service buttons"
    await chat.taps("KIM")
    assert "KIM" in chat.text and "Josef-Schregel-Str. 31" in chat.text, "answered, not lost"
    contact = await chat.contact()
    assert contact.contact_point_id == "kim" and contact.language == "ar"


async def test_a_turkish_first_question_about_an_appointment_starts_the_booking(
    engine: Engine,
) -> None:
    chat = Chat(engine, "emre")
    await chat.says("randevu alabilir miyim")
    assert "Kısaca veri koruma" in chat.text
    await chat.taps("KIM")
    assert any(p.startswith("bk:d:diz:") for p in payloads(chat)), chat.labels()
    assert "KIM" in chat.text and "📅" in chat.text


async def test_a_question_in_an_unclear_language_waits_for_the_language_then_the_service(
    engine: Engine,
) -> None:
    chat = Chat(engine, "kai")
    await chat.says("kosten?")
    assert "lang:de:cost" in payloads(chat), "the language is asked, the question kept"
    await chat.taps("Українська")
    await chat.taps("Teilhabemanagement")
    assert "безкоштовн" in chat.text.lower(), chat.text


async def test_a_question_typed_instead_of_choosing_a_language_is_kept_too(
    engine: Engine,
) -> None:
    chat = Chat(engine, "lina", language_hint="de")
    await chat.says("hallo")
    assert "In welcher Sprache" in chat.text, "a greeting is not a question to keep"
    await chat.says("kostet das was")
    await chat.taps("KIM")
    assert "kostenlos" in chat.text


async def test_with_one_service_a_first_question_is_answered_at_once(
    database: Database, catalogue: Catalogue, texts: Texts, clock: Clock
) -> None:
    only_kim = catalogue.model_copy(update={"default_contact_point": "kim"})
    engine = Engine(only_kim, texts, database, clock=clock)
    for address, question, expected in [
        ("a", "wo seid ihr?", "Josef-Schregel-Str. 31"),
        ("b", "where is your office?", "Josef-Schregel-Str. 31"),
        ("c", "де ви знаходитесь?", "Josef-Schregel-Str. 31"),
    ]:
        chat = Chat(engine, address)
        await chat.says(question)
        assert len(chat.last) >= 2 and expected in chat.last[-1].text, chat.text
        assert (await chat.contact()).contact_point_id == "kim"


async def test_a_forged_kept_question_is_not_answered(engine: Engine) -> None:
    chat = Chat(engine, "x", language_hint="de")
    await chat.says("/start")
    await chat.presses("lang:de:drop_tables|x")
    await chat.presses("cp:kim:nonsense")
    assert "Was möchtest du wissen?" in chat.text
    assert "🕒 Öffnungszeiten" in chat.labels()


# -- 3. no silence while waiting ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "ack", "question", "fact", "still"),
    [
        ("de", "📨 Angekommen", "kostet das was", "kostenlos", "Dein Gespräch bleibt beim Team"),
        ("ar", "📨 وصلت رسالتك", "هل هذا مجاني؟", "مجان", "محادثتك باقية مع الفريق"),
        ("uk", "📨 Отримано", "це безкоштовно?", "безкоштовн", "Розмова залишається в команди"),
    ],
)
async def test_while_waiting_messages_are_acknowledged_and_facts_answered(
    engine: Engine, clock: Clock, lang: str, ack: str, question: str, fact: str, still: str
) -> None:
    clock.now = dt.datetime(2026, 12, 4, 17, 0, tzinfo=BERLIN)  # Friday after hours
    chat = await chosen(engine, f"w-{lang}", "kim", lang)
    await chat.presses("m:person")
    first = await chat.writes_to_team("hallo")
    assert len(first) == 1 and ack in first[0].text
    assert await chat.writes_to_team("...") == [], "one acknowledgement per quiet period"
    answered = await chat.writes_to_team(question)
    assert len(answered) == 1 and fact in answered[0].text.lower() and still in answered[0].text
    assert "h:end" in payloads(chat) and "m:person" not in payloads(chat)
    conversation = await conversation_of(engine, f"w-{lang}")
    assert conversation.status == ConversationStatus.WAITING, "it stays with the team"
    clock.now += dt.timedelta(minutes=21)
    later = await chat.writes_to_team("?")
    assert len(later) == 1 and ack in later[0].text


async def test_a_caseworkers_reply_quiets_the_acknowledgements(
    engine: Engine, database: Database, catalogue: Catalogue, texts: Texts, clock: Clock
) -> None:
    chat = await chosen(engine, "rudi", "kim", "de")
    await chat.presses("m:person")
    nina = await add_caseworker(database, catalogue, "nina@example.org", "Nina", ["kim"])
    async with database.session() as repo:
        actor = Actor.of(nina, await repo.accounts.memberships(nina.id or 0))
    casework = Casework(database, texts, engine.voice, clock)
    conversation = await conversation_of(engine, "rudi")
    await casework.reply(actor, conversation.id or 0, "Hallo, hier ist Nina. Wie kann ich helfen?")
    assert await chat.writes_to_team("hallo nina") == [], "they are talking: no 'got it'"
    clock.now += dt.timedelta(minutes=30)
    assert len(await chat.writes_to_team("bist du noch da?")) == 1, "a while later: got it"


# -- 4. less to read ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "book", "where", "person", "menu"),
    [
        ("de", "📅 Termin", "📍 Wo?", "🙋 Mit einem Menschen sprechen", "⬅️ Menü"),
        ("ar", "📅 موعد", "📍 أين؟", "🙋 التحدث مع شخص", "⬅️ القائمة"),
        ("uk", "📅", "📍", "🙋", "⬅️ Меню"),
    ],
)
async def test_after_the_hours_three_buttons_that_fit_and_the_menu(
    engine: Engine, lang: str, book: str, where: str, person: str, menu: str
) -> None:
    chat = await chosen(engine, f"h-{lang}", "teilhabe", lang)
    await chat.presses("m:hours")
    assert payloads(chat) == ["bk:start", "m:where", "m:person", "m:menu"]
    labels = chat.labels()
    assert labels[0].startswith(book) and labels[1].startswith(where)
    assert labels[2].startswith(person) and labels[3] == menu
    await chat.taps(menu)
    assert len(chat.buttons()) >= 8, "the full menu on request"
    assert "m:lang" in payloads(chat)


async def test_a_service_without_bookings_offers_no_booking_button(engine: Engine) -> None:
    chat = await chosen(engine, "ole", "pace", "de")
    await chat.says("wo seid ihr")
    assert "m:menu" in payloads(chat) and len(chat.buttons()) <= 4


# -- 5. place and day in one question ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "question", "closed", "monday"),
    [
        ("de", "kann ich morgen in jülich vorbeikommen?", "geschlossen", "Montag"),
        ("en", "can i come by in jülich tomorrow?", "closed", "Monday"),
        ("ru", "вы работаете завтра в Jülich?", "закрыто", "понедельник"),
    ],
)
async def test_a_day_at_a_drop_in_place_says_when_it_is_open_and_offers_no_booking(
    engine: Engine, clock: Clock, lang: str, question: str, closed: str, monday: str
) -> None:
    clock.now = THURSDAY
    chat = await chosen(engine, f"j-{lang}", "teilhabe", lang)
    await chat.says(question)
    text = chat.text
    assert "Jülich" in text and closed in text.lower(), text
    assert monday in text and "14:00" in text, "and when it is open next"
    assert "Josef-Schregel" not in text, "Düren's office is not asked about"
    assert not any(p.startswith("bk:") for p in payloads(chat)), "Jülich has no bookings"


async def test_a_day_at_a_place_that_books_offers_booking_there(
    engine: Engine, clock: Clock
) -> None:
    clock.now = THURSDAY
    chat = await chosen(engine, "dueren", "teilhabe", "de")
    await chat.says("kann ich am montag in düren vorbeikommen?")
    assert "Montag" in chat.text
    assert "bk:days:diz" in payloads(chat), "booking offered where the place books"
    await chat.presses("bk:days:diz")
    assert any(p.startswith("bk:d:diz:") for p in payloads(chat)), chat.labels()


@pytest.mark.parametrize(
    ("lang", "saved"),
    [("de", "Danke, Emre"), ("en", "Thanks, Emre"), ("ar", "Emre")],
)
async def test_the_name_in_the_message_after_name(engine: Engine, lang: str, saved: str) -> None:
    chat = await chosen(engine, f"n-{lang}", "kim", lang)
    await chat.says("/name")
    await chat.says("Emre")
    assert saved in chat.text
    assert (await chat.contact()).display_name == "Emre"


async def test_a_question_after_name_is_answered_not_taken_for_a_name(engine: Engine) -> None:
    chat = await chosen(engine, "q", "kim", "de")
    await chat.says("/name")
    await chat.says("wo ist euer büro?")
    assert "Josef-Schregel" in chat.text
    contact = await chat.contact()
    assert contact.display_name is None and contact.state == "menu"
