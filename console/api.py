"""The JSON API beside the pages: same login, same CSRF rule, same contact-point checks.

Log in with POST /api/login (JSON); it sets the session cookie and returns the CSRF token,
which every POST sends as `X-CSRF-Token`. Texts are returned as stored: clients that show
them must escape them, as the console's pages do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable
from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Request, Response
from pydantic import BaseModel, Field

from console.auth import (
    SESSION_COOKIE,
    ApiSession,
    HeaderSession,
    clear_session_cookie,
    client_ip,
    set_session_cookie,
)
from console.context import Console, ConsoleDep
from console.deleted import Gone
from flows.desk.accounts import LoginRefused, LoginThrottled
from flows.desk.actor import Actor, Refused
from flows.desk.casework import InboxItem
from storage import Contact, Conversation, ConversationRecord, InboxTab

router = APIRouter(prefix="/api", tags=["console"])
# 404: no such conversation, or another contact point's; 409: not possible now (closed...).
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "not logged in"},
    403: {"description": "CSRF token missing or wrong"},
    404: {"description": "no such conversation (or not one of your contact points)"},
    409: {"description": "not possible now, e.g. the conversation is closed"},
    410: {"model": Gone, "description": "deleted at the young person's request"},
}


class Credentials(BaseModel):
    email: str
    password: str


class Me(BaseModel):
    id: int
    name: str
    email: str
    role: str
    languages: list[str]
    contact_points: list[str]


class LoggedIn(BaseModel):
    csrf_token: str = Field(description="send as X-CSRF-Token with every POST")
    expires_at: dt.datetime
    caseworker: Me


class LastMessage(BaseModel):
    sender: str
    kind: str
    text: str
    at: dt.datetime


class ConversationHead(BaseModel):
    """What the inbox and the conversation both say about a conversation."""

    id: int
    status: str
    contact_point: str | None
    language: str | None
    pseudonym: str
    name: str | None = Field(description="a name the young person gave in the chat, if any")
    urgent: bool
    urgent_reason: str | None
    waiting_since: dt.datetime | None
    unreachable: bool
    assignee: str | None


class InboxEntry(ConversationHead):
    suggested: str | None = Field(description="who should take it: speaks the language")
    last_message: LastMessage | None


class MessageOut(BaseModel):
    id: int
    direction: str
    sender: str
    kind: str
    text: str
    at: dt.datetime
    caseworker: str | None
    delivery: str | None = Field(description="pending, sent, unreachable or rejected")
    media: bool


class NoteOut(BaseModel):
    author: str | None
    text: str
    at: dt.datetime


class ConversationOut(ConversationHead):
    closed_at: dt.datetime | None
    messages: list[MessageOut]
    notes: list[NoteOut]


class ReplyIn(BaseModel):
    text: str = Field(min_length=1, max_length=4096)


class ReplyOut(BaseModel):
    message_id: int
    delivery: str = "pending"


def _me(actor: Actor) -> Me:
    return Me(
        id=actor.id,
        name=actor.name,
        email=actor.email,
        role=actor.role,
        languages=list(actor.languages),
        contact_points=sorted(actor.contact_point_ids),
    )


def _head(conversation: Conversation, contact: Contact, assignee: str | None) -> dict[str, Any]:
    return {
        "id": conversation.id or 0,
        "status": conversation.status,
        "contact_point": conversation.contact_point_id,
        "language": contact.language,
        "pseudonym": contact.pseudonym,
        "name": contact.display_name,
        "urgent": conversation.urgent,
        "urgent_reason": conversation.urgent_reason,
        "waiting_since": conversation.waiting_since,
        "unreachable": contact.unreachable,
        "assignee": assignee,
    }


def _entry(item: InboxItem) -> InboxEntry:
    conversation, contact, last = item.row.conversation, item.row.contact, item.row.last_message
    return InboxEntry(
        **_head(conversation, contact, item.row.assignee_name),
        suggested=item.suggested.name if item.suggested else None,
        last_message=LastMessage(
            sender=last.sender, kind=last.kind, text=last.text, at=last.created_at
        )
        if last
        else None,
    )


def _conversation(record: ConversationRecord) -> ConversationOut:
    conversation, contact = record.conversation, record.contact
    return ConversationOut(
        **_head(conversation, contact, record.assignee_name),
        closed_at=conversation.closed_at,
        messages=[
            MessageOut(
                id=e.message.id or 0,
                direction=e.message.direction,
                sender=e.message.sender,
                kind=e.message.kind,
                text=e.message.text,
                at=e.message.created_at,
                caseworker=e.caseworker_name,
                delivery=e.delivery,
                media=bool(e.message.media_ref),
            )
            for e in record.history
        ],
        notes=[
            NoteOut(author=n.caseworker_name, text=n.note.text, at=n.note.created_at)
            for n in record.notes
        ],
    )


def _conflict(refused: Refused) -> HTTPException:
    return HTTPException(409, {"reason": refused.reason, "message": str(refused)})


async def _acted(
    console: Console, actor: Actor, conversation_id: int, action: Awaitable[object]
) -> ConversationOut:
    """The conversation after the action, or 409 with the reason the action was refused."""
    try:
        await action
    except Refused as refused:
        raise _conflict(refused) from None
    return _conversation(await console.casework.record(actor, conversation_id, via="api"))


@router.post(
    "/login",
    responses={
        401: {"description": "wrong email or password"},
        429: {"description": "too many failed logins"},
    },
)
async def log_in(
    request: Request, response: Response, console: ConsoleDep, credentials: Credentials
) -> LoggedIn:
    """Log in: sets the session cookie (HttpOnly) and returns the CSRF token.

    Only JSON is accepted, which a form on another site cannot send: that is this call's
    protection against login CSRF.
    """
    try:
        login = await console.accounts.log_in(
            credentials.email, credentials.password, client_ip(request)
        )
    except LoginThrottled as throttled:
        seconds = int(throttled.retry_after.total_seconds()) + 1
        raise HTTPException(
            429, "too many failed logins; try again later", {"Retry-After": str(seconds)}
        ) from None
    except LoginRefused:
        raise HTTPException(401, "wrong email or password") from None
    set_session_cookie(response, login, console.options.secure_cookies)
    return LoggedIn(
        csrf_token=login.csrf_token, expires_at=login.expires_at, caseworker=_me(login.actor)
    )


@router.post("/logout", status_code=204)
async def log_out(
    request: Request, response: Response, console: ConsoleDep, session: HeaderSession
) -> None:
    await console.accounts.log_out(request.cookies.get(SESSION_COOKIE, ""))
    clear_session_cookie(response, console.options.secure_cookies)


@router.get("/me")
async def me(session: ApiSession) -> Me:
    return _me(session.actor)


@router.get("/inbox")
async def inbox(
    console: ConsoleDep, session: ApiSession, tab: InboxTab = InboxTab.WAITING
) -> list[InboxEntry]:
    """The conversations of a tab, urgent first, then whoever has waited longest."""
    return [_entry(item) for item in await console.casework.inbox(session.actor, tab)]


@router.get("/conversations/{conversation_id}", responses=ERRORS)
async def conversation(
    console: ConsoleDep, session: ApiSession, conversation_id: int
) -> ConversationOut:
    """A conversation with its whole history (each reply's delivery state) and notes."""
    return _conversation(await console.casework.record(session.actor, conversation_id, via="api"))


@router.post("/conversations/{conversation_id}/reply", status_code=202, responses=ERRORS)
async def reply(
    console: ConsoleDep, session: HeaderSession, conversation_id: int, body: ReplyIn
) -> ReplyOut:
    """Send a reply to the young person. It is queued at once and delivered by the outbox
    (202 Accepted): read the conversation to see it change from pending to sent."""
    try:
        message = await console.casework.reply(session.actor, conversation_id, body.text)
    except Refused as refused:
        raise _conflict(refused) from None
    return ReplyOut(message_id=message.id or 0)


@router.post("/conversations/{conversation_id}/claim", responses=ERRORS)
async def claim(
    console: ConsoleDep, session: HeaderSession, conversation_id: int
) -> ConversationOut:
    """Take the conversation: it is yours now."""
    action = console.casework.claim(session.actor, conversation_id)
    return await _acted(console, session.actor, conversation_id, action)


@router.post("/conversations/{conversation_id}/close", responses=ERRORS)
async def close(
    console: ConsoleDep, session: HeaderSession, conversation_id: int
) -> ConversationOut:
    """Close the conversation; the young person's next message starts a new one with Uli."""
    action = console.casework.close(session.actor, conversation_id)
    return await _acted(console, session.actor, conversation_id, action)


@router.post("/conversations/{conversation_id}/notes", status_code=201, responses=ERRORS)
async def add_note(
    console: ConsoleDep,
    session: HeaderSession,
    conversation_id: int,
    text: Annotated[str, Body(embed=True, min_length=1, max_length=4000)],
) -> NoteOut:
    """An internal note for colleagues; it is never sent to the young person."""
    try:
        note = await console.casework.add_note(session.actor, conversation_id, text)
    except Refused as refused:
        raise _conflict(refused) from None
    return NoteOut(author=session.actor.name, text=note.text, at=note.created_at)
