"""Shared fixtures: the database fixtures live in conftest_db (SQLite and PostgreSQL)."""

pytest_plugins = ["tests.conftest_db"]
