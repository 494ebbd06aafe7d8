"""Database URLs as an administrator would write them in DATABASE_URL."""

from __future__ import annotations

import pytest

from storage import Database


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:///./uli.db", "sqlite+aiosqlite:///./uli.db"),
        ("sqlite:////var/lib/uli/uli.db", "sqlite+aiosqlite:////var/lib/uli/uli.db"),
        ("sqlite+aiosqlite:///uli.db", "sqlite+aiosqlite:///uli.db"),
        ("postgresql://uli:pw@db:5432/uli", "postgresql+asyncpg://uli:pw@db:5432/uli"),
        ("postgres://uli:pw@db/uli", "postgresql+asyncpg://uli:pw@db/uli"),
        ("postgresql+asyncpg://uli@db/uli", "postgresql+asyncpg://uli@db/uli"),
        ("  postgresql://uli@db/uli\n", "postgresql+asyncpg://uli@db/uli"),
        ("postgres://u:p@h/d?sslmode=require", "postgresql+asyncpg://u:p@h/d?ssl=require"),
    ],
)
def test_accepted_urls_get_the_async_driver(given: str, expected: str) -> None:
    assert Database.normalise_url(given) == expected


@pytest.mark.parametrize(
    ("given", "words"),
    [
        ("mysql://root:secret@localhost/uli", ["unsupported database 'mysql'", "PostgreSQL"]),
        ("postgresql+psycopg2://u:secret@h/d", ["unsupported driver 'psycopg2'", "asyncpg"]),
        ("sqlite+pysqlite:///x.db", ["unsupported driver 'pysqlite'"]),
        ("", ["empty", "sqlite:///"]),
        ("uli.db", ["cannot be read", "sqlite:///"]),
    ],
)
def test_unsupported_urls_get_a_clear_message(given: str, words: list[str]) -> None:
    with pytest.raises(ValueError) as caught:
        Database(given)
    message = str(caught.value)
    for word in words:
        assert word in message
    assert "secret" not in message  # never print a password


def test_repr_hides_the_password() -> None:
    assert "secret" not in repr(Database("postgresql://uli:secret@db/uli"))
