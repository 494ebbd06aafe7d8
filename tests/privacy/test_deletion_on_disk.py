"""After /delete, nothing of the person stays in the SQLite files on the disk."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from flows.conversation.engine import Engine
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.texts import Texts
from storage import Database
from tests.conftest_db import TEST_CIPHER, sqlite_url
from tests.flows.chat import chosen
from tests.flows.conftest import Clock

ADDRESS = "chat-5550123987"


@pytest.fixture
async def sqlite_engine(
    tmp_path: Path, catalogue: Catalogue, texts: Texts, clock: Clock
) -> AsyncIterator[Engine]:
    """The core on a SQLite file only: the write-ahead log is SQLite's."""
    async with Database(sqlite_url(tmp_path), cipher=TEST_CIPHER) as database:
        yield Engine(catalogue, texts, database, clock=clock)


def files_of(tmp_path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in tmp_path.glob("uli.db*") if p.name != "uli.db-shm"}


async def test_after_delete_the_write_ahead_log_holds_nothing_of_the_person(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    chat = await chosen(sqlite_engine, ADDRESS, "teilhabe", "de")
    await chat.says("ich brauche hilfe mit meinem lebenslauf")
    async with sqlite_engine.database.session() as repo:
        contact = await repo.contact_by_address("test", ADDRESS)
    assert contact is not None
    traces = [ADDRESS.encode(), contact.pseudonym.encode()]
    assert all(trace in b"".join(files_of(tmp_path).values()) for trace in traces)

    await chat.says("/delete")
    await chat.taps("Ja, alles löschen")
    assert "Alles ist gelöscht" in chat.text

    # The database is still open, as in a running Uli: the log has not been folded in by a
    # shut-down. Neither the database file nor its log holds the address or the nickname.
    files = files_of(tmp_path)
    assert set(files) == {"uli.db", "uli.db-wal"}
    found = {name: [t.decode() for t in traces if t in data] for name, data in files.items()}
    assert found == {"uli.db": [], "uli.db-wal": []}
