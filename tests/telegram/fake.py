"""`FakeTelegram`: the fake Bot API served on 127.0.0.1, with handles for the tests."""

from __future__ import annotations

import asyncio
import os
from typing import Any

from aiohttp import web

from tests.telegram.person import Person
from tests.telegram.server import Failure, FakeBotApi, SentMessage

TOKEN = "123456789:TEST-token_for-the-fake-server"


class FakeTelegram:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.api = FakeBotApi(token, bot_id=int(token.split(":")[0]))
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    async def __aenter__(self) -> FakeTelegram:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self.api.handle)
        app.router.add_get("/bot{token}/{method}", self.api.handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self.api.download)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *_: object) -> None:
        self.api.closing.set()  # stalled requests end, so shutting down does not wait for them
        if self._runner:
            await self._runner.cleanup()

    def bot_env(self, **settings: str) -> dict[str, str]:
        """This process's environment for a bot process that talks to this fake, and more."""
        return {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": self.token,
            "TELEGRAM_API_URL": self.base_url,
            **settings,
        }

    def person(
        self, chat_id: int, first_name: str = "Alex", language_code: str | None = None
    ) -> Person:
        return Person(self.api, chat_id, first_name, language_code)

    async def wait_for_polling(self, timeout: float = 30) -> None:
        await asyncio.wait_for(self.api.polling_started.wait(), timeout)

    def sent_to(self, chat_id: int) -> list[SentMessage]:
        return list(self.api.state.sent[chat_id])

    def commands(
        self, language_code: str | None = None, scope: str = "all_private_chats"
    ) -> list[dict[str, Any]]:
        return self.api.state.commands.get((scope, language_code), [])

    @property
    def calls(self) -> list[tuple[str, dict[str, Any]]]:
        return self.api.state.calls

    def fail_next(
        self,
        method: str,
        code: int,
        description: str,
        retry_after: int | None = None,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """The next `times` calls of `method` fail with this error envelope (after `after`
        calls that still succeed)."""
        self.api.state.failures[method.lower()].append(
            Failure(code, description, retry_after, times, after)
        )

    def add_file(self, file_id: str, path: str, content: bytes) -> None:
        """A file the bot can fetch with getFile and download (what a person sent)."""
        self.api.state.files[file_id] = (path, content)

    def block(self, chat_id: int) -> None:
        """The young person blocked the bot: every message to them gets 403."""
        self.api.state.blocked.add(chat_id)
