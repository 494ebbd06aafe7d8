"""What every request handler of the console needs: the desk's services (composed by `bot/`,
never built here) and the console's own settings and templates, put together by `create_app`."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from jinja2 import Environment

from flows.appointments.desk import AppointmentDesk
from flows.delivery.live import Live
from flows.delivery.media import MediaSource
from flows.desk.access_log import AccessLog
from flows.desk.accounts import Accounts
from flows.desk.casework import Casework
from flows.desk.inbound_report import InboundReports
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.texts import Texts


@dataclass(frozen=True)
class ConsoleOptions:
    secure_cookies: bool = False
    """Send cookies only over HTTPS: set it when the console is served behind TLS."""


@dataclass(frozen=True)
class DeskServices:
    """The core's services the console works with, each holding the database; `bot/` builds
    them (bot/console_server.py `desk_services`), so that the console only serves them."""

    texts: Texts
    catalogue: Catalogue
    live: Live
    accounts: Accounts
    casework: Casework
    access_log: AccessLog
    """Who read or did what: admins read it (console/access_log.py)."""
    appointments: AppointmentDesk
    """The places' appointment lists, and booking for a conversation's young person."""
    inbound: InboundReports
    """What waits in the inbound queue and what was kept aside: admins see it."""


@dataclass
class Console:
    accounts: Accounts
    casework: Casework
    texts: Texts
    catalogue: Catalogue
    live: Live
    media: MediaSource | None
    clock: Callable[[], dt.datetime]
    options: ConsoleOptions
    templates: Environment
    access_log: AccessLog
    """Who read or did what: admins read it (console/access_log.py)."""
    appointments: AppointmentDesk
    """The places' appointment lists, and booking for a conversation's young person."""
    inbound: InboundReports
    """What waits in the inbound queue and what was kept aside: admins see it."""
    closing: asyncio.Event = field(default_factory=asyncio.Event)
    """Set when the server stops, so open event streams end and shut-down need not wait."""

    def contact_point_name(self, cp_id: str | None, lang: str) -> str:
        cp = self.catalogue.contact_point(cp_id or "")
        return cp.name.get(lang) if cp else (cp_id or "–")


def get_console(request: Request) -> Console:
    console: Console = request.app.state.console
    return console


ConsoleDep = Annotated[Console, Depends(get_console)]
