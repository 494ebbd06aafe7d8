"""Serving the caseworkers' console inside Uli's process, beside the bot.

One process, one event loop: the console shares the database, the live changes and the
outbox with the bot, so a reply is queued and a young person's message shows up without any
broker in between. The desk's services are composed here (`desk_services`); the console
only serves them. uvicorn runs as a task; signals stay with the bot (aiogram's polling
handles SIGINT/SIGTERM, then this server is stopped in order).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import secrets
import socket
from collections.abc import AsyncIterator, Callable, Generator, Sequence

import uvicorn
from fastapi import APIRouter, FastAPI

from bot.core import Core
from bot.keys import session_secret
from bot.settings import Settings, SettingsError
from console.app import close_streams, create_app
from console.context import ConsoleOptions, DeskServices
from flows.appointments.booking import BookingView
from flows.appointments.desk import AppointmentDesk
from flows.delivery.live import Live
from flows.delivery.media import MediaSource
from flows.delivery.outbox import OutboxSender
from flows.delivery.saying import Voice
from flows.desk.access_log import AccessLog
from flows.desk.accounts import Accounts
from flows.desk.casework import Casework
from flows.desk.inbound_report import InboundReports
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.texts import Texts
from storage import Database, utc_now

log = logging.getLogger(__name__)


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        # Uli's process handles the signals itself; uvicorn must not take them over.
        yield


def desk_services(
    database: Database,
    texts: Texts,
    catalogue: Catalogue,
    live: Live,
    outbox: OutboxSender | None = None,
    *,
    secret: bytes | None = None,
    session_lifetime: dt.timedelta = dt.timedelta(hours=12),
    clock: Callable[[], dt.datetime] = utc_now,
) -> DeskServices:
    """The desk's services over one database, for the console.

    `outbox` is woken when a caseworker replies (or books or cancels an appointment);
    `secret` signs the session tokens (None: a random one, so sessions end with the process).
    """
    accounts = Accounts(
        database,
        [cp.id for cp in catalogue.contact_points],
        secret or secrets.token_bytes(32),
        clock,
        session_lifetime,
    )
    # Without an outbox in this process, what caseworkers say is queued for the sender of
    # another process (several processes on one PostgreSQL).
    voice = Voice.of(outbox, live, elsewhere=True)
    return DeskServices(
        texts=texts,
        catalogue=catalogue,
        live=live,
        accounts=accounts,
        casework=Casework(database, texts, voice, clock),
        access_log=AccessLog(database, clock),
        appointments=AppointmentDesk(database, catalogue, BookingView(texts), voice, clock),
        inbound=InboundReports(database),
    )


def console_app(
    settings: Settings,
    parts: Core,
    media: MediaSource | None,
    routers: Sequence[APIRouter] = (),
) -> FastAPI:
    desk = desk_services(
        parts.database,
        parts.texts,
        parts.catalogue,
        parts.live,
        parts.outbox,
        secret=session_secret(settings, parts.database.url),  # a restart logs nobody out
        session_lifetime=dt.timedelta(hours=settings.console_session_hours),
    )
    app = create_app(
        desk=desk,
        media_source=media,
        options=ConsoleOptions(secure_cookies=settings.console_secure_cookies),
    )
    for router in routers:  # e.g. Telegram's webhook endpoint
        app.include_router(router)
    return app


class ConsoleServer:
    def __init__(self, app: FastAPI, host: str, port: int) -> None:
        self.app, self.host, self.port = app, host, port
        config = uvicorn.Config(
            app,
            lifespan="off",
            log_config=None,  # Uli's logging, as configured by the `uli` command
            access_log=False,
            # Client addresses (for the login limit) are the peers', not from headers.
            proxy_headers=False,
            timeout_graceful_shutdown=5,
        )
        self._server = _Server(config)
        self._task: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        """Listen now (a taken port is a SettingsError at once), then serve in a task."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        try:
            sock = socket.create_server((self.host, self.port), family=family)
        except OSError as error:
            raise SettingsError(
                f"cannot serve the console on {self.host}:{self.port}: {error.strerror}; "
                "set ULI_CONSOLE_PORT to a free port (or ULI_CONSOLE_HOST to another address)"
            ) from None
        # Without TCP_NODELAY (inherited by every accepted connection), a browser's second
        # request on a kept-alive connection waits ~40 ms for Nagle and a delayed ACK.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.port = sock.getsockname()[1]  # the real one when 0 was asked for
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]))
        while not self._server.started:
            if self._task.done():
                self._task.result()
                raise SettingsError(f"the console did not start on {self.url}")
            await asyncio.sleep(0.01)
        log.info("console at %s", self.url)

    async def stop(self) -> None:
        close_streams(self.app)  # open browsers' event streams end, so nothing holds shut-down
        self._server.should_exit = True
        if self._task is not None:
            await self._task


@contextlib.asynccontextmanager
async def serve_console(
    settings: Settings,
    parts: Core,
    media: MediaSource | None = None,
    routers: Sequence[APIRouter] = (),
) -> AsyncIterator[ConsoleServer]:
    server = ConsoleServer(
        console_app(settings, parts, media, routers), settings.console_host, settings.console_port
    )
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
