"""The understanding's editable text files, kept beside the translations in
`locales/understanding/` so that whoever translates Uli also sees how people ask."""

from __future__ import annotations

from locales import LOCALES_DIR

UNDERSTANDING_DIR = LOCALES_DIR / "understanding"


def data_lines(*parts: str) -> list[str]:
    """Non-empty, non-comment lines of one file under `locales/understanding/`."""
    text = UNDERSTANDING_DIR.joinpath(*parts).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def data_files(folder: str) -> list[str]:
    """The `.txt` files of one folder under `locales/understanding/`, sorted."""
    return sorted(p.name for p in (UNDERSTANDING_DIR / folder).iterdir() if p.name.endswith(".txt"))
