"""Server-Sent Events: open consoles hear at once when a conversation changes.

One stream per open page. It carries only which conversation changed and how; the page then
fetches the fresh parts as HTML (rendered and escaped by the server), so no message text
travels through here. Changes of contact points the caseworker does not belong to are
dropped. SSE rather than WebSocket: one direction is all that is needed, it is plain HTTP
through any proxy, and browsers reconnect by themselves.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from console.auth import SESSION_COOKIE, ApiSession
from console.context import Console, ConsoleDep
from flows.delivery.live import Change
from flows.desk.actor import Actor

# A comment line this often keeps proxies from closing an idle stream, and lets the stream
# notice a session that ended (logged out, expired, account deactivated).
PING_SECONDS = 15.0

router = APIRouter(include_in_schema=False)


@router.get("/events")
async def events(request: Request, console: ConsoleDep, session: ApiSession) -> StreamingResponse:
    token = request.cookies.get(SESSION_COOKIE, "")
    return StreamingResponse(
        _stream(console, token, session.actor),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


async def _stream(console: Console, token: str, actor: Actor) -> AsyncIterator[str]:
    async with console.live.subscribe() as queue:
        # Sent once subscribed: the page fetches then, so nothing before it is missed.
        yield "retry: 3000\nevent: ready\ndata: {}\n\n"
        while not console.closing.is_set():
            change = await _next(queue, console.closing, PING_SECONDS)
            if change is None:
                session = await console.accounts.session(token)
                if session is None:
                    yield "event: logout\ndata: {}\n\n"
                    return
                actor = session.actor  # memberships may have changed
                yield ": ping\n\n"
            elif actor.may_see(change.contact_point_id):
                data = json.dumps({"conversation": change.conversation_id, "what": change.what})
                yield f"event: change\ndata: {data}\n\n"


async def _next(
    queue: asyncio.Queue[Change], closing: asyncio.Event, seconds: float
) -> Change | None:
    """The next change; None after `seconds` or when the server closes."""
    getting = asyncio.ensure_future(queue.get())
    stopping = asyncio.ensure_future(closing.wait())
    try:
        await asyncio.wait(
            {getting, stopping}, timeout=seconds, return_when=asyncio.FIRST_COMPLETED
        )
    finally:
        stopping.cancel()
        if not getting.done():
            getting.cancel()
    return getting.result() if getting.done() and not getting.cancelled() else None
