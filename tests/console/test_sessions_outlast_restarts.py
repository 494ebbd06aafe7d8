"""A restart logs nobody out, without any extra setting: `uli run` as a real process, a
caseworker logged in to its console, the process stopped and started again, and the same
session cookie still opens the inbox.

On SQLite the secret that signs the sessions is kept in a file beside the database
(`uli.session-secret`, mode 0600, made on the first start); on PostgreSQL it is derived from
ULI_DATA_KEY, which every process on that database has.
"""

from __future__ import annotations

import stat
from pathlib import Path

import httpx

from storage import TextCipher
from tests.bot.test_cli import uli
from tests.conftest_db import postgres_schema, sqlite_url
from tests.console.conftest import PASSWORD, Agent
from tests.e2e.processes import UliProcess, start_and_wait
from tests.telegram import FakeTelegram

EMAIL = "chef@example.org"


def add_admin(env: dict[str, str], folder: Path) -> None:
    """`uli user add`, as the coordinator types it beside the running Uli."""
    done = uli(
        "user", "add", "--email", EMAIL, "--name", "Chef", "--role", "admin",
        "--password-stdin", env=env, stdin=PASSWORD + "\n", cwd=folder,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if not path.name.startswith("uli.db"))


def private_secret(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600 and len(path.read_text().strip()) >= 32


def console_url(process: UliProcess) -> str:
    return f"http://127.0.0.1:{process.env['ULI_CONSOLE_PORT']}"


async def logged_in_across_a_restart(process: UliProcess, user_env: dict[str, str]) -> None:
    await start_and_wait(process)
    try:
        add_admin(user_env, process.log.parent)
        async with httpx.AsyncClient(base_url=console_url(process)) as client:
            agent = Agent(client)
            assert (await agent.log_in(EMAIL)).status_code == 303
            cookie = client.cookies["uli_session"]
            assert (await client.get("/inbox")).status_code == 200
            assert await process.stop() == 0

            process.telegram.api.polling_started.clear()
            await start_and_wait(process)
            assert client.cookies["uli_session"] == cookie
            inbox = await client.get("/inbox")
            assert inbox.status_code == 200, "the session outlasted the restart"
            assert 'name="password"' not in inbox.text, "not the login page"
            # The page's form token still works too: a logged-in POST goes through.
            left = await agent.post("/logout")
            assert left.status_code == 303
            after = await client.get("/inbox")
            assert after.status_code == 303 and after.headers["location"].startswith("/login")
    finally:
        await process.stop()


async def test_on_sqlite_the_secret_is_a_file_beside_the_database(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    async with FakeTelegram() as telegram:
        process = UliProcess(telegram, url, "", tmp_path / "uli.log", "uli-office")
        del process.env["ULI_DATA_KEY"]  # the embedded default: the key file, too
        await logged_in_across_a_restart(process, {"DATABASE_URL": url})
    assert private_secret(tmp_path / "uli.session-secret")
    assert files_in(tmp_path) == ["uli.key", "uli.log", "uli.session-secret"]
    first = process.output().splitlines()[0]
    assert first == f"uli: database: SQLite file {tmp_path / 'uli.db'} (not there yet)"


async def test_on_postgresql_the_secret_comes_from_the_data_key(tmp_path: Path) -> None:
    key = TextCipher.new_key()
    async with postgres_schema() as url, FakeTelegram() as telegram:
        process = UliProcess(telegram, url, key, tmp_path / "uli.log", "uli-office")
        await logged_in_across_a_restart(process, {"DATABASE_URL": url, "ULI_DATA_KEY": key})
    assert files_in(tmp_path) == ["uli.log"], "no file needed"
    first = process.output().splitlines()[0]
    assert first.startswith("uli: database: PostgreSQL database test on 127.0.0.1:5432 as ")
