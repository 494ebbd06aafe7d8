"""Server-Sent Events: open consoles hear at once when a conversation changes.

One stream per open page. It carries only which conversation changed and how; the page then
fetches the fresh parts as HTML (rendered and escaped by the server), so no message text
travels through here. Changes of contact points the caseworker does not belong to are
dropped. SSE rather than WebSocket: one direction is all that is needed, it is plain HTTP
through any proxy, and browsers reconnect by themselves.

A page says what it shows (`?view=inbox&tab=waiting`, `?view=conversation&id=12`,
`?view=appointments`) and hears only the changes that alter that, several within
COALESCE_SECONDS as one: re-rendering a whole inbox for each message of a conversation that
only Uli has, or for each delivery, slowed every reply once a few inboxes were open. Without
`view` (API clients), a stream carries every change the caseworker may see, one by one.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from console.auth import SESSION_COOKIE, ApiSession
from console.context import Console, ConsoleDep
from flows.delivery.live import Change
from flows.desk.actor import Actor
from storage import ConversationStatus, InboxTab

# Changes this close together make one event: a turn, its delivery and a colleague's claim
# are one re-read of the page, not three.
COALESCE_SECONDS = 0.25
_IN_TAB = {
    ConversationStatus.WAITING.value: {InboxTab.WAITING, InboxTab.OPEN},
    ConversationStatus.ASSIGNED.value: {InboxTab.OPEN},
    ConversationStatus.CLOSED.value: {InboxTab.CLOSED},
    ConversationStatus.BOT.value: set(),
}

# A comment line this often keeps proxies from closing an idle stream, and lets the stream
# notice a session that ended (logged out, expired, account deactivated).
PING_SECONDS = 15.0

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class View:
    """What an open page shows, so that its stream carries only what alters it."""

    kind: str  # "inbox", "conversation", "appointments"; "" for every change
    tab: InboxTab = InboxTab.WAITING
    conversation_id: int = 0

    def alters(self, change: Change, me: int | None) -> bool:
        if self.kind == "conversation":
            return change.conversation_id == self.conversation_id
        if self.kind == "appointments":
            # The lists name each person's conversation: a handover can change the link.
            return change.what in ("appointment", "status", "deleted")
        if self.kind == "inbox":
            return alters_inbox(change, self.tab, me)
        return True


def alters_inbox(change: Change, tab: InboxTab, me: int | None) -> bool:
    """Whether an inbox tab shows something else after `change`. A status change moves a
    conversation between tabs and changes the counts of all of them; a deletion adds a
    notice; a message changes the row of its conversation, which only its tab shows (none
    for a conversation only Uli has). Deliveries, notes and appointments are not shown in
    the inbox. A message without a known status is taken as altering every tab."""
    if change.what in ("status", "deleted"):
        return True
    if change.what != "message":
        return False
    if change.status is None:
        return True
    if tab is InboxTab.MINE:
        return change.status == ConversationStatus.ASSIGNED.value and change.assignee_id == me
    return tab in _IN_TAB.get(change.status, set(InboxTab))


def _view(view: str, tab: str, id: int) -> View:
    if view == "inbox":
        try:
            return View("inbox", tab=InboxTab(tab))
        except ValueError:
            return View("inbox")
    if view == "conversation":
        return View("conversation", conversation_id=id)
    return View("appointments" if view == "appointments" else "")


@router.get("/events")
async def events(
    request: Request,
    console: ConsoleDep,
    session: ApiSession,
    view: str = "",
    tab: str = "waiting",
    id: int = 0,
) -> StreamingResponse:
    token = request.cookies.get(SESSION_COOKIE, "")
    return StreamingResponse(
        _stream(console, token, session.actor, _view(view, tab, id)),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


async def _stream(
    console: Console, token: str, actor: Actor, view: View = View("")
) -> AsyncIterator[str]:
    def wanted(change: Change) -> bool:
        return actor.may_see(change.contact_point_id) and view.alters(change, actor.id)

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
            elif wanted(change):
                if view.kind:
                    change = await _coalesced(queue, console.closing, change, wanted)
                data = json.dumps({"conversation": change.conversation_id, "what": change.what})
                yield f"event: change\ndata: {data}\n\n"


async def _coalesced(
    queue: asyncio.Queue[Change],
    closing: asyncio.Event,
    first: Change,
    wanted: Callable[[Change], bool],
) -> Change:
    """`first` and the wanted changes of the next COALESCE_SECONDS as one: a deletion if
    there was one (the page must reload), else the last."""
    loop = asyncio.get_running_loop()
    until = loop.time() + COALESCE_SECONDS
    found = first
    while (left := until - loop.time()) > 0:
        change = await _next(queue, closing, left)
        if change is None:
            break
        if wanted(change) and found.what != "deleted":
            found = change
    return found


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
