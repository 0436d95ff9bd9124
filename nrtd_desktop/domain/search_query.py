"""What a person types in the search box, read as a search: words, quoted phrases, ``-word``.

- every word must be found, in any of its forms (``stemming.search_stems``); more words narrow
  (a function word on its own, «of» or «في», is left out: it is in nearly every record);
- the last word may still be growing: it also finds the words it begins (``typed``), once it has
  three letters (``BEGINNING_MIN``);
- ``"…"`` (or «…», “…”) finds those words in that order; a phrase still open at the end of the
  query is a phrase whose last word is being typed;
- ``-word`` or ``-"phrase"`` leaves out the records that have it.

The same reading decides which words of a text the detail panel highlights
(:func:`highlight_spans`), so what is marked is what made the record match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.stemming import (
    bare,
    is_arabic,
    is_function_word,
    search_stems,
    stem,
    typed_bare,
    words_of,
)

# A word being typed finds the words it begins once it has this many letters (after the article).
# Two letters begin most of the index ("co": 219,000 of 267,000 records, "ت" after «ال» 162,000):
# SQLite's FTS5 merges the lists of every word they begin before it can count or show one record
# (125 ms and 100 ms more for the page, at 267,000), and so many hits tell nothing. Until a third
# letter comes, two letters find the word they are («حق», "UN"), which the index answers at once.
BEGINNING_MIN = 3
_QUOTES = {'"': '"', "«": "»", "“": "”", "„": "”"}
_CLOSING = {'"', "»", "”"}
# A word of the original text with its harakat and tatweel (which ``\w`` does not take).
_TEXT_WORD = re.compile("(?:[^\\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+(?:['’]s\\b)?")


@dataclass(frozen=True)
class QueryWord:
    text: str  # normalised, as typed
    stems: tuple[str, ...]  # the index stems of its forms (``search_stems``)
    typed: str | None  # when it may still be growing: the beginning to look for (article removed)

    @classmethod
    def of(cls, text: str, growing: bool) -> QueryWord:
        typed = typed_bare(text) if growing else None
        if typed is not None and len(typed) < BEGINNING_MIN:
            typed = None  # two letters are the word itself until a third comes
        return cls(text, search_stems(text), typed)

    def matches(self, word: str) -> bool:
        """Whether a normalised word of a text is one this query word finds."""
        found = stem(word)
        if found in self.stems:
            return True
        if self.typed is None:
            return False
        core = bare(word) if is_arabic(word) else word
        return found.startswith(self.typed) or core.startswith(self.typed)


@dataclass(frozen=True)
class QueryTerm:
    words: tuple[QueryWord, ...]
    phrase: bool = False  # the words in this order, next to each other
    excluded: bool = False
    chunk: int = 0  # which piece of the query (``SearchQuery.chunks``) it was written in


@dataclass(frozen=True)
class SearchQuery:
    text: str
    terms: tuple[QueryTerm, ...]
    chunks: tuple[str, ...] = ()  # the pieces as typed: a word, "a phrase", -word

    def without_chunk(self, index: int) -> str:
        """The query as typed, one piece left out."""
        return " ".join(c for k, c in enumerate(self.chunks) if k != index)

    def fewer_words(self) -> list[str]:
        """The query with one of its included pieces left out, for each such piece (2+ pieces)."""
        included = sorted({t.chunk for t in self.included})
        return [self.without_chunk(k) for k in included] if len(included) > 1 else []

    def without_exclusions(self) -> str | None:
        """The query without its ``-word`` pieces (None when it has none, or nothing else)."""
        left_out = {t.chunk for t in self.excluded}
        if not left_out or not self.included:
            return None
        return " ".join(c for k, c in enumerate(self.chunks) if k not in left_out)

    @property
    def included(self) -> tuple[QueryTerm, ...]:
        return tuple(t for t in self.terms if not t.excluded)

    @property
    def excluded(self) -> tuple[QueryTerm, ...]:
        return tuple(t for t in self.terms if t.excluded)

    def is_empty(self) -> bool:
        return not self.terms

    def words(self) -> list[str]:
        """The normalised words of the terms that must be found, in order (for suggestions)."""
        return [w.text for t in self.included for w in t.words]


@dataclass(frozen=True)
class BooleanSyntax:
    """How an index's query language writes "and", "or" and "this but not that" (FTS5, tsquery)."""

    both: str
    either: str
    but_not: str  # a format of {included} and {excluded}


