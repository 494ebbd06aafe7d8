"""Database fixtures, loaded as a pytest plugin (``pytest_plugins = ["tests.conftest_db"]``).

``database`` (and ``database_url``) run every test that uses them twice: on a SQLite file
and on PostgreSQL. Each PostgreSQL test gets a fresh throw-away role and a schema of the same
name; PostgreSQL's default search_path ("$user", public) puts that schema first, so the
application needs no special settings and concurrent test runs cannot see each other.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import NoReturn

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from storage import Database, TextCipher

POSTGRES_URL_ENV = "ULI_TEST_POSTGRES_URL"
DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
SKIP_POSTGRES_ENV = "ULI_SKIP_POSTGRES"
START_HINT = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
# The `database` fixture encrypts texts as `uli run` does; open a second Database on the same
# URL with this cipher to read them (storage/crypto.py).
TEST_CIPHER = TextCipher([TextCipher.new_key()])

# Remember an unreachable server, so a firewalled host costs one timeout, not one per test.
_postgres_error: str | None = None


@asynccontextmanager
async def bench_database(postgres: str | None, folder: str) -> AsyncIterator[str]:
    """The benchmarks' database: a SQLite file in `folder`, or on the PostgreSQL server at
    `postgres` a fresh role and schema, dropped afterwards."""
    if postgres is None:
        yield f"sqlite+aiosqlite:///{folder}/uli.db"
        return
    os.environ[POSTGRES_URL_ENV] = postgres
    async with postgres_schema() as url:
        yield url


def sqlite_url(folder: Path) -> str:
    return f"sqlite+aiosqlite:///{folder / 'uli.db'}"


def postgres_admin_url() -> str:
    return Database.normalise_url(os.environ.get(POSTGRES_URL_ENV, DEFAULT_POSTGRES_URL))


def _unreachable(reason: str) -> NoReturn:
    if os.environ.get(SKIP_POSTGRES_ENV) == "1":
        pytest.skip(f"PostgreSQL not reachable and {SKIP_POSTGRES_ENV}=1: {reason}")
    pytest.fail(
        f"PostgreSQL is not reachable: {reason}\n"
        f"Start it with:  {START_HINT}\n"
        f"or point {POSTGRES_URL_ENV} at a server (superuser, database must exist),\n"
        f"or set {SKIP_POSTGRES_ENV}=1 to skip the PostgreSQL half of the storage tests.",
        pytrace=False,
    )


@asynccontextmanager
async def postgres_schema() -> AsyncIterator[str]:
    """A URL for a fresh, empty role + schema, dropped again afterwards."""
    global _postgres_error
    if _postgres_error is not None:
        _unreachable(_postgres_error)
    admin_url = postgres_admin_url()
    admin = create_async_engine(
        admin_url,
        isolation_level="AUTOCOMMIT",
        poolclass=NullPool,
        connect_args={"timeout": 5},
    )
    name = f"uli_test_{secrets.token_hex(6)}"
    password = secrets.token_hex(16)  # works with trust auth and with md5/scram alike
    try:
        try:
            async with admin.connect() as connection:
                await connection.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'"))
                await connection.execute(text(f"CREATE SCHEMA {name} AUTHORIZATION {name}"))
        except (OSError, DBAPIError) as exc:
            _postgres_error = f"{make_url(admin_url).render_as_string()}: {exc}"
        if _postgres_error is not None:  # outside the except: no chained traceback
            _unreachable(_postgres_error)
        try:
            yield (
                make_url(admin_url)
                .set(username=name, password=password)
                .render_as_string(hide_password=False)
            )
        finally:
            async with admin.connect() as connection:
                await connection.execute(text(f"DROP SCHEMA {name} CASCADE"))
                await connection.execute(text(f"DROP ROLE {name}"))
    finally:
        await admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """An empty, not yet migrated database: a SQLite file, then a PostgreSQL schema."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
        return
    async with postgres_schema() as url:
        yield url


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    """A started (migrated) Database with encrypted texts (TEST_CIPHER), closed after the test."""
    db = Database(database_url, cipher=TEST_CIPHER)
    await db.start()
    try:
        yield db
    finally:
        await db.close()
