"""Database URLs and engines: SQLite (the embedded default) and PostgreSQL (production)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

EXAMPLES = "sqlite:///./uli.db or postgresql://user:password@host:5432/dbname"

# The async driver each supported database needs.
ASYNC_DRIVERS = {"sqlite": "aiosqlite", "postgresql": "asyncpg"}

# busy_timeout first, so the pragmas after it wait for a lock instead of failing.
# WAL lets the console read while the bot writes; synchronous=NORMAL is the safe WAL setting
# (https://www.sqlite.org/wal.html). SQLite ignores foreign keys unless told per connection.
# secure_delete zeroes deleted rows in the file: a deleted person's chat id and pseudonym do
# not linger in free pages (https://www.sqlite.org/pragma.html#pragma_secure_delete).
SQLITE_PRAGMAS = (
    "PRAGMA busy_timeout = 10000",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
)


def safe_url(url: str) -> str:
    """The URL with its password masked, for logs and error messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unreadable URL>"


def normalise_url(url: str) -> str:
    """Turn "sqlite:///x.db", "postgresql://..." or "postgres://..." into async-driver URLs.

    Raises ValueError, naming the problem and showing working examples, for anything else.
    """
    if not url or not url.strip():
        raise ValueError(f"the database URL is empty; use for example {EXAMPLES}")
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        # Do not echo the URL: it may hold a password.
        raise ValueError(
            f"the database URL cannot be read (expected scheme://...); use for example {EXAMPLES}"
        ) from None
    backend, _, driver = parsed.drivername.partition("+")
    if backend == "postgres":  # Heroku-style alias that SQLAlchemy no longer accepts
        backend = "postgresql"
    wanted = ASYNC_DRIVERS.get(backend)
    shown = parsed.render_as_string(hide_password=True)
    if wanted is None:
        raise ValueError(
            f"unsupported database {backend!r} in URL {shown}: Uli runs on SQLite and "
            f"PostgreSQL; use for example {EXAMPLES}"
        )
    if driver and driver != wanted:
        raise ValueError(
            f"unsupported driver {driver!r} in URL {shown}: write {backend}://... "
            f"(Uli picks the driver) or {backend}+{wanted}://..."
        )
    parsed = parsed.set(drivername=f"{backend}+{wanted}")
    if backend == "postgresql" and "sslmode" in parsed.query:
        # libpq spells it sslmode, asyncpg spells it ssl (same values: require, verify-full...).
        sslmode = parsed.query["sslmode"]
        parsed = parsed.difference_update_query(["sslmode"]).update_query_dict({"ssl": sslmode})
    return parsed.render_as_string(hide_password=False)


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL, or None for PostgreSQL and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def make_engine(url: str) -> AsyncEngine:
    """An async engine for *url* (normalised first); SQLite gets its pragmas on every connect."""
    url = normalise_url(url)
    if make_url(url).get_backend_name() != "sqlite":
        # pre_ping: after a PostgreSQL restart, pooled connections are dead; test before use.
        return create_async_engine(url, pool_pre_ping=True)
    engine = create_async_engine(url)
    event.listen(engine.sync_engine, "connect", _sqlite_on_connect)
    event.listen(engine.sync_engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Stop the sqlite3 module from opening transactions behind our back (it would not for
    # DDL, so migrations would not be atomic); _sqlite_on_begin opens them instead. See
    # https://docs.sqlalchemy.org/en/20/dialects/sqlite.html#serializable-isolation-savepoints-transactional-ddl
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Connection) -> None:
    # IMMEDIATE takes the write lock at the start, so two units of work queue up (waiting up
    # to busy_timeout) instead of one failing with "database is locked" when it first writes.
    connection.exec_driver_sql("BEGIN IMMEDIATE")
