"""Start-up, shut-down, restarts and migrations."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection

from storage import Database, DatabaseUnavailable, migrate
from storage.migrate import alembic_config
from storage.models import Base
from tests.stored import person_who_wrote

T0 = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)


async def test_migrating_twice_is_harmless(database_url: str) -> None:
    await migrate(database_url)
    await migrate(database_url)
    async with Database(database_url) as db, db.engine.connect() as connection:
        versions = await connection.execute(text("SELECT version_num FROM alembic_version"))
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert versions.scalars().all() == [head]


def _schema_differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


async def test_migrations_match_the_models(database: Database) -> None:
    # A model change without a new migration fails here.
    async with database.engine.connect() as connection:
        assert await connection.run_sync(_schema_differences) == []


async def test_a_restart_keeps_everything(database_url: str) -> None:
    async with Database(database_url) as before, before.session() as repo:
        contact, conversation = await person_who_wrote(repo, "telegram", "4711", "hi", T0)
    async with Database(database_url) as after, after.session() as repo:
        found = await repo.contact_by_address("telegram", "4711")
        assert found is not None and found.pseudonym == contact.pseudonym
        same = await repo.open_conversation(found, T0)
        assert same.id is not None and same.id == conversation.id
        assert [m.text for m in await repo.messages(same.id)] == ["hi"]


async def test_start_and_close_are_idempotent(database_url: str) -> None:
    db = Database(database_url)
    await db.start()
    await db.start()
    await db.close()
    await db.close()


async def test_sessions_need_a_started_database(database_url: str) -> None:
    db = Database(database_url)
    with pytest.raises(RuntimeError, match="start"):
        async with db.session():
            pass


async def test_sqlite_creates_its_folder_and_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "data" / "nested" / "uli.db"
    async with Database(f"sqlite:///{path}") as db, db.engine.connect() as connection:
        assert (await connection.exec_driver_sql("PRAGMA journal_mode")).scalar() == "wal"
        assert (await connection.exec_driver_sql("PRAGMA foreign_keys")).scalar() == 1
        assert (await connection.exec_driver_sql("PRAGMA busy_timeout")).scalar() == 10000
    assert path.is_file()


async def test_an_unreachable_database_gives_a_clear_error() -> None:
    db = Database("postgresql://uli:secret@127.0.0.1:9/uli")  # nothing listens on port 9
    with pytest.raises(DatabaseUnavailable, match="cannot open the database") as caught:
        await db.start()
    assert "127.0.0.1:9" in str(caught.value) and "secret" not in str(caught.value)
    with pytest.raises(RuntimeError):
        _ = db.engine


async def test_an_unwritable_sqlite_folder_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseUnavailable, match="cannot open the database"):
        await Database(f"sqlite:///{blocker}/uli.db").start()
