"""Alembic environment.

At run time storage.migrate hands over an open connection (``config.attributes``). The
Alembic command line works too, for writing new revisions::

    alembic -c storage/alembic.ini upgrade head
    alembic -c storage/alembic.ini revision --autogenerate --rev-id 0002 -m "what changed"

(against the database named by ``sqlalchemy.url`` in that file, or ``-x url=...``).
"""

from __future__ import annotations

import asyncio
import logging.config
from typing import Any, Literal

from alembic import context
from sqlalchemy.engine import Connection
from sqlmodel.sql.sqltypes import AutoString

from storage.crypto import EncryptedText
from storage.engine import run_once
from storage.models import Base
from storage.utc import UTCDateTime

target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Autogenerate: write our column types the way 0001_initial.py does."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        autogen_context.imports.add("from storage.utc import UTCDateTime")
        return "UTCDateTime()"
    if type_ == "type" and isinstance(obj, EncryptedText):  # encrypted in Python, TEXT in SQL
        return "sa.Text()"
    if type_ == "type" and isinstance(obj, AutoString):  # SQLModel's str column
        return f"sa.String(length={obj.length})" if obj.length else "sa.String()"
    return False


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_item=render_item,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_from_url(url: str) -> None:
    await run_once(url, run_migrations)


def _cli_url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url")
    return url or context.config.get_main_option("sqlalchemy.url") or "sqlite:///./uli.db"


def main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:  # called from storage.migrate
        run_migrations(connection)
        return
    if context.config.config_file_name:  # the command line, with storage/alembic.ini
        logging.config.fileConfig(context.config.config_file_name)
    if context.is_offline_mode():  # alembic upgrade --sql: print the SQL
        context.configure(url=_cli_url(), target_metadata=target_metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
    else:
        asyncio.run(_run_from_url(_cli_url()))


main()
