"""A young person on Telegram, reading like the conversation: says, taps, sends a sticker."""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from typing import Any

from tests.telegram.server import FakeBotApi, Json, SentMessage

_file_ids = itertools.count(1)


class Person:
    def __init__(
        self, api: FakeBotApi, chat_id: int, first_name: str, language_code: str | None
    ) -> None:
        self.api, self.chat_id = api, chat_id
        self.user: Json = {"id": chat_id, "is_bot": False, "first_name": first_name}
        if language_code:
            self.user["language_code"] = language_code
        self._seen = 0
        self._sent_ids: list[int] = []
        self._query_ids: list[str] = []

    # -- what the person does ----------------------------------------------------------------

    def _message(self, **content: Any) -> Json:
        message_id = self.api.next_message_id()
        self._sent_ids.append(message_id)
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": self.chat_id, "type": "private", "first_name": self.user["first_name"]},
            "from": self.user,
            **content,
        }

    async def says(self, text: str) -> None:
        content: Json = {"text": text}
        if text.startswith("/"):
            # Telegram marks a leading command with a bot_command entity.
            length = len(text.split(" ")[0].encode("utf-16-le")) // 2
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        self.api.push_update({"message": self._message(**content)})

    async def starts(self, service: str) -> SentMessage:
        """/start with a service, keep the language Uli ticked; the service's menu."""
        await self.says(f"/start {service}")
        welcome = await self.next_reply()
        ticked = next(label for label in welcome.button_labels if label.startswith("✓ "))
        await self.taps_in(welcome, ticked)
        return await self.next_reply()

    async def taps(self, label: str | None = None, *, data: str | None = None) -> None:
        with_buttons = [m for m in self.api.state.sent[self.chat_id] if m.buttons]
        assert with_buttons, "no message with buttons to tap"
        await self.taps_in(with_buttons[-1], label, data=data)

    async def taps_in(
        self, message: SentMessage, label: str | None = None, *, data: str | None = None
    ) -> None:
        pairs = [pair for row in message.buttons for pair in row]
        found = [d for text, d in pairs if (label is not None and text == label) or d == data]
        assert found, f"no button {label or data!r}; there are {[text for text, _ in pairs]}"
        query_id = uuid.uuid4().hex[:16]
        self._query_ids.append(query_id)
        self.api.push_update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self.user,
                    "chat_instance": str(self.chat_id),
                    "data": found[0],
                    "message": self.api_message(message),
                }
            }
        )

    def api_message(self, message: SentMessage) -> Json:
        return {
            "message_id": message.message_id,
            "date": int(time.time()),
            "chat": {"id": self.chat_id, "type": "private"},
            "text": message.text,
            "from": {"id": self.api.bot_id, "is_bot": True, "first_name": "Uli"},
        }

    async def _sends(self, **content: Any) -> None:
        self.api.push_update({"message": self._message(**content)})

    def _file(self, **extra: Any) -> Json:
        number = next(_file_ids)
        # The bot can download what a person sent (getFile, then the file itself).
        self.api.state.files[f"file-{number}"] = (f"files/file_{number}", b"file %d" % number)
        return {"file_id": f"file-{number}", "file_unique_id": f"u{number}", **extra}

    async def sends_sticker(self) -> None:
        await self._sends(
            sticker=self._file(
                type="regular", width=512, height=512, is_animated=False, is_video=False, emoji="😀"
            )
        )

    async def sends_photo(self) -> None:
        await self._sends(photo=[self._file(width=90, height=90)])

    async def sends_voice(self) -> None:
        await self._sends(voice=self._file(duration=3))

    async def sends_document(self) -> None:
        await self._sends(document=self._file(file_name="zeugnis.pdf"))

    async def sends_video(self) -> None:
        await self._sends(video=self._file(width=320, height=240, duration=4))

    async def sends_location(self) -> None:
        await self._sends(location={"latitude": 50.80, "longitude": 6.48})

    async def edits(self, original: str, new_text: str) -> None:
        """Edit an earlier message of this person (the latest one)."""
        message = self._message(text=new_text, edit_date=int(time.time()))
        message["message_id"] = self._sent_ids[-1] if self._sent_ids else message["message_id"]
        self.api.push_update({"edited_message": message})

    # -- what the person sees ----------------------------------------------------------------

    async def next_reply(self, timeout: float = 10) -> SentMessage:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            sent = self.api.state.sent[self.chat_id]
            if len(sent) > self._seen:
                self._seen += 1
                return sent[self._seen - 1]
            await asyncio.sleep(0.01)
        raise AssertionError(f"no reply to chat {self.chat_id} within {timeout} s")

    async def replies_until_quiet(
        self, quiet: float = 0.5, timeout: float = 10
    ) -> list[SentMessage]:
        replies = [await self.next_reply(timeout)]
        while True:
            try:
                replies.append(await self.next_reply(quiet))
            except AssertionError:
                return replies

    @property
    def callback_answers(self) -> list[Json]:
        return [
            a
            for a in self.api.state.callback_answers
            if a.get("callback_query_id") in self._query_ids
        ]
