"""The SQLite files and the key file are readable by their owner only, whatever the umask."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.keys import data_cipher
from bot.settings import Settings
from storage import Database
from tests.conftest_db import sqlite_url

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """A usual umask (022): files are made readable by everyone unless made otherwise."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def modes(folder: Path) -> dict[str, int]:
    return {path.name: stat.S_IMODE(path.stat().st_mode) for path in folder.iterdir()}


@pytest.mark.usefixtures("permissive_umask")
async def test_a_new_database_its_log_and_its_key_file_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"  # made by Uli too
    url = sqlite_url(folder)
    cipher = data_cipher(Settings(database_url=url))  # no ULI_DATA_KEY: the key file
    async with Database(url, cipher=cipher) as database:
        async with database.session() as repo:
            await repo.touch_contact("telegram", "4711", T0)
        # While Uli runs, all three SQLite files exist.
        found = modes(folder)
    assert found == {"uli.db": 0o600, "uli.db-wal": 0o600, "uli.db-shm": 0o600, "uli.key": 0o600}


@pytest.mark.usefixtures("permissive_umask")
async def test_files_readable_by_others_are_made_private_at_start_with_a_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = sqlite_url(tmp_path)
    cipher = data_cipher(Settings(database_url=url))
    async with Database(url, cipher=cipher):
        pass
    database, key = tmp_path / "uli.db", tmp_path / "uli.key"
    database.chmod(0o644)  # say, restored from a backup, or made by an older Uli
    key.chmod(0o644)

    with caplog.at_level(logging.WARNING):
        cipher = data_cipher(Settings(database_url=url))
        async with Database(url, cipher=cipher) as started, started.session() as repo:
            await repo.touch_contact("telegram", "4711", T0)
            found = modes(tmp_path)
    assert set(found.values()) == {0o600}, found
    assert f"{database} was readable by others" in caplog.text
    assert f"{key} was readable by others" in caplog.text
