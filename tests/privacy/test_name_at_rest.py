"""The name a young person gives with /name is encrypted at rest like what they write."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert
from sqlalchemy.engine import Connection

from bot.keys import rotate_key
from bot.settings import Settings
from flows.conversation.engine import Engine
from storage import Contact, Database, DataKeyError, TextCipher
from tests.flows.chat import chosen
from tests.privacy.scan import is_sqlite, sqlite_bytes, stored_strings
from tests.stored import made_at_revision

NOW = dt.datetime(2026, 11, 30, 13, 30, tzinfo=dt.UTC)
NAME = "Emre Yıldırımoğlu"


async def stored_names(url: str) -> list[str]:
    """contact.display_name as a thief with a copy of the database reads it: plain SQL."""
    return (await stored_strings(url))["contact.display_name"]


async def name_of(database: Database, address: str) -> str | None:
    async with database.session() as repo:
        contact = await repo.contact_by_address("test", address)
    assert contact is not None
    return contact.display_name


async def test_a_name_given_with_slash_name_is_stored_encrypted(engine: Engine) -> None:
    chat = await chosen(engine, "emre", "kim", "de")
    await chat.says(f"/name {NAME}")
    assert NAME in chat.text

    [stored] = await stored_names(engine.database.url)
    assert stored.startswith("fernet:") and "Emre" not in stored
    # Uli and the team still read the name as it was given.
    assert await name_of(engine.database, "emre") == NAME


async def test_the_longest_name_fits_encrypted_on_both_back_ends(engine: Engine) -> None:
    longest = "🦊" * 40  # 40 characters of 4 bytes each: the longest ciphertext /name makes
    chat = await chosen(engine, "fuchs", "kim", "de")
    await chat.says(f"/name {longest}")
    assert await name_of(engine.database, "fuchs") == longest
    assert all(v.startswith("fernet:") for v in await stored_names(engine.database.url))


def _plain_name(connection: Connection) -> None:
    # Core, on an engine without a key: the name goes in as it is.
    connection.execute(
        insert(Contact.__table__).values(  # type: ignore[attr-defined]
            channel="test",
            external_id="emre",
            pseudonym="Leiser Fuchs 17",
            display_name=NAME,
            first_seen_at=NOW,
            last_seen_at=NOW,
        )
    )


async def test_a_name_stored_in_plain_text_before_keeps_working_and_is_encrypted_at_start(
    database_url: str,
) -> None:
    # A database of the revision before this change, with a name in plain text.
    await made_at_revision(database_url, "0009", _plain_name)
    assert await stored_names(database_url) == [NAME]

    async with Database(database_url, cipher=TextCipher([TextCipher.new_key()])) as database:
        assert await name_of(database, "emre") == NAME
    [stored] = await stored_names(database_url)
    assert stored.startswith("fernet:") and "Emre" not in stored
    if is_sqlite(database_url):  # the plain copy is gone from the file and its log too
        assert "Yıldırımoğlu".encode() not in sqlite_bytes(database_url)


async def test_rotate_key_re_encrypts_the_name_and_a_wrong_key_stops_start_up(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    old_key, new_key = TextCipher.new_key(), TextCipher.new_key()
    old = TextCipher([old_key])
    async with Database(database_url, cipher=old) as database, database.session() as repo:
        contact = await repo.touch_contact("test", "emre", NOW)
        contact.display_name = NAME
        await repo.save(contact)
    [under_old] = await stored_names(database_url)

    # `uli rotate-key` with the new key first and the old one kept (README, steps 2 and 3).
    await rotate_key(Settings(database_url=database_url, data_keys=(new_key, old_key)))
    assert "re-encrypted 1 stored text(s)" in capsys.readouterr().out
    [under_new] = await stored_names(database_url)
    assert under_new != under_old and under_new.startswith("fernet:")

    async with Database(database_url, cipher=TextCipher([new_key])) as database:
        assert await name_of(database, "emre") == NAME
    # The start-up check looks at the name too: only the old key is no longer enough.
    with pytest.raises(DataKeyError, match=r"contact\.display_name"):
        await Database(database_url, cipher=old).start()
