"""Run the Alembic migrations from code: no alembic.ini, no CLI, safe at every start-up."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.engine import make_engine, private_sqlite_files, sqlite_file

MIGRATIONS = Path(__file__).with_name("migrations")

# pg_advisory_xact_lock key ("uli" in ASCII): instances starting together migrate one at a
# time; the later ones then find the schema at head and do nothing.
_PG_LOCK_KEY = 0x756C69


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config built in code; env.py uses *connection* when one is given."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    # On SQLite the transaction began with BEGIN IMMEDIATE (see storage.engine), which is
    # the same one-at-a-time guarantee.
    command.upgrade(alembic_config(connection), "head")


async def upgrade(engine: AsyncEngine) -> None:
    """Bring the database behind *engine* to the newest revision, in one transaction."""
    async with engine.begin() as connection:
        await connection.run_sync(_upgrade)


def ensure_sqlite_dir(url: str) -> None:
    """Create the folder of a SQLite file (SQLite creates the file, not its folder), and the
    file itself readable by its owner only: it holds chat ids and pseudonyms in plain form."""
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        private_sqlite_files(path)


async def migrate(url: str) -> None:
    """Upgrade the database at *url* to head. Idempotent: a no-op when already there."""
    ensure_sqlite_dir(url)
    engine = make_engine(url)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()
