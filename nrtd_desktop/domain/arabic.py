"""Arabic-aware text normalisation for search.

SQLite's FTS5 tokenizers do not understand Arabic (harakat split words, hamza forms are not
folded), so the program indexes a normalised shadow of every text and normalises each query the
same way. Normalising both sides with one function is what makes "الامم المتحده" find
"الأمم المتحدة".
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

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
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
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


# A finished word this short is matched as itself, not as the start of longer words: "of" would
# otherwise also find "office", "officials" and "offences", and the thousands of index entries
# that begin with two letters made such a search several times slower at 267,000 records.
WHOLE_WORD_MAX = 2


class SearchWord(NamedTuple):
    text: str
    prefix: bool  # True: matches every word that begins with ``text``


def search_words(query: str | None) -> list[SearchWord]:
    """The words of a query as the search matches them while the person types.

    The last word may still be growing, so it matches as a prefix; so does every longer word
    ("child" finds "children"). A finished word of one or two letters ("of", "un", "في")
    matches only itself.
    """
    terms = search_terms(query)
    last = len(terms) - 1
    return [SearchWord(term, index == last or len(term) > WHOLE_WORD_MAX) for index, term in enumerate(terms)]


def index_text(*parts: str | None) -> str:
    """The normalised text stored in the full-text index for a record."""
    return " ".join(p for p in (normalize(part) for part in parts) if p)
