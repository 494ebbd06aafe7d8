"""Which language a short informal message is in, and whether to switch to it.

Measured on data/understanding/labelled.tsv (see bench/langdetect_compare.py): a single
detector is weak on one to four words, so this combines, in order,
1. German domain words ("termin", "jobcenter", "ausbildung") are dropped first: they appear
   in every language here and would make "мне нужен термин" look German;
2. the script and its telltale letters (Ge'ez → Tigrinya; ټ ډ ښ → Pashto; ڕ ڵ ێ → Sorani
   Kurdish; پ چ ژ گ and the Persian ی/ک → Persian; і ї є → Ukrainian; ы э → Russian);
3. a vote of the words seen in the example phrasings and small word lists per language;
4. lingua (restricted to the languages young people here write, low-accuracy mode: about
   40 MB instead of several hundred) for the rest.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from lingua import IsoCode639_1, LanguageDetectorBuilder

from flows.understanding.files import data_files, data_lines
from flows.understanding.normalise import for_language, for_matching
from flows.vocabulary.languages import SUPPORTED_LANGUAGES

OTHER_LANGUAGES: tuple[str, ...] = ("ro", "pl", "bg", "ku", "ps", "ti", "so", "sq", "fr", "es")
"""Further languages recognised (answered in German and English, interpreter offered)."""
LANG_CONFIDENT = 0.8
"""Below this, Uli does not switch the conversation's language on its own."""
SINGLE_WORD_CONFIDENCE = 0.7
DETECT_CHARS = 400

_LINGUA = ("de", "en", "ru", "ar", "tr", "uk", "fa", "ro", "pl", "bg", "so", "sq", "fr", "es")
_SCRIPT_LANGS = {
    "latin": {"de", "en", "tr", "ro", "pl", "so", "sq", "fr", "es", "ku"},
    "cyrillic": {"ru", "uk", "bg"},
    "arabic": {"ar", "fa", "ps", "ku"},
    "ethiopic": {"ti"},
}
_TELLTALE = {
    "ps": "ټډړږښګڼېۍځڅ",
    "ku": "ڕڵێۆەڤêûç",
    "fa": "پچژگیک",
    "ar": "ةيىكؤئءأإ",
    "uk": "іїєґ",
    "ru": "ыэё",
    "bg": "ъ",
    "ro": "ășțşţ",
    "tr": "ığşçöü",
    "de": "äöüß",
    "pl": "ąćęłńśźż",
    "sq": "ëç",
    "es": "ñ¿¡",
    "fr": "àèùœçêé",
}
# Persian letters are shared by Pashto and Sorani Kurdish: their own letters decide those.
_SHARED = {"پ": "fa ps ku", "چ": "fa ps ku", "ژ": "fa ps ku", "گ": "fa ku", "ی": "fa ps ku"}
_TELLS: dict[str, set[str]] = defaultdict(set)
for _lang, _letters in _TELLTALE.items():
    for _letter in _letters:
        _TELLS[_letter].add(_lang)
for _letter, _langs in _SHARED.items():
    _TELLS[_letter].update(_langs.split())


def _squeeze(word: str) -> str:
    """One letter per run: "dankee", "helloo", "приветт" are the same words as without."""
    return "".join(c for i, c in enumerate(word) if i == 0 or word[i - 1] != c)


def _script(text: str) -> str | None:
    counts: Counter[str] = Counter()
    for char in text:
        if "a" <= char <= "z" or "\u00c0" <= char <= "\u024f":
            counts["latin"] += 1
        elif "\u0400" <= char <= "\u04ff":
            counts["cyrillic"] += 1
        elif "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff":
            counts["arabic"] += 1
        elif "\u1200" <= char <= "\u137f":
            counts["ethiopic"] += 1
    return counts.most_common(1)[0][0] if counts else None


