"""The crisis check by meaning: indirect messages no word pattern knows are caught, harmless
look-alikes are not, and the examples' embeddings are kept between starts."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import numpy as np
import pytest

from flows.understanding import Understander
from flows.understanding.crisis import CrisisDetector
from flows.understanding.crisis_meaning import CrisisByMeaning

# Written for this test, in the words of no pattern and no example.
INDIRECT = [
    ("ich hab schon alle tabletten gesammelt die ich finden konnte", "de"),
    ("i already wrote letters for everyone i love, tonight is the night", "en"),
    ("я раздала все свои вещи подругам, они мне больше не понадобятся", "ru"),
    ("كتبت رسالة وداع لأهلي وخلص قررت", "ar"),
    ("bütün eşyalarımı dağıttım artık bir anlamı yok", "tr"),
    ("я вже попрощалася з усіма, більше не буду нікому заважати", "uk"),
    ("همه چیزمو بخشیدم به دوستام، دیگه لازمم نمیشه", "fa"),
]
HARMLESS = [
    "can you tell me when the office opens on monday",
    "ich möchte einen termin für meine bewerbung",
    "we lost 4-0 yesterday, the other team destroyed us",
    "дайте, пожалуйста, адрес вашего офиса",
]


@pytest.fixture(scope="module")
def meaning() -> CrisisByMeaning:
    return CrisisByMeaning()


@pytest.mark.parametrize(("text", "lang"), INDIRECT)
def test_indirect_crisis_messages_no_pattern_knows_are_caught(
    meaning: CrisisByMeaning, text: str, lang: str
) -> None:
    assert CrisisDetector().check(text) is None, "the patterns do not know this wording"
    assert meaning.check(text) is not None, lang


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_messages_are_no_crisis(meaning: CrisisByMeaning, text: str) -> None:
    assert meaning.check(text) is None


def test_a_crisis_seen_only_by_meaning_is_marked_so(understander: Understander) -> None:
    found = understander.understand(INDIRECT[1][0], known_lang="en", today=dt.date(2026, 12, 1))
    assert found.intent == "crisis" and found.crisis is not None and found.crisis_by_meaning
    plain = understander.understand("i want to kill myself", known_lang="en",
                                    today=dt.date(2026, 12, 1))  # fmt: skip
    assert plain.crisis is not None and not plain.crisis_by_meaning


def test_the_embeddings_are_kept_and_a_broken_cache_is_made_anew(
    tmp_path: Path, meaning: CrisisByMeaning, caplog: pytest.LogCaptureFixture
) -> None:
    cached = CrisisByMeaning(tmp_path)
    [stored] = list(tmp_path.glob("crisis-examples-*.npz"))
    assert np.allclose(cached.crisis, meaning.crisis)
    with np.load(stored) as kept:
        assert kept["crisis"].shape == meaning.crisis.shape
    broken = tmp_path / "again"
    broken.mkdir()
    (broken / stored.name).write_bytes(b"not a numpy file")
    with caplog.at_level(logging.WARNING):
        again = CrisisByMeaning(broken)
    assert "unreadable" in caplog.text
    assert np.allclose(again.harmless, meaning.harmless)
