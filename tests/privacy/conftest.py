"""The conversation tests' fixtures: the core on a real (encrypted) database, with a clock."""

from tests.flows.conftest import clock, engine, texts

__all__ = ["clock", "engine", "texts"]
