"""Settings from the environment. The only place in Uli that reads it."""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from storage import TextCipher

EXAMPLE_CONTACT_POINTS = Path(__file__).parent / "example" / "contact-points.yaml"
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./uli.db"
# A BotFather token is the bot's numeric id, a colon and a secret.
TOKEN_PATTERN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{5,}$")
DEFAULT_CONSOLE_PORT = 8080
MIN_SECRET_LENGTH = 32
_YES, _NO = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")
ENVIRONMENTS = ("development", "production")
# How long a conversation without activity is kept (days); see flows/retention.py.
RETENTION_DAYS = 90
RETENTION_DAYS_UNANSWERED = 30  # never reached a caseworker


class SettingsError(ValueError):
    """A wrong or missing setting; the message names it and says what to do."""


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    contact_points: Path = EXAMPLE_CONTACT_POINTS
    telegram_token: str | None = field(default=None, repr=False)
    telegram_api_url: str | None = None
    log_level: str = "INFO"
    # Keys for the texts stored in the database, newest first (see bot/keys.py). Never shown.
    data_keys: tuple[str, ...] = field(default=(), repr=False)
    environment: str = "development"
    retention_days: int = RETENTION_DAYS
    retention_days_unanswered: int = RETENTION_DAYS_UNANSWERED
    # The caseworkers' console, served by `uli run` beside the bot.
    console_host: str = "127.0.0.1"
    console_port: int = DEFAULT_CONSOLE_PORT
    console_secret: str | None = field(default=None, repr=False)
    console_secure_cookies: bool = False
    console_session_hours: float = 12.0
    # Webhook mode: Telegram posts updates to this public HTTPS URL (the console's
    # /telegram/webhook behind a TLS proxy) instead of Uli polling.
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: str | None = field(default=None, repr=False)
    # Names this process in the outbox's leases; several Uli processes on one database need
    # different names, one process keeps its name across restarts (see storage/outbox.py).
    instance_id: str | None = None
    # Where computed data that can be made anew is kept (the crisis examples' embeddings).
    cache_dir: Path | None = None

    @property
    def instance(self) -> str:
        return self.instance_id or f"{socket.gethostname()}:{self.console_port}"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        api_url = env.get("TELEGRAM_API_URL") or None
        if api_url:
            parsed = urlparse(api_url)
            if parsed.scheme not in ("http", "https") or not parsed.netloc:
                raise SettingsError(
                    f"TELEGRAM_API_URL={api_url!r} is not an http(s) URL "
                    "(e.g. http://127.0.0.1:8081, without /bot)"
                )
        level = env.get("LOG_LEVEL", "INFO").upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise SettingsError(f"LOG_LEVEL={level!r}: use DEBUG, INFO, WARNING or ERROR")
        console = _console_settings(env)
        webhook_url, webhook_secret = _webhook(env)
        return cls(
            console_host=console["console_host"],
            console_port=console["console_port"],
            console_secret=console["console_secret"],
            console_secure_cookies=console["console_secure_cookies"],
            console_session_hours=console["console_session_hours"],
            database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
            contact_points=Path(env.get("ULI_CONTACT_POINTS") or EXAMPLE_CONTACT_POINTS),
            telegram_token=(env.get("TELEGRAM_BOT_TOKEN") or "").strip() or None,
            telegram_api_url=api_url.rstrip("/") if api_url else None,
            log_level=level,
            data_keys=_data_keys(env.get("ULI_DATA_KEY") or ""),
            environment=_environment(env.get("ULI_ENV") or "development"),
            **_retention(env),
            telegram_webhook_url=webhook_url,
            telegram_webhook_secret=webhook_secret,
            instance_id=_instance_id(env.get("ULI_INSTANCE_ID") or ""),
            cache_dir=_cache_dir(env),
        )

    def require_token(self) -> str:
        token = self.telegram_token
        if not token:
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather in Telegram and start "
                "with TELEGRAM_BOT_TOKEN=123456789:AA... uli run (or try `uli chat` without one)"
            )
        if not TOKEN_PATTERN.match(token):
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters, "
                "digits, - or _; e.g. 123456789:AAExample). Copy it again from @BotFather."
            )
        return token


# https://core.telegram.org/bots/api#setwebhook: 1-256 characters, A-Z, a-z, 0-9, _ and -.
WEBHOOK_SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
WEBHOOK_SECRET_MIN = 32
_PLACEHOLDERS = ("change", "example", "secret", "placeholder", "xxxx", "todo", "your")


