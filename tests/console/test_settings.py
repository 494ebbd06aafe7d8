"""Console settings from the environment: defaults, and one clear line for each mistake."""

from __future__ import annotations

import pytest

from bot.settings import Settings, SettingsError


def test_defaults_serve_the_console_on_this_machine_only() -> None:
    settings = Settings.from_env({})
    assert (settings.console_host, settings.console_port) == ("127.0.0.1", 8080)
    assert settings.console_secret is None and settings.console_secure_cookies is False
    assert settings.console_session_hours == 12


def test_console_settings_are_read() -> None:
    secret = "s" * 40
    settings = Settings.from_env(
        {
            "ULI_CONSOLE_HOST": "0.0.0.0",
            "ULI_CONSOLE_PORT": "9090",
            "ULI_CONSOLE_SECRET": secret,
            "ULI_CONSOLE_SECURE_COOKIES": "true",
            "ULI_CONSOLE_SESSION_HOURS": "8",
        }
    )
    assert (settings.console_host, settings.console_port) == ("0.0.0.0", 9090)
    assert settings.console_secret == secret and settings.console_secure_cookies
    assert settings.console_session_hours == 8
    assert secret not in repr(settings)


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("ULI_CONSOLE_PORT", "80a", "not a port number"),
        ("ULI_CONSOLE_PORT", "70000", "not a port number"),
        ("ULI_CONSOLE_SECRET", "short", "too short"),
        ("ULI_CONSOLE_SECURE_COOKIES", "maybe", "use 1"),
        ("ULI_CONSOLE_SESSION_HOURS", "0", "in hours"),
        ("ULI_CONSOLE_SESSION_HOURS", "forever", "in hours"),
    ],
)
def test_a_wrong_console_setting_is_named(name: str, value: str, says: str) -> None:
    with pytest.raises(SettingsError, match=says) as caught:
        Settings.from_env({name: value})
    assert name in str(caught.value)
