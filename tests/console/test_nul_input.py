"""A NUL character (U+0000) anywhere in the console's input is refused with a clear 400 and
changes nothing, on SQLite and on PostgreSQL (whose text types cannot hold it): never a 500.

Every state-changing request of tests/console/test_csrf_everywhere.py is sent with its token
and a NUL in each of its fields in turn, and once with one in the query string.
"""

from __future__ import annotations

import pytest

from console.auth import CSRF_HEADER
from tests.console import test_csrf_everywhere as csrf_everywhere
from tests.console.conftest import (
    PASSWORD,
    ConsoleUnderTest,
    csrf_of,
)
from tests.console.test_csrf_everywhere import REQUESTS, Call, Scene, everything

# The scenario of the CSRF tests: an admin with a conversation, a closed one, an appointment.
scene = csrf_everywhere.scene

NUL = "\x00"
SAYS = "unsichtbares Steuerzeichen (NUL)"


def with_nul(call: Call) -> list[tuple[str, Call]]:
    """The call with a NUL in each of its fields in turn, and one in its query string."""
    variants = [("query", Call(call.url + "?next=%00", call.form, call.json))]
    for name, value in call.form.items():
        spoilt = [v + NUL for v in value] if isinstance(value, list) else value + NUL
        variants.append((name, Call(call.url, {**call.form, name: spoilt})))
    for name, value in (call.json or {}).items():
        if isinstance(value, str):
            variants.append((name, Call(call.url, json={**(call.json or {}), name: value + NUL})))
    return variants


@pytest.mark.parametrize("route", sorted(REQUESTS), ids=lambda r: f"{r[0]} {r[1]}")
async def test_a_nul_in_any_field_is_a_clear_400_and_changes_nothing(
    console: ConsoleUnderTest, scene: Scene, route: tuple[str, str]
) -> None:
    before = await everything(console.database)
    client = scene.agent.client
    for field, call in with_nul(REQUESTS[route]):
        url = scene.url(call)
        async with console.live.subscribe() as changes:
            if call.api:
                response = await client.post(
                    url, json=call.json, headers={CSRF_HEADER: scene.agent.csrf}
                )
            else:
                response = await client.post(
                    url, data={**scene.form(call), "csrf": scene.agent.csrf}
                )
        assert response.status_code == 400, (route, field, response.status_code)
        if call.api:
            assert "NUL" in response.json()["detail"]
        else:
            assert SAYS in response.text, "the page says why, in the caseworker's words"
        assert changes.empty()
        assert await everything(console.database) == before, (route, field)


async def test_logging_in_with_a_nul_is_a_clear_400(console: ConsoleUnderTest) -> None:
    async with console.new_agent("chef@example.org", "Chef") as agent:
        before = await everything(console.database)
        for email, password in (
            ("chef@example.org" + NUL, PASSWORD),
            (NUL, PASSWORD),
            ("chef@example.org", PASSWORD + NUL),
        ):
            page = await agent.client.get("/login")
            form = {"email": email, "password": password, "csrf": csrf_of(page.text)}
            response = await agent.client.post("/login", data=form)
            assert response.status_code == 400 and SAYS in response.text
            api = await agent.client.post("/api/login", json={"email": email, "password": password})
            assert api.status_code == 400 and "NUL" in api.json()["detail"]
            assert "set-cookie" not in api.headers
        assert await everything(console.database) == before, "not even a failed attempt"
        # The form still works afterwards.
        assert (await agent.log_in("chef@example.org")).status_code == 303


@pytest.mark.parametrize(
    "url",
    [
        "/inbox?tab=waiting%00",
        "/appointments?place=kim%2Fdiz%00",
        "/admin/users?error=email%00",
        "/api/inbox?tab=%00",
        "/api/appointments?place=kim/diz%00&day=2026-11-25",
    ],
)
async def test_a_nul_in_a_query_is_a_clear_400(scene: Scene, url: str) -> None:
    response = await scene.agent.client.get(url)
    assert response.status_code == 400
    if url.startswith("/api/"):
        assert "NUL" in response.json()["detail"]
    else:
        assert SAYS in response.text


async def test_an_escaped_backslash_before_u0000_is_ordinary_text(scene: Scene) -> None:
    """A note about "\\u0000" (a backslash, then u0000) is text like any other."""
    client, names = scene.agent.client, scene.names
    response = await client.post(
        f"/api/conversations/{names['conversation']}/notes",
        content='{"text": "Tippfehler \\\\u0000 im Formular"}',
        headers={CSRF_HEADER: scene.agent.csrf, "Content-Type": "application/json"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["text"] == "Tippfehler \\u0000 im Formular"
