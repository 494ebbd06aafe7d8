"""Telegram's webhook endpoint, in webhook mode: updates come in as HTTPS POSTs.

Telegram sends the secret given at setWebhook in the `X-Telegram-Bot-Api-Secret-Token`
header (https://core.telegram.org/bots/api#setwebhook); anything without the right secret is
refused before it is read further, compared in constant time so that timing reveals nothing.
The update itself is handed to `feed`, which stores it in the inbound queue; only then does
Telegram get its 200. This module knows no aiogram.

The body is read piece by piece and refused (413) as soon as it grows past MAX_UPDATE_BYTES,
whatever Content-Length claims; JSON nested deeper than any update is refused (400) before it
is parsed, since Python's parser would run out of stack on it.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
from collections.abc import Awaitable, Callable
from itertools import accumulate
from typing import Any

from fastapi import APIRouter, Request, Response

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's updates are small; anything far larger is not from Telegram.
MAX_UPDATE_BYTES = 1_000_000
# Telegram's updates nest about ten levels (an update, its message, the message it replies to,
# that one's entities...); 64 leaves room and stays far from Python's recursion limit.
MAX_DEPTH = 64
# A string, or what is left of an unterminated one: one pass, never starting over.
_JSON_STRING = re.compile(rb'"(?:[^"\\]+|\\.)*"?')
_NOT_BRACKETS = bytes(set(range(256)) - set(b"[]{}"))

Feed = Callable[[dict[str, Any]], Awaitable[None]]


def webhook_router(secret: str, feed: Feed) -> APIRouter:
    router = APIRouter()
    expected = secret.encode()

    @router.post(WEBHOOK_PATH, include_in_schema=False)
    async def telegram_update(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return Response(status_code=401)
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_UPDATE_BYTES:
            return Response(status_code=413)
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_UPDATE_BYTES:
                return Response(status_code=413)
        if nesting(bytes(body)) > MAX_DEPTH:
            return Response(status_code=400)
        try:
            update = json.loads(body)
        except (ValueError, RecursionError):
            return Response(status_code=400)
        if not isinstance(update, dict):
            return Response(status_code=400)
        try:
            await feed(update)
        except Exception as error:
            # Not stored, so not confirmed: Telegram sends it again a little later. (`feed`
            # only stores; answering happens apart, and a failing answer is retried there.)
            log.error("could not store a Telegram update (%s); Telegram will send it again",
                      type(error).__name__)  # fmt: skip
            return Response(status_code=503)
        return Response(status_code=200)

    return router


def nesting(body: bytes) -> int:
    """How deep the arrays and objects of a JSON text nest, counted without recursion
    (brackets inside strings do not count)."""
    brackets = _JSON_STRING.sub(b"", body).translate(None, _NOT_BRACKETS)
    steps = (1 if bracket in b"[{" else -1 for bracket in brackets)
    return max(accumulate(steps, initial=0))
