"""The database handle the composition root creates once per process."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import TracebackType

from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import engine as _engine
from storage.crypto import TextCipher, bind_cipher
from storage.migrate import ensure_sqlite_dir, upgrade
from storage.rekey import check_keys, encrypt_plaintext
from storage.repository import Repository

log = logging.getLogger(__name__)


class DatabaseUnavailable(RuntimeError):
    """The database cannot be reached or opened at start-up (message says which and why)."""


class Database:
    """SQLite ("sqlite:///./uli.db") or PostgreSQL ("postgresql://..."); see normalise_url.

    ``await start()`` once (it migrates), then ``async with db.session() as repo: ...`` per
    unit of work, ``await close()`` at shut-down. Also usable as ``async with Database(url)``.

    With a *cipher*, message texts, names, notes and queued replies are encrypted at rest (see
    storage.crypto); ``start()`` then stops with DataKeyError if the keys cannot read what is
    stored, and encrypts rows still stored in plain text.
    """

    def __init__(self, url: str, cipher: TextCipher | None = None) -> None:
        self.url = self.normalise_url(url)  # raises ValueError early, before any I/O
        self.cipher = cipher
        self._engine: AsyncEngine | None = None
        self._sessions: async_sessionmaker[AsyncSession] | None = None

    def __repr__(self) -> str:
        return f"Database({_engine.safe_url(self.url)!r})"

    @classmethod
    def normalise_url(cls, url: str) -> str:
        """Async-driver URL for *url*; ValueError with examples for unsupported ones."""
        return _engine.normalise_url(url)

    @property
    def engine(self) -> AsyncEngine:
        if self._engine is None:
            raise RuntimeError(f"{self!r} is not started: await start() first")
        return self._engine

    async def start(self) -> None:
        """Connect and migrate to the newest schema. Safe to call at every start-up."""
        if self._engine is not None:
            return
        engine = _engine.make_engine(self.url)
        if self.cipher is not None:
            bind_cipher(engine.sync_engine.dialect, self.cipher)
        try:
            await self._check_reachable(engine)
            await upgrade(engine)
            if self.cipher is not None:
                async with engine.connect() as connection:
                    await check_keys(connection, self.cipher)
                await encrypt_plaintext(engine, self.cipher)
        except BaseException:
            await engine.dispose()
            raise
        self._engine = engine
        self._sessions = async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)

    async def _check_reachable(self, engine: AsyncEngine) -> None:
        # Turn "connection refused", a wrong password or an unwritable folder into one clear
        # message; errors after this point (in migrations) are bugs and keep their type.
        try:
            ensure_sqlite_dir(self.url)
            async with engine.connect():
                pass
        except (OSError, DBAPIError) as exc:
            raise DatabaseUnavailable(
                f"cannot open the database {_engine.safe_url(self.url)}: {exc}"
            ) from exc

    async def checkpoint(self) -> None:
        """On SQLite, move everything in the write-ahead log into the database file and empty
        the log; call it after a person's deletion has committed.

        Deleted rows are zeroed in the database file (secure_delete), but the log still holds
        the earlier copies of their pages until a checkpoint. TRUNCATE waits (busy_timeout)
        for readers of those copies and leaves the -wal file at zero bytes. PostgreSQL keeps
        no such file: nothing to do there.
        """
        engine = self.engine
        if engine.dialect.name != "sqlite":
            return
        async with engine.connect() as connection:
            rows = await connection.run_sync(
                _engine.run_on_driver, "PRAGMA wal_checkpoint(TRUNCATE)"
            )
        # One row: busy (1 if a reader or writer kept it from finishing), log frames, moved.
        if rows and rows[0][0]:
            log.warning("the write-ahead log could not be emptied now: another connection is busy")

    async def close(self) -> None:
        if self._engine is not None:
            await self._engine.dispose()
        self._engine = None
        self._sessions = None

    async def __aenter__(self) -> Database:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    @asynccontextmanager
    async def session(self) -> AsyncIterator[Repository]:
        """One unit of work: commits when the block ends normally, rolls back on error."""
        if self._sessions is None:
            raise RuntimeError(f"{self!r} is not started: await start() first")
        async with self._sessions() as session:
            async with session.begin():
                repo = Repository(session)
                yield repo
            # Committed: now what must follow it (wake a sender, tell open consoles).
            repo.run_after_commit()


async def schema_revision(url: str) -> str | None:
    """The schema revision of the database at *url*; None where Uli has never started on it
    (no SQLite file, an empty file, a database without Uli's tables).

    Only looks: nothing is created or changed, so a command that must not make a database can
    ask first. A SQLite file is opened read-only; DatabaseUnavailable if it cannot be read.
    """
    url = _engine.normalise_url(url)
    path = _engine.sqlite_file(url)
    if path is None:
        try:
            return await _engine.run_once(url, _current_revision)
        except (OSError, DBAPIError) as exc:
            raise DatabaseUnavailable(
                f"cannot open the database {_engine.safe_url(url)}: {exc}"
            ) from exc
    if not path.exists():
        return None
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        ) as db:
            if not db.execute(_SQLITE_HAS_VERSIONS).fetchall():
                return None
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:  # not a SQLite file, or not readable
        raise DatabaseUnavailable(f"cannot open the database {path}: {exc}") from exc
    return str(row[0]) if row else None


_SQLITE_HAS_VERSIONS = (
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
)


def _current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()
