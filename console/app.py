"""FastAPI application factory for the caseworkers' console: pages, JSON API, live events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from console import (
    access_log,
    admin,
    api,
    appointments,
    appointments_api,
    deleted,
    events,
    inbound,
    media,
    pages,
)
from console.auth import LoginRequired
from console.clean_input import NUL_DETAIL, refuse_nul
from console.context import Console, ConsoleOptions, DeskServices
from console.render import environment, render, words
from flows.delivery.media import MediaSource
from flows.desk.actor import NotFound
from storage import utc_now

STATIC = Path(__file__).with_name("static")

# No inline scripts or styles, nothing from elsewhere: even markup that slipped through
# escaping could not run. (/docs is left out: its Swagger page starts with an inline script.)
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "media-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
_UNGUARDED = ("/docs", "/openapi.json")


def create_app(
    *,
    desk: DeskServices,
    media_source: MediaSource | None = None,
    options: ConsoleOptions | None = None,
    clock: Callable[[], dt.datetime] = utc_now,
) -> FastAPI:
    """The console on top of the desk's services, which `bot/` composes (see
    bot/console_server.py: `desk_services` builds them, `console_app` serves them).

    `media_source` opens photos and voice notes; `clock` is for tests that need sessions to
    expire (give the services the same one).
    """
    options = options or ConsoleOptions()
    # FastAPIOffline serves Swagger UI's files itself: /docs works without a CDN.
    app = FastAPIOffline(
        title="Uli console",
        description=(
            "The caseworkers' inbox: read handed-over conversations and reply; the places' "
            "appointments: book, cancel, mark attended or missed."
        ),
        docs_url="/docs",
        redoc_url=None,
        static_url="/docs-assets",
    )
    app.state.console = Console(
        accounts=desk.accounts,
        casework=desk.casework,
        texts=desk.texts,
        catalogue=desk.catalogue,
        live=desk.live,
        media=media_source,
        clock=clock,
        options=options,
        templates=environment(),
        access_log=desk.access_log,
        appointments=desk.appointments,
        inbound=desk.inbound,
    )
    routers = (pages.router, appointments.router, admin.router, access_log.router)
    apis = (api.router, appointments_api.router, events.router, inbound.router)
    for router in (*routers, *apis, media.router):
        app.include_router(router, dependencies=[Depends(refuse_nul)])
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _handle_errors(app)
    app.add_middleware(SecurityHeaders)

    @app.get("/healthz", include_in_schema=False)
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


def close_streams(app: FastAPI) -> None:
    """End the open event streams, so the server can stop without waiting for browsers."""
    console: Console = app.state.console
    console.closing.set()


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/events"


def _handle_errors(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, error: LoginRequired) -> Response:
        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(here, safe='')}", status_code=303)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound) -> Response:
        # A conversation the young person had deleted: say so (410), if it was one of the
        # caseworker's contact points'.
        return await deleted.gone(request) or _error_page(request, 404, "not found")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        return _error_page(request, error.status_code, error.detail, error.headers)


def _error_page(
    request: Request, status: int, detail: object, headers: Mapping[str, str] | None = None
) -> Response:
    if _is_api(request):
        return JSONResponse({"detail": detail}, status_code=status, headers=dict(headers or {}))
    console: Console = request.app.state.console
    t = words(request, console)
    if status == 403 and str(detail).startswith("CSRF"):
        heading, message = t("console-page-failed"), t("console-error-csrf")
    elif status == 400 and detail == NUL_DETAIL:
        heading, message = t("console-page-failed"), t("console-error-nul")
    elif status in (403, 404):
        key = "forbidden" if status == 403 else "not-found"
        heading, message = t(f"console-page-{key}"), t(f"console-page-{key}-text")
    else:
        heading, message = t("console-page-failed"), str(detail)
    page = render(
        request,
        console,
        "message.html",
        session=None,
        status=status,
        heading=heading,
        message=message,
    )
    for name, value in (headers or {}).items():
        page.headers[name] = value
    return page


class SecurityHeaders:
    """Pure ASGI (not BaseHTTPMiddleware), so event streams pass through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(_UNGUARDED):
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(_HEADERS)
                cached = any(name.lower() == b"cache-control" for name, _ in headers)
                if not cached and not scope["path"].startswith("/static/"):
                    # Personal data: never kept in a browser's or proxy's cache.
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
