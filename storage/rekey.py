"""Keys and the rows they encrypt: the start-up check, plain rows, key rotation.

These work on the raw column values (a lightweight ``table()`` with plain TEXT columns), so
they see exactly what is stored, whatever cipher the engine is bound to.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Integer, Text, bindparam, column, not_, select, table, update
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.sql.expression import TableClause

from storage.crypto import PREFIX, EncryptedText, TextCipher
from storage.engine import run_on_driver
from storage.models import Base

_BATCH = 500


@dataclass(frozen=True, slots=True)
class EncryptedColumn:
    table: str
    column: str
    key: str  # the single-column primary key

    @property
    def name(self) -> str:
        return f"{self.table}.{self.column}"

    def raw(self) -> TableClause:
        return table(self.table, column(self.key, Integer), column(self.column, Text))


def encrypted_columns() -> Iterator[EncryptedColumn]:
    """Every EncryptedText column of Uli's tables (new tables join by declaring the type)."""
    for found in Base.metadata.sorted_tables:
        keys = list(found.primary_key.columns)
        for col in found.columns:
            if isinstance(col.type, EncryptedText):
                if len(keys) != 1:
                    raise TypeError(f"{found.name}: encrypted columns need a one-column key")
                yield EncryptedColumn(found.name, col.name, keys[0].name)


async def check_keys(connection: AsyncConnection, cipher: TextCipher) -> None:
    """DataKeyError now, at start-up, if the oldest or newest encrypted value of any column
    cannot be decrypted: a wrong ULI_DATA_KEY must stop Uli, not fail message by message."""
    for enc in encrypted_columns():
        raw = enc.raw()
        value, key = raw.c[enc.column], raw.c[enc.key]
        for order in (key.asc(), key.desc()):
            query = select(value).where(value.startswith(PREFIX)).order_by(order).limit(1)
            stored = (await connection.execute(query)).scalar()
            if stored is not None:
                cipher.decrypt(stored, where=f"the stored {enc.name}")


async def encrypt_plaintext(engine: AsyncEngine, cipher: TextCipher) -> int:
    """Encrypt the values still stored in plain text (written before encryption was switched
    on); returns how many. With none left this costs one table scan per column.

    SQLite keeps the old plain copies in free pages and the write-ahead log; after encrypting
    any rows the file is rebuilt (VACUUM) so that they are gone from the disk too.
    """
    count = await _rewrite(engine, cipher, only_plain=True)
    if count and engine.dialect.name == "sqlite":
        async with engine.connect() as connection:
            await connection.run_sync(_vacuum_sqlite)
    return count


def _vacuum_sqlite(connection: Connection) -> None:
    run_on_driver(connection, "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)")


async def rotate(engine: AsyncEngine, cipher: TextCipher) -> int:
    """Re-encrypt every value not yet under the newest key; returns how many were rewritten.

    Safe while Uli runs: each row is updated only if it still holds what was read.
    """
    return await _rewrite(engine, cipher, only_plain=False)


async def _rewrite(engine: AsyncEngine, cipher: TextCipher, *, only_plain: bool) -> int:
    total = 0
    for enc in encrypted_columns():
        raw = enc.raw()
        value, key = raw.c[enc.column], raw.c[enc.key]
        change = (
            update(raw)
            .where(key == bindparam("_key"), value == bindparam("_old"))
            .values({enc.column: bindparam("_new")})
        )
        last = None
        while True:
            query = select(key, value).where(value.is_not(None)).order_by(key).limit(_BATCH)
            if only_plain:
                query = query.where(not_(value.startswith(PREFIX)))
            if last is not None:
                query = query.where(key > last)
            # One short transaction per batch: a long rotation never blocks the bot for long.
            async with engine.begin() as connection:
                rows = (await connection.execute(query)).all()
                if not rows:
                    break
                last = rows[-1][0]
                params = []
                for row_key, stored in rows:
                    new = cipher.rotated(stored, where=f"{enc.name} of row {row_key}")
                    if new is not None:
                        params.append({"_key": row_key, "_old": stored, "_new": new})
                if params:
                    await connection.execute(change, params)
                total += len(params)
    return total
