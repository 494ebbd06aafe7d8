"""Crisis in long messages: is a crisis still found when it is one sentence in a long letter,
and what does a long message cost?

    .venv/bin/python bench/long_messages.py [--chars 4000] [--limit 0]

Each crisis message of data/understanding/crisis_test.tsv (a set written apart from the
patterns and examples, never tuned on) is put at the start, in the middle and at the end of
a harmless letter of about `--chars` characters, made of the ordinary messages (no crisis) of
data/understanding/labelled.tsv. Prints crisis recall for the message alone and in each
position, false alarms on the letters without a crisis, and the CPU time of
`Understander.understand` per letter. `--whole` judges the meaning of the whole letter at once
instead of in pieces, for comparison.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import statistics
import time
from pathlib import Path

import bot  # noqa: F401 - first, as in `uli`: numpy on one BLAS thread (bot/__init__.py)
from flows.understanding import Understander, crisis_meaning

ROOT = Path(__file__).resolve().parents[1]
CRISIS_TEST = ROOT / "data" / "understanding" / "crisis_test.tsv"
LABELLED = ROOT / "data" / "understanding" / "labelled.tsv"
TODAY = dt.date(2026, 12, 3)


def letter(harmless: list[str], chars: int, rng: random.Random) -> list[str]:
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < chars:
        sentence = rng.choice(harmless).strip()
        sentences.append(sentence if sentence[-1:] in ".!?؟" else sentence + ".")
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=4000)
    parser.add_argument("--limit", type=int, default=0, help="crisis messages to try (0: all)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--whole", action="store_true", help="meaning of the whole letter")
    args = parser.parse_args()
    if args.whole:
        crisis_meaning.windows = lambda text: [text]
    rng = random.Random(args.seed)
    with CRISIS_TEST.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    crisis = [r["text"] for r in rows if r["crisis"] == "1"]
    with LABELLED.open(encoding="utf-8") as handle:
        harmless = [r["text"] for r in csv.DictReader(handle, delimiter="\t") if r["crisis"] == "0"]
    if args.limit:
        crisis = rng.sample(crisis, min(args.limit, len(crisis)))
    understander = Understander(["Jülich", "Düren"])

    def found(text: str) -> bool:
        return understander.understand(text, known_lang=None, today=TODAY).crisis is not None

    alone = {text: found(text) for text in crisis}
    positions = ("start", "middle", "end")
    hits = dict.fromkeys(positions, 0)
    cpu: list[float] = []
    false_alarms = 0
    for text in crisis:
        filler = letter(harmless, args.chars, rng)
        started = time.process_time()
        false_alarms += found(" ".join(filler))
        cpu.append(time.process_time() - started)
        for position in positions:
            at = {"start": 0, "middle": len(filler) // 2, "end": len(filler)}[position]
            hits[position] += found(" ".join([*filler[:at], text, *filler[at:]]))
    n = len(crisis)
    print(f"{n} crisis messages of {CRISIS_TEST.name}, letters of about {args.chars} characters")
    print(f"recall, the message alone: {sum(alone.values()) / n:.1%}")
    for position in positions:
        print(f"recall, in a letter at the {position}: {hits[position] / n:.1%}")
    print(f"false alarms on the {n} letters without the crisis message: {false_alarms / n:.1%}")
    print(
        f"CPU per letter: median {statistics.median(cpu) * 1000:.0f} ms, "
        f"max {max(cpu) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
