"""Turn an informal message into comparable text: the same for the examples and the message.

Two strengths: `for_language` keeps letters that tell languages apart (ü, ş, ї, پ);
`for_matching` also folds accents and letter variants, because young people write
"yarin acik misiniz" for "yarın açık mısınız" and Persian keyboards differ from Arabic ones.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic and Persian: one letter per sound, whichever keyboard typed it.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ؤ": "و",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
        "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
        "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
        "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    }
)  # fmt: skip
# Letters whose accents carry no meaning for matching, or that have no decomposition.
_LATIN_FOLD = str.maketrans({"ı": "i", "ß": "ss", "ё": "е", "ґ": "г", "ł": "l", "ø": "o"})
# Apostrophes vanish ("can't" -> "cant", Ukrainian "б'є" -> "бє"); ZWNJ joins Persian words.
_DROP = dict.fromkeys(map(ord, "\u0307'’ʼ`´\u200c\u200d\u200e\u200f\u0640"), None)
_REPEATS = re.compile(r"(\w)\1{2,}")
_NON_WORD = re.compile(r"[\W_]+")


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_DROP).lower()
    # Arabic diacritics (harakat) are combining marks: drop them for every strength.
    text = "".join(c for c in text if not ("\u064b" <= c <= "\u065f" or c == "\u0670"))
    text = _REPEATS.sub(r"\1", text)  # "hiiiii" -> "hi", "ممنووون" -> "ممنون"
    return _NON_WORD.sub(" ", text).strip()  # emoji, punctuation, "?!" go


def for_language(text: str) -> str:
    """Lower case, no punctuation or emoji, repeated letters shortened; letters kept."""
    return _clean(text)


def for_matching(text: str) -> str:
    """`for_language` plus folded accents and Arabic/Persian letter variants."""
    text = _clean(text).translate(_ARABIC_FOLD).translate(_LATIN_FOLD)
    decomposed = unicodedata.normalize("NFD", text)
    # Keep the breve of й/ў and the diaeresis of ї: they are letters, not accents, there.
    kept = []
    for index, char in enumerate(decomposed):
        if unicodedata.combining(char):
            base = decomposed[index - 1] if index else ""
            if not ("\u0400" <= base <= "\u04ff"):
                continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def words(text: str) -> list[str]:
    return text.split()
