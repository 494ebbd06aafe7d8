"""The texts a young person reads, as the core puts them together, read for the glitches a
native reader trips over: a Latin comma or question mark inside Arabic or Persian, a doubled
full stop ("2 мар. 2021 г.."), a language name capitalised mid-sentence in Russian or
Ukrainian, the interpreter sentence said twice, a welcome glued into one long line, and a
handover saying "call or mail" where the chat itself books.

Every language talks to every contact point of the shipped example: welcome, menu answers,
FAQ, topics, help, handover (on duty and out of hours), crisis, a booking from the first free
slot to its cancellation, and the ended programmes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from flows.conversation.engine import Engine
from flows.knowledge import slots
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.languages import SUPPORTED_LANGUAGES
from flows.vocabulary.texts import Texts, undirected
from storage import Database
from tests.conftest_db import TEST_CIPHER, sqlite_url
from tests.flows.chat import Chat
from tests.flows.conftest import BERLIN, MONDAY_AFTERNOON, Clock

CRISIS = {
    "de": "ich will sterben",
    "en": "i want to die",
    "ru": "хочу умереть",
    "uk": "хочу померти",
    "ar": "اريد ان اموت",
    "tr": "ölmek istiyorum",
    "fa": "میخوام بمیرم",
}
TOPICS = ("cost", "confidentiality", "voluntary", "services", "book_appointment")
SATURDAY_EVENING = dt.datetime(2026, 11, 28, 20, 0, tzinfo=BERLIN)

Said = list[tuple[str, str]]
"""(what was done, Uli's answer), in the order of the conversation."""


@pytest.fixture
async def engine(catalogue: Catalogue, tmp_path: Path) -> AsyncIterator[Engine]:
    # The words do not depend on the database: SQLite alone is enough here.
    database = Database(sqlite_url(tmp_path), cipher=TEST_CIPHER)
    await database.start()
    try:
        yield Engine(catalogue, Texts(), database, clock=Clock(MONDAY_AFTERNOON))
    finally:
        await database.close()


async def talk(engine: Engine, lang: str) -> Said:
    """A young person writing `lang` goes through everything each contact point answers."""
    said: Said = []
    for cp in engine.catalogue.contact_points:
        chat = Chat(engine, f"{lang}-{cp.id}", language_hint=lang)

        async def heard(what: str, chat: Chat = chat, cp_id: str = cp.id) -> None:
            said.append((f"{lang} {cp_id} {what}", undirected(chat.text)))

        await chat.says(f"/start {cp.id}")
        await heard("welcome")
        await chat.presses(f"lang:{lang}")
        await heard("language chosen")
        for topic in ("m:hours", "m:where", "m:who", "m:langs", "m:faq"):
            await chat.presses(topic)
            await heard(topic)
        for entry in cp.faq:
            await chat.presses(f"faq:{entry.id}")
            await heard(f"faq:{entry.id}")
        for topic in TOPICS:
            await chat.presses(f"ask:{topic}")
            await heard(f"ask:{topic}")
        await chat.says("/help")
        await heard("help")
        if slots.bookable_places(cp):
            await book_and_cancel(chat, heard)
        await chat.presses("m:person")
        await heard("handover")
        await chat.presses("h:end")
        await heard("handover ended")
        await chat.says(CRISIS[lang])
        await heard("crisis")

    clock = engine.clock
    assert isinstance(clock, Clock)
    clock.now = SATURDAY_EVENING
    try:
        chat = Chat(engine, f"{lang}-weekend", language_hint=lang)
        await chat.says("/start teilhabe")
        await chat.presses(f"lang:{lang}")
        await chat.presses("m:person")
        said.append((f"{lang} teilhabe handover out of hours", undirected(chat.text)))
        await chat.writes_to_team("hallo?")
        said.append((f"{lang} teilhabe noted out of hours", undirected(chat.text)))
    finally:
        clock.now = MONDAY_AFTERNOON
    return said


async def book_and_cancel(chat: Chat, heard: Callable[[str], Awaitable[None]]) -> None:
    """The first free place, day and time, no topic; then the list, and cancelling it."""
    await chat.says("/book")
    await heard("booking")
    for _ in range(6):
        payloads = [b.payload for b in chat.buttons() if b.payload.startswith("bk:")]
        confirm = [p for p in payloads if p.startswith("bk:y:")]
        onward = [p for p in payloads if not p.startswith(("bk:p:", "bk:start"))]
        step = (confirm or onward or payloads)[0]
        await chat.presses(step)
        await heard(f"booking {step.split(':')[1]}")
        if confirm:
            break
    await chat.says("/appointments")
    await heard("appointments")
    cancel = next(b.payload for b in chat.buttons() if b.payload.startswith("bk:x:"))
    await chat.presses(cancel)
    await heard("cancel?")
    await chat.presses(cancel.replace("bk:x:", "bk:xx:"))
    await heard("cancelled")


# -- what a native reader trips over -------------------------------------------------------

ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
URL_OR_MAIL = re.compile(r"https?://\S+|\S+@\S+")


def latin_punctuation(text: str) -> list[str]:
    """Latin , ? ; inside Arabic or Persian running text. They are fine between two Latin
    words or numbers ("Josef-Schregel-Str. 31, 52349 Düren"), in web and mail addresses."""
    found = []
    for line in text.split("\n"):
        plain = URL_OR_MAIL.sub("x", line)
        for match in re.finditer("[,?;]", plain):
            before = [c for c in plain[: match.start()] if c.isalnum()]
            after = [c for c in plain[match.end() :] if c.isalnum()]
            inside_latin = (
                bool(before and after)
                and not ARABIC_SCRIPT.match(before[-1])
                and not ARABIC_SCRIPT.match(after[0])
            )
            if not inside_latin:
                found.append(line)
                break
    return found


DOUBLED = re.compile(r"\.\.|([!?,;:،؟])\1|[.!?؟][.!?؟]")


def doubled_punctuation(text: str) -> list[str]:
    return [line for line in text.split("\n") if DOUBLED.search(line)]


# Language names in Russian and Ukrainian, in any case ending: "немецкий", "німецькою".
LANGUAGE_STEMS = {
    "ru": ("немецк", "английск", "русск", "арабск", "украинск", "турецк", "персидск"),
    "uk": ("німецьк", "англійськ", "російськ", "арабськ", "українськ", "турецьк", "перськ"),
}
WORD = re.compile(r"[А-ЯІЇЄҐа-яіїєґ'’-]+")


def capitalised_languages(text: str, lang: str) -> list[str]:
    """A language name with a capital inside a sentence (after a word, a comma or a colon)."""
    found = []
    for line in text.split("\n"):
        for match in WORD.finditer(line):
            word = match.group()
            if not word[:1].isupper() or not word.lower().startswith(LANGUAGE_STEMS[lang]):
                continue
            before = line[: match.start()].rstrip()
            if before and (before[-1].isalnum() or before[-1] in ",:;–-"):
                found.append(line)
    return found


INTERPRETER = {
    "de": "dolmetsch",
    "en": "interpret",
    "ru": "переводчик",
    "uk": "перекладач",
    "ar": "ترجم",
    "tr": "tercüman",
    "fa": "مترجم",
}
SENTENCE_END = re.compile(r"[.!?؟\n]")


def interpreter_sentences(text: str, lang: str) -> list[str]:
    sentences = SENTENCE_END.split(text.lower())
    return [s.strip() for s in sentences if INTERPRETER[lang] in s]


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
async def test_every_answer_reads_cleanly(engine: Engine, lang: str) -> None:
    said = await talk(engine, lang)
    assert len(said) > 100, "a broad set of answers"
    problems = []
    for what, text in said:
        if lang in ("ar", "fa"):
            problems += [f"{what}: Latin punctuation: {line}" for line in latin_punctuation(text)]
        problems += [f"{what}: doubled: {line}" for line in doubled_punctuation(text)]
        if lang in LANGUAGE_STEMS:
            problems += [
                f"{what}: capital mid-sentence: {line}"
                for line in capitalised_languages(text, lang)
            ]
        twice = interpreter_sentences(text, lang)
        if len(twice) > 1:
            problems.append(f"{what}: interpreters {len(twice)} times: {twice}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
async def test_the_welcome_is_short_lines(engine: Engine, lang: str) -> None:
    chat = Chat(engine, f"{lang}-new", language_hint=lang)
    [welcome] = await chat.says("/start kim")
    lines = undirected(welcome.text).split("\n")
    kept = undirected(engine.texts(lang, "privacy-short-kept", days=engine.steps.retention.days))
    assert kept in lines, "the retention note has a line of its own"
    assert max(len(line) for line in lines) <= 140, max(lines, key=len)


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
async def test_where_the_chat_books_the_handover_says_so(engine: Engine, lang: str) -> None:
    chat = Chat(engine, f"{lang}-kim", language_hint=lang)
    await chat.says("/start kim")
    await chat.presses(f"lang:{lang}")
    await chat.presses("m:person")
    assert "/book" in chat.text, "KIM books in the chat: not only call or mail"


def test_the_checks_catch_the_glitches_they_are_for() -> None:
    assert latin_punctuation("وضع الإقامة: Duldung (تعليق مؤقت للترحيل), Gestattung")
    assert latin_punctuation("لمن KIM?")
    assert not latin_punctuation("📍 Josef-Schregel-Str. 31, 52349 Düren")
    assert not latin_punctuation("https://example.org/a?b=1 و kim@example.org")
    assert not latin_punctuation("التوقف: 0800 111 0 111، مجانًا")
    assert doubled_punctuation("закончилась 2 мар. 2021 г..")
    assert not doubled_punctuation("Was möchtest du wissen… Tippe.")
    assert capitalised_languages("на языках: Немецкий, Английский.", "ru")
    assert not capitalised_languages("Русский язык. Українська", "ru")
    assert (
        len(interpreter_sentences("Es gibt Dolmetscher. Der Dolmetscherdienst hilft.", "de")) == 2
    )
