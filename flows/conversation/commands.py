"""The commands Uli offers in a client's command menu, described in each language."""

from __future__ import annotations

from flows.vocabulary.events import CommandHelp
from flows.vocabulary.texts import Texts

COMMANDS: tuple[str, ...] = (
    "start",
    "help",
    "hours",
    "language",
    "menu",
    "privacy",
    "name",
    "book",
    "appointments",
    "mydata",
    "delete",
)


def command_menu(texts: Texts, lang: str) -> list[CommandHelp]:
    return [CommandHelp(name, texts(lang, f"command-{name}")) for name in COMMANDS]