def _webhook(env: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(URL, secret) of webhook mode; both are needed, and a real secret in production."""
    url = (env.get("TELEGRAM_WEBHOOK_URL") or "").strip() or None
    secret = (env.get("TELEGRAM_WEBHOOK_SECRET") or "").strip() or None
    if url is None:
        return None, secret
    parsed = urlparse(url)
    production = (env.get("ULI_ENV") or "development").strip().lower() == "production"
    if parsed.scheme != "https" and (production or parsed.hostname != "127.0.0.1"):
        raise SettingsError(
            f"TELEGRAM_WEBHOOK_URL={url!r}: Telegram only posts to https:// URLs, e.g. "
            "https://uli.example.org/telegram/webhook"
        )
    if secret is None:
        raise SettingsError(
            "TELEGRAM_WEBHOOK_SECRET is not set: webhook mode needs a secret so that only "
            "Telegram can post updates; make one with: "
            "python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
        )
    if not WEBHOOK_SECRET_PATTERN.match(secret):
        raise SettingsError(
            "TELEGRAM_WEBHOOK_SECRET may only contain letters, digits, _ and - "
            "(at most 256), e.g. python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
        )
    weak = len(secret) < WEBHOOK_SECRET_MIN or any(p in secret.lower() for p in _PLACEHOLDERS)
    if weak and production:
        raise SettingsError(
            f"TELEGRAM_WEBHOOK_SECRET looks like a placeholder or is shorter than "
            f"{WEBHOOK_SECRET_MIN} characters; with ULI_ENV=production use a random one "
            "(secrets.token_urlsafe(32))"
        )
    return url, secret


def _cache_dir(env: Mapping[str, str]) -> Path | None:
    """ULI_CACHE_DIR, else the user's cache folder (XDG), else none (recomputed per start)."""
    if chosen := (env.get("ULI_CACHE_DIR") or "").strip():
        return Path(chosen).expanduser()
    if base := (env.get("XDG_CACHE_HOME") or "").strip():
        return Path(base) / "uli"
    home = (env.get("HOME") or "").strip()
    return Path(home) / ".cache" / "uli" if home else None


INSTANCE_PATTERN = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def _instance_id(value: str) -> str | None:
    value = value.strip()
    if value and not INSTANCE_PATTERN.match(value):
        raise SettingsError(
            f"ULI_INSTANCE_ID={value!r}: at most 64 letters, digits and . _ : -, "
            "e.g. uli-1 (a different one for each Uli process on the same database)"
        )
    return value or None


def _data_keys(value: str) -> tuple[str, ...]:
    keys = tuple(value.replace(",", " ").split())
    for number, key in enumerate(keys, 1):
        try:
            TextCipher([key])
        except ValueError as error:  # the message never repeats the key
            raise SettingsError(
                f"ULI_DATA_KEY: key {number} of {len(keys)} {error}; make one with `uli new-key`"
            ) from None
    return keys


def _environment(value: str) -> str:
    value = value.strip().lower()
    if value not in ENVIRONMENTS:
        raise SettingsError(f"ULI_ENV={value!r}: use development or production")
    return value


def _retention(env: Mapping[str, str]) -> dict[str, int]:
    days = {}
    for name, default in (
        ("ULI_RETENTION_DAYS", RETENTION_DAYS),
        ("ULI_RETENTION_DAYS_UNANSWERED", RETENTION_DAYS_UNANSWERED),
    ):
        raw = (env.get(name) or "").strip() or str(default)
        if not raw.isdigit() or not 1 <= int(raw) <= 3650:
            raise SettingsError(f"{name}={raw!r}: a whole number of days from 1 to 3650")
        days[name] = int(raw)
    if days["ULI_RETENTION_DAYS_UNANSWERED"] > days["ULI_RETENTION_DAYS"]:
        raise SettingsError(
            "ULI_RETENTION_DAYS_UNANSWERED is longer than ULI_RETENTION_DAYS; it is meant for "
            "conversations that never reached a caseworker and must not be longer"
        )
    return {
        "retention_days": days["ULI_RETENTION_DAYS"],
        "retention_days_unanswered": days["ULI_RETENTION_DAYS_UNANSWERED"],
    }


# What the placeholder in docker-compose.yml's comment says, spelled as people would.
_CONSOLE_SECRET_PLACEHOLDERS = ("change-me", "changeme", "change_me")


def _console_settings(env: Mapping[str, str]) -> dict[str, Any]:
    found: dict[str, Any] = {
        "console_host": "127.0.0.1",
        "console_port": DEFAULT_CONSOLE_PORT,
        "console_secret": None,
        "console_session_hours": 12.0,
    }
    host = env.get("ULI_CONSOLE_HOST", "").strip()
    if host:
        found["console_host"] = host
    port = env.get("ULI_CONSOLE_PORT", "").strip()
    if port:
        if not port.isdigit() or not 1 <= int(port) <= 65535:
            raise SettingsError(
                f"ULI_CONSOLE_PORT={port!r} is not a port number (1-65535), e.g. 8080"
            )
        found["console_port"] = int(port)
    secret = env.get("ULI_CONSOLE_SECRET", "").strip()
    if secret:
        if len(secret) < MIN_SECRET_LENGTH:
            raise SettingsError(
                f"ULI_CONSOLE_SECRET is too short ({len(secret)} characters): use at least "
                f"{MIN_SECRET_LENGTH} random characters, e.g. the output of "
                "python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
            )
        if any(mark in secret.lower() for mark in _CONSOLE_SECRET_PLACEHOLDERS):
            raise SettingsError(
                "ULI_CONSOLE_SECRET is still the placeholder: set it to a random secret of "
                "your own, e.g. the output of "
                "python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
            )
        found["console_secret"] = secret
    secure = env.get("ULI_CONSOLE_SECURE_COOKIES", "").strip().lower()
    if secure not in _YES + _NO:
        raise SettingsError(
            f"ULI_CONSOLE_SECURE_COOKIES={secure!r}: use 1 (the console is served over HTTPS) or 0"
        )
    # In production caseworkers reach the console over HTTPS (docs/running.md): its cookies
    # must never travel in clear text, whatever else is set.
    production = (env.get("ULI_ENV") or "development").strip().lower() == "production"
    if production and secure and secure in _NO:
        raise SettingsError(
            f"ULI_CONSOLE_SECURE_COOKIES={secure!r} with ULI_ENV=production: in production the "
            "console is served over HTTPS and its cookies are always Secure; remove the setting"
        )
    found["console_secure_cookies"] = secure in _YES or production
    hours = env.get("ULI_CONSOLE_SESSION_HOURS", "").strip()
    if hours:
        try:
            value = float(hours)
        except ValueError:
            value = 0.0
        if not 0 < value <= 24 * 30:
            raise SettingsError(
                f"ULI_CONSOLE_SESSION_HOURS={hours!r}: how long a console login lasts, in hours "
                "(more than 0, at most 720), e.g. 12"
            )
        found["console_session_hours"] = value
    return found
