"""Logging in, sessions, CSRF and the login limit, as a caseworker (or an attacker) meets them."""

from __future__ import annotations

import httpx

from flows.desk.accounts import FAILURES_PER_EMAIL, FAILURES_PER_IP
from tests.console.conftest import (
    KIM,
    PASSWORD,
    Agent,
    ConsoleUnderTest,
    add_caseworker,
    csrf_of,
    handed_over,
)


async def test_pages_need_a_login(console: ConsoleUnderTest) -> None:
    agent = console.agent()
    async with agent.client:
        response = await agent.client.get("/inbox?tab=mine")
        assert response.status_code == 303
        assert response.headers["location"] == "/login?next=%2Finbox%3Ftab%3Dmine"
        assert (await agent.client.get("/api/inbox")).status_code == 401
        assert (await agent.client.get("/events")).status_code == 401


async def test_the_session_cookie_is_httponly_and_samesite(console: ConsoleUnderTest) -> None:
    async with console.new_agent("a@example.org", "A") as agent:
        response = await agent.log_in("a@example.org")
        cookie = response.headers["set-cookie"]
        assert "uli_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
        assert "Secure" not in cookie  # secure_cookies is off in this console
        assert response.headers["location"] == "/inbox"


async def test_passwords_are_stored_as_argon2_hashes(console: ConsoleUnderTest) -> None:
    caseworker = await add_caseworker(
        console.database, console.catalogue, "b@example.org", "B", [KIM]
    )
    assert caseworker.password_hash.startswith("$argon2id$")
    assert PASSWORD not in caseworker.password_hash


async def test_wrong_password_and_unknown_email_get_the_same_answer(
    console: ConsoleUnderTest,
) -> None:
    async with console.new_agent("c@example.org", "C") as agent:
        wrong = await agent.log_in("c@example.org", "not-the-password")
        unknown = await agent.log_in("nobody@example.org", "not-the-password")
        assert wrong.status_code == unknown.status_code == 401
        assert "E-Mail oder Passwort stimmt nicht." in wrong.text
        assert "E-Mail oder Passwort stimmt nicht." in unknown.text


