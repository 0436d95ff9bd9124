"""Arabic-aware text normalisation for search.

SQLite's FTS5 tokenizers do not understand Arabic (harakat split words, hamza forms are not
folded), so the program indexes a normalised shadow of every text and normalises each query the
same way. Normalising both sides with one function is what makes "الامم المتحده" find
"الأمم المتحدة"; ``stemming`` then reduces each normalised word to its stem.
"""

from __future__ import annotations

import re
import unicodedata

# Harakat, Quranic marks, superscript alef and tatweel carry no meaning for search.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        # Persian/Urdu look-alikes that Arabic keyboards sometimes produce.
        "ی": "ي",
        "ک": "ك",
        # Arabic-Indic digits search like ASCII digits.
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)  # as stemming.WORD and FTS5 cut words
_SPACES = re.compile(r"\s+")


def normalize(text: str | None) -> str:
    """Fold ``text`` for matching: case, accents, Arabic marks and letter variants.

    Presentation forms (from PDFs or old files) are decomposed first by NFKC. Latin accents
    are removed so "Côte d'Ivoire" matches "cote d'ivoire".
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _MARKS.sub("", text)
    text = text.translate(_FOLD)
    # Strip Latin combining accents while leaving Arabic letters whole.
    decomposed = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in decomposed if not (unicodedata.combining(ch) and ch < "\u0600"))
    text = unicodedata.normalize("NFC", text).casefold()
    return _SPACES.sub(" ", text).strip()


def search_terms(query: str | None) -> list[str]:
    """The normalised words of a search query, punctuation removed."""
    return [word for word in _NON_WORD.sub(" ", normalize(query)).split() if word]
