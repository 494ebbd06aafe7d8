"""One `uli run` per back end for the tests that can share it (each uses chats of its own)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from dataclasses import dataclass

import pytest

from storage import TextCipher
from tests.chaos.store import Store
from tests.conftest_db import postgres_schema, sqlite_url
from tests.e2e.processes import UliProcess, start_and_wait
from tests.telegram import FakeTelegram


@dataclass(frozen=True)
class Running:
    telegram: FakeTelegram
    process: UliProcess
    store: Store
    """Uli's database, open beside the process."""


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
async def uli(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Running]:
    """`uli run` polling the fake Bot API, on a SQLite file or a PostgreSQL schema."""
    folder = tmp_path_factory.mktemp(f"chaos-{request.param}")
    async with AsyncExitStack() as stack:
        if request.param == "sqlite":
            url = sqlite_url(folder)
        else:
            url = await stack.enter_async_context(postgres_schema())
        telegram = await stack.enter_async_context(FakeTelegram())
        key = TextCipher.new_key()
        process = UliProcess(telegram, url, key, folder / "uli.log", "uli-chaos")
        await start_and_wait(process)
        try:
            async with Store(url, key) as store:
                yield Running(telegram, process, store)
        finally:
            code = await process.stop()
        assert code == 0, process.output()[-3000:]
