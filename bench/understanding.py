"""Benchmark of flows.understanding on data/understanding/labelled.tsv.

    python bench/understanding.py [--set PATH] [--today 2026-11-25]

Prints intent accuracy per language and per intent, crisis recall and false alarms, the rate
of confidently wrong answers, language detection on one- to four-word messages, day and
place hints, latency per message, start-up time and the peak memory of this process; then
crisis recall and false alarms on data/understanding/crisis_test.tsv, a set written apart
from the patterns and examples and never used to tune them, for the word patterns alone,
the check by meaning alone and both together (as Uli runs them).

`--by-length` measures instead the CPU per message (time.process_time, one thread) at
10, 100, 1,000 and 4,000 characters, per part of the understanding, median over distinct
texts made of the labelled set's ordinary messages joined to the length (no crisis, so every
part runs, as for most messages).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

import bot  # noqa: F401 - first, as in `uli`: numpy on one BLAS thread (bot/__init__.py)

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "data" / "understanding" / "labelled.tsv"
CRISIS_TEST = ROOT / "data" / "understanding" / "crisis_test.tsv"
SUPPORTED = ("de", "en", "ru", "ar", "tr", "uk", "fa")

if TYPE_CHECKING:
    from flows.understanding import Understander


def rss_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process in MB, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def load(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}% ({part}/{whole})" if whole else "  n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", type=Path, default=LABELLED)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 25))
    parser.add_argument(
        "--faq-examples",
        type=Path,
        metavar="CONTACT_POINTS",
        help="also learn that contact-point file's FAQ examples, as the bot does (an FAQ "
        "intent for a labelled message counts as wrong)",
    )
    parser.add_argument("--by-length", action="store_true", help="CPU per part by length only")
    parser.add_argument("--texts", type=int, default=40, help="distinct texts per length")
    args = parser.parse_args(argv)
    rows = load(args.set)
    rss_before = rss_mb("VmRSS")

    from bot.settings import Settings

    cache = Settings.from_env().cache_dir
    started = time.perf_counter()
    from flows.understanding import CONFIDENT, Understander

    faq_examples = None
    if args.faq_examples:
        from flows.conversation.intent_answers import faq_examples as examples_of
        from flows.knowledge.catalogue import load_catalogue

        faq_examples = examples_of(load_catalogue(args.faq_examples))
    understander = Understander(
        place_names=["Jülich", "Düren", "Hannover", "Leipzig"],
        cache_dir=cache,
        faq_examples=faq_examples,
    )
    startup = time.perf_counter() - started
    rss_after = rss_mb("VmRSS")
    if args.by_length:
        by_length(understander, rows, args.texts, args.today)
        return 0

    results = []
    timings = []
    for row in rows:
        begin = time.perf_counter()
        result = understander.understand(row["text"], known_lang=None, today=args.today)
        timings.append(time.perf_counter() - begin)
        results.append(result)

    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    by_intent: dict[str, Counter[str]] = defaultdict(Counter)
    crisis = Counter[str]()
    lang_short = Counter[str]()
    lang_short_supported = Counter[str]()
    lang_all = Counter[str]()
    hints = Counter[str]()
    wrong_crisis: list[str] = []
    for row, result in zip(rows, results, strict=True):
        words = len(row["text"].split())
        lang_ok = result.lang == row["lang"]
        lang_all.update(total=1, right=lang_ok)
        if words <= 4:
            lang_short.update(total=1, right=lang_ok)
            if row["lang"] in SUPPORTED:
                lang_short_supported.update(total=1, right=lang_ok)
        if row["lang"] not in SUPPORTED:
            continue
        right = result.intent == row["intent"]
        for counter in (by_lang[row["lang"]], by_lang["all"], by_intent[row["intent"]]):
            counter.update(total=1, right=right, sure_wrong=not right and result.sure)
        flagged, expected = result.crisis is not None, row["crisis"] == "1"
        crisis.update(
            positives=expected, caught=expected and flagged,
            negatives=not expected, false_alarm=flagged and not expected,
        )  # fmt: skip
        if flagged != expected:
            wrong_crisis.append(f"{row['text']!r} expected={int(expected)}")
        if row.get("day"):
            label = row["day"]
            hints.update(day_total=1, day_right=_day_matches(label, result.day, args.today))
        if row.get("place"):
            hints.update(place_total=1, place_right=result.place_hint == row["place"])

    print(f"labelled set: {args.set.relative_to(ROOT)}  ({len(rows)} messages)")
    print("\nintent top-1 accuracy per language (supported languages)")
    for lang in (*SUPPORTED, "all"):
        c = by_lang[lang]
        print(f"  {lang:4} {pct(c['right'], c['total'])}")
    print("\nintent top-1 accuracy per intent")
    for intent in sorted(by_intent):
        c = by_intent[intent]
        print(f"  {intent:18} {pct(c['right'], c['total'])}")
    total = by_lang["all"]
    sure_wrong = pct(total["sure_wrong"], total["total"])
    print(f"\nconfidently wrong (confidence >= {CONFIDENT}): {sure_wrong}")
    answered = sum(
        1 for r, row in zip(results, rows, strict=True) if row["lang"] in SUPPORTED and r.sure
    )
    print(f"answered without asking back:            {pct(answered, total['total'])}")
    print(f"\ncrisis recall:          {pct(crisis['caught'], crisis['positives'])}")
    print(f"crisis false alarms:    {pct(crisis['false_alarm'], crisis['negatives'])}")
    for line in wrong_crisis:
        print(f"  crisis mistake: {line}")
    print("\nlanguage detection")
    print(f"  1-4 words, all languages:       {pct(lang_short['right'], lang_short['total'])}")
    supported = pct(lang_short_supported["right"], lang_short_supported["total"])
    print(f"  1-4 words, supported languages: {supported}")
    print(f"  all messages:                   {pct(lang_all['right'], lang_all['total'])}")
    print(f"\nday hints:   {pct(hints['day_right'], hints['day_total'])}")
    print(f"place hints: {pct(hints['place_right'], hints['place_total'])}")
    ms = sorted(t * 1000 for t in timings)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    print(f"\nlatency per message: median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms")
    print(f"start-up (import + load data): {startup:.2f} s")
    print(f"memory: RSS {rss_before:.0f} MB before import, {rss_after:.0f} MB after start-up, "
          f"peak {rss_mb('VmHWM'):.0f} MB")  # fmt: skip
    print(f"  (crisis examples' embeddings kept in {cache})")
    runs = [uli_ask_seconds() for _ in range(3)]
    print(f"`uli ask` start-up to first answer (process start included): "
          f"median {statistics.median(runs):.2f} s of {len(runs)} runs")  # fmt: skip
    held_out(understander)
    return 0


def held_out(understander: Understander) -> None:
    """Crisis on the set that was written apart and never used for tuning."""
    rows = load(CRISIS_TEST)
    found = Counter[str]()
    for row in rows:
        text, expected = row["text"], row["crisis"] == "1"
        by_words = understander.crisis.check(text) is not None
        by_meaning = understander.crisis_by_meaning.check(text) is not None
        for name, flagged in (
            ("words", by_words),
            ("meaning", by_meaning),
            ("both", by_words or by_meaning),
        ):
            found[f"{name} {'caught' if expected else 'false'}"] += flagged
        found["positives" if expected else "negatives"] += 1
    print(f"\ncrisis on the held-out set {CRISIS_TEST.relative_to(ROOT)} ({len(rows)} messages, "
          f"half of them look-alikes)")  # fmt: skip
    for name, label in (("words", "word patterns"), ("meaning", "by meaning"), ("both", "both")):
        recall = pct(found[f"{name} caught"], found["positives"])
        alarms = pct(found[f"{name} false"], found["negatives"])
        print(f"  {label:14} recall {recall}   false alarms {alarms}")


LENGTHS = (10, 100, 1000, 4000)
PARTS = ("language", "when/where", "patterns", "meaning", "intents", "understand")


def texts_of_length(messages: list[str], chars: int, count: int, seed: int) -> list[str]:
    """`count` distinct texts of exactly `chars` characters (when the messages allow), each
    the labelled messages in a random order joined and cut: no cache of repeated texts can
    make the figures."""
    rng = random.Random(seed)
    texts: dict[str, None] = {}
    for _ in range(count * 20):
        if len(texts) == count:
            break
        picked: list[str] = []
        while sum(len(m) + 1 for m in picked) < chars:
            sentence = rng.choice(messages).strip()
            picked.append(sentence if sentence[-1:] in ".!?؟" else sentence + ".")
        texts[" ".join(picked)[:chars].strip()] = None
    return list(texts)


def by_length(
    understander: Understander, rows: list[dict[str, str]], count: int, today: dt.date
) -> None:
    """CPU per message and per part by length; the parts are called as `understand` calls
    them (the same slices of the text), then `understand` as a whole on the same texts."""
    from flows.understanding import DAY_PLACE_CHARS, INTENT_CHARS

    ordinary = [row["text"] for row in rows if row["crisis"] == "0"]
    clock = time.process_time
    print(f"CPU per message by length (median ms of {count} distinct texts, one thread)")
    print("  chars " + " ".join(f"{part:>11}" for part in PARTS))
    for chars in LENGTHS:
        spent: dict[str, list[float]] = {part: [] for part in PARTS}
        texts = texts_of_length(ordinary, chars, count, seed=chars)
        for text in texts:
            begin = clock()
            lang, _ = understander.language.detect(text, None)
            at = clock()
            spent["language"].append(at - begin)
            understander.when_where.day(text[:DAY_PLACE_CHARS], today)
            understander.when_where.place(text[:DAY_PLACE_CHARS])
            head = text[:INTENT_CHARS]
            stripped = understander.when_where.strip(head) or head
            spent["when/where"].append(clock() - at)
            at = clock()
            understander.crisis.check(text)
            spent["patterns"].append(clock() - at)
            at = clock()
            understander.crisis_by_meaning.check(text)
            spent["meaning"].append(clock() - at)
            at = clock()
            understander.intents.rank(stripped, lang)
            spent["intents"].append(clock() - at)
        for text in texts:
            at = clock()
            understander.understand(text, known_lang=None, today=today)
            spent["understand"].append(clock() - at)
        medians = " ".join(f"{statistics.median(spent[p]) * 1000:11.1f}" for p in PARTS)
        print(f"  {chars:5} {medians}   ({len(texts)} texts)")


def uli_ask_seconds() -> float:
    """Wall time of a whole `uli ask "hallo" --json` process, as a user would wait for it."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "hallo", "--json"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def _day_matches(label: str, got: dt.date | None, today: dt.date) -> bool:
    if got is None:
        return False
    offsets = {"today": 0, "tomorrow": 1}
    if label in offsets:
        return got == today + dt.timedelta(days=offsets[label])
    names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    return got.weekday() == names.index(label) and 0 <= (got - today).days < 7


if __name__ == "__main__":
    sys.exit(main())