async def test_a_form_without_the_csrf_token_is_rejected(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    conversation = await handed_over(console.database, KIM, chat="801")
    url = f"/conversations/{conversation}/reply"
    for fields in ({"text": "hallo"}, {"text": "hallo", "csrf": "forged"}):
        response = await aylin.client.post(url, data=fields)
        assert response.status_code == 403
        assert "Bitte lade sie neu" in response.text
    # A cross-site login (login CSRF) fails as well: no matching cookie.
    stranger = console.agent()
    async with stranger.client:
        response = await stranger.client.post(
            "/login", data={"email": "aylin@example.org", "password": PASSWORD, "csrf": "x"}
        )
        assert response.status_code == 403 and "uli_session" not in response.headers.get(
            "set-cookie", ""
        )
    record = (await aylin.client.get(f"/api/conversations/{conversation}")).json()
    assert [m["sender"] for m in record["messages"]] == ["young_person"], "nothing was sent"
    assert (await aylin.post(url, text="hallo")).status_code == 303


async def test_api_posts_need_the_csrf_header(console: ConsoleUnderTest, aylin: Agent) -> None:
    conversation = await handed_over(console.database, KIM, chat="802")
    url = f"/api/conversations/{conversation}/claim"
    assert (await aylin.client.post(url)).status_code == 403
    assert (await aylin.client.post(url, headers={"X-CSRF-Token": "forged"})).status_code == 403
    claimed = await aylin.client.post(url, headers={"X-CSRF-Token": aylin.csrf})
    assert claimed.status_code == 200 and claimed.json()["assignee"] == "Aylin K."


async def test_the_api_login_returns_the_csrf_token(console: ConsoleUnderTest) -> None:
    async with console.new_agent("d@example.org", "D") as agent:
        bad = await agent.client.post(
            "/api/login", json={"email": "d@example.org", "password": "x"}
        )
        assert bad.status_code == 401
        response = await agent.client.post(
            "/api/login", json={"email": "D@example.org", "password": PASSWORD}
        )
        assert response.status_code == 200
        body = response.json()
        assert body["caseworker"]["contact_points"] == [KIM] and body["csrf_token"]
        # A form post (what another site could send) is not a JSON login.
        form = await agent.client.post(
            "/api/login", data={"email": "d@example.org", "password": PASSWORD}
        )
        assert form.status_code == 422
        me = await agent.client.get("/api/me")
        assert me.json()["email"] == "d@example.org"
        out = await agent.client.post("/api/logout", headers={"X-CSRF-Token": body["csrf_token"]})
        assert out.status_code == 204
        assert (await agent.client.get("/api/me")).status_code == 401


async def test_too_many_failed_logins_for_one_email_lock_it_for_a_while(
    console: ConsoleUnderTest,
) -> None:
    async with console.new_agent("e@example.org", "E") as agent:
        for _ in range(FAILURES_PER_EMAIL):
            assert (await agent.log_in("e@example.org", "guess-guess")).status_code == 401
        # Now even the right password waits.
        locked = await agent.log_in("e@example.org")
        assert locked.status_code == 429
        assert "Zu viele Fehlversuche" in locked.text and int(locked.headers["retry-after"]) > 0
        api = await agent.client.post(
            "/api/login", json={"email": "e@example.org", "password": PASSWORD}
        )
        assert api.status_code == 429 and "retry-after" in api.headers
        console.clock.advance(minutes=16)
        assert (await agent.log_in("e@example.org")).status_code == 303


async def test_one_address_trying_many_emails_is_limited_too(console: ConsoleUnderTest) -> None:
    async with console.new_agent("f@example.org", "F") as agent:
        for number in range(FAILURES_PER_IP):
            response = await agent.log_in(f"guess{number}@example.org", "guess-guess")
            assert response.status_code == 401
        assert (await agent.log_in("f@example.org")).status_code == 429
    # Someone at another address is not affected.
    transport = httpx.ASGITransport(app=console.app, client=("203.0.113.9", 40001))
    async with httpx.AsyncClient(transport=transport, base_url="http://console.test") as other:
        elsewhere = Agent(other)
        assert (await elsewhere.log_in("f@example.org")).status_code == 303


async def test_sessions_expire(console: ConsoleUnderTest, aylin: Agent) -> None:
    assert (await aylin.client.get("/inbox")).status_code == 200
    console.clock.advance(hours=11, minutes=59)
    assert (await aylin.client.get("/inbox")).status_code == 200
    console.clock.advance(minutes=2)
    assert (await aylin.client.get("/inbox")).status_code == 303
    assert (await aylin.client.get("/api/inbox")).status_code == 401


async def test_logging_out_ends_the_session(console: ConsoleUnderTest, aylin: Agent) -> None:
    stolen = dict(aylin.client.cookies)
    response = await aylin.post("/logout")
    assert response.status_code == 303 and response.headers["location"] == "/login"
    # The old cookie is worthless now, even if someone kept a copy.
    replay = console.agent()
    async with replay.client:
        replay.client.cookies.update(stolen)
        assert (await replay.client.get("/inbox")).status_code == 303


async def test_the_login_page_is_german_by_default_and_english_on_request(
    console: ConsoleUnderTest,
) -> None:
    agent = console.agent()
    async with agent.client:
        page = await agent.client.get("/login")
        assert "Anmelden" in page.text and 'lang="de"' in page.text
        switched = await agent.client.post(
            "/language", data={"lang": "en", "next": "/login", "csrf": csrf_of(page.text)}
        )
        assert switched.status_code == 303
        page = await agent.client.get("/login")
        assert "Log in" in page.text and 'lang="en"' in page.text
        await agent.client.post(
            "/language", data={"lang": "ar", "next": "/login", "csrf": csrf_of(page.text)}
        )
        page = await agent.client.get("/login")
        assert 'dir="rtl"' in page.text


async def test_pages_forbid_inline_scripts_and_framing(aylin: Agent) -> None:
    response = await aylin.client.get("/inbox")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "no-store"
