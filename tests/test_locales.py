"""Every language has every text with the same placeholders; the code asks for no missing text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flows.conversation.commands import COMMANDS
from flows.conversation.steps import MEDIA_TEXT
from flows.knowledge.catalogue import Offer, Residence
from flows.vocabulary.languages import SUPPORTED_LANGUAGES
from flows.vocabulary.texts import RLM, Texts

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def texts() -> Texts:
    return Texts()


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_language_has_every_key_with_the_same_placeholders(texts: Texts, lang: str) -> None:
    reference = texts.keys("de")
    assert texts.keys(lang) == reference, (
        f"{lang}: missing {reference - texts.keys(lang)}, extra {texts.keys(lang) - reference}"
    )
    for key in reference:
        assert texts.placeholders(lang, key) == texts.placeholders("de", key), (lang, key)


def keys_used_in_code() -> set[str]:
    keys: set[str] = set()
    for path in [*ROOT.joinpath("flows").rglob("*.py"), *ROOT.joinpath("bot").rglob("*.py")]:
        source = path.read_text(encoding="utf-8")
        keys.update(re.findall(r"""\bt\(\s*(?:turn\.)?lang\w*\s*,\s*"([a-z0-9-]+)\"""", source))
        keys.update(re.findall(r"""self\.t\(\s*turn\.\w+\s*,\s*"([a-z0-9-]+)\"""", source))
    keys.update(f"residence-{r.value}" for r in Residence)
    keys.update(f"offer-{o.value}" for o in Offer)
    keys.update(f"command-{c}" for c in COMMANDS)
    keys.update(MEDIA_TEXT.values())
    return keys


def test_every_key_the_code_uses_exists(texts: Texts) -> None:
    used = keys_used_in_code()
    assert len(used) > 40, "the scan for keys found too few: the pattern is broken"
    missing = used - texts.keys("de")
    assert not missing, f"used in code but not in locales: {sorted(missing)}"


def test_every_text_formats_in_every_language(texts: Texts) -> None:
    sample = dict(
        name="KIM",
        persona="Uli",
        organisation="Verein",
        since="31.07.2022",
        starts="01.01.2030",
        line="14:00",
        day="Mo",
        start="14:00",
        end="16:00",
        place="Jülich",
        kind="appointment",
        reason="x",
        min=12,
        max=27,
        list="a, b",
        phone="+49 1",
        number="+49 1",
        email="a@example.org",
        contact="a@example.org",
        summary="s",
        time="09:00",
        when="morgen, ab 09:00",
        days=90,
        url="https://example.org/datenschutz",
        pseudonym="Blaue Eule 12",
        date="2026-11-25 10:00",
        language="Deutsch",
        days_unanswered=30,
        address="Musterstraße 5, 52428 Jülich",
        button="📅 Termin",
        book="yes",
    )
    for lang in SUPPORTED_LANGUAGES:
        for key in texts.keys(lang):
            assert texts(lang, key, **sample).strip(), (lang, key)


def test_inserted_values_are_isolated_in_right_to_left_languages(texts: Texts) -> None:
    arabic = texts("ar", "person-phone", phone="+49 2421 000000")
    assert "\u2068+49 2421 000000\u2069" in arabic
    german = texts("de", "person-phone", phone="+49 2421 000000")
    assert "\u2068" not in german and RLM not in german
