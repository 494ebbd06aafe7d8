"""The secret that signs the console's sessions: ULI_CONSOLE_SECRET if set, else kept beside
the data key, so that a restart logs nobody out without any extra setting."""

from __future__ import annotations

import logging
import re
import stat
from pathlib import Path

import pytest
import yaml

from bot.keys import session_secret
from bot.settings import Settings, SettingsError
from storage import TextCipher

ROOT = Path(__file__).resolve().parents[2]
POSTGRES = "postgresql://uli:uli@db:5432/uli"


def test_uli_console_secret_comes_first(tmp_path: Path) -> None:
    secret = "k" * 40
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'uli.db'}", console_secret=secret)
    assert session_secret(settings) == secret.encode()
    assert list(tmp_path.iterdir()) == [], "no file needed then"


def test_on_sqlite_a_file_beside_the_database_is_made_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'data' / 'uli.db'}")
    with caplog.at_level(logging.INFO):
        first = session_secret(settings)
    path = tmp_path / "data" / "uli.session-secret"
    assert first is not None and len(first) >= 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert f"made {path}" in caplog.text
    assert session_secret(settings) == first, "the same after a restart"
    path.chmod(0o644)
    with caplog.at_level(logging.WARNING):
        assert session_secret(settings) == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert f"{path} was readable by others" in caplog.text


def test_the_database_in_use_decides_where_the_file_is(tmp_path: Path) -> None:
    settings = Settings()  # ./uli.db in the settings, another database opened
    assert session_secret(settings, f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    assert [p.name for p in tmp_path.iterdir()] == ["x.session-secret"]


def test_a_damaged_secret_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "uli.session-secret").write_text("short\n")
    with pytest.raises(SettingsError, match=r"uli\.session-secret is too short: remove it"):
        session_secret(Settings(database_url=f"sqlite:///{tmp_path / 'uli.db'}"))


def test_on_postgresql_it_comes_from_the_data_key() -> None:
    key, other = TextCipher.new_key(), TextCipher.new_key()
    secret = session_secret(Settings(database_url=POSTGRES, data_keys=(key,)))
    assert secret is not None and len(secret) == 32
    assert secret == session_secret(Settings(database_url=POSTGRES, data_keys=(key, other)))
    assert secret != session_secret(Settings(database_url=POSTGRES, data_keys=(other, key)))
    assert key.encode() not in secret


def test_an_in_memory_database_keeps_no_secret() -> None:
    assert session_secret(Settings(database_url="sqlite://")) is None


def test_docker_compose_sets_it_and_its_placeholder_is_refused() -> None:
    text = (ROOT / "docker-compose.yml").read_text()
    uli = yaml.safe_load(text)["services"]["uli"]["environment"]
    assert uli["ULI_CONSOLE_SECRET"].startswith("${ULI_CONSOLE_SECRET:?set ULI_CONSOLE_SECRET")
    found = re.search(r"^#\s+ULI_CONSOLE_SECRET=(\S+)", text, re.MULTILINE)
    assert found, "the .env template in the comment names it"
    with pytest.raises(SettingsError, match="still the placeholder") as refused:
        Settings.from_env({"ULI_CONSOLE_SECRET": found.group(1)})
    assert "secrets.token_urlsafe(32)" in str(refused.value)
