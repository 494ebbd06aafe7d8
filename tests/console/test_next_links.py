"""Where the console sends a caseworker after logging in or cancelling: only pages of the
console itself, whatever a crafted link puts into `next`.

Browsers drop tabs and line breaks inside a URL and read a backslash as a slash, so
"/<tab>/evil.example" or "/\\evil.example" in a link lead to another host.
"""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from console.auth import CSRF_HEADER
from tests.console.conftest import (
    KIM,
    Agent,
    ConsoleUnderTest,
    add_caseworker,
    handed_over,
)

WEDNESDAY_NINE = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)  # 09:00 in Berlin
# As a link would carry them (percent-encoded in the query) and as a form would post them.
CRAFTED = [
    "/%09/evil.example",
    "/%0A/evil.example",
    "/%0D%0A/evil.example",
    "//evil.example",
    "/%2F/evil.example",
    "/%5Cevil.example",
    "/%5C%5Cevil.example",
    "/%255C/evil.example",
    "/%2509/evil.example",
    "https://evil.example",
    "https:evil.example",
    "javascript:alert(1)",
    "evil.example",
]
_LINKS = re.compile(r'(?:href|action)="([^"]*)"|name="next" value="([^"]*)"')


def off_site(page: str) -> list[str]:
    """The page's links and return addresses that a browser would not keep on this site:
    not a path, a second slash or a backslash at the start, or characters browsers drop."""
    found = []
    for match in _LINKS.finditer(page):
        target = html.unescape(match.group(1) or match.group(2) or "")
        if (
            not target.startswith("/")
            or target[1:2] in ("/", "\\")
            or "\\" in target
            or not target.isprintable()
        ):
            found.append(target)
    return found


CRAFTED_FORM = ["/\t/evil.example", "/\n/evil.example", "/\\evil.example", "/ \t/evil.example"]


@pytest.fixture
async def visitor(console: ConsoleUnderTest) -> Agent:
    await add_caseworker(console.database, console.catalogue, "a@example.org", "A", [KIM])
    return console.agent()


@pytest.mark.parametrize("crafted", CRAFTED)
async def test_a_crafted_login_link_lands_in_the_inbox(
    console: ConsoleUnderTest, visitor: Agent, crafted: str
) -> None:
    async with visitor.client:
        page = await visitor.client.get(f"/login?next={crafted}")
        assert '<input type="hidden" name="next" value="/inbox">' in page.text
        assert off_site(page.text) == []
        response = await visitor.log_in("a@example.org")
        assert response.headers["location"] == "/inbox"


@pytest.mark.parametrize("crafted", CRAFTED_FORM)
async def test_a_crafted_next_in_the_login_form_lands_in_the_inbox(
    console: ConsoleUnderTest, visitor: Agent, crafted: str
) -> None:
    async with visitor.client:
        response = await visitor.log_in("a@example.org", next=crafted)
        assert response.status_code == 303 and response.headers["location"] == "/inbox"


async def test_a_path_of_the_console_is_kept(console: ConsoleUnderTest, visitor: Agent) -> None:
    wanted = "/appointments?place=kim%2Fdiz&day=2026-11-25&view=week"
    async with visitor.client:
        await visitor.client.get("/login", params={"next": wanted})
        response = await visitor.log_in("a@example.org", next=wanted)
        assert response.headers["location"] == wanted


async def _appointment(console: ConsoleUnderTest, aylin: Agent) -> int:
    conversation = await handed_over(console.database, KIM, chat="8801")
    booked = await aylin.client.post(
        f"/api/conversations/{conversation}/appointments",
        json={"place": "kim/diz", "starts_at": WEDNESDAY_NINE.isoformat()},
        headers={CSRF_HEADER: aylin.csrf},
    )
    assert booked.status_code == 201, booked.text
    return int(booked.json()["id"])


async def test_the_cancel_page_never_links_off_site(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    appointment = await _appointment(console, aylin)
    for crafted in CRAFTED:
        page = await aylin.client.get(f"/appointments/{appointment}/cancel?next={crafted}")
        assert page.status_code == 200, crafted
        assert off_site(page.text) == [], crafted
        assert 'href="/appointments"' in page.text and 'name="next" value="/appointments"' in (
            page.text
        )
    # A link from the console's own lists still leads back there.
    back = "/appointments?place=kim%2Fdiz&day=2026-11-25&view=day"
    page = await aylin.client.get(f"/appointments/{appointment}/cancel", params={"next": back})
    assert f'href="{back.replace("&", "&amp;")}"' in page.text


async def test_cancelling_with_a_crafted_next_returns_to_the_list(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    appointment = await _appointment(console, aylin)
    response = await aylin.post(f"/appointments/{appointment}/cancel", next="/\t/evil.example")
    assert response.status_code == 303 and response.headers["location"] == "/appointments"
