"""The young person's rights in the chat: /mydata sends what is stored, /delete erases it."""

from __future__ import annotations

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from flows.conversation.engine import Engine
from flows.delivery.live import Change
from storage import AccessLogFilter, AccessLogRows, Database
from tests.flows.chat import Chat, chosen
from tests.flows.test_booking import book_thursday_ten
from tests.privacy.scan import stored_strings, where_found

PERSONAL = ("contact", "conversation", "message", "outbox", "note", "appointment", "reminder")


async def rows_per_table(database: Database) -> dict[str, int]:
    def count(connection: Connection) -> dict[str, int]:
        return {
            table: connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
            for table in inspect(connection).get_table_names()
        }

    async with database.engine.connect() as connection:
        return await connection.run_sync(count)


async def test_mydata_sends_a_readable_file_of_everything_stored(engine: Engine) -> None:
    chat = await chosen(engine, "elif", "kim", "tr")
    await chat.says("almanca kursu arıyorum")
    await chat.says("/mydata")
    document = chat.last[0].document
    assert document is not None and document.filename == "uli-data.txt"
    assert "almanca kursu arıyorum" in document.content, "their own words"
    assert "Uli:" in document.content and "Sen:" in document.content
    assert (await chat.contact()).pseudonym in document.content
    assert "Dil: Türkçe" in document.content
    assert "/delete" in chat.text
    async with engine.database.session() as repo:
        entries = (await AccessLogRows(repo.session).page(AccessLogFilter())).entries
    [export] = [e for e in entries if e.action == "export"]
    assert export.contact_point_id == "kim" and export.caseworker_id is None
    assert "almanca" not in repr(export), "the log holds no content"


async def test_delete_asks_first_then_erases_every_trace(engine: Engine) -> None:
    chat = await chosen(engine, "mila-4711", "teilhabe", "de")
    await chat.says("ich brauche hilfe mit meinem lebenslauf")
    await chat.taps("Mit einem Menschen")
    await book_thursday_ten(chat)
    async with engine.database.session() as repo:
        found = await repo.contact_by_address("test", "mila-4711")
        assert found is not None
    pseudonym = found.pseudonym
    await chat.says("/delete")
    assert "Soll ich alles löschen" in chat.text
    await chat.taps("Nein, behalten")
    assert "nichts gelöscht" in chat.text
    assert (await rows_per_table(engine.database))["message"] > 0

    await chat.says("/delete")
    async with engine.live.subscribe() as changes:
        await chat.taps("Ja, alles löschen")
        change = changes.get_nowait()
    assert "Alles ist gelöscht" in chat.text
    assert isinstance(change, Change) and change.what == "deleted"
    remaining = await rows_per_table(engine.database)
    assert {table: remaining[table] for table in PERSONAL} == dict.fromkeys(PERSONAL, 0)
    # Every text column of every table, read with plain SQL: the address and the nickname
    # are nowhere (what they wrote is encrypted anyway, and its rows are gone).
    strings = await stored_strings(engine.database.url)
    assert where_found(["mila-4711", pseudonym], strings) == {}
    # The team learns that the conversation it had was deleted, and nothing else.
    async with engine.database.session() as repo:
        entries = (await AccessLogRows(repo.session).page(AccessLogFilter())).entries
    assert [(e.action, e.contact_point_id) for e in entries] == [("delete_request", "teilhabe")]
    assert "lebenslauf" not in repr(entries).lower()

    await chat.says("/start")
    assert "Datenschutz" in chat.text or "🔒" in chat.text, "a fresh start"


async def test_a_delete_button_only_ever_erases_whoever_taps_it(
    engine: Engine,
) -> None:
    other = await chosen(engine, "karl", "kim", "de")
    await other.says("hallo")
    chat = Chat(engine, "eve", language_hint="de")
    await chat.presses("del:yes")
    async with engine.database.session() as repo:
        assert await repo.contact_by_address("test", "karl") is not None


async def test_a_name_is_only_what_the_person_gives_and_can_be_removed(engine: Engine) -> None:
    chat = await chosen(engine, "sam", "kim", "en")
    await chat.says("/name")
    assert "You don't have to give a name" in chat.text
    await chat.says("/name   Sam   K.")
    assert "Thanks, Sam K." in chat.text
    assert (await chat.contact()).display_name == "Sam K."
    await chat.says("/mydata")
    document = chat.last[0].document
    assert document is not None and "Your name for the team: Sam K." in document.content
    await chat.says("/name")
    await chat.taps("Remove my name")
    assert (await chat.contact()).display_name is None
