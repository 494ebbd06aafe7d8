"""Shared fixtures: the database fixtures live in conftest_db (SQLite and PostgreSQL)."""

import pytest

from flows.catalogue import Catalogue, load_catalogue
from tests.example import EXAMPLE

pytest_plugins = ["tests.conftest_db"]


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The shipped example, loaded once."""
    return load_catalogue(EXAMPLE)
