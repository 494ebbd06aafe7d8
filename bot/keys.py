"""The data key: where it comes from, and the `uli new-key` / `uli rotate-key` commands.

In production the keys come from ULI_DATA_KEY (newest first). For the embedded SQLite
default, a missing key is made once and kept in a file beside the database (``uli.db`` →
``uli.key``, mode 0600), so that trying Uli needs no setup; anywhere else a missing key stops
start-up. The key file protects a copied database file or backup only as long as the key file
is not copied with it: keep them apart, and prefer ULI_DATA_KEY on a server.

Beside it, the secret that signs the console's sessions (`session_secret`): ULI_CONSOLE_SECRET
if set, else a file beside the SQLite database (``uli.db`` → ``uli.session-secret``, mode
0600, made on first start), else on PostgreSQL one derived from the data key, which every
process on that database has. Either way a restart logs nobody out.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.settings import MIN_SECRET_LENGTH, Settings, SettingsError
from storage import Database, TextCipher
from storage.engine import sqlite_file
from storage.rekey import rotate

log = logging.getLogger(__name__)

MISSING = (
    "ULI_DATA_KEY is not set: {why} Uli encrypts stored messages with it. Make a key with "
    "`uli new-key` and set ULI_DATA_KEY to it (keep a copy: without it the stored messages "
    "cannot be read)"
)


def add_parsers(commands: Any) -> None:
    """`uli new-key` and `uli rotate-key`, on the `uli` parser's subparsers."""
    commands.add_parser("new-key", help="print a new random key for ULI_DATA_KEY")
    commands.add_parser(
        "rotate-key",
        help="re-encrypt every stored text with the first key of ULI_DATA_KEY (safe while Uli "
        "runs; see docs/privacy.md, Encryption at rest)",
    )


def key_command(settings: Settings, args: argparse.Namespace) -> int:
    if args.command == "new-key":
        print(new_key())
        return 0
    return asyncio.run(rotate_key(settings))


def new_key() -> str:
    """A fresh random key for ULI_DATA_KEY."""
    return TextCipher.new_key()


def data_cipher(settings: Settings, *, create: bool = True) -> TextCipher:
    """The cipher for the database of *settings*; SettingsError when there is no key.

    With `create=False` a missing key file is an error instead of being made (commands that
    work on the database of a running Uli must not make a key of their own)."""
    if settings.data_keys:
        return TextCipher(settings.data_keys)
    if settings.environment == "production":
        raise SettingsError(MISSING.format(why="ULI_ENV=production needs it."))
    url = Database.normalise_url(settings.database_url)
    if url.startswith("postgresql"):
        raise SettingsError(MISSING.format(why="a PostgreSQL database needs it."))
    path = sqlite_file(url)
    if path is None:  # in-memory SQLite: the texts die with the process, and so may the key
        return TextCipher([new_key()])
    key_file = key_file_for(path)
    if not create and not key_file.exists():
        raise SettingsError(
            f"no data key: ULI_DATA_KEY is not set and there is no key file {key_file.resolve()} "
            "beside the database; set ULI_DATA_KEY as the running Uli has it"
        )
    return TextCipher([_key_file(key_file)])


def key_file_for(database: Path) -> Path:
    """``uli.db`` → ``uli.key`` in the same folder."""
    return database.with_suffix(".key")


def session_secret_file_for(database: Path) -> Path:
    """``uli.db`` → ``uli.session-secret`` in the same folder."""
    return database.with_suffix(".session-secret")


# Tells the session secret derived from a data key apart from anything else made from it.
_SESSION_LABEL = b"uli console session secret v1"


def session_secret(settings: Settings, database_url: str | None = None) -> bytes | None:
    """What signs the console's sessions, the same after a restart (see the module's doc),
    for the database at `database_url` (by default the settings').

    None only for an in-memory database: its sessions end with the process, as its data do.
    """
    if settings.console_secret:
        return settings.console_secret.encode()
    url = Database.normalise_url(database_url or settings.database_url)
    path = sqlite_file(url)
    if path is not None:
        return _private_file(session_secret_file_for(path), _SESSION_SECRET).encode()
    if settings.data_keys:  # PostgreSQL needs a data key (data_cipher), shared by every process
        return hmac.new(settings.data_keys[0].encode(), _SESSION_LABEL, hashlib.sha256).digest()
    return None


@dataclass(frozen=True)
class _Kept:
    """A value Uli makes once and keeps in a file of its own (mode 0600)."""

    what: str
    make: Callable[[], str]
    check: Callable[[str], None]
    """Raises ValueError, saying what is wrong, for a value that cannot be used."""
    made: Callable[[Path], None]
    """Says that the file was made."""


def _check_key(key: str) -> None:
    TextCipher([key])


def _made_key(path: Path) -> None:
    log.warning(
        "ULI_DATA_KEY is not set: made a data key for the stored messages in %s. Keep that "
        "file (without it they cannot be read) and apart from backups of the database; on a "
        "server set ULI_DATA_KEY instead",
        path,
    )


def _check_secret(secret: str) -> None:
    if len(secret) < MIN_SECRET_LENGTH:
        raise ValueError("is too short: remove it, and Uli makes a new one at the next start")


def _made_secret(path: Path) -> None:
    log.info("made %s: console logins now outlast a restart (or set ULI_CONSOLE_SECRET)", path)


_DATA_KEY = _Kept("data key file", new_key, _check_key, _made_key)
_SESSION_SECRET = _Kept(
    "console session secret file", lambda: secrets.token_urlsafe(32), _check_secret, _made_secret
)


def _key_file(path: Path) -> str:
    return _private_file(path, _DATA_KEY)


def _private_file(path: Path, kept: _Kept) -> str:
    """The value in the file at *path*; made (mode 0600) if the file is missing."""
    try:
        value = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return _create_private_file(path, kept)
    except (OSError, UnicodeError) as error:
        raise SettingsError(f"cannot read the {kept.what} {path}: {error}") from None
    if path.stat().st_mode & 0o077:
        try:
            path.chmod(0o600)
            log.warning("the %s %s was readable by others: now by its owner only", kept.what, path)
        except OSError:
            log.warning("the %s %s is readable by others: chmod 600 it", kept.what, path)
    try:
        kept.check(value)
    except ValueError as error:
        raise SettingsError(f"the {kept.what} {path} {error}") from None
    return value


def _create_private_file(path: Path, kept: _Kept) -> str:
    value = kept.make()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: if another Uli process made the file a moment ago, use that one.
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _private_file(path, kept)
    with os.fdopen(handle, "w", encoding="ascii") as file:
        file.write(value + "\n")
    kept.made(path)
    return value


async def rotate_key(settings: Settings) -> int:
    """`uli rotate-key`: re-encrypt every stored text with the first key of ULI_DATA_KEY.

    Safe while Uli runs. Afterwards the older keys may be removed from ULI_DATA_KEY.
    """
    cipher = data_cipher(settings)
    async with Database(settings.database_url, cipher=cipher) as database:
        count = await rotate(database.engine, cipher)
    print(f"re-encrypted {count} stored text(s) with the first data key")
    if cipher.key_count > 1:
        print("the other keys may now be removed from ULI_DATA_KEY")
    return 0
