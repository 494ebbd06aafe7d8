"""At DEBUG the log may show the SQL Uli runs, never the values in it: no chat id, nickname,
name or ciphertext reaches the log."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import IntegrityError

from storage import Contact, Database
from tests.stored import person_who_wrote

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
ADDRESS = "chat-8472910365"
NAME = "Zwetschgenkuchen"


async def test_at_debug_the_log_holds_the_statements_but_none_of_their_values(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    # As `uli run` with LOG_LEVEL=DEBUG: the root logger at DEBUG, every library's records
    # (aiosqlite's included); and SQLAlchemy's statements asked for too, as when someone
    # looks into the SQL (SQLAlchemy keeps them at WARNING unless told).
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, "sqlalchemy.engine"):
        async with database.session() as repo:
            _, conversation = await person_who_wrote(
                repo, "telegram", ADDRESS, NAME, T0, display_name=NAME
            )
        async with database.session() as repo:
            found = await repo.contact_by_address("telegram", ADDRESS)
            assert found is not None and found.display_name == NAME
            assert conversation.id is not None
            assert [m.text for m in await repo.messages(conversation.id)] == [NAME]
        # An error names the statement, not the values either.
        with pytest.raises(IntegrityError) as error:
            async with database.session() as repo:
                await repo.save(
                    Contact(
                        channel="telegram", external_id=ADDRESS, pseudonym="Anderer Name 1",
                        first_seen_at=T0, last_seen_at=T0,
                    )
                )  # fmt: skip
    trace = logging.Formatter().formatException
    logged = "\n".join(
        r.getMessage() + (trace(r.exc_info) if r.exc_info else "") for r in caplog.records
    )
    assert "INSERT INTO contact" in logged, "the statements are logged"
    for value in (ADDRESS, found.pseudonym, NAME, "fernet:"):
        assert value not in logged, value
    assert ADDRESS not in str(error.value)
