"""`uli user add` and `uli user list`, as the coordinator types them."""

from __future__ import annotations

from pathlib import Path

from tests.bot.test_cli import uli
from tests.bot.test_which_database import made_by_uli


async def test_the_first_admin_is_added_and_listed(tmp_path: Path) -> None:
    env = {"DATABASE_URL": await made_by_uli(tmp_path)}  # `uli run` has started once
    added = uli(
        "user", "add", "--email", "Chef@Example.org", "--name", "Aylin K.",
        "--languages", "de,tr", "--contact-points", "kim,pace", "--role", "admin",
        "--password-stdin", env=env, stdin="a-long-enough-password\n", cwd=tmp_path,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "added admin Aylin K. <chef@example.org> (kim, pace)"
    listed = uli("user", "list", env=env, cwd=tmp_path)
    assert "chef@example.org\tAylin K.\tadmin\tlanguages: de,tr\tcontact points: kim, pace" in (
        listed.stdout
    )
    again = uli(
        "user", "add", "--email", "chef@example.org", "--name", "X", "--password-stdin",
        env=env, stdin="a-long-enough-password\n", cwd=tmp_path,
    )  # fmt: skip
    assert again.returncode == 2 and "already an account" in again.stderr


def test_mistakes_are_one_clear_line(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'uli.db'}"}
    cases = {
        ("--contact-points", "nowhere"): "unknown contact points nowhere; known are",
        ("--languages", "deutsch"): "two- or three-letter codes",
        ("--email", "not-an-email"): "is not an email address",
    }
    for extra, says in cases.items():
        args = {"--email": "x@example.org", "--name": "X", **dict([extra])}
        flat = [part for pair in args.items() for part in pair]
        result = uli(
            "user", "add", *flat, "--password-stdin",
            env=env, stdin="a-long-enough-password\n", cwd=tmp_path,
        )  # fmt: skip
        assert result.returncode == 2 and says in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    short = uli(
        "user", "add", "--email", "y@example.org", "--name", "Y", "--password-stdin",
        env=env, stdin="short\n", cwd=tmp_path,
    )  # fmt: skip
    assert "at least 10 characters" in short.stderr
    no_terminal = uli("user", "add", "--email", "z@example.org", "--name", "Z", env=env)
    assert "--password-stdin" in no_terminal.stderr
