"""Chaos tests: real `uli run` processes against the fake Bot API, killed, stopped and
flooded, on SQLite and PostgreSQL; what is stored and what arrives is counted afterwards."""
