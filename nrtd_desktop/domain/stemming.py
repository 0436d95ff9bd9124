"""The words the search index holds: every word of a text reduced to its stem, in Arabic and English.

Arabic writes particles and the article as part of the word («وللأطفال» is و + لل + أطفال) and
adds suffixes («حقوقهم»), so a search for «تعذيب» must find «التعذيب» and «للتعذيب». Each word is
first folded by ``arabic.normalize`` (harakat, tatweel, alef and hamza forms, ة, ى), then reduced
by the Snowball stemmers (PyStemmer: the Snowball project's own C library, the same algorithms as
the pure-Python ``snowballstemmer``), the Arabic one for Arabic letters, Porter2 for Latin ones.

What Snowball leaves undone, measured on the demo texts (docs/search.md has the figures):

- its Arabic prefix rules test the length of the whole word, so «العقوبات» loses its article and
  suffix but «عقوبات» keeps its suffix, and it never removes و or ف before the article
  («والأطفال»). The article, with the particles that can stand before it (و ف ب ك ل: وال، بال،
  لل، وبال، ولل…), is therefore removed here first, and Snowball sees the bare word;
- it recognises the feminine ending only as ة, which the fold writes ه: a final ه goes back to
  ة before stemming (a pronoun ه «كتابه» is then removed the same way);
- a lone particle before a word without the article («لحقوق», «بحماية») cannot be told from a
  first letter («لجنة», «بيانات») by any rule: the index keeps what Snowball makes of the word,
  and the *search* asks for every attached form instead (``search_stems``), analysed the same
  way. That is what makes the search find every form: it does not depend on the stemmer being
  consistent, only on it being a function.

English irregular plurals the stemmer cannot join («children», «women», «men») are listed.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any, NamedTuple

from nrtd_desktop.domain.arabic import normalize

# A word of normalised text, as the FTS5 ``unicode61`` tokenizer also cuts it (letters and digits;
# an underscore or a mark separates words there too).
WORD = re.compile(r"[^\W_]+")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
# ASCII text (most UPR Info rows) is cut into words by a table lookup in C: the regex above took
# 0.24 s of CPU for the 41,066 rows of an import, this 0.1 s; the words are the same.
_ASCII_SEPARATORS = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})
# The English possessive: «women's rights» is the phrase «women rights», not «women s rights».
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’]s\b")
# The article and the particles before it, removed when at least two letters are left
# («الحق» → «حق», but «الي» (إلى) stays whole).
_ARTICLE = re.compile("^(?:[وف]?[بك]?ال|[وف]?لل)(?=..)")
# The same for a word still being typed: «الأط» is looked up as «اط».
_TYPED_ARTICLE = re.compile("^(?:[وف]?[بك]?ال|[وف]?لل)(?=.)")
_PARTICLES = "وفبكل"
ENGLISH_EXCEPTIONS = {"children": "child", "women": "woman", "men": "man"}
# Snowball can cut a word down to what it makes of a particle: «الآليات» (mechanisms) would share
# «إلى»'s stem and be found by every «إلى». Such a word keeps its bare form instead.
ARABIC_PARTICLES = frozenset(normalize(
    "في من إلى على عن أن إن أو ما لا لم لن ولا قد هذا هذه ذلك تلك التي الذي كل بين مع عند حتى ثم هو هي "
    "هم له لها به بها فيه فيها عليه عليها منه منها إليه إليها"
).split())
# Words nearly every text has: a search still needs them, but they tell nothing of relevance and
# ranking by them costs most (bm25 reads every record that has them).
ENGLISH_FUNCTION_WORDS = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "of",
    "on", "or", "that", "the", "their", "this", "to", "with",
))


def is_function_word(word: str) -> bool:
    """A particle or an English function word (normalised), e.g. «في», «of»."""
    return word in ARABIC_PARTICLES or word in ENGLISH_FUNCTION_WORDS


# Bump when the analysis changes: the index must then be rebuilt (a migration does it).
ANALYSIS_VERSION = 2
SEPARATOR = "\n"  # between the stems and the words in ``recommendations.search_text``

# Every form the search asks for (``search_stems``): the particles and the article before a word,
# and the suffixes that change how the word itself is written: a word ending in ة (folded to ه)
# drops it before ات and writes it ت before a pronoun («حريتها»). Snowball removes the other
# suffixes of the list (ون/ين، ان، ي، ها/هم/هن/كم…) alike from every form; the plural
# and dual endings are asked for too, as Snowball keeps them on short words.
PROCLITICS = ("", "ال", "و", "ل", "ب", "وال", "لل", "بال", "ف", "ك", "ول", "وب", "ولل", "وبال", "فال",
              "كال", "فل", "فب", "وك", "فك", "فبال", "فلل", "وكال", "فكال")  # the commonest first
SUFFIXES = ("", "ات", "ون", "ين", "ان")
TAA_SUFFIXES = ("ات", "تي", "ته", "تها", "تهم", "تهن", "تكم", "تنا")


class _Stemmers(threading.local):
    """PyStemmer's objects are not safe to share between threads: one pair per thread."""

    def __init__(self) -> None:
        import Stemmer  # PyStemmer

        self.arabic: Any = Stemmer.Stemmer("arabic", 0)
        self.english: Any = Stemmer.Stemmer("english", 0)


_stemmers: _Stemmers | None = None


def _snowball() -> _Stemmers:
    global _stemmers
    if _stemmers is None:
        _stemmers = _Stemmers()
    return _stemmers


def is_arabic(word: str) -> bool:
    return _ARABIC_LETTER.match(word) is not None


def bare(word: str) -> str:
    """A normalised Arabic word without its article and the particles before it."""
    return _ARTICLE.sub("", word, count=1)


