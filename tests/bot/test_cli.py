"""The `uli` command as an operator meets it: clear one-line errors, a readable check-config."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError

ROOT = Path(__file__).resolve().parents[2]


def uli(
    *args: str, env: dict[str, str] | None = None, stdin: str = "", cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "DATABASE_URL")
    }
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**clean, "PYTHONPATH": str(ROOT), **(env or {})},
    )


def test_run_without_a_token_says_so_in_one_line() -> None:
    result = uli("run")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "TELEGRAM_BOT_TOKEN is not set" in result.stderr and "Traceback" not in result.stderr


def test_run_with_a_malformed_token_says_so_in_one_line() -> None:
    result = uli("run", env={"TELEGRAM_BOT_TOKEN": "not a token"})
    assert result.returncode == 2
    assert "does not look like a bot token" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"TELEGRAM_API_URL": "ftp://x"}, "TELEGRAM_API_URL"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
    ],
)
def test_wrong_settings_name_the_setting(env: dict[str, str], words: str) -> None:
    with pytest.raises(SettingsError, match=words):
        Settings.from_env(env)


def test_unsupported_database_url_is_one_clear_line(tmp_path: Path) -> None:
    result = uli("chat", env={"DATABASE_URL": "mysql://root@localhost/uli"}, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "mysql" in result.stderr.lower()


def test_check_config_summarises_the_shipped_example() -> None:
    result = uli("check-config")
    assert result.returncode == 0, result.stderr
    for fact in ("Teilhabemanagement", "KIM", "2022-07-31", "Josef-Schregel-Str. 31"):
        assert fact in result.stdout


def test_check_config_names_file_line_and_field(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    source = (ROOT / "bot/example/contact-points.yaml").read_text(encoding="utf-8")
    broken.write_text(source.replace('to: "16:00"', 'to: "25:00"', 1), encoding="utf-8")
    line = next(i for i, text in enumerate(broken.read_text().splitlines(), 1) if "25:00" in text)
    result = uli("check-config", str(broken))
    assert result.returncode == 2
    assert f"broken.yaml, line {line}" in result.stderr and ".to" in result.stderr
    assert "Traceback" not in result.stderr


def test_chat_in_the_terminal_without_a_token(tmp_path: Path) -> None:
    result = uli("chat", "--lang", "de", stdin="1\n/start teilhabe\n1\n1\n", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "[1] ✓ Deutsch" in result.stdout
    assert "Öffnungszeiten: Teilhabemanagement" in result.stdout
    assert (tmp_path / "uli.db").exists(), "the default database is ./uli.db"


def _threads_seen_by_uli(**env: str) -> str:
    """The BLAS thread settings a `uli` process runs with, given this environment."""
    clean = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    script = (
        "import os, sys, bot.cli; assert 'numpy' not in sys.modules, 'numpy came first'; "
        "print(os.environ['OPENBLAS_NUM_THREADS'], os.environ['OMP_NUM_THREADS'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=clean | env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_uli_multiplies_on_one_blas_thread_unless_the_operator_says_otherwise() -> None:
    assert _threads_seen_by_uli() == "1 1"
    assert _threads_seen_by_uli(OPENBLAS_NUM_THREADS="4") == "4 1"
