"""The `uli` command."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import sys
from dataclasses import replace
from pathlib import Path

from bot.keys import add_parsers as add_key_parsers
from bot.keys import key_command, new_key
from bot.settings import Settings, SettingsError
from bot.users import add_parsers as add_user_parsers
from bot.users import user_command
from bot.which_database import say_database
from flows.knowledge.catalogue import CatalogueError, load_catalogue, summarise
from flows.vocabulary.languages import SUPPORTED_LANGUAGES
from storage import DatabaseUnavailable


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="uli",
        description="Uli, a messaging contact point for young people at social-work services.",
    )
    commands = top.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "run",
        help="run the Telegram bot (long polling, or a webhook with TELEGRAM_WEBHOOK_URL) and the "
        "console; needs TELEGRAM_BOT_TOKEN",
    )
    chat = commands.add_parser("chat", help="talk to Uli in this terminal, without Telegram")
    chat.add_argument(
        "--contact-points",
        type=Path,
        metavar="FILE",
        help="try another contact-point file (default: ULI_CONTACT_POINTS)",
    )
    chat.add_argument(
        "--lang",
        choices=SUPPORTED_LANGUAGES,
        help="your language code, e.g. de, en, ar (as a client would say)",
    )
    ask = commands.add_parser(
        "ask", help="what Uli understands of a message and answers (no Telegram, no database)"
    )
    ask.add_argument(
        "text", nargs="?", help="the message; without it, one message per line on stdin"
    )
    ask.add_argument("--contact-point", metavar="ID", help="answer for this contact point")
    ask.add_argument(
        "--lang", choices=SUPPORTED_LANGUAGES, help="the language the person chose (de, en, ar...)"
    )
    ask.add_argument("--json", action="store_true", help="one JSON object per message")
    commands.add_parser(
        "inbound",
        help="received messages still waiting, and updates kept aside as unreadable",
    )
    add_user_parsers(commands)
    add_key_parsers(commands)
    check = commands.add_parser(
        "check-config", help="validate a contact-point file and summarise it"
    )
    check.add_argument(
        "file",
        nargs="?",
        type=Path,
        help="the YAML file (default: ULI_CONTACT_POINTS or the shipped example)",
    )
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "new-key":  # before the settings: a placeholder key must not stop it
        print(new_key())
        return 0
    try:
        settings = Settings.from_env()
        logging.basicConfig(
            level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
        # Alembic announces every plugin and migration step at INFO; operators need none of it.
        logging.getLogger("alembic").setLevel(logging.WARNING)
        if args.command == "check-config":
            catalogue = load_catalogue(args.file or settings.contact_points)
            print(summarise(catalogue, dt.date.today()))
            return 0
        if args.command == "ask":
            from bot.ask import ask

            return ask(settings, args.text, args.contact_point, args.lang, args.json)
        if args.command == "rotate-key":
            say_database(settings)
            return key_command(settings, args)
        if args.command == "inbound":
            say_database(settings)
            from bot.inbound_report import inbound_command

            return inbound_command(settings)
        if args.command == "user":
            return user_command(settings, args)
        if args.command == "chat":
            logging.getLogger().setLevel(logging.WARNING)
            if args.contact_points:
                settings = replace(settings, contact_points=args.contact_points)
            say_database(settings)
            return asyncio.run(_chat(settings, args.lang))
        settings.require_token()  # before the slow imports: a missing token is said at once
        say_database(settings)
        from bot.app import run  # aiogram takes seconds to import; only `run` needs it

        asyncio.run(run(settings))
        return 0
    except (SettingsError, CatalogueError, DatabaseUnavailable, ValueError) as error:
        print(f"uli: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


async def _chat(settings: Settings, lang: str | None) -> int:
    from bot.core import core
    from bot.terminal import chat

    async with core(settings) as parts:
        await chat(parts.engine, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
