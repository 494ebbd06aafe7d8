"""The benchmark's labelled set is big and varied enough to mean something."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from flows.understanding.files import data_files, data_lines
from flows.understanding.intents import INTENTS
from flows.understanding.normalise import for_matching

LABELLED = Path(__file__).resolve().parents[2] / "data" / "understanding" / "labelled.tsv"
SUPPORTED = ("de", "en", "ru", "ar", "tr", "uk", "fa")


def rows() -> list[dict[str, str]]:
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_size_and_coverage() -> None:
    labelled = rows()
    assert len(labelled) >= 500
    cells = Counter((row["lang"], row["intent"]) for row in labelled)
    missing = [(lang, i) for lang in SUPPORTED for i in INTENTS if not cells[(lang, i)]]
    assert not missing
    short = sum(1 for row in labelled if len(row["text"].split()) <= 4)
    assert short * 3 >= len(labelled)
    others = [row for row in labelled if row["lang"] not in SUPPORTED]
    assert len(others) >= 40
    assert {"ro", "pl", "bg", "ku", "ps", "ti", "so", "sq", "fr", "es"} <= {
        r["lang"] for r in others
    }
    assert all(row["intent"] in INTENTS and row["crisis"] in ("0", "1") for row in labelled)
    assert all((row["crisis"] == "1") == (row["intent"] == "crisis") for row in labelled)


def test_the_set_is_not_the_examples() -> None:
    """Generalisation is measured honestly only on phrasings the matcher was not built from."""
    examples = {
        for_matching(line.partition("\t")[2])
        for name in data_files("intents")
        for line in data_lines("intents", name)
    }
    copied = [row["text"] for row in rows() if for_matching(row["text"]) in examples]
    assert not copied