def typed_bare(word: str) -> str:
    """``bare`` for a word still being typed (one letter after the article is enough)."""
    return _TYPED_ARTICLE.sub("", word, count=1) if is_arabic(word) else word


def _arabic_stem(word: str) -> tuple[str, str]:
    """(Snowball's stem, the bare word) of a normalised Arabic word."""
    core = bare(word)
    if core.endswith("ه") and len(core) > 2:
        core = core[:-1] + "ة"
    return normalize(_snowball().arabic.stemWord(core)), normalize(core)


@lru_cache(maxsize=1)
def _particle_stems() -> frozenset[str]:
    return ARABIC_PARTICLES | {_arabic_stem(p)[0] for p in ARABIC_PARTICLES}


def _analyse(word: str) -> str:
    if is_arabic(word):
        found, core = _arabic_stem(word)
        if len(found) < 2 or (found in _particle_stems() and word not in ARABIC_PARTICLES):
            return core
        return found
    if word.isascii() and word.isalpha():
        return ENGLISH_EXCEPTIONS.get(word) or _snowball().english.stemWord(word)
    return word


class _StemCache(dict[str, str]):
    """word -> stem; missing words are analysed once (a dict lookup in C for the rest)."""

    limit = 300_000

    def __missing__(self, word: str) -> str:
        if len(self) >= self.limit:
            self.clear()
        found = self[word] = _analyse(word)
        return found


_STEMS = _StemCache()
stem = _STEMS.__getitem__
"""The stem the index holds for one normalised word."""


class Analysed(NamedTuple):
    stems: list[str]  # one per word, in order: phrases and ranking use these
    words: list[str]  # the words a typed beginning could otherwise miss (``needs_word``), once each


def needs_word(word: str) -> bool:
    """Whether the index must also hold (the bare) ``word`` for the word being typed to find it.

    A typed beginning finds a word when it begins its stem, or when the beginning's own stem is
    the word's stem. Porter2 makes «disabilities» «disabl», so «disabilit» would find neither:
    such words are kept beside the stems. Most are not («rights»/«right», «الأطفال»/«اطفال»),
    which keeps the index small.
    """
    return bool(_KEPT[word])


def _kept_form(word: str) -> str:
    """What the index keeps of ``word`` beside its stem: its bare form, or "" (nothing)."""
    target = stem(word)
    core = bare(word) if is_arabic(word) else word
    if core == target:
        return ""
    shorter = min(len(core), len(target))
    same = next((n for n in range(shorter) if core[n] != target[n]), shorter)
    # beginnings up to ``same`` letters begin the stem itself: only the longer ones are asked
    needed = any(stem(core[:n]) != target for n in range(same + 1, len(core) + 1))
    return core if needed else ""


class _KeptCache(dict[str, str]):
    def __missing__(self, word: str) -> str:
        if len(self) >= _StemCache.limit:
            self.clear()
        found = self[word] = _kept_form(word)
        return found


_KEPT = _KeptCache()


def analyse_words(words: list[str]) -> Analysed:
    # map/filter over dict lookups run in C: the analysis of the 41,066 UPR Info rows of an import
    # is about 0.3 s this way, twice that with a loop in Python.
    stems = list(map(_STEMS.__getitem__, words))
    kept = dict.fromkeys(filter(None, map(_KEPT.__getitem__, words)))
    return Analysed(stems, list(kept))


def words_of(text: str | None) -> list[str]:
    """The normalised words of a text (ASCII text needs only case folding), the possessive 's
    left out. Texts and searches are cut into words by this one function."""
    if not text:
        return []
    if text.isascii():
        folded = text.casefold()
        if "'" in folded:
            folded = _POSSESSIVE.sub("", folded)
        return folded.translate(_ASCII_SEPARATORS).split()
    folded = normalize(text)
    if "'" in folded or "’" in folded:
        folded = _POSSESSIVE.sub("", folded)
    return WORD.findall(folded)


def index_text(*parts: str | None) -> str:
    """What ``recommendations.search_text`` holds for a record: its stems, then the kept words.

    The one analysis every write path uses (service, importers, exchange, demo, benchmark); the
    FTS index holds the two halves in its two columns (``db/fts.py``).
    """
    words: list[str] = []
    for part in parts:
        if part:
            words += words_of(part)
    return index_words(words)


def index_words(words: list[str]) -> str:
    """``index_text`` of text already cut into normalised words (``words_of``)."""
    analysed = analyse_words(words)
    return " ".join(analysed.stems) + SEPARATOR + " ".join(analysed.words)


def stem_text(text: str | None) -> str:
    """The stems of a text, in order (the similarity finder compares these)."""
    return " ".join(map(stem, words_of(text)))


def _forms(word: str) -> list[str]:
    """Every attached and suffixed form of a normalised word that the search should find, the
    commonest first (a phrase keeps only the first forms of each word when they are many)."""
    if not is_arabic(word):
        return [word]  # Porter2 joins the regular English forms by itself (measured: docs/search.md)
    cores = [word, bare(word)]
    if word[0] in _PARTICLES and len(word) > 3:
        cores.append(word[1:])  # «لحقوق» typed: «حقوق» too
    suffixed = [core + suffix for suffix in SUFFIXES for core in cores]
    suffixed += [core[:-1] + suffix for suffix in TAA_SUFFIXES for core in cores
                 if core.endswith("ه") and len(core) > 2]
    return list(dict.fromkeys(particle + form for form in suffixed for particle in PROCLITICS))


@lru_cache(maxsize=4096)
def search_stems(word: str) -> tuple[str, ...]:
    """The index stems of every form of ``word`` (normalised): a record holding any of them has
    the word in one of its forms. The word's own stem comes first, then the commonest forms'."""
    return tuple(dict.fromkeys([stem(word), *map(stem, _forms(word))]))