def boolean_expressions(
    query: SearchQuery, term: Callable[[QueryTerm], str], syntax: BooleanSyntax
) -> tuple[str | None, str | None]:
    """(what the query finds, what its ``-word`` leave out) in an index's own syntax, each
    term written by ``term``: every included term and none of the excluded ones. The first is
    None when the query includes nothing, the second when it leaves nothing out."""
    excluded_terms = [term(t) for t in query.excluded]
    excluded = "(" + syntax.either.join(excluded_terms) + ")" if excluded_terms else None
    included_terms = [term(t) for t in query.included]
    if not included_terms:
        return None, excluded
    included = syntax.both.join(included_terms)
    if excluded is None:
        return included, None
    return syntax.but_not.format(included=included, excluded=excluded), excluded


def _chunks(query: str) -> list[tuple[str, bool, bool, bool, str]]:
    """(text, quoted, closed, excluded, as typed) pieces of the raw query, in order."""
    pieces: list[tuple[str, bool, bool, bool, str]] = []
    i, n = 0, len(query)
    while i < n:
        if query[i].isspace():
            i += 1
            continue
        begin = i
        excluded = query[i] == "-" and i + 1 < n and not query[i + 1].isspace()
        if excluded:
            i += 1
        if query[i] in _QUOTES:
            closing = _QUOTES[query[i]]
            end = query.find(closing, i + 1)
            if end < 0 and closing != '"':
                end = next((k for k in range(i + 1, n) if query[k] in _CLOSING), -1)
            closed = end >= 0
            stop = end + 1 if closed else n
            pieces.append((query[i + 1:end if closed else n], True, closed, excluded, query[begin:stop]))
            i = stop
            continue
        end = i
        while end < n and not query[end].isspace() and not (end > i and query[end] in _QUOTES):
            end += 1
        pieces.append((query[i:end], False, True, excluded, query[begin:end]))
        i = end
    return pieces


def parse(query: str | None) -> SearchQuery:
    """Read a query; an empty or punctuation-only one has no terms."""
    text = (query or "").strip()
    chunks = [(words, quoted, closed, excluded, typed)
              for raw, quoted, closed, excluded, typed in _chunks(text) if (words := words_of(raw))]
    last = max((k for k, c in enumerate(chunks) if not c[3]), default=-1)
    terms: list[QueryTerm] = []
    for k, (words, quoted, closed, excluded, _typed) in enumerate(chunks):
        growing = k == last and not (quoted and closed)
        if quoted and len(words) > 1:
            phrase = tuple(QueryWord.of(w, growing and j == len(words) - 1) for j, w in enumerate(words))
            terms.append(QueryTerm(phrase, phrase=True, excluded=excluded, chunk=k))
            continue
        for j, word in enumerate(words):
            growing_word = growing and j == len(words) - 1
            terms.append(QueryTerm((QueryWord.of(word, growing_word),), excluded=excluded, chunk=k))
    # A function word on its own («of», «في») narrows next to nothing and costs the most to look
    # for (it is in nearly every record): it counts inside a phrase, as the word being typed, or
    # when the query has nothing else.
    kept = [t for t in terms
            if t.phrase or t.excluded or t.words[0].typed or not is_function_word(t.words[0].text)]
    if any(not t.excluded for t in kept):
        terms = kept
    return SearchQuery(text, tuple(terms), tuple(c[4] for c in chunks))


def highlight_spans(text: str | None, query: SearchQuery) -> list[tuple[int, int]]:
    """(start, end) of the words of ``text`` that the query's included terms found, in order."""
    if not text or query.is_empty():
        return []
    tokens = [(m.start(), m.end(), words_of(m.group())) for m in _TEXT_WORD.finditer(text)]
    # A written word may fold into more than one (rare: «d'Ivoire»); each counts as the word's.
    flat = [(index, word) for index, (_s, _e, words) in enumerate(tokens) for word in words]
    marked: set[int] = set()
    for term in query.included:
        size = len(term.words)
        for k in range(len(flat) - size + 1):
            if all(term.words[j].matches(flat[k + j][1]) for j in range(size)):
                marked.update(flat[k + j][0] for j in range(size))
    return [(tokens[i][0], tokens[i][1]) for i in sorted(marked)]


def other_script(query: SearchQuery) -> Lang | None:
    """The other language of the query's words: "ar" for Latin ones, "en" for Arabic ones, else None."""
    scripts = {is_arabic(w) for w in query.words() if not w.isdigit()}
    if scripts == {True}:
        return "en"
    if scripts == {False}:
        return "ar"
    return None
