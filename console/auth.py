"""Who is asking: the session cookie, and the CSRF token every state-changing request carries.

The session cookie is HttpOnly (no script can read it) and SameSite=Lax (other sites'
forms do not carry it on POST); CSRF tokens close the remaining gaps. Forms send the token
as a hidden field `csrf`, scripts and API clients as the header `X-CSRF-Token`. Before
login there is no session, so the login form uses a double-submit cookie instead.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import Depends, Form, Header, HTTPException, Request, Response

from console.context import ConsoleDep
from flows.desk.accounts import Login, Session

SESSION_COOKIE = "uli_session"
LOGIN_CSRF_COOKIE = "uli_login_csrf"
CSRF_HEADER = "X-CSRF-Token"


class LoginRequired(Exception):
    """A page was asked for without a valid session: the app answers with the login page."""


class CsrfRejected(HTTPException):
    def __init__(self, how: str) -> None:
        super().__init__(403, f"CSRF token missing or wrong: {how}")


def client_ip(request: Request) -> str:
    # The peer's address. Behind a reverse proxy every caseworker shares the proxy's address
    # (the per-IP limit is generous for that reason); forwarded headers are not trusted.
    return request.client.host if request.client else "unknown"


async def optional_session(request: Request, console: ConsoleDep) -> Session | None:
    token = request.cookies.get(SESSION_COOKIE, "")
    return await console.accounts.session(token) if token else None


OptionalSession = Annotated[Session | None, Depends(optional_session)]


async def page_session(session: OptionalSession) -> Session:
    if session is None:
        raise LoginRequired
    return session


async def api_session(session: OptionalSession) -> Session:
    if session is None:
        raise HTTPException(401, "not logged in (POST /api/login first)")
    return session


PageSession = Annotated[Session, Depends(page_session)]
ApiSession = Annotated[Session, Depends(api_session)]


def same_token(given: str | None, expected: str | None) -> bool:
    return bool(given and expected) and hmac.compare_digest(str(given), str(expected))


async def form_csrf(session: PageSession, csrf: Annotated[str, Form()] = "") -> Session:
    """A page's form POST: the session, if the form carries its CSRF token."""
    if not same_token(csrf, session.csrf_token):
        raise CsrfRejected("reload the page and try again")
    return session


async def header_csrf(
    session: ApiSession,
    x_csrf_token: Annotated[str | None, Header(alias=CSRF_HEADER)] = None,
) -> Session:
    """An API call or a script's POST: the session, if it sends the CSRF header."""
    if not same_token(x_csrf_token, session.csrf_token):
        raise CsrfRejected(f"send the {CSRF_HEADER} header")
    return session


FormSession = Annotated[Session, Depends(form_csrf)]
HeaderSession = Annotated[Session, Depends(header_csrf)]


def login_token(request: Request) -> str:
    """The login form's CSRF token: the one in the browser's cookie, or a new one."""
    return request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)


def set_login_cookie(response: Response, token: str, secure: bool) -> None:
    """The same token as a cookie (double submit): another site can set neither."""
    response.set_cookie(
        LOGIN_CSRF_COOKIE, token, httponly=True, samesite="lax", secure=secure, path="/"
    )


def set_session_cookie(response: Response, login: Login, secure: bool) -> None:
    # No max-age: the cookie goes when the browser closes (shared office computers); the
    # server ends the session at its expiry in any case.
    response.set_cookie(
        SESSION_COOKIE,
        login.token,
        httponly=True,
        samesite="lax",
        secure=secure,
        path="/",
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")


def clear_session_cookie(response: Response, secure: bool) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=secure)
