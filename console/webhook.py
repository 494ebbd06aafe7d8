"""Telegram's webhook endpoint, in webhook mode: updates come in as HTTPS POSTs.

Telegram sends the secret given at setWebhook in the `X-Telegram-Bot-Api-Secret-Token`
header (https://core.telegram.org/bots/api#setwebhook); anything without the right secret is
refused before it is read further, compared in constant time so that timing reveals nothing.
The update itself is handed to `feed` (the bot's dispatcher): this module knows no aiogram.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Request, Response

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's updates are small; anything far larger is not from Telegram.
MAX_UPDATE_BYTES = 1_000_000

Feed = Callable[[dict[str, Any]], Awaitable[None]]


def webhook_router(secret: str, feed: Feed) -> APIRouter:
    router = APIRouter()
    expected = secret.encode()

    @router.post(WEBHOOK_PATH, include_in_schema=False)
    async def telegram_update(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return Response(status_code=401)
        body = await request.body()
        if len(body) > MAX_UPDATE_BYTES:
            return Response(status_code=413)
        try:
            update = json.loads(body)
        except ValueError:
            return Response(status_code=400)
        if not isinstance(update, dict):
            return Response(status_code=400)
        try:
            await feed(update)
        except Exception:
            # Answer 200 all the same: Telegram would otherwise resend the same update for
            # hours. The core has stored what it could and answered the young person.
            log.exception("a Telegram update could not be handled")
        return Response(status_code=200)

    return router
