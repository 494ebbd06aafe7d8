"""Which database a `uli` command opens: every command that opens one names it in its first
line, and `uli user` works only on a database Uli has made, never making one of its own (an
account in a second `uli.db` could never log in to the running console).

All of these run the real `uli` command in a process of its own, in temporary folders.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.keys import data_cipher
from bot.settings import Settings
from storage import Database, TextCipher
from tests.bot.test_cli import uli
from tests.conftest_db import postgres_schema

PASSWORD = "a-long-enough-password"
FIRST_LINE = "uli: database: "


async def made_by_uli(folder: Path, data_key: str | None = None) -> str:
    """A database in `folder`, as the first start of `uli run` leaves it (with the key file
    beside it unless `data_key` is given): its URL."""
    url = f"sqlite:///{folder / 'uli.db'}"
    settings = Settings(database_url=url, data_keys=(data_key,) if data_key else ())
    async with Database(url, cipher=data_cipher(settings)):
        pass
    return url


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def first_line(stderr: str) -> str:
    return stderr.splitlines()[0] if stderr else ""


def add_admin(folder: Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    done = uli(
        "user", "add", "--email", "chef@example.org", "--name", "Chef", "--role", "admin",
        "--password-stdin", env=env, stdin=PASSWORD + "\n", cwd=folder,
    )  # fmt: skip
    return done.returncode, done.stdout, done.stderr


def test_uli_user_in_a_folder_without_a_database_makes_none(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    listed = uli("user", "list", cwd=elsewhere)
    code, _, added = add_admin(elsewhere)
    for result_code, stderr in ((listed.returncode, listed.stderr), (code, added)):
        assert result_code == 2, stderr
        assert first_line(stderr) == (
            f"uli: database: SQLite file {elsewhere / 'uli.db'} (not there yet)"
        )
        error = stderr.splitlines()[1]
        assert error.startswith(f"uli: no database at {elsewhere / 'uli.db'}, and `uli user`")
        assert "DATABASE_URL" in error and "folder where `uli run` runs" in error
        assert "Traceback" not in stderr and stderr.count("\n") == 2
    assert files_in(elsewhere) == [], "no uli.db, no uli.key"


async def test_uli_user_from_another_folder_works_on_the_database_it_is_pointed_at(
    tmp_path: Path,
) -> None:
    home, other = tmp_path / "uli-home", tmp_path / "other"
    home.mkdir()
    other.mkdir()
    url = await made_by_uli(home)
    code, stdout, stderr = add_admin(other, env={"DATABASE_URL": url})
    assert code == 0, stderr
    assert first_line(stderr) == f"uli: database: SQLite file {home / 'uli.db'}"
    assert stdout.strip() == "added admin Chef <chef@example.org> (no contact point yet)"
    listed = uli("user", "list", cwd=home)  # the default ./uli.db, where Uli runs
    assert listed.returncode == 0, listed.stderr
    assert first_line(listed.stderr) == f"uli: database: SQLite file {home / 'uli.db'}"
    assert "chef@example.org\tChef\tadmin" in listed.stdout
    assert files_in(other) == []


def test_an_empty_file_is_not_taken_for_the_database(tmp_path: Path) -> None:
    (tmp_path / "uli.db").touch()
    listed = uli("user", "list", cwd=tmp_path)
    assert listed.returncode == 2
    assert f"the SQLite file {tmp_path / 'uli.db'} holds no Uli tables" in listed.stderr
    assert (tmp_path / "uli.db").stat().st_size == 0, "looked at, not changed"
    assert files_in(tmp_path) == ["uli.db"]


async def test_a_database_kept_with_uli_data_key_needs_that_key(tmp_path: Path) -> None:
    key = TextCipher.new_key()
    await made_by_uli(tmp_path, key)
    listed = uli("user", "list", cwd=tmp_path)
    assert listed.returncode == 2
    assert "no data key: ULI_DATA_KEY is not set" in listed.stderr
    assert not (tmp_path / "uli.key").exists(), "no key of its own"
    with_key = uli("user", "list", env={"ULI_DATA_KEY": key}, cwd=tmp_path)
    assert with_key.returncode == 0, with_key.stderr
    assert "no accounts yet" in with_key.stdout


async def test_an_empty_postgresql_database_is_refused_and_named_without_its_password(
    tmp_path: Path,
) -> None:
    key = TextCipher.new_key()
    async with postgres_schema() as url:
        env = {"DATABASE_URL": url, "ULI_DATA_KEY": key}
        password = str(make_url(url).password)
        listed = uli("user", "list", env=env, cwd=tmp_path)
        assert listed.returncode == 2
        line = first_line(listed.stderr)
        assert line.startswith("uli: database: PostgreSQL database test on 127.0.0.1:5432 as ")
        assert "holds no Uli tables" in listed.stderr
        assert password not in listed.stdout + listed.stderr
        async with Database(url, cipher=TextCipher([key])):  # Uli's first start
            pass
        code, stdout, stderr = add_admin(tmp_path, env=env)
        assert code == 0, stderr
        assert first_line(stderr) == line and password not in stdout + stderr
    assert files_in(tmp_path) == []


@pytest.mark.parametrize(
    ("command", "stdin"),
    [(["chat", "--lang", "de"], "/start\n"), (["inbound"], ""), (["rotate-key"], ""),
     (["user", "list"], "")],
)  # fmt: skip
async def test_every_command_that_opens_the_database_names_it_first(
    tmp_path: Path, command: list[str], stdin: str
) -> None:
    key = TextCipher.new_key()
    url = await made_by_uli(tmp_path, key)
    done = uli(*command, env={"DATABASE_URL": url, "ULI_DATA_KEY": key}, stdin=stdin)
    assert done.returncode == 0, done.stderr
    assert first_line(done.stderr) == f"{FIRST_LINE}SQLite file {tmp_path / 'uli.db'}"
