"""Every route that changes something refuses a logged-in caseworker's request without the
CSRF token (403) and changes nothing: no row, no cookie, no live news.

The routes are enumerated from the app itself, so a new POST/PUT/PATCH/DELETE route fails
`test_every_state_changing_route_is_known` until it is added to REQUESTS below (and so
checked here) or, with a reason, to EXEMPT. Forms carry the token as the field `csrf`, the
JSON API as the header `X-CSRF-Token` (console/auth.py). Each request is also sent once with
the token, to show it is a real action that does change something: the refusal is the
token's doing, not a malformed request's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from starlette.routing import Mount

from console.auth import CSRF_HEADER, SESSION_COOKIE
from console.webhook import SECRET_HEADER, WEBHOOK_PATH, webhook_router
from storage import ConversationStatus, Database
from tests.console.conftest import (
    KIM,
    PASSWORD,
    Agent,
    ConsoleUnderTest,
    add_caseworker,
    csrf_of,
    handed_over,
)

UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
WEBHOOK_SECRET = "webhook-secret-for-the-test"
TUESDAY_NOON = dt.datetime(2026, 11, 24, 11, 0, tzinfo=dt.UTC)  # 12:00 in Berlin, today
WEDNESDAY_NINE = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
WEDNESDAY_TEN = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)

CSRF_TEXT = "Die Seite war zu lange offen. Bitte lade sie neu"
# Routes that change something without the session's CSRF token, each with its own guard.
EXEMPT: dict[tuple[str, str], str] = {
    ("POST", "/login"): "no session yet: a double-submit login CSRF cookie",
    ("POST", "/api/login"): "JSON only, which no form on another site can send",
    ("POST", WEBHOOK_PATH): "Telegram's secret header, compared in constant time",
}
# Only static files are mounted: a mounted app could bring routes this test cannot see.
MOUNTS = {"/static", "/docs-assets"}


@dataclass(frozen=True)
class Call:
    """One state-changing request as a client would send it. `url` may name the scenario's
    {conversation}, {closed} (a closed conversation), {appointment} and {colleague}."""

    url: str
    form: dict[str, str | list[str]] = field(default_factory=dict)
    json: dict[str, Any] | None = None

    @property
    def api(self) -> bool:
        return self.url.startswith("/api/")


REQUESTS: dict[tuple[str, str], Call] = {
    # -- the pages' forms: the token is the field `csrf`
    ("POST", "/logout"): Call("/logout"),
    ("POST", "/language"): Call("/language", {"lang": "en", "next": "/inbox"}),
    ("POST", "/conversations/{conversation_id}/reply"): Call(
        "/conversations/{conversation}/reply", {"text": "Hallo, hier ist das Team."}
    ),
    ("POST", "/conversations/{conversation_id}/claim"): Call("/conversations/{conversation}/claim"),
    ("POST", "/conversations/{conversation_id}/release"): Call(
        "/conversations/{conversation}/release"
    ),
    ("POST", "/conversations/{conversation_id}/assign"): Call(
        "/conversations/{conversation}/assign", {"caseworker": "{colleague}"}
    ),
    ("POST", "/conversations/{conversation_id}/close"): Call("/conversations/{conversation}/close"),
    ("POST", "/conversations/{conversation_id}/reopen"): Call("/conversations/{closed}/reopen"),
    ("POST", "/conversations/{conversation_id}/notes"): Call(
        "/conversations/{conversation}/notes", {"text": "Rückruf morgen"}
    ),
    ("POST", "/conversations/{conversation_id}/appointments"): Call(
        "/conversations/{conversation}/appointments",
        {"slot": f"kim/diz@{WEDNESDAY_TEN.isoformat()}", "topic": "Wohnung"},
    ),
    ("POST", "/appointments/{appointment_id}/cancel"): Call(
        "/appointments/{appointment}/cancel", {"next": "/appointments"}
    ),
    ("POST", "/appointments/{appointment_id}/mark"): Call(
        "/appointments/{appointment}/mark", {"status": "attended", "next": "/appointments"}
    ),
    ("POST", "/admin/users"): Call(
        "/admin/users",
        {
            "name": "Neu",
            "email": "neu@example.org",
            "password": PASSWORD,
            "languages": "de",
            "contact_points": [KIM],
            "role": "caseworker",
            "active": "1",
        },
    ),
    ("POST", "/admin/users/{caseworker_id}"): Call(
        "/admin/users/{colleague}",
        {"name": "Umbenannt", "languages": "de,tr", "contact_points": [KIM], "active": "1"},
    ),
    # -- the JSON API: the token is the header X-CSRF-Token
    ("POST", "/api/logout"): Call("/api/logout"),
    ("POST", "/api/conversations/{conversation_id}/reply"): Call(
        "/api/conversations/{conversation}/reply", json={"text": "Hallo vom Team"}
    ),
    ("POST", "/api/conversations/{conversation_id}/claim"): Call(
        "/api/conversations/{conversation}/claim"
    ),
    ("POST", "/api/conversations/{conversation_id}/close"): Call(
        "/api/conversations/{conversation}/close"
    ),
    ("POST", "/api/conversations/{conversation_id}/notes"): Call(
        "/api/conversations/{conversation}/notes", json={"text": "Rückruf morgen"}
    ),
    ("POST", "/api/conversations/{conversation_id}/appointments"): Call(
        "/api/conversations/{conversation}/appointments",
        json={"place": "kim/diz", "starts_at": WEDNESDAY_NINE.isoformat(), "topic": ""},
    ),
    ("POST", "/api/appointments/{appointment_id}/cancel"): Call(
        "/api/appointments/{appointment}/cancel"
    ),
    ("POST", "/api/appointments/{appointment_id}/mark"): Call(
        "/api/appointments/{appointment}/mark", json={"status": "attended"}
    ),
}


def with_webhook(app: FastAPI) -> FastAPI:
    """The app as `uli run` serves it in webhook mode (bot/console_server.py)."""

    async def feed(update: dict[str, Any]) -> None:
        raise AssertionError(f"an update without the secret was fed: {update}")

    app.include_router(webhook_router(WEBHOOK_SECRET, feed))
    return app


def state_changing_routes(app: FastAPI) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for route in iter_route_contexts(app.routes):
        if isinstance(route.original_route, Mount):
            continue
        # A route without a method list answers every method (a class endpoint): all count.
        methods = UNSAFE if route.methods is None else set(route.methods) & UNSAFE
        found.update((method, route.path or "") for method in methods)
    return found


def test_every_state_changing_route_is_known(console: ConsoleUnderTest) -> None:
    routes = state_changing_routes(with_webhook(console.app))
    unknown = routes - set(REQUESTS) - set(EXEMPT)
    assert not unknown, (
        f"new state-changing routes {sorted(unknown)}: protect them with FormSession or "
        "HeaderSession (console/auth.py) and add a request for each to REQUESTS"
    )
    assert not (set(REQUESTS) | set(EXEMPT)) - routes, "listed routes that no longer exist"
    assert not set(REQUESTS) & set(EXEMPT)
    mounts = {
        route.path
        for route in iter_route_contexts(console.app.routes)
        if isinstance(route.original_route, Mount)
    }
    assert mounts == MOUNTS


# -- the scenario: an admin (so that no admin check answers 403 first) with everything to act on


@dataclass
class Scene:
    agent: Agent
    names: dict[str, str]

    def url(self, call: Call) -> str:
        return call.url.format(**self.names)

    def form(self, call: Call) -> dict[str, str | list[str]]:
        return {
            key: value.format(**self.names) if isinstance(value, str) else value
            for key, value in call.form.items()
        }


@pytest.fixture
async def scene(console: ConsoleUnderTest) -> AsyncIterator[Scene]:
    database = console.database
    await add_caseworker(
        database, console.catalogue, "chef@example.org", "Chef", [KIM], role="admin"
    )
    colleague = await add_caseworker(database, console.catalogue, "ida@example.org", "Ida", [KIM])
    conversation = await handed_over(database, KIM, chat="6001")
    closed = await handed_over(database, KIM, chat="6002")
    async with database.session() as repo:
        row = await repo.casework.conversation(closed, [KIM])
        assert row is not None
        row.status, row.closed_at = ConversationStatus.CLOSED.value, console.clock()
        await repo.save(row)
    agent = console.agent()
    async with agent.client:
        assert (await agent.log_in("chef@example.org")).status_code == 303
        booked = await agent.client.post(
            f"/api/conversations/{conversation}/appointments",
            json={"place": "kim/diz", "starts_at": TUESDAY_NOON.isoformat()},
            headers={CSRF_HEADER: agent.csrf},
        )
        assert booked.status_code == 201, booked.text
        names = {
            "conversation": str(conversation),
            "closed": str(closed),
            "appointment": str(booked.json()["id"]),
            "colleague": str(colleague.id),
        }
        yield Scene(agent, names)


async def everything(database: Database) -> dict[str, list[str]]:
    """Every row of every table, as stored (texts encrypted: rewriting one changes it)."""

    def read(connection: Connection) -> dict[str, list[str]]:
        return {
            table: sorted(
                repr(tuple(row)) for row in connection.execute(text(f'SELECT * FROM "{table}"'))
            )
            for table in inspect(connection).get_table_names()
        }

    async with database.engine.connect() as connection:
        return await connection.run_sync(read)


async def send(scene: Scene, call: Call, token: str | None) -> httpx.Response:
    client, url = scene.agent.client, scene.url(call)
    if call.api:
        headers = {CSRF_HEADER: token} if token is not None else {}
        return await client.post(url, json=call.json, headers=headers)
    form = scene.form(call) | ({"csrf": token} if token is not None else {})
    return await client.post(url, data=form)


@pytest.mark.parametrize("route", sorted(REQUESTS), ids=lambda r: f"{r[0]} {r[1]}")
async def test_without_the_token_it_is_refused_and_nothing_changes(
    console: ConsoleUnderTest, scene: Scene, route: tuple[str, str]
) -> None:
    call = REQUESTS[route]
    before = await everything(console.database)
    for token in (None, "", "a-token-from-another-session-or-site"):
        async with console.live.subscribe() as changes:
            refused = await send(scene, call, token)
        assert refused.status_code == 403, (route, token, refused.status_code)
        if call.api:
            assert refused.json()["detail"].startswith("CSRF token missing or wrong")
        else:
            assert CSRF_TEXT in refused.text, "the page says why, in the caseworker's words"
        assert "set-cookie" not in refused.headers, "a refused request sets no cookie"
        assert changes.empty(), "a refused request announces nothing"
        assert await everything(console.database) == before, f"{route} changed the database"

    # The same request with the token is a real action: it is accepted and changes something.
    accepted = await send(scene, call, scene.agent.csrf)
    assert accepted.status_code not in (401, 403, 404, 405, 422), (route, accepted.text)
    assert accepted.status_code < 500
    changed = await everything(console.database) != before
    assert changed or "set-cookie" in accepted.headers, f"{route} with its token did nothing"


# -- the exempt routes are guarded their own way ---------------------------------------------


async def test_the_login_form_needs_its_own_cookie_token(console: ConsoleUnderTest) -> None:
    async with console.new_agent("chef@example.org", "Chef") as agent:
        before = await everything(console.database)
        refused = await agent.client.post(
            "/login", data={"email": "chef@example.org", "password": PASSWORD}
        )
        assert refused.status_code == 403 and SESSION_COOKIE not in refused.headers.get(
            "set-cookie", ""
        )
        # Another site's token in the form does not match this browser's cookie either.
        page = await agent.client.get("/login")
        forged = await agent.client.post(
            "/login",
            data={
                "email": "chef@example.org",
                "password": PASSWORD,
                "csrf": "x" + csrf_of(page.text),
            },
        )
        assert forged.status_code == 403
        assert await everything(console.database) == before


async def test_the_api_login_takes_only_json(console: ConsoleUnderTest) -> None:
    async with console.new_agent("chef@example.org", "Chef") as agent:
        before = await everything(console.database)
        as_form = await agent.client.post(
            "/api/login", data={"email": "chef@example.org", "password": PASSWORD}
        )
        assert as_form.status_code == 422 and "set-cookie" not in as_form.headers
        assert await everything(console.database) == before
        as_json = await agent.client.post(
            "/api/login", json={"email": "chef@example.org", "password": PASSWORD}
        )
        assert as_json.status_code == 200


async def test_the_webhook_needs_telegrams_secret(console: ConsoleUnderTest) -> None:
    app = with_webhook(console.app)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://console.test") as client:
        update = {"update_id": 1, "message": {"text": "hallo"}}
        assert (await client.post(WEBHOOK_PATH, json=update)).status_code == 401
        wrong = {SECRET_HEADER: WEBHOOK_SECRET + "x"}
        assert (await client.post(WEBHOOK_PATH, json=update, headers=wrong)).status_code == 401
