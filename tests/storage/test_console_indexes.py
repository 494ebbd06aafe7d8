"""After migrating, the console's indexes exist (SQLite and PostgreSQL), and a conversation's
history comes in pages: the latest first, the ones before a message on demand."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from storage import Database, Direction, Sender
from tests.stored import person_who_wrote

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


async def test_the_console_indexes_exist_after_migration(database: Database) -> None:
    async with database.engine.connect() as connection:

        def indexes(sync: sa.Connection) -> dict[str, list[list[str | None]]]:
            found = sa.inspect(sync)
            return {
                table: [i["column_names"] for i in found.get_indexes(table)]
                for table in ("outbox", "message", "conversation")
            }

        found = await connection.run_sync(indexes)
    assert ["message_id"] in found["outbox"]
    assert ["conversation_id", "created_at", "id"] in found["message"]
    assert ["status", "contact_point_id", "assignee_id"] in found["conversation"]
    assert ["status", "closed_at", "id"] in found["conversation"]


async def test_history_pages_latest_first_then_older_before_a_message(database: Database) -> None:
    async with database.session() as repo:
        _, conversation = await person_who_wrote(repo, "telegram", "77", "0", T0)
        for n in range(1, 7):
            await repo.add_message(
                conversation, direction=Direction.IN, sender=Sender.YOUNG_PERSON,
                kind="text", text=str(n), now=T0 + dt.timedelta(minutes=n),
            )  # fmt: skip
        assert conversation.id is not None
        rows = repo.casework
        latest, older = await rows.history(conversation.id, limit=3)
        assert [e.message.text for e in latest] == ["4", "5", "6"]
        assert older == latest[0].message.id
        more, older_still = await rows.history(conversation.id, before=older, limit=3)
        assert [e.message.text for e in more] == ["1", "2", "3", "4", "5", "6"]
        assert older_still == more[0].message.id
        everything, none = await rows.history(conversation.id, before=older_still, limit=3)
        assert [e.message.text for e in everything] == ["0", "1", "2", "3", "4", "5", "6"]
        assert none is None
