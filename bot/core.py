"""The messenger-free parts of Uli, built from the settings (used by `uli run` and `uli chat`)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from bot.settings import Settings
from flows.catalogue import Catalogue, load_catalogue
from flows.engine import Engine
from flows.texts import Texts
from storage import Database


@dataclass(frozen=True)
class Core:
    catalogue: Catalogue
    texts: Texts
    database: Database
    engine: Engine


@contextlib.asynccontextmanager
async def core(settings: Settings) -> AsyncIterator[Core]:
    """Catalogue, texts, migrated database and engine; closes the database on exit."""
    catalogue = load_catalogue(settings.contact_points)
    texts = Texts()
    database = Database(settings.database_url)
    try:
        await database.start()
        yield Core(catalogue, texts, database, Engine(catalogue, texts, database))
    finally:
        await database.close()