class LanguageDetector:
    def __init__(self) -> None:
        self.domain_exact: set[str] = set()
        self.domain_prefixes: list[str] = []
        for line in data_lines("domain_words.txt"):
            word = for_matching(line.rstrip("*"))
            (self.domain_prefixes if line.endswith("*") else []).append(word)
            self.domain_exact.add(word)
        lexicon: dict[str, set[str]] = defaultdict(set)
        for name in data_files("intents"):
            lang = name.removesuffix(".txt")
            for line in data_lines("intents", name):
                for word in for_language(line.partition("\t")[2]).split():
                    lexicon[_squeeze(word)].add(lang)
        for name in data_files("lexicon"):
            if name == "README.txt":
                continue
            for line in data_lines("lexicon", name):
                lexicon[_squeeze(for_language(line))].add(name.removesuffix(".txt"))
        self.lexicon = {word: frozenset(langs) for word, langs in lexicon.items()}
        self.lingua = (
            LanguageDetectorBuilder.from_iso_codes_639_1(
                *(getattr(IsoCode639_1, code.upper()) for code in _LINGUA)
            )
            .with_low_accuracy_mode()
            .with_preloaded_language_models()
            .build()
        )

    def content_words(self, text: str) -> list[str]:
        """The words that tell a language: no domain words, no numbers."""
        kept = []
        for word in for_language(text).split():
            folded = for_matching(word)
            if word.isdigit() or folded in self.domain_exact:
                continue
            if any(folded.startswith(p) for p in self.domain_prefixes):
                continue
            kept.append(word)
        return kept

    def detect(self, text: str, known: str | None = None) -> tuple[str | None, float]:
        """(ISO 639-1 code, confidence 0..1); `known` breaks ties (the conversation's language)."""
        # The first few hundred characters tell the language as well as 4,000 do, in a
        # fraction of the time.
        words = self.content_words(text[:DETECT_CHARS])
        clean = " ".join(words)
        script = _script(clean)
        if script is None:
            return None, 0.0
        allowed = _SCRIPT_LANGS[script]
        if len(allowed) == 1:
            return next(iter(allowed)), 0.95
        scores: dict[str, float] = dict.fromkeys(allowed, 0.0)
        for letter in set(clean):
            langs = _TELLS.get(letter, set()) & allowed
            for lang in langs:
                scores[lang] += 1.0 / len(langs)
        if script == "cyrillic" and not any(letter in clean for letter in "іїєґ"):
            scores["uk"] -= 0.2  # Ukrainian words without і, ї, є, ґ are the exception
        if scores.get("ps", 0) or (scores.get("ku", 0) and script == "arabic"):
            scores["fa"] = scores["ar"] = 0.0  # their letters are shared; the rare ones decide
        voted = 0.0
        for word in words:
            known_in = self.lexicon.get(_squeeze(word), frozenset()) & allowed
            for lang in known_in:
                scores[lang] += 1.5 / len(known_in) / len(words)
            voted += bool(known_in)
        for value in self.lingua.compute_language_confidence_values(clean):
            code = value.language.iso_code_639_1.name.lower()
            if code in scores:
                scores[code] += value.value * (1.0 if voted < len(words) else 0.6)
        if known in scores:
            scores[known] += 0.15
        ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
        (best, top), second = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
        total = sum(max(v, 0.0) for v in scores.values()) or 1.0
        confidence = min(1.0, 0.5 * top / total + 0.5 * min(1.0, (top - second) / 1.0))
        if len(words) == 1:
            # One word ("hallo", "ok", "merci") is shared by too many languages to switch on.
            confidence = min(confidence, SINGLE_WORD_CONFIDENCE)
        return best, round(confidence, 3)

    def should_switch(self, current: str, lang: str | None, confidence: float) -> bool:
        """Switch only to a supported language, detected with confidence, that differs."""
        return (
            lang is not None
            and lang != current
            and lang in SUPPORTED_LANGUAGES
            and confidence >= LANG_CONFIDENT
        )
