"""Production settings keep the console's cookies on HTTPS, and easily guessed passwords are
refused for every account, whether made or changed in the console or with `uli user add`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import httpx
import pytest

from bot.console_server import console_app
from bot.core import Core
from bot.settings import Settings, SettingsError
from flows.delivery.live import Live
from flows.desk.accounts import Accounts, Profile
from flows.desk.actor import Refused
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.texts import Texts
from storage import Database
from tests.bot.test_cli import uli
from tests.console.conftest import (
    KIM,
    PASSWORD,
    T0,
    Agent,
    ConsoleUnderTest,
    add_caseworker,
    csrf_of,
)

PRODUCTION = {"ULI_ENV": "production"}
# (password, what the console says) for an account with the email mira@example.org
WEAK = [
    ("            ", "nur aus Leerzeichen"),
    ("aaaaaaaaaaaa", "immer dasselbe Zeichen"),
    ("1234567890", "eine Reihe wie 12345678"),
    ("87654321098", "eine Reihe wie 12345678"),
    ("abcdefghijkl", "eine Reihe wie 12345678"),
    ("4711081547110815", "nur aus Ziffern"),
    ("MIRA@example.org", "ist die E-Mail-Adresse"),
]


def test_production_makes_the_console_cookies_secure() -> None:
    assert Settings.from_env(PRODUCTION).console_secure_cookies
    assert Settings.from_env(
        {**PRODUCTION, "ULI_CONSOLE_SECURE_COOKIES": "1"}
    ).console_secure_cookies
    assert not Settings.from_env({}).console_secure_cookies  # development on http://127.0.0.1
    with pytest.raises(SettingsError, match="ULI_CONSOLE_SECURE_COOKIES") as error:
        Settings.from_env({**PRODUCTION, "ULI_CONSOLE_SECURE_COOKIES": "0"})
    assert "production" in str(error.value) and "HTTPS" in str(error.value)


async def test_in_production_every_console_cookie_is_secure(
    database: Database, catalogue: Catalogue, texts: Texts
) -> None:
    """The console as `uli run` builds it from ULI_ENV=production, behind its TLS proxy."""
    settings = Settings.from_env(PRODUCTION)
    parts = Core(catalogue, texts, database, cast(Any, None), None, Live())
    app = console_app(settings, parts, None)
    await add_caseworker(database, catalogue, "a@example.org", "A", [KIM])
    transport = httpx.ASGITransport(app=app, client=("198.51.100.7", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="https://console.test") as client:
        page = await client.get("/login")
        login_cookie = page.headers["set-cookie"]
        assert login_cookie.startswith("uli_login_csrf=") and "Secure" in login_cookie
        language = await client.post(
            "/language", data={"lang": "de", "next": "/login", "csrf": csrf_of(page.text)}
        )
        assert "Secure" in language.headers["set-cookie"]
        response = await client.post(
            "/login",
            data={"email": "a@example.org", "password": PASSWORD, "csrf": csrf_of(page.text)},
        )
        assert response.status_code == 303
        session = [c for c in response.headers.get_list("set-cookie") if "uli_session=" in c]
        assert session and all("Secure" in cookie for cookie in session)
        assert (await client.get("/inbox")).status_code == 200
        api = await client.post("/api/login", json={"email": "a@example.org", "password": PASSWORD})
        assert "Secure" in api.headers["set-cookie"]


@pytest.mark.parametrize(("password", "says"), WEAK, ids=[w[1] for w in WEAK])
async def test_an_admin_cannot_give_a_new_account_a_weak_password(
    console: ConsoleUnderTest, chef: Agent, password: str, says: str
) -> None:
    fields = {"name": "Mira", "email": "mira@example.org", "languages": "de", "active": "1"}
    refused = await chef.post("/admin/users", password=password, contact_points=KIM, **fields)
    assert refused.status_code == 303 and "?error=password-" in refused.headers["location"]
    page = await chef.client.get(refused.headers["location"])
    assert says in page.text
    assert "mira@example.org" not in page.text, "no account was made"
    created = await chef.post(
        "/admin/users", password="Mira's own 7 words", contact_points=KIM, **fields
    )
    assert created.headers["location"].startswith("/admin/users/")


async def test_a_weak_password_is_refused_when_changing_it_too(
    console: ConsoleUnderTest, chef: Agent
) -> None:
    mira = await add_caseworker(
        console.database, console.catalogue, "mira@example.org", "Mira", [KIM]
    )
    url = f"/admin/users/{mira.id}"
    fields = {"name": "Mira", "languages": "de", "contact_points": KIM, "active": "1"}
    for password, says in WEAK:
        refused = await chef.post(url, password=password, **fields)
        assert refused.headers["location"].startswith(f"{url}?error=password-"), password
        assert says in (await chef.client.get(refused.headers["location"])).text
    # The old password still works: nothing was changed.
    mira_agent = console.agent()
    async with mira_agent.client:
        assert (await mira_agent.log_in("mira@example.org")).status_code == 303


async def test_the_rules_hold_for_every_account_in_every_environment(database: Database) -> None:
    accounts = Accounts(database, [KIM], b"x" * 32, lambda: T0)
    profile = Profile(name="Mira", languages=["de"], contact_point_ids=[KIM])
    reasons = set()
    for password, _ in WEAK:
        with pytest.raises(Refused) as refused:
            await accounts.create("mira@example.org", password, profile)
        reasons.add(refused.value.reason)
    assert reasons == {
        "password-spaces",
        "password-repeated",
        "password-sequence",
        "password-digits",
        "password-email",
    }
    assert await accounts.all() == []


@pytest.mark.parametrize(
    ("password", "says"),
    [
        ("          ", "only spaces"),
        ("1111111111", "one character repeated"),
        ("12345678901", "a run like 12345678"),
        ("98765432109", "a run like 12345678"),
        ("2026112420261124", "only digits"),
        ("Chef@Example.org", "the email address"),
    ],
)
def test_uli_user_add_refuses_a_weak_password_in_one_line(
    tmp_path: Path, password: str, says: str
) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'uli.db'}"}
    result = uli(
        "user", "add", "--email", "chef@example.org", "--name", "Chef", "--password-stdin",
        env=env, stdin=password + "\n", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2 and says in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
