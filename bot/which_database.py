"""Which database a `uli` command opens, and whether Uli has made it.

Every command that opens the database names it in its first line (`say_database`): the
default ``./uli.db`` depends on the working directory, and an operator should see at once
that a command went to another database than the running Uli's. `uli user` also refuses to
work on a database Uli has never started on (`existing_database`): an account made in a
second ``uli.db`` could never log in to the console.
"""

from __future__ import annotations

import sys
from urllib.parse import parse_qs, unquote, urlsplit

from bot.settings import Settings, SettingsError
from storage import Database
from storage.db import schema_revision
from storage.engine import sqlite_file

_POINT_AT_IT = (
    "Run it in the folder where `uli run` runs, or point it at Uli's database with "
    "DATABASE_URL (e.g. DATABASE_URL={example})"
)
_SQLITE_EXAMPLE = "sqlite:////path/to/uli.db"
_POSTGRES_EXAMPLE = "postgresql://uli:PASSWORD@host:5432/uli"


def database_label(settings: Settings) -> str:
    """The SQLite file's full path, or PostgreSQL's server and database name (never the
    password). ValueError, naming the mistake, for a URL Uli cannot use."""
    url = Database.normalise_url(settings.database_url)
    if url.startswith("sqlite"):
        path = sqlite_file(url)
        if path is None:
            return "SQLite in memory (nothing is kept after this command)"
        path = path.resolve()
        return f"SQLite file {path}" + ("" if path.exists() else " (not there yet)")
    parts = urlsplit(url)
    socket = parse_qs(parts.query).get("host", ["the local socket"])[0]
    host = parts.hostname or socket
    host = f"[{host}]" if ":" in host else host  # an IPv6 address
    port = f":{parts.port}" if parts.port else ""
    user = f" as {unquote(parts.username)}" if parts.username else ""
    name = unquote(parts.path.lstrip("/")) or "(default)"
    return f"PostgreSQL database {name} on {host}{port}{user}"


def say_database(settings: Settings) -> None:
    """The first line of a command that opens the database: which one (on stderr)."""
    print(f"uli: database: {database_label(settings)}", file=sys.stderr)


async def existing_database(settings: Settings) -> None:
    """Say which database the command opens, and stop (SettingsError) unless Uli has
    started on it before: nothing is made here."""
    say_database(settings)
    url = Database.normalise_url(settings.database_url)
    sqlite = url.startswith("sqlite")
    path = sqlite_file(url)
    if sqlite and path is None:
        raise SettingsError(
            "DATABASE_URL is an in-memory database, which holds no accounts. "
            + _POINT_AT_IT.format(example=_SQLITE_EXAMPLE)
        )
    if path is not None and not path.exists():
        raise SettingsError(
            f"no database at {path.resolve()}, and `uli user` makes none. "
            + _POINT_AT_IT.format(example=_SQLITE_EXAMPLE)
        )
    if await schema_revision(url) is None:
        raise SettingsError(
            f"the {database_label(settings)} holds no Uli tables: Uli has never started on "
            "it, and `uli user` changes nothing there. "
            + _POINT_AT_IT.format(example=_SQLITE_EXAMPLE if sqlite else _POSTGRES_EXAMPLE)
        )
