"""What young people and caseworkers write is encrypted at rest, and only Uli can read it."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import stat
from pathlib import Path

import pytest
from sqlmodel import col, select

from bot.core import core
from bot.keys import add_parsers, data_cipher, key_command, rotate_key
from bot.settings import Settings, SettingsError
from flows.delivery.channel import Delivery, DeliveryStatus
from flows.vocabulary.events import Reply
from storage import (
    Database,
    DataKeyError,
    Direction,
    Note,
    OutboxMessage,
    Sender,
    TextCipher,
)
from tests.flows.chat import Chat
from tests.privacy.scan import is_sqlite, key_file, sqlite_bytes, stored_strings, where_found
from tests.stored import person_who_wrote

NOW = dt.datetime(2026, 11, 30, 13, 30, tzinfo=dt.UTC)
# Words no text of Uli's contains, so finding one anywhere means a leak.
SECRETS = {
    "young person": "Meine Tante Zwetschgenkuchen hat meine Duldung im Quarkstadt-Amt",
    "caseworker": "Termin beim Schnabeltierweg um 10, bring den Pass mit",
    "note": "Notiz: Krokodilmonat, Vormundschaft klären",
}
WORDS = ["Zwetschgenkuchen", "Quarkstadt", "Schnabeltierweg", "Krokodilmonat"]
ENCRYPTED_COLUMNS = ("message.text", "note.text", "outbox.text")


async def _never_delivered(address: str, reply: Reply) -> Delivery:
    # A channel whose server is down: replies stay queued in the outbox, which is scanned too.
    return Delivery(DeliveryStatus.temporary)


def settings_for(url: str, *keys: str) -> Settings:
    # SQLite runs without ULI_DATA_KEY (the key file); PostgreSQL needs one.
    if not keys and not is_sqlite(url):
        keys = (TextCipher.new_key(),)
    return Settings(database_url=url, data_keys=keys)


async def write_everything(url: str, settings: Settings) -> tuple[list[str], list[str]]:
    """A person talks to Uli, a caseworker answers and writes a note; returns what the app
    reads back and Uli's replies."""
    async with core(settings, senders={"test": _never_delivered}) as parts:
        person = Chat(parts.engine, "7001", "de")
        replies = [reply.text for reply in await person.says("/start")]
        replies += [reply.text for reply in await person.says(SECRETS["young person"])]
        async with parts.database.session() as repo:
            contact = await repo.contact_by_address("test", "7001")
            assert contact is not None
            conversation = await repo.open_conversation(contact, NOW)
            await repo.add_message(
                conversation,
                direction=Direction.OUT,
                sender=Sender.CASEWORKER,
                kind="text",
                text=SECRETS["caseworker"],
                now=NOW,
            )
            assert conversation.id is not None
            await repo.save(
                Note(conversation_id=conversation.id, text=SECRETS["note"], created_at=NOW)
            )
        async with parts.database.session() as repo:
            read = [m.text for m in await repo.messages(conversation.id)]
            read += [n.text for n in (await repo.session.exec(select(Note))).all()]
            queued = (await repo.session.exec(select(OutboxMessage))).all()
            assert set(replies) <= {row.text for row in queued}
    return read, replies


async def test_no_text_anyone_wrote_appears_in_plain_form(database_url: str) -> None:
    read, replies = await write_everything(database_url, settings_for(database_url))

    # Uli itself reads everything back as it was written.
    for secret in SECRETS.values():
        assert secret in read
    # Nothing of it, nor any reply of Uli's, is in any text column of any table...
    stored = await stored_strings(database_url)
    long_replies = [text for text in replies if len(text) >= 20]
    assert long_replies and where_found(WORDS + long_replies, stored) == {}
    for name in ENCRYPTED_COLUMNS:
        assert stored[name] and all(v.startswith("fernet:") for v in stored[name]), name
    # ...nor anywhere in the SQLite file and its write-ahead log.
    if is_sqlite(database_url):
        raw = sqlite_bytes(database_url)
        for word in WORDS:
            assert word.encode() not in raw, word


async def test_without_a_key_setting_sqlite_gets_a_private_key_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'uli.db'}"
    with caplog.at_level(logging.WARNING, logger="bot.keys"):
        await write_everything(url, Settings(database_url=url))
    path = key_file(url)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert str(path) in caplog.text and path.read_text().strip() not in caplog.text
    # The next start reads the same file, and so what was written before.
    read, _ = await write_everything(url, Settings(database_url=url))
    assert read.count(SECRETS["young person"]) == 2


