"""The rooms of DESIGN.md: imports point one way, bot → (handlers, console) → flows → storage;
inside flows/, its rooms point one way too (see flows/__init__.py)."""

from __future__ import annotations

import ast
import importlib
import inspect
import typing
from pathlib import Path

import pytest

from storage import Database

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


# The core's rooms, from the bottom up; each may import only those listed (and storage where
# named: knowledge, understanding and vocabulary are pure and never touch the database).
CORE_ROOMS: dict[str, set[str]] = {
    "vocabulary": set(),
    "knowledge": {"vocabulary"},
    "understanding": {"vocabulary"},
    "delivery": {"vocabulary", "storage"},
    "desk": {"vocabulary", "knowledge", "delivery", "storage"},
    "appointments": {"vocabulary", "knowledge", "delivery", "desk", "storage"},
    "conversation": {
        "vocabulary", "knowledge", "understanding", "delivery", "desk", "appointments", "storage",
    },
}  # fmt: skip


def modules_of(path: Path) -> set[str]:
    """Every module an absolute import names, dotted (`from a.b import c` gives a.b and a.b.c)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def imports_of(path: Path) -> set[str]:
    return {name.split(".")[0] for name in modules_of(path)}


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


def test_every_module_of_the_core_lives_in_a_room() -> None:
    loose = sorted(p.name for p in (ROOT / "flows").glob("*.py") if p.name != "__init__.py")
    assert not loose, f"modules of flows/ outside its rooms: {loose}"
    folders = {p.name for p in (ROOT / "flows").iterdir() if (p / "__init__.py").exists()}
    assert folders == set(CORE_ROOMS), folders ^ set(CORE_ROOMS)
    for room in CORE_ROOMS:
        doc = ast.get_docstring(ast.parse((ROOT / "flows" / room / "__init__.py").read_text()))
        assert doc, f"flows/{room}/__init__.py says nothing of the room's job"


@pytest.mark.parametrize("room", sorted(CORE_ROOMS))
def test_core_room_imports_only_rooms_below_it(room: str) -> None:
    for path in (ROOT / "flows" / room).rglob("*.py"):
        used: set[str] = set()
        for name in modules_of(path):
            parts = name.split(".")
            if parts[0] == "flows" and len(parts) > 1 and parts[1] in CORE_ROOMS:
                used.add(parts[1])
            elif parts[0] == "storage":
                used.add("storage")
        wrong = used - CORE_ROOMS[room] - {room}
        assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


def test_only_the_voice_queues_messages() -> None:
    """One way to say something (flows/delivery/saying.py): nothing else calls the outbox's
    enqueue, so no sender can skip the message, the channel check or the wake-up."""
    callers = sorted(
        str(path.relative_to(ROOT))
        for room in ROOMS
        for path in (ROOT / room).rglob("*.py")
        if "outbox.enqueue(" in path.read_text(encoding="utf-8")
    )
    assert callers == ["flows/delivery/saying.py"], callers


def test_sql_stays_in_storage() -> None:
    for room in set(ROOMS) - {"storage"}:
        for path in (ROOT / room).rglob("*.py"):
            libraries = imports_of(path) & {"sqlalchemy", "sqlmodel", "asyncpg", "aiosqlite"}
            assert not libraries, f"{path.relative_to(ROOT)} imports {sorted(libraries)}"


def _holds_the_database(thing: object) -> bool:
    if not inspect.isclass(thing):
        return False
    try:
        hints = typing.get_type_hints(thing.__init__)
    except (NameError, TypeError):
        return False
    return Database in hints.values()


def test_the_console_builds_no_services() -> None:
    """`bot/` composes the desk's services (bot/console_server.py); the console only serves
    them, so it never constructs a class of the core that holds the database."""
    built: list[str] = []
    for path in (ROOT / "console").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        services = {
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("flows.")
            for alias in node.names
            if _holds_the_database(getattr(importlib.import_module(node.module or ""), alias.name))
        }
        built += [
            f"{path.relative_to(ROOT)}:{node.lineno} {node.func.id}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in services
        ]
    assert not built, built


def test_the_service_check_knows_a_service() -> None:
    from flows.desk.casework import Casework
    from flows.vocabulary.texts import Texts

    assert _holds_the_database(Casework) and not _holds_the_database(Texts)
