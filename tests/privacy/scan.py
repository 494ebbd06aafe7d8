"""Look at a database the way a thief with a copy would: plain SQL, raw file bytes, no key."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import String, inspect, text
from sqlalchemy.engine import Connection

from storage.engine import run_once, sqlite_file


async def stored_strings(url: str) -> dict[str, list[str]]:
    """Every value of every text column of every table ("table.column" → values), read with
    plain SQL on an engine that has no data key."""
    return await run_once(url, _text_columns)


def _text_columns(connection: Connection) -> dict[str, list[str]]:
    inspector = inspect(connection)
    found: dict[str, list[str]] = {}
    for table in inspector.get_table_names():
        for column in inspector.get_columns(table):
            if isinstance(column["type"], String):  # VARCHAR and TEXT alike
                name = column["name"]
                rows = connection.execute(text(f'SELECT "{name}" FROM "{table}"'))
                found[f"{table}.{name}"] = [value for (value,) in rows if value is not None]
    return found


def where_found(words: list[str], strings: dict[str, list[str]]) -> dict[str, list[str]]:
    """word → the columns that hold it somewhere; empty when none does."""
    hits: dict[str, list[str]] = {}
    for word in words:
        columns = [name for name, values in strings.items() if any(word in v for v in values)]
        if columns:
            hits[word] = columns
    return hits


def sqlite_bytes(url: str) -> bytes:
    """The database file with its write-ahead log and shared-memory file, as on the disk."""
    path = sqlite_file(url)
    assert path is not None, url
    return b"".join(part.read_bytes() for part in sorted(path.parent.glob(path.name + "*")))


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def key_file(url: str) -> Path:
    path = sqlite_file(url)
    assert path is not None
    return path.with_suffix(".key")
