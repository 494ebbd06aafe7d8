"""`uli inbound`: an operator sees what waits and what was kept aside, never its content."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from storage import Database, Delivered, TextCipher
from tests.bot.test_cli import uli

NOW = dt.datetime.now(dt.UTC)


async def test_uli_inbound_counts_waiting_and_names_kept_aside_updates_without_content(
    tmp_path: Path,
) -> None:
    url, key = f"sqlite+aiosqlite:///{tmp_path / 'uli.db'}", TextCipher.new_key()
    async with Database(url, cipher=TextCipher([key])) as database:
        async with database.session() as repo:
            updates = [
                Delivered("41", "update:41", '{"update_id": 41, "message": {"text": "GEHEIM"}}'),
                Delivered("42", "telegram:7", '{"update_id": 42}'),
            ]
            await repo.inbound.add("telegram", updates, NOW)
        async with database.session() as repo:
            [first, _] = await repo.inbound.claim(
                NOW, instance="a", lease=dt.timedelta(minutes=1), limit=2
            )
            await repo.inbound.quarantine(first.id or 0, NOW, "message.chat (missing)")
    result = uli("inbound", env={"DATABASE_URL": url, "ULI_DATA_KEY": key})
    assert result.returncode == 0, result.stderr
    assert "1 received message(s) waiting for their turn" in result.stdout
    assert "1 update(s) kept aside as unreadable" in result.stdout
    assert "telegram update 41" in result.stdout and "message.chat (missing)" in result.stdout
    assert "GEHEIM" not in result.stdout + result.stderr
