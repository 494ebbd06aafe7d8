"""The login limit holds against guesses sent all at once, on SQLite and PostgreSQL.

Every attempt is counted before its password is checked: guesses beyond the limit are
refused (429) without being checked, even while the first ones are still being checked, and
the right password among them does not log in.
"""

from __future__ import annotations

import asyncio

import httpx

from flows.desk.accounts import FAILURES_PER_EMAIL, FAILURES_PER_IP
from tests.console.conftest import PASSWORD, ConsoleUnderTest, csrf_of

GUESSES = 100


async def _attempt(client: httpx.AsyncClient, csrf: str, password: str) -> int:
    response = await client.post(
        "/login", data={"email": "e@example.org", "password": password, "csrf": csrf}
    )
    return response.status_code


async def test_a_hundred_guesses_at_once_are_checked_at_most_up_to_the_limit(
    console: ConsoleUnderTest,
) -> None:
    async with console.new_agent("e@example.org", "E") as agent:
        csrf = csrf_of((await agent.client.get("/login")).text)
        passwords = [f"guess-number-{n}" for n in range(GUESSES - 1)] + [PASSWORD]
        statuses = await asyncio.gather(
            *(_attempt(agent.client, csrf, password) for password in passwords)
        )
        checked = [status for status in statuses if status != 429]
        assert len(checked) <= FAILURES_PER_EMAIL, f"{len(checked)} guesses were checked"
        assert set(checked) <= {401}, statuses
        assert statuses[-1] == 429, "the right password after the limit does not log in"
        assert (await agent.client.get("/inbox")).status_code == 303, "nobody is logged in"
        # Once the window has passed, the owner logs in as usual.
        console.clock.advance(minutes=16)
        assert (await agent.log_in("e@example.org")).status_code == 303


async def test_parallel_guesses_at_other_emails_meet_the_address_limit_too(
    console: ConsoleUnderTest,
) -> None:
    """Many emails from one address: at most the address's limit is checked in all."""
    async with console.new_agent("f@example.org", "F") as agent:
        csrf = csrf_of((await agent.client.get("/login")).text)

        async def guess(number: int) -> int:
            response = await agent.client.post(
                "/login",
                data={"email": f"g{number}@example.org", "password": "guess-it", "csrf": csrf},
            )
            return response.status_code

        statuses = await asyncio.gather(*(guess(n) for n in range(GUESSES)))
        assert statuses.count(401) <= FAILURES_PER_IP
        assert statuses.count(401) + statuses.count(429) == GUESSES
        assert (await agent.log_in("f@example.org")).status_code == 429
