"""Shared fixtures: the database fixtures live in conftest_db (SQLite and PostgreSQL)."""

import os

import pytest
from hypothesis import settings

from bot.settings import Settings
from flows.knowledge.catalogue import Catalogue, load_catalogue
from flows.understanding.crisis_meaning import CrisisByMeaning
from tests.example import EXAMPLE

pytest_plugins = ["tests.conftest_db"]

# The test command runs the same property-test examples every time, so a red run is never
# luck; HYPOTHESIS_PROFILE=explore searches new examples (and keeps failures in .hypothesis/).
settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The shipped example, loaded once."""
    return load_catalogue(EXAMPLE)


@pytest.fixture(scope="session", autouse=True)
def crisis_examples_embedded() -> None:
    """The crisis examples' embeddings, made once per run (or read from the user's cache, as
    `uli run` does): no test's time limit has to include the half minute they take."""
    CrisisByMeaning(Settings.from_env().cache_dir)
