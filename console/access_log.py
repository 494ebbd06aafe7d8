"""The access log for admins: a page (/admin/access-log) and GET /api/access-log.

Read-only: there is no route that changes or removes an entry. Caseworkers get 403, as on
the other admin pages. Times are shown in UTC, and date filters are UTC days, so that the
log reads the same for everyone whatever their computer's time zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from console.auth import ApiSession, PageSession
from console.context import ConsoleDep
from console.render import render
from flows.desk.access_log import MAX_PAGE_SIZE, PAGE_SIZE
from flows.desk.accounts import Session
from flows.desk.actor import Refused
from storage import AccessAction, AccessLogEntry, AccessLogFilter

router = APIRouter()
ACTIONS = [action.value for action in AccessAction]


def _admin(session: Session) -> None:
    if not session.actor.is_admin:
        raise HTTPException(403, "only admins read the access log")


# -- the page -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Filters:
    """The page's filter form as typed: blank or malformed fields filter nothing."""

    caseworker: str = ""
    conversation: str = ""
    action: str = ""
    since: str = ""
    until: str = ""

    def parsed(self) -> AccessLogFilter:
        until = _day(self.until)
        return AccessLogFilter(
            caseworker_id=_number(self.caseworker),
            conversation_id=_number(self.conversation),
            action=self.action if self.action in ACTIONS else None,
            since=_day(self.since),
            until=until + dt.timedelta(days=1) if until else None,  # the whole last day
        )

    def link(self, page: int) -> str:
        fields = {
            "caseworker": self.caseworker,
            "conversation": self.conversation,
            "action": self.action,
            "since": self.since,
            "until": self.until,
        }
        query = {k: v for k, v in fields.items() if v} | ({"page": str(page)} if page > 1 else {})
        return "/admin/access-log" + (f"?{urlencode(query)}" if query else "")


def _number(text: str) -> int | None:
    text = text.strip().lstrip("#")
    return int(text) if text.isdigit() and len(text) < 12 else None


def _day(text: str) -> dt.datetime | None:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        return None
    return dt.datetime.combine(day, dt.time(), dt.UTC)


@router.get("/admin/access-log", response_class=HTMLResponse, include_in_schema=False)
async def page(
    request: Request,
    console: ConsoleDep,
    session: PageSession,
    caseworker: str = "",
    conversation: str = "",
    action: str = "",
    since: str = "",
    until: str = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    _admin(session)
    filters = Filters(caseworker, conversation, action, since, until)
    try:
        found = await console.access_log.read(
            session.actor, filters.parsed(), offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE
        )
    except Refused:
        raise HTTPException(403, "only admins read the access log") from None
    return render(
        request,
        console,
        "admin_access_log.html",
        session=session,
        filters=filters,
        entries=found.entries,
        total=found.total,
        page=page,
        pages=max(1, -(-found.total // PAGE_SIZE)),
        newer=filters.link(page - 1) if found.has_newer else None,
        older=filters.link(page + 1) if found.has_older else None,
        actions=ACTIONS,
        caseworkers=[account.caseworker for account in await console.accounts.all()],
    )


# -- the API --------------------------------------------------------------------------------


class AccessLogEntryOut(BaseModel):
    id: int
    at: dt.datetime
    caseworker_id: int | None = Field(description="None once the account is removed")
    caseworker_email: str | None = Field(description="copied when the entry was made")
    action: str
    conversation_id: int | None = Field(description="may no longer exist")
    contact_point: str | None
    detail: str


class AccessLogOut(BaseModel):
    entries: list[AccessLogEntryOut]
    total: int = Field(description="entries matching the filters, on all pages")
    offset: int
    limit: int


def _out(entry: AccessLogEntry) -> AccessLogEntryOut:
    return AccessLogEntryOut(
        id=entry.id or 0,
        at=entry.at,
        caseworker_id=entry.caseworker_id,
        caseworker_email=entry.caseworker_email,
        action=entry.action,
        conversation_id=entry.conversation_id,
        contact_point=entry.contact_point_id,
        detail=entry.detail,
    )


@router.get(
    "/api/access-log",
    tags=["console"],
    responses={401: {"description": "not logged in"}, 403: {"description": "admins only"}},
)
async def api(
    console: ConsoleDep,
    session: ApiSession,
    caseworker_id: int | None = None,
    conversation_id: int | None = None,
    action: AccessAction | None = None,
    since: Annotated[dt.datetime | None, Query(description="at or after (ISO 8601)")] = None,
    until: Annotated[dt.datetime | None, Query(description="before (ISO 8601)")] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = PAGE_SIZE,
) -> AccessLogOut:
    """Who read or did what in the console, newest first (admins only)."""
    _admin(session)
    where = AccessLogFilter(
        caseworker_id=caseworker_id,
        conversation_id=conversation_id,
        action=action.value if action else None,
        since=_aware(since),
        until=_aware(until),
    )
    try:
        found = await console.access_log.read(session.actor, where, offset=offset, limit=limit)
    except Refused:
        raise HTTPException(403, "only admins read the access log") from None
    return AccessLogOut(
        entries=[_out(e) for e in found.entries],
        total=found.total,
        offset=found.offset,
        limit=found.limit,
    )


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    # A time without a zone is taken as UTC, like everything the log stores.
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)
