"""`uli user add` and `uli user list`: console accounts from the command line.

The first admin can only be made here (the console's admin pages need an admin to log in).
The password is asked for twice without echo, or read from the first line of standard input
with --password-stdin (for scripts); it never appears in the command line or shell history.

Both work on the database of the running Uli, and first say which one that is; they never
make a database or a data key of their own (bot/which_database.py).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import getpass
import sys
from typing import Any

from bot.keys import data_cipher
from bot.settings import Settings, SettingsError
from bot.which_database import existing_database
from flows.desk.accounts import Accounts, Profile
from flows.desk.actor import Refused
from flows.knowledge.catalogue import load_catalogue
from storage import CaseworkerRole, Database


def add_parsers(commands: Any) -> None:
    """The `user` command and its subcommands, on the `uli` parser's subparsers."""
    user = commands.add_parser("user", help="console accounts: add one, list them")
    actions = user.add_subparsers(dest="user_command", required=True)
    add = actions.add_parser("add", help="add a caseworker or admin (asks for the password)")
    add.add_argument("--email", required=True, help="what they log in with")
    add.add_argument("--name", required=True, help="shown to colleagues, e.g. Aylin K.")
    add.add_argument("--languages", default="", help="languages they counsel in, e.g. de,ar")
    add.add_argument(
        "--contact-points", default="", metavar="ID,ID", help="whose conversations they see"
    )
    add.add_argument(
        "--role", choices=[r.value for r in CaseworkerRole], default=CaseworkerRole.CASEWORKER
    )
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    actions.add_parser("list", help="list the accounts")


def user_command(settings: Settings, args: argparse.Namespace) -> int:
    if args.user_command == "list":
        return asyncio.run(_list(settings))
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        return asyncio.run(_add(settings, args, password, checked=False))
    if not sys.stdin.isatty():
        raise SettingsError("no terminal to ask for the password: pipe it in with --password-stdin")
    # Before the password is typed twice: which database, and whether there is one.
    asyncio.run(existing_database(settings))
    password = _ask_password()
    return asyncio.run(_add(settings, args, password, checked=True))


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _ask_password() -> str:
    password = getpass.getpass("Password (at least 10 characters): ")
    if getpass.getpass("Password again: ") != password:
        raise SettingsError("the two passwords differ; nothing was changed")
    return password


def _accounts(settings: Settings, database: Database) -> Accounts:
    catalogue = load_catalogue(settings.contact_points)
    return Accounts(
        database,
        [cp.id for cp in catalogue.contact_points],
        secret=b"unused: the command line opens no sessions",
        clock=lambda: dt.datetime.now(dt.UTC),
    )


async def _add(
    settings: Settings, args: argparse.Namespace, password: str, *, checked: bool
) -> int:
    profile = Profile(
        name=args.name,
        languages=_split(args.languages),
        contact_point_ids=_split(args.contact_points),
        role=str(args.role),
    )
    try:
        # Mistakes first, before the database (and its data key) is touched.
        _accounts(settings, Database(settings.database_url)).check_new(
            args.email, password, profile
        )
        if not checked:
            await existing_database(settings)
        cipher = data_cipher(settings, create=False)
        async with Database(settings.database_url, cipher=cipher) as database:
            account = await _accounts(settings, database).create(args.email, password, profile)
    except Refused as refused:
        raise SettingsError(str(refused)) from None
    caseworker = account.caseworker
    where = ", ".join(account.contact_point_ids) or "no contact point yet"
    print(f"added {caseworker.role} {caseworker.name} <{caseworker.email}> ({where})")
    return 0


async def _list(settings: Settings) -> int:
    await existing_database(settings)
    cipher = data_cipher(settings, create=False)
    async with Database(settings.database_url, cipher=cipher) as database:
        accounts = await _accounts(settings, database).all()
    if not accounts:
        print("no accounts yet: add the first admin with  uli user add --role admin ...")
        return 0
    for account in accounts:
        c = account.caseworker
        state = "" if c.active else "  (inactive)"
        print(
            f"{c.email}\t{c.name}\t{c.role}\tlanguages: {c.languages or '-'}\t"
            f"contact points: {', '.join(account.contact_point_ids) or '-'}{state}"
        )
    return 0
