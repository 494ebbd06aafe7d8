"""Encryption at rest for what people write: message texts, the name given with /name, notes,
queued replies.

Such a column is declared ``sa_type=EncryptedText``; the rest of Uli reads and writes plain
``str``. In the database a value reads ``fernet:<token>``: Fernet is AES-128-CBC with an
HMAC-SHA256, so a wrong key or a changed byte is detected instead of giving garbage
(https://cryptography.io/en/latest/fernet/). Several keys may be given, newest first: the
newest encrypts, all of them decrypt (key rotation, see storage.rekey).

The cipher belongs to one ``Database``, not to the process: ``bind_cipher`` ties it to that
database's SQLAlchemy dialect object (one per engine), which SQLAlchemy hands to every
type processor. Two databases with different keys can so live side by side (tests, the
``uli rotate-key`` command next to a running Uli).

A value without the prefix is plain text, written before encryption was switched on or by a
database opened without a cipher; it is read as it is, and encrypted at the next start with a
key (storage.rekey.encrypt_plaintext).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from typing import Any
from weakref import WeakKeyDictionary

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

PREFIX = "fernet:"
KEY_BYTES = 32  # Fernet: 16 bytes signing key + 16 bytes AES key
# 32 random bytes have about 30 different values; fewer than 12 means a typed-in placeholder
# ("AAAA...", "0123...") that happens to be valid base64.
_MIN_DISTINCT_BYTES = 12


class DataKeyError(ValueError):
    """Stored texts cannot be decrypted with the keys given (or no key was given)."""


def check_key(key: str) -> bytes:
    """The 32 key bytes of a Fernet key; ValueError saying why for anything else.

    The message never repeats the key: it is a secret even when it is wrong.
    """
    text = key.strip()
    try:
        raw = base64.urlsafe_b64decode(text.encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raw = b""
    if len(text) != 44 or len(raw) != KEY_BYTES:
        raise ValueError(
            f"is not a data key ({len(text)} characters; a key is 44 characters of URL-safe "
            "base64 holding 32 random bytes)"
        )
    if len(set(raw)) < _MIN_DISTINCT_BYTES:
        raise ValueError("looks like a placeholder, not 32 random bytes")
    return text.encode("ascii")


class TextCipher:
    """Encrypts with the first key, decrypts with any of them."""

    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise ValueError("at least one data key is needed")
        fernets = [Fernet(check_key(key)) for key in keys]
        self._newest = fernets[0]
        self._all = MultiFernet(fernets)
        self.key_count = len(fernets)

    def __repr__(self) -> str:
        return f"TextCipher({self.key_count} key(s))"  # never the keys

    @staticmethod
    def new_key() -> str:
        return Fernet.generate_key().decode("ascii")

    @staticmethod
    def is_encrypted(stored: str) -> bool:
        return stored.startswith(PREFIX)

    def encrypt(self, text: str) -> str:
        return PREFIX + self._newest.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt(self, stored: str, where: str = "a stored text") -> str:
        """Plain text of a stored value; plain values come back unchanged."""
        if not self.is_encrypted(stored):
            return stored
        try:
            return self._all.decrypt(stored[len(PREFIX) :].encode("ascii")).decode("utf-8")
        except (InvalidToken, UnicodeError):
            raise DataKeyError(
                f"none of the {self.key_count} data key(s) given can decrypt {where}: it was "
                "encrypted with another key or altered. If the key was changed, give the old "
                "key too, after the new one."
            ) from None

    def rotated(self, stored: str, where: str = "a stored text") -> str | None:
        """*stored* encrypted with the newest key, or None if it already is."""
        if self.is_encrypted(stored):
            try:
                self._newest.decrypt(stored[len(PREFIX) :].encode("ascii"))
                return None
            except InvalidToken:
                pass
        return self.encrypt(self.decrypt(stored, where))


# Dialect objects are per engine, so this maps each started Database to its cipher.
_ciphers: WeakKeyDictionary[Dialect, TextCipher] = WeakKeyDictionary()


def bind_cipher(dialect: Dialect, cipher: TextCipher) -> None:
    """Encrypt EncryptedText columns of every statement run through *dialect*'s engine."""
    _ciphers[dialect] = cipher


def cipher_of(dialect: Dialect) -> TextCipher | None:
    return _ciphers.get(dialect)


class EncryptedText(TypeDecorator[str]):
    """A TEXT column whose values are encrypted with the cipher bound to the engine.

    Without a bound cipher, values are written as they are (storage-only tools and tests) and
    an encrypted value read raises DataKeyError instead of handing out ciphertext. Equality
    in SQL (``WHERE text = ...``, LIKE) cannot work on encrypted values: each encryption of
    the same text differs.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        cipher = _ciphers.get(dialect)
        return str(value) if cipher is None else cipher.encrypt(str(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        if value is None or not TextCipher.is_encrypted(value):
            return value  # type: ignore[no-any-return]
        cipher = _ciphers.get(dialect)
        if cipher is None:
            raise DataKeyError(
                "this database holds encrypted texts, but it was opened without a data key"
            )
        return cipher.decrypt(value)