async def test_a_wrong_key_stops_start_up_with_a_clear_error(database_url: str) -> None:
    await write_everything(database_url, settings_for(database_url, TextCipher.new_key()))
    with pytest.raises(DataKeyError, match="data key") as caught:
        await Database(database_url, cipher=TextCipher([TextCipher.new_key()])).start()
    assert "Zwetschgenkuchen" not in str(caught.value)
    # A database opened without any key refuses to hand out ciphertext as if it were text.
    async with Database(database_url) as database, database.session() as repo:
        with pytest.raises(DataKeyError, match="without a data key"):
            (await repo.session.exec(select(Note))).all()


async def test_rotation_moves_every_text_to_the_new_key(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = TextCipher.new_key(), TextCipher.new_key()
    await write_everything(database_url, settings_for(database_url, old))
    # Step 1: the new key first, the old one still there: everything stays readable.
    both = settings_for(database_url, new, old)
    read, _ = await write_everything(database_url, both)
    assert read.count(SECRETS["note"]) == 2
    # Step 2: `uli rotate-key` re-encrypts the rows still under the old key...
    assert await rotate_key(both) == 0
    assert "re-encrypted" in capsys.readouterr().out
    # ...so that step 3, dropping the old key, loses nothing.
    new_only = Database(database_url, cipher=TextCipher([new]))
    async with new_only as database, database.session() as repo:
        notes = (await repo.session.exec(select(Note).order_by(col(Note.id)))).all()
    assert [n.text for n in notes] == [SECRETS["note"]] * 2
    with pytest.raises(DataKeyError):
        await Database(database_url, cipher=TextCipher([old])).start()


async def test_rows_from_before_encryption_are_encrypted_at_the_next_start(
    database_url: str,
) -> None:
    # A database from before encryption: the same tables, texts in plain form.
    async with Database(database_url) as plain, plain.session() as repo:
        _, conversation = await person_who_wrote(repo, "test", "7002", SECRETS["young person"], NOW)
    assert where_found(WORDS, await stored_strings(database_url))
    cipher = TextCipher([TextCipher.new_key()])
    async with Database(database_url, cipher=cipher) as database, database.session() as repo:
        assert conversation.id is not None
        assert [m.text for m in await repo.messages(conversation.id)] == [SECRETS["young person"]]
    assert where_found(WORDS, await stored_strings(database_url)) == {}
    if is_sqlite(database_url):  # the old plain copies are gone from the file too
        assert b"Zwetschgenkuchen" not in sqlite_bytes(database_url)


def test_placeholders_and_short_keys_are_refused_without_repeating_them() -> None:
    for placeholder in ("changeme", "A" * 43 + "=", "your-data-key-here", "MDEyMzQ1Njc4OQ=="):
        with pytest.raises(SettingsError, match="ULI_DATA_KEY") as caught:
            Settings.from_env({"ULI_DATA_KEY": placeholder})
        assert placeholder not in str(caught.value)
    first, second = TextCipher.new_key(), TextCipher.new_key()
    settings = Settings.from_env({"ULI_DATA_KEY": f"{first}, {second}"})
    assert settings.data_keys == (first, second)
    assert first not in repr(settings)


@pytest.mark.parametrize(
    ("env", "why"),
    [
        ({"DATABASE_URL": "postgresql://uli@127.0.0.1/uli"}, "PostgreSQL"),
        ({"ULI_ENV": "production"}, "production"),
    ],
)
def test_production_without_a_key_is_one_clear_line(env: dict[str, str], why: str) -> None:
    with pytest.raises(SettingsError, match=why) as caught:
        data_cipher(Settings.from_env(env))
    message = str(caught.value)
    assert "ULI_DATA_KEY" in message and "uli new-key" in message and "\n" not in message


def test_new_key_prints_a_key_that_uli_accepts(capsys: pytest.CaptureFixture[str]) -> None:
    top = argparse.ArgumentParser(prog="uli")
    add_parsers(top.add_subparsers(dest="command", required=True))
    assert key_command(Settings(), top.parse_args(["new-key"])) == 0
    key = capsys.readouterr().out.strip()
    assert Settings.from_env({"ULI_DATA_KEY": key}).data_keys == (key,)
