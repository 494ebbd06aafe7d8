"""After a deletion, a checkpoint leaves nothing of the person in SQLite's write-ahead log."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from storage import Database
from tests.conftest_db import TEST_CIPHER, sqlite_url
from tests.stored import person_who_wrote

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
ADDRESS = "chat-5550123987"
PSEUDONYM = "Zitronenfalter 4711"


def on_disk(folder: Path) -> dict[str, bytes]:
    """uli.db and uli.db-wal as they are on the disk (while the database is open)."""
    return {
        path.name: path.read_bytes() for path in folder.glob("uli.db*") if path.name != "uli.db-shm"
    }


async def test_after_a_deletion_and_a_checkpoint_the_person_is_in_no_file(tmp_path: Path) -> None:
    async with Database(sqlite_url(tmp_path), cipher=TEST_CIPHER) as database:
        async with database.session() as repo:
            contact, _ = await person_who_wrote(
                repo, "telegram", ADDRESS, "hallo", T0, pseudonym=PSEUDONYM
            )
        written = b"".join(on_disk(tmp_path).values())
        assert ADDRESS.encode() in written and PSEUDONYM.encode() in written

        async with database.session() as repo:
            await repo.delete_contact(contact)
        await database.checkpoint()

        files = on_disk(tmp_path)
        assert set(files) == {"uli.db", "uli.db-wal"}, "still open, in WAL mode"
        assert files["uli.db-wal"] == b""
        for name, content in files.items():
            assert ADDRESS.encode() not in content, name
            assert PSEUDONYM.encode() not in content, name
        # The database goes on working after the checkpoint.
        async with database.session() as repo:
            assert await repo.contact_by_address("telegram", ADDRESS) is None
            await repo.touch_contact("telegram", "chat-1", T0)


async def test_a_checkpoint_is_harmless_on_both_back_ends(database: Database) -> None:
    async with database.session() as repo:
        await repo.touch_contact("telegram", ADDRESS, T0)
    await database.checkpoint()  # PostgreSQL: nothing to do
    async with database.session() as repo:
        assert await repo.contact_by_address("telegram", ADDRESS) is not None
