"""Database URLs and engines: SQLite (the embedded default) and PostgreSQL (production)."""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

T = TypeVar("T")

log = logging.getLogger(__name__)

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


class _NothingStoredAtDebug(logging.Filter):
    """At DEBUG, SQLAlchemy logs every result row and aiosqlite every call with its statement
    and parameters: chat ids, pseudonyms, ciphertexts. LOG_LEVEL=DEBUG must not copy them into
    the log, so their DEBUG records are dropped; SQLAlchemy's statements (INFO) remain, without
    their parameters (hide_parameters)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


_NOTHING_STORED_AT_DEBUG = _NothingStoredAtDebug()
# A filter applies to the records of its own logger only, not of the loggers below it.
for _name in ("sqlalchemy.engine.Engine", "aiosqlite"):
    logging.getLogger(_name).addFilter(_NOTHING_STORED_AT_DEBUG)


def make_engine(url: str) -> AsyncEngine:
    """An async engine for *url* (normalised first); SQLite gets its pragmas on every connect.

    The engine never logs SQL parameters, also not in error messages (hide_parameters).
    """
    url = normalise_url(url)
    if make_url(url).get_backend_name() != "sqlite":
        # pre_ping: after a PostgreSQL restart, pooled connections are dead; test before use.
        return create_async_engine(url, pool_pre_ping=True, hide_parameters=True)
    engine = create_async_engine(url, hide_parameters=True)
    event.listen(engine.sync_engine, "connect", _sqlite_on_connect)
    event.listen(engine.sync_engine, "begin", _sqlite_on_begin)
    return engine


async def run_once(url: str, work: Callable[[Connection], T]) -> T:
    """`work` in one transaction on a fresh engine for *url*, disposed of afterwards: for the
    migrations' command line and tools that need plain SQL once, not Uli's database."""
    engine = make_engine(url)
    try:
        async with engine.begin() as connection:
            return await connection.run_sync(work)
    finally:
        await engine.dispose()


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


def run_on_driver(connection: Connection, *statements: str) -> list[tuple[Any, ...]]:
    """Run SQLite statements on the driver's own connection, outside any transaction
    (VACUUM and checkpoints cannot run inside one, and SQLAlchemy would open one with BEGIN
    IMMEDIATE); returns the rows of the last."""
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        rows: list[tuple[Any, ...]] = []
        for statement in statements:
            cursor.execute(statement)
            rows = [tuple(row) for row in cursor.fetchall()] if cursor.description else []
        return rows
    finally:
        cursor.close()


# The database file and the write-ahead log and shared-memory files beside it.
SQLITE_SUFFIXES = ("", "-wal", "-shm")


def private_sqlite_files(path: Path) -> None:
    """Make the SQLite file readable by its owner only (0600), whatever the umask.

    A missing file is created empty with 0600 (SQLite takes an empty file as a new database);
    SQLite gives the -wal and -shm files the mode of the database file. Existing files with
    wider permissions are narrowed, with a log line. The folder must exist.
    """
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for suffix in SQLITE_SUFFIXES:
        part = path.with_name(path.name + suffix)
        try:
            mode = stat.S_IMODE(part.stat().st_mode)
        except FileNotFoundError:
            continue
        if not mode & 0o077:
            continue
        try:
            part.chmod(mode & 0o700)
        except OSError as error:  # another user's file: say so, but keep running
            log.warning("%s is readable by others (mode %04o): %s", part, mode, error)
        else:
            log.warning(
                "%s was readable by others (mode %04o): now by its owner only (%04o)",
                part,
                mode,
                mode & 0o700,
            )
