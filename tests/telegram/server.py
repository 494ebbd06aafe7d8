"""A fake Telegram Bot API server on 127.0.0.1, for aiogram's real HTTP client.

Speaks the real wire format: `POST /bot<token>/<method>` with form fields (nested objects
such as `reply_markup` arrive as JSON strings), answers `{"ok": true, "result": ...}` or the
error envelope `{"ok": false, "error_code": ..., "description": ..., "parameters": ...}`.
Dates are Unix seconds, as Telegram sends them.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

Json = dict[str, Any]
TEXT_LIMIT = 4096  # https://core.telegram.org/bots/api#sendmessage
DROP = 0
"""A failure "code" that breaks the connection instead of answering."""
CALLBACK_DATA_LIMIT = 64  # https://core.telegram.org/bots/api#inlinekeyboardbutton


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


@dataclass
class SentMessage:
    chat_id: int
    message_id: int
    text: str
    reply_markup: Json | None
    edited: bool = False
    document: str | None = None
    document_content: bytes | None = None
    at: float = field(default_factory=time.monotonic)
    """When it arrived (time.monotonic), for measuring send rates."""

    @property
    def buttons(self) -> list[list[tuple[str, str]]]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [[(b["text"], b.get("callback_data", "")) for b in row] for row in rows]

    @property
    def button_labels(self) -> list[str]:
        return [label for row in self.buttons for label, _ in row]


@dataclass
class Failure:
    code: int
    description: str
    retry_after: int | None
    times: int
    after: int = 0
    """Calls that still succeed before this failure begins."""


@dataclass
class BotState:
    updates: list[Json] = field(default_factory=list)
    sent: dict[int, list[SentMessage]] = field(default_factory=lambda: defaultdict(list))
    commands: dict[tuple[str, str | None], list[Json]] = field(default_factory=dict)
    calls: list[tuple[str, Json]] = field(default_factory=list)
    callback_answers: list[Json] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)
    failures: dict[str, list[Failure]] = field(default_factory=lambda: defaultdict(list))
    # file_id → (file_path, content): what getFile and the file download serve.
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    webhook: Json | None = None  # what setWebhook was last told
    # Chats whose sendMessage never answers (a request lost on the way: the sender waits,
    # nothing is delivered); `stalled_request` is set when one arrives.
    stalled: set[int] = field(default_factory=set)
    # update_id → how often getUpdates handed it out (more than once: it was not confirmed
    # in time, so Telegram delivered it again).
    handed_out: Counter[int] = field(default_factory=Counter)
    confirmed: int = 0
    """The highest update_id the bot has confirmed (getUpdates offset - 1): Telegram forgets
    what is confirmed."""


def _int(params: Json, name: str) -> int:
    try:
        return int(params[name])
    except (KeyError, ValueError):
        raise ApiError(400, f"Bad Request: {name} is required or invalid") from None


def _json_field(params: Json, name: str) -> Any:
    value = params.get(name)
    if value is None or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        raise ApiError(400, f"Bad Request: can't parse {name} JSON object") from None


def utf16_len(text: str) -> int:
    # Telegram measures text in UTF-16 code units.
    return len(text.encode("utf-16-le")) // 2


class FakeBotApi:
    """The methods; state is inspected and steered by the tests (see `FakeTelegram`)."""

    def __init__(self, token: str, bot_id: int) -> None:
        self.token, self.bot_id = token, bot_id
        self.state = BotState()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self.new_update = asyncio.Event()
        self.polling_started = asyncio.Event()
        self.webhook_set = asyncio.Event()
        self.stalled_request = asyncio.Event()
        self.batch_handed_out = asyncio.Event()
        """Set whenever getUpdates hands out updates (clear it to wait for the next batch)."""
        self.closing = asyncio.Event()

    def next_message_id(self) -> int:
        return next(self._message_ids)

    def push_update(self, update: Json) -> int:
        """Queue an update for getUpdates (any JSON, parseable or not); its update_id."""
        update_id = next(self._update_ids)
        self.state.updates.append({"update_id": update_id, **update})
        self.new_update.set()
        return update_id

    async def handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(ApiError(401, "Unauthorized"))
        method = request.match_info["method"]
        params: Json = dict(await request.post()) if request.can_read_body else {}
        if request.content_type == "application/json":
            params = await request.json()
        self.state.calls.append((method, params))
        try:
            pending = self.state.failures.get(method.lower())
            if pending and pending[0].after > 0:
                pending[0].after -= 1
            elif pending:
                failure = pending[0]
                failure.times -= 1
                if failure.times <= 0:
                    pending.pop(0)
                if failure.code == DROP:
                    # The connection breaks before any answer: what a timeout or a network
                    # fault looks like to the client.
                    if request.transport is not None:
                        request.transport.close()
                    return web.Response(status=500)
                raise ApiError(failure.code, failure.description, failure.retry_after)
            handler = getattr(self, f"m_{method.lower()}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result = await handler(params)
        except ApiError as error:
            return _error(error)
        return web.json_response({"ok": True, "result": result})

    # -- methods -------------------------------------------------------------------------------

    async def m_getme(self, params: Json) -> Json:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Uli",
            "username": "UliTestBot",
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def m_getupdates(self, params: Json) -> list[Json]:
        self.polling_started.set()
        offset, timeout = int(params.get("offset") or 0), float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        if offset:
            self.state.updates = [u for u in self.state.updates if u["update_id"] >= offset]
            self.state.confirmed = max(self.state.confirmed, offset - 1)
        deadline = time.monotonic() + min(timeout, 1.0)  # short polls keep shut-down quick
        while not self.state.updates and time.monotonic() < deadline:
            self.new_update.clear()
            try:
                await asyncio.wait_for(self.new_update.wait(), deadline - time.monotonic())
            except TimeoutError:
                break
        batch = self.state.updates[:limit]
        self.state.handed_out.update(u["update_id"] for u in batch)
        if batch:
            self.batch_handed_out.set()
        return batch

    async def m_deletewebhook(self, params: Json) -> bool:
        self.state.webhook = None
        return True

    async def m_setwebhook(self, params: Json) -> bool:
        url = str(params.get("url") or "")
        if not url:
            raise ApiError(400, "Bad Request: bad webhook: URL must not be empty")
        self.state.webhook = {"url": url, "secret_token": params.get("secret_token")}
        self.webhook_set.set()
        return True

    async def m_setmycommands(self, params: Json) -> bool:
        commands = _json_field(params, "commands") or []
        for command in commands:
            if not 1 <= len(command.get("description", "")) <= 256:
                raise ApiError(400, "Bad Request: command description must be 1-256 characters")
        scope = (_json_field(params, "scope") or {"type": "default"})["type"]
        self.state.commands[(scope, params.get("language_code") or None)] = commands
        return True

    async def m_sendmessage(self, params: Json) -> Json:
        chat_id = _int(params, "chat_id")
        text = str(params.get("text") or "")
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(text) > TEXT_LIMIT:
            raise ApiError(400, "Bad Request: message is too long")
        markup = self._markup(params)
        if chat_id in self.state.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self.state.stalled:
            self.stalled_request.set()
            await self.closing.wait()  # the answer never comes (until the server stops)
            raise ApiError(500, "Internal Server Error: stalled")
        message = SentMessage(chat_id, self.next_message_id(), text, markup)
        self.state.sent[chat_id].append(message)
        return self._message_json(message)

    async def m_senddocument(self, params: Json) -> Json:
        chat_id = _int(params, "chat_id")
        document = params.get("document")
        if isinstance(document, str) and document.startswith("attach://"):
            # The real Bot API's multipart convention: the file is the part of that name.
            document = params.get(document.removeprefix("attach://"))
        filename = getattr(document, "filename", None) or str(document)
        upload = getattr(document, "file", None)
        message = SentMessage(
            chat_id,
            self.next_message_id(),
            str(params.get("caption") or ""),
            self._markup(params),
            document=filename,
            document_content=upload.read() if upload is not None else None,
        )
        self.state.sent[chat_id].append(message)
        return self._message_json(message)

    async def m_editmessagetext(self, params: Json) -> Json:
        chat_id, message_id = _int(params, "chat_id"), _int(params, "message_id")
        for message in self.state.sent[chat_id]:
            if message.message_id == message_id:
                edited = SentMessage(
                    chat_id,
                    message_id,
                    str(params.get("text") or ""),
                    self._markup(params),
                    edited=True,
                )
                self.state.sent[chat_id].append(edited)
                return self._message_json(edited)
        raise ApiError(400, "Bad Request: message to edit not found")

    async def m_answercallbackquery(self, params: Json) -> bool:
        if not params.get("callback_query_id"):
            raise ApiError(400, "Bad Request: query is too old and response timeout expired")
        self.state.callback_answers.append(params)
        return True

    async def m_sendchataction(self, params: Json) -> bool:
        return True

    async def m_getfile(self, params: Json) -> Json:
        file_id = str(params.get("file_id") or "")
        if file_id not in self.state.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, content = self.state.files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": f"u-{file_id}",
            "file_size": len(content),
            "file_path": path,
        }

    async def download(self, request: web.Request) -> web.Response:
        """GET /file/bot<token>/<file_path>, as Telegram serves files after getFile."""
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        for path, content in self.state.files.values():
            if path == request.match_info["path"]:
                return web.Response(body=content, content_type="application/octet-stream")
        return web.Response(status=404)

    def _markup(self, params: Json) -> Json | None:
        markup = _json_field(params, "reply_markup")
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise ApiError(
                        400, "Bad Request: text buttons are unallowed in the inline keyboard"
                    )
                if len(button.get("callback_data", "").encode()) > CALLBACK_DATA_LIMIT:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup  # type: ignore[no-any-return]

    def _message_json(self, message: SentMessage) -> Json:
        payload: Json = {
            "message_id": message.message_id,
            "date": int(time.time()),
            "chat": {"id": message.chat_id, "type": "private", "first_name": "Young person"},
            "from": {"id": self.bot_id, "is_bot": True, "first_name": "Uli"},
            "text": message.text,
        }
        if message.edited:
            payload["edit_date"] = int(time.time())
        if message.reply_markup:
            payload["reply_markup"] = message.reply_markup
        return payload


def _error(error: ApiError) -> web.Response:
    body: Json = {"ok": False, "error_code": error.code, "description": error.description}
    if error.retry_after is not None:
        body["parameters"] = {"retry_after": error.retry_after}
    return web.json_response(body, status=error.code)
