from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from flows.conversation.engine import Engine
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.texts import Texts
from storage import Database

BERLIN = ZoneInfo("Europe/Berlin")
# Monday: Jülich's drop-in hours of the Teilhabemanagement run 14:00-16:00.
MONDAY_AFTERNOON = dt.datetime(2026, 11, 30, 14, 30, tzinfo=BERLIN)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now.astimezone(dt.UTC)


@pytest.fixture(scope="session")
def texts() -> Texts:
    return Texts()


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_AFTERNOON)


@pytest.fixture
async def engine(database: Database, catalogue: Catalogue, texts: Texts, clock: Clock) -> Engine:
    """The core on a real database: each conversation test runs on SQLite and on PostgreSQL."""
    return Engine(catalogue, texts, database, clock=clock)
