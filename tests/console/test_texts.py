"""The console's words exist in every language, and display neutralises hidden characters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from console.display import neutralise, waited
from flows.desk.casework import CANNED
from flows.vocabulary.languages import SUPPORTED_LANGUAGES
from flows.vocabulary.texts import Texts
from storage import ConversationStatus, MessageKind

ROOT = Path(__file__).resolve().parents[2]
# t("console-…") in templates and code, and the keys built from a prefix and a value.
_USED = re.compile(r"""t\(\s*["'](console-[a-z0-9-]+)["']""")


def console_keys_used() -> set[str]:
    keys: set[str] = set()
    console = ROOT / "console"
    for path in [*console.rglob("*.py"), *console.rglob("*.html")]:
        # A key ending in "-" is a prefix (t("console-tab-" ~ name)): listed below.
        found = _USED.findall(path.read_text(encoding="utf-8"))
        keys.update(key for key in found if not key.endswith("-"))
    keys.update(f"console-kind-{kind.value}" for kind in MessageKind)
    keys.update(f"console-status-{status.value}" for status in ConversationStatus)
    keys.update(f"console-canned-{canned}" for canned in CANNED)
    keys.update(f"canned-{canned}" for canned in CANNED)
    for prefix, values in {
        "console-tab-": ("waiting", "mine", "open", "closed"),
        "console-delivery-": ("pending", "sent", "unreachable", "rejected"),
        "console-role-": ("caseworker", "admin"),
        "console-": ("minutes", "hours", "days"),
        "console-page-": ("forbidden", "forbidden-text", "not-found", "not-found-text"),
    }.items():
        keys.update(prefix + value for value in values)
    return keys


def test_every_console_text_the_code_uses_exists(texts: Texts) -> None:
    used = console_keys_used()
    assert len(used) > 60, "the scan found too few keys: the pattern is broken"
    for lang in SUPPORTED_LANGUAGES:
        missing = used - texts.keys(lang)
        assert not missing, f"{lang}: {sorted(missing)}"


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("rechnung\u202etxt.exe", "rechnungtxt.exe"),  # right-to-left override
        ("a\u2066b\u2069c\u202ad\u202c", "abcd"),  # isolates and embeddings
        ("ruf\u200bmich\u2060an\ufeff", "rufmichan"),  # zero-width space, word joiner, BOM
        ("tag\U000e0041\U000e007f", "tag"),  # invisible tag characters
        ("bell\x07\x1b[31m", "bell[31m"),  # control characters
        ("می\u200cخواهم", "می\u200cخواهم"),  # Persian needs its zero-width non-joiner
        ("👩\u200d💻", "👩\u200d💻"),  # emoji sequences need the zero-width joiner
        ("Zeile 1\nZeile 2\tTab", "Zeile 1\nZeile 2\tTab"),
        ("<b>fett</b>", "<b>fett</b>"),  # markup is escaped by the templates, not here
    ],
)
def test_hidden_characters_are_removed_for_display(written: str, shown: str) -> None:
    assert neutralise(written) == shown


def test_waiting_times_are_rounded_for_a_glance() -> None:
    import datetime as dt

    now = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
    assert waited(now - dt.timedelta(minutes=7, seconds=59), now) == ("minutes", 7)
    assert waited(now - dt.timedelta(hours=5, minutes=59), now) == ("hours", 5)
    assert waited(now - dt.timedelta(days=3, hours=1), now) == ("days", 3)
    assert waited(None, now) is None
