"""The rooms of DESIGN.md: imports point one way, bot → (handlers, console) → flows → storage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROOMS = ("bot", "handlers", "console", "flows", "storage", "locales")
ALLOWED: dict[str, set[str]] = {
    "bot": {"handlers", "console", "flows", "storage", "locales"},
    "handlers": {"flows"},
    "console": {"flows", "storage"},
    "flows": {"storage", "locales"},
    "storage": set(),
    "locales": set(),
}
FORBIDDEN_LIBRARIES = {
    "flows": {"aiogram", "fastapi", "starlette"},
    "storage": {"aiogram", "fastapi"},
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("room", ROOMS)
def test_room_imports_only_rooms_below_it(room: str) -> None:
    files = list((ROOT / room).rglob("*.py"))
    assert files, f"room {room}/ has no modules"
    for path in files:
        used = imports_of(path)
        other_rooms = (used & set(ROOMS)) - {room}
        wrong = other_rooms - ALLOWED[room]
        assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"
        libraries = used & FORBIDDEN_LIBRARIES.get(room, set())
        assert not libraries, f"{path.relative_to(ROOT)} imports {sorted(libraries)}"


def test_only_bot_reads_the_environment() -> None:
    for room in set(ROOMS) - {"bot"}:
        for path in (ROOT / room).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            assert "os.environ" not in source and "getenv" not in source, path
