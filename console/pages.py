"""The console's pages: log in, the inbox, a conversation and what caseworkers do there.

Forms post and redirect back (post/redirect/get), so the pages work without JavaScript;
console.js only keeps them live. Every conversation is looked up through the caseworker's
contact points: another contact point's conversation is a 404, like one that does not exist.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Annotated, Any
from urllib.parse import unquote, urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from console.appointment_views import booking_choices, conversation_appointments
from console.auth import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    CsrfRejected,
    FormSession,
    OptionalSession,
    PageSession,
    clear_session_cookie,
    client_ip,
    login_token,
    same_token,
    set_login_cookie,
    set_session_cookie,
)
from console.context import Console, ConsoleDep
from console.deleted import notices
from console.render import error_text, render, words
from console.ui import UI_LANGUAGE_COOKIE
from console.views import Views
from flows.desk.access_log import DELETION_NOTICE_DAYS
from flows.desk.accounts import LoginRefused, LoginThrottled, Session
from flows.desk.actor import Refused
from flows.vocabulary.languages import SUPPORTED_LANGUAGES
from storage import HISTORY_PAGE, INBOX_LIMIT, InboxTab

# An inbox page grows by INBOX_LIMIT rows on demand, up to this many times that.
MAX_INBOX_PAGES = 20

router = APIRouter(include_in_schema=False)


def safe_next(target: str | None) -> str:
    """Only a path on this site: a crafted link must not send a caseworker elsewhere.

    Browsers drop tabs and line breaks from a URL and read a backslash as a slash, so a tab
    or a backslash after the first slash leads to another host; anything with such
    characters is refused, also when percent-encoded (decoded until nothing changes)."""
    if not target or not target.startswith("/"):
        return "/inbox"
    decoded, previous = target, ""
    while decoded != previous:
        decoded, previous = unquote(decoded), decoded
    if (
        decoded.startswith("//")
        or "\\" in decoded
        or not decoded.isprintable()
        or urlsplit(decoded).netloc
        or urlsplit(decoded).scheme
    ):
        return "/inbox"
    return target


def see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


# -- logging in and out ---------------------------------------------------------------------


@router.get("/", response_class=RedirectResponse)
async def home() -> RedirectResponse:
    return see("/inbox")


@router.get("/login", response_class=HTMLResponse)
async def login_page(
    request: Request, console: ConsoleDep, session: OptionalSession, next: str = "/inbox"
) -> Response:
    if session is not None:
        return see(safe_next(next))
    return _login_form(request, console, next=safe_next(next))


def _login_form(
    request: Request,
    console: Console,
    *,
    next: str,
    email: str = "",
    error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    csrf = login_token(request)
    page = render(
        request,
        console,
        "login.html",
        session=None,
        csrf=csrf,
        status=status,
        error=error,
        next=next,
        email=email,
    )
    set_login_cookie(page, csrf, console.options.secure_cookies)
    return page


@router.post("/login")
async def log_in(
    request: Request,
    console: ConsoleDep,
    email: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/inbox",
) -> Response:
    t = words(request, console)
    if not same_token(csrf, request.cookies.get(LOGIN_CSRF_COOKIE)):
        return _login_form(
            request, console, next=safe_next(next), email=email,
            error=t("console-error-csrf"), status=403,
        )  # fmt: skip
    try:
        login = await console.accounts.log_in(email, password, client_ip(request))
    except LoginThrottled as throttled:
        minutes = str(max(1, int(throttled.retry_after.total_seconds() // 60) + 1))
        page = _login_form(
            request, console, next=safe_next(next), email=email,
            error=t("console-login-throttled", number=minutes), status=429,
        )  # fmt: skip
        page.headers["Retry-After"] = str(int(throttled.retry_after.total_seconds()) + 1)
        return page
    except LoginRefused:
        return _login_form(
            request, console, next=safe_next(next), email=email,
            error=t("console-login-wrong"), status=401,
        )  # fmt: skip
    response = see(safe_next(next))
    set_session_cookie(response, login, console.options.secure_cookies)
    return response


@router.post("/logout")
async def log_out(request: Request, console: ConsoleDep, session: FormSession) -> Response:
    await console.accounts.log_out(request.cookies.get(SESSION_COOKIE, ""))
    response = see("/login")
    clear_session_cookie(response, console.options.secure_cookies)
    return response


@router.post("/language")
async def choose_language(
    request: Request,
    console: ConsoleDep,
    session: OptionalSession,
    lang: Annotated[str, Form()] = "de",
    next: Annotated[str, Form()] = "/inbox",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    expected = session.csrf_token if session else request.cookies.get(LOGIN_CSRF_COOKIE)
    if not same_token(csrf, expected):
        raise CsrfRejected("reload the page and try again")
    response = see(safe_next(next))
    if lang in SUPPORTED_LANGUAGES:
        response.set_cookie(
            UI_LANGUAGE_COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", path="/",
            secure=console.options.secure_cookies,
        )  # fmt: skip
    return response


# -- the inbox ------------------------------------------------------------------------------


def _tab(tab: str) -> InboxTab:
    try:
        return InboxTab(tab)
    except ValueError:
        return InboxTab.WAITING


def _shown(rows: int) -> int:
    """How many inbox rows a page shows: INBOX_LIMIT, more on demand, within reason."""
    return min(max(rows, INBOX_LIMIT), INBOX_LIMIT * MAX_INBOX_PAGES)


async def _inbox_context(
    request: Request, console: Console, session: Session, tab: InboxTab, rows: int
) -> dict[str, Any]:
    t = words(request, console)
    views = Views(console, t)
    shown = _shown(rows)
    items = await console.casework.inbox(session.actor, tab, shown)
    counts = await console.casework.counts(session.actor)
    more = len(items) == shown and counts[tab.value] > shown and shown < _shown(shown + 1)
    return {
        "tab": tab.value,
        "tabs": [each.value for each in InboxTab],
        "counts": counts,
        "rows": [views.row(item) for item in items],
        "shown": shown,
        # The next rows on demand: a link, so it works without JavaScript.
        "more": f"/inbox?tab={tab.value}&rows={shown + INBOX_LIMIT}" if more else None,
        # Conversations deleted at the young person's request lately: nobody waits on them.
        "deletions": await notices(console, t, session.actor),
        "deletion_days": str(DELETION_NOTICE_DAYS),
    }


@router.get("/inbox", response_class=HTMLResponse)
async def inbox(
    request: Request,
    console: ConsoleDep,
    session: PageSession,
    tab: str = "waiting",
    rows: int = INBOX_LIMIT,
) -> HTMLResponse:
    context = await _inbox_context(request, console, session, _tab(tab), rows)
    return render(request, console, "inbox.html", session=session, **context)


@router.get("/inbox/parts", response_class=HTMLResponse)
async def inbox_parts(
    request: Request,
    console: ConsoleDep,
    session: PageSession,
    tab: str = "waiting",
    rows: int = INBOX_LIMIT,
) -> HTMLResponse:
    context = await _inbox_context(request, console, session, _tab(tab), rows)
    return render(request, console, "inbox_parts.html", session=session, **context)


# -- one conversation -----------------------------------------------------------------------


async def _conversation_context(
    request: Request,
    console: Console,
    session: Session,
    conversation_id: int,
    before: int | None = None,
) -> dict[str, Any]:
    t = words(request, console)
    views = Views(console, t)
    record = await console.casework.record(
        session.actor, conversation_id, before=before, limit=HISTORY_PAGE
    )
    colleagues = await console.casework.colleagues(session.actor, record)
    return {
        "c": views.conversation(record),
        "messages": views.messages(record),
        # The latest messages first; older ones on demand, by a link that works without
        # JavaScript (console.js loads them in place). `before` keeps them on live updates.
        "older": record.older,
        "before": before,
        "notes": views.notes(record),
        "colleagues": views.colleagues(colleagues, record.contact.language),
        "canned": console.casework.canned(record.contact.language, session.actor.name),
        "upcoming": await conversation_appointments(console, t, session.actor, conversation_id),
    }


@router.get("/conversations/{conversation_id}", response_class=HTMLResponse)
async def conversation(
    request: Request,
    console: ConsoleDep,
    session: PageSession,
    conversation_id: int,
    error: str | None = None,
    before: int | None = None,
) -> HTMLResponse:
    context = await _conversation_context(request, console, session, conversation_id, before)
    t = words(request, console)
    # Not in the live parts: a refresh must not reset a booking form being filled in.
    slots = await booking_choices(console, t, session.actor, conversation_id)
    message = error_text(t, error)
    return render(
        request, console, "conversation.html", session=session, error=message, slots=slots,
        **context,
    )  # fmt: skip


@router.get("/conversations/{conversation_id}/parts", response_class=HTMLResponse)
async def conversation_parts(
    request: Request,
    console: ConsoleDep,
    session: PageSession,
    conversation_id: int,
    before: int | None = None,
) -> HTMLResponse:
    context = await _conversation_context(request, console, session, conversation_id, before)
    return render(request, console, "conversation_parts.html", session=session, **context)


async def _act(conversation_id: int, action: Awaitable[object]) -> Response:
    try:
        await action
    except Refused as refused:
        return see(f"/conversations/{conversation_id}?error={refused.reason}")
    return see(f"/conversations/{conversation_id}")


@router.post("/conversations/{conversation_id}/reply")
async def reply(
    console: ConsoleDep,
    session: FormSession,
    conversation_id: int,
    text: Annotated[str, Form()] = "",
) -> Response:
    return await _act(conversation_id, console.casework.reply(session.actor, conversation_id, text))


@router.post("/conversations/{conversation_id}/claim")
async def claim(console: ConsoleDep, session: FormSession, conversation_id: int) -> Response:
    return await _act(conversation_id, console.casework.claim(session.actor, conversation_id))


@router.post("/conversations/{conversation_id}/release")
async def release(console: ConsoleDep, session: FormSession, conversation_id: int) -> Response:
    return await _act(conversation_id, console.casework.release(session.actor, conversation_id))


@router.post("/conversations/{conversation_id}/assign")
async def assign(
    console: ConsoleDep,
    session: FormSession,
    conversation_id: int,
    caseworker: Annotated[int, Form()],
) -> Response:
    action = console.casework.assign(session.actor, conversation_id, caseworker)
    return await _act(conversation_id, action)


@router.post("/conversations/{conversation_id}/close")
async def close(console: ConsoleDep, session: FormSession, conversation_id: int) -> Response:
    return await _act(conversation_id, console.casework.close(session.actor, conversation_id))


@router.post("/conversations/{conversation_id}/reopen")
async def reopen(console: ConsoleDep, session: FormSession, conversation_id: int) -> Response:
    return await _act(conversation_id, console.casework.reopen(session.actor, conversation_id))


@router.post("/conversations/{conversation_id}/notes")
async def add_note(
    console: ConsoleDep,
    session: FormSession,
    conversation_id: int,
    text: Annotated[str, Form()] = "",
) -> Response:
    action = console.casework.add_note(session.actor, conversation_id, text)
    return await _act(conversation_id, action)
