"""Settings from the environment. The only place in Uli that reads it."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

EXAMPLE_CONTACT_POINTS = Path(__file__).parent / "example" / "contact-points.yaml"
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./uli.db"
# A BotFather token is the bot's numeric id, a colon and a secret.
TOKEN_PATTERN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{5,}$")


class SettingsError(ValueError):
    """A wrong or missing setting; the message names it and says what to do."""


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    contact_points: Path = EXAMPLE_CONTACT_POINTS
    telegram_token: str | None = None
    telegram_api_url: str | None = None
    log_level: str = "INFO"

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
        return cls(
            database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
            contact_points=Path(env.get("ULI_CONTACT_POINTS") or EXAMPLE_CONTACT_POINTS),
            telegram_token=(env.get("TELEGRAM_BOT_TOKEN") or "").strip() or None,
            telegram_api_url=api_url.rstrip("/") if api_url else None,
            log_level=level,
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
