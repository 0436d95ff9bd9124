"""Which recommendations say the same thing: a TF-IDF index over the Arabic and English texts.

Each record's text is indexed in each language it has, in a matrix of its own per language, so
an Arabic text is compared with the Arabic texts and an English one with the English texts; a
record that has both is found from either side. Texts are read as the search reads them: each word
folded and reduced to its stem by ``domain.stemming`` (the particles and article of Arabic
removed, «للأطفال» and «الأطفال» both «اطفال»; «rights» and «right» both «right»). English is
weighed by stems and stem pairs (TF-IDF, ``analysis/tfidf.py``); Arabic adds character n-grams
inside the stems, for the forms the stemmer leaves apart (broken plurals).

Rows are L2-normalised, so a sparse product is the cosine. One query is one sparse
matrix-vector product. The duplicate scan is an all-pairs search with *prefix filtering*
(Bayardo, Ma & Srikant, "Scaling up all pairs similarity search", WWW 2007): with features in a
global order, rarest first, two rows whose cosine reaches ``t`` must share a feature among the
rare "prefix" entries of both rows (the entries before the rest of a row's norm drops below
``t``). Only such candidate pairs get an exact cosine, which keeps the scan of 41,066 rows under
a second where the full product takes about ten.

Nothing here is pickled: the cache on disk is the matrices (``scipy.sparse`` npz) and the
feature names (JSON), so loading it can never run code.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from nrtd_desktop.analysis.tfidf import ENGLISH_STOP_WORDS, TOKEN, char_features, tfidf, word_features
from nrtd_desktop.domain.lang import LANGS, Lang
from nrtd_desktop.domain.stemming import stem, stem_text, words_of

LANGUAGES: tuple[Lang, ...] = LANGS
CACHE_FORMAT = 2  # 2: stems (issue 17); 1 held normalised words

# Function words that make two Arabic recommendations look alike without saying the same thing,
# as the stems the texts are compared in.
ARABIC_STOP_WORDS = frozenset(stem_text(
    "في من على إلى الى عن مع أن ان إن أو او ثم و ب ل ك ال هذا هذه ذلك تلك التي الذي الذين التى "
    "كل جميع بين حتى عند لدى قد لا لم لن ما ماذا كما وفي ومن وعلى والى وان ولا بما بما فيها "
    "فيه به بها له لها هو هي هم عليه عليها اي أي غير ضمن خلال نحو بشأن بشان إلى دون وذلك "
    "التي تكون يكون كان كانت ايضا أيضا "
    # treaty-body boilerplate: "ينبغي للدولة الطرف", "توصي اللجنة"
    "ينبغي للدولة الدولة الطرف اللجنة توصي تحث تشجع تدعو"
).split())
# Boilerplate that recommendations share whatever they ask for ("the State", "ensure").
ENGLISH_STOP = frozenset(stem(word) for word in ENGLISH_STOP_WORDS | {
    "ensure", "state", "country", "continue", "take",
    # treaty-body boilerplate: "The Committee recommends that the State party should ..."
    "party", "committee", "recommends", "urges", "encourages", "calls", "should",
})
_TOKEN = TOKEN
# How much of an Arabic vector comes from words (the rest from character n-grams).
ARABIC_WORD_SHARE = 0.5


@dataclass(frozen=True)
class Match:
    """Another record like the query: its id, the cosine, the language compared, shared terms."""

    id: str
    score: float
    language: Lang
    shared_terms: tuple[str, ...]


@dataclass(frozen=True)
class Pair:
    """Two records whose texts are alike (``first`` < ``second`` in the index order)."""

    first: str
    second: str
    score: float
    language: Lang


@dataclass
class LanguageIndex:
    """The rows that have text in one language: ``members`` are positions in the id list."""

    lang: Lang
    members: np.ndarray  # int64, global positions
    matrix: sp.csr_matrix  # len(members) x features, rows L2-normalised
    terms: list[str]  # names of the first len(terms) columns: the word features (for reasons)

    def local_positions(self, size: int) -> np.ndarray:
        """global position -> row of ``matrix``, or -1 where the record has no text here."""
        local = np.full(size, -1, dtype=np.int64)
        local[self.members] = np.arange(len(self.members))
        return local


def _settings() -> str:
    """What else the index depends on: a change of stop words or weights rebuilds the cache."""
    return repr((CACHE_FORMAT, sorted(ARABIC_STOP_WORDS), sorted(ENGLISH_STOP), ARABIC_WORD_SHARE, _TOKEN))


def digest_of(rows: Iterable[tuple[str, str, str]]) -> str:
    """A digest of (id, text_ar, text_en) rows and of the settings: the index is valid while
    neither changes."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(_settings().encode("utf-8"))
    for rec_id, text_ar, text_en in rows:
        for part in (rec_id, text_ar or "", text_en or ""):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x1f")
        digest.update(b"\x1e")
    return digest.hexdigest()


def surface_forms(terms: Iterable[str], *texts: str) -> tuple[str, ...]:
    """The words as written in ``texts`` (with hamza, ta marbuta, article) for the stems ``terms``."""
    written: dict[str, str] = {}
    for text in texts:
        for token in re.findall(r"\w+", text or ""):
            for word in words_of(token):
                written.setdefault(stem(word), token)
    return tuple(written.get(term, term) for term in terms)


def _build_language(lang: Lang, members: np.ndarray, texts: list[str]) -> LanguageIndex:
    if not texts:
        return LanguageIndex(lang, members, sp.csr_matrix((0, 0), dtype=np.float32), [])
    stop_words = ARABIC_STOP_WORDS if lang == "ar" else ENGLISH_STOP
    try:
        word_matrix, terms = tfidf(texts, word_features(stop_words, _TOKEN))
    except ValueError:  # every text was stop words only
        word_matrix, terms = sp.csr_matrix((len(texts), 0), dtype=np.float32), []
    matrix = word_matrix
    if lang == "ar":
        char_matrix, _ = tfidf(texts, char_features(3, 5))
        share = np.float32(ARABIC_WORD_SHARE)
        matrix = sp.hstack([word_matrix * np.sqrt(share), char_matrix * np.sqrt(1 - share)]).tocsr()
        matrix = _normalise_rows(matrix)
    return LanguageIndex(lang, members, sp.csr_matrix(matrix, dtype=np.float32), terms)


def _normalise_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms).astype(np.float32) @ matrix)


class SimilarityIndex:
    """The index of one register. Build it with :meth:`build`, or :meth:`load` a saved one."""

    def __init__(self, ids: Sequence[str], languages: dict[Lang, LanguageIndex], digest: str) -> None:
        self.ids = list(ids)
        self.digest = digest
        self.position = {rec_id: i for i, rec_id in enumerate(self.ids)}
        self.languages = languages
        self._local = {lang: index.local_positions(len(self.ids)) for lang, index in languages.items()}

    # -- building and the cache ------------------------------------------------------------
    @classmethod
    def build(cls, rows: Sequence[tuple[str, str, str]], digest: str | None = None) -> SimilarityIndex:
        """``rows`` are (id, text_ar, text_en)."""
        languages: dict[Lang, LanguageIndex] = {}
        columns: tuple[tuple[int, Lang], ...] = ((1, "ar"), (2, "en"))
        for column, lang in columns:
            members, texts = [], []
            for i, row in enumerate(rows):
                text = stem_text(row[column])
                if text:
                    members.append(i)
                    texts.append(text)
            languages[lang] = _build_language(lang, np.asarray(members, dtype=np.int64), texts)
        return cls([row[0] for row in rows], languages, digest or digest_of(rows))

    def save(self, path: Path, sealer: Any | None = None) -> None:
        """Write the index as one zip of npz matrices and JSON (written aside, then renamed).

        ``sealer`` (``db.cipher.Sealer``, an encrypted database): the zip is made in memory and
        only its encryption reaches the disk (the terms are the database's words)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(path.suffix + ".part")
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer if sealer is not None else partial, "w", zipfile.ZIP_STORED) as archive:
            head = {"format": CACHE_FORMAT, "digest": self.digest, "ids": self.ids,
                    "terms": {lang: index.terms for lang, index in self.languages.items()}}
            archive.writestr("index.json", json.dumps(head, ensure_ascii=False))
            for lang, index in self.languages.items():
                with archive.open(f"{lang}.matrix.npz", "w") as handle:
                    sp.save_npz(handle, index.matrix, compressed=False)
                with archive.open(f"{lang}.members.npy", "w") as handle:
                    np.save(handle, index.members, allow_pickle=False)
        if sealer is not None:
            partial.write_bytes(sealer.seal(buffer.getvalue()))
        partial.replace(path)

    @classmethod
    def load(cls, path: Path, digest: str, sealer: Any | None = None) -> SimilarityIndex | None:
        """The saved index if it exists and was built from rows with ``digest``, else None."""
        try:
            source: Any = path
            if sealer is not None:
                opened = sealer.unseal(Path(path).read_bytes())
                if opened is None:  # plain, or sealed under another key: rebuilt
                    return None
                source = io.BytesIO(opened)
            with zipfile.ZipFile(source) as archive:
                head = json.loads(archive.read("index.json"))
                if head.get("format") != CACHE_FORMAT or head.get("digest") != digest:
                    return None
                languages = {}
                for lang in LANGUAGES:
                    with archive.open(f"{lang}.matrix.npz") as handle:
                        matrix = sp.load_npz(handle).tocsr()
                    with archive.open(f"{lang}.members.npy") as handle:
                        members = np.load(handle, allow_pickle=False)
                    languages[lang] = LanguageIndex(lang, members, matrix, list(head["terms"][lang]))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            return None  # a damaged or foreign cache is rebuilt, never trusted
        return cls(head["ids"], languages, digest)

    # -- queries ---------------------------------------------------------------------------
    def __contains__(self, rec_id: str) -> bool:
        return rec_id in self.position

    def languages_of(self, rec_id: str) -> tuple[str, ...]:
        pos = self.position[rec_id]
        return tuple(lang for lang in LANGUAGES if self._local[lang][pos] >= 0)

    def similar(self, rec_id: str, limit: int = 20, min_score: float = 0.0) -> list[Match]:
        """The records most like ``rec_id``, best first (itself excluded)."""
        return self.similar_to_group([rec_id], limit, min_score)

    def similar_to_group(self, rec_ids: Iterable[str], limit: int = 20,
                         min_score: float = 0.0) -> list[Match]:
        """The records most like a group (a cluster), with the words they share."""
        group = list(rec_ids)
        ranked = self.rank(group, limit, min_score)[:limit]
        return [Match(rec_id, score, lang, self.group_terms(group, rec_id, lang))
                for rec_id, score, lang in ranked]

    def rank(self, rec_ids: Iterable[str], limit: int = 20,
             min_score: float = 0.0) -> list[tuple[str, float, Lang]]:
        """(id, cosine, language) of the records most like the group, best first.

        A group is compared through its mean vector in each language; its own records are left
        out. Every record tied with the last one kept is returned too (several States often
        make the very same recommendation), so the caller can break ties its own way and cut.
        """
        group = [self.position[r] for r in rec_ids if r in self.position]
        if not group:
            return []
        best = np.full(len(self.ids), -1.0, dtype=np.float32)
        best_lang = np.zeros(len(self.ids), dtype=np.int8)
        for n, lang in enumerate(LANGUAGES):
            query = self._centroid(lang, group)
            if query is None:
                continue
            index = self.languages[lang]
            scores = np.asarray((index.matrix @ query.T).todense()).ravel()
            better = scores > best[index.members]
            best[index.members[better]] = scores[better]
            best_lang[index.members[better]] = n
        best[group] = -1.0
        best = np.round(best, 4)
        candidates = np.flatnonzero(best >= max(min_score, 1e-4))
        if len(candidates) > limit:
            kth = np.partition(-best[candidates], limit - 1)[limit - 1]
            candidates = candidates[-best[candidates] <= kth]
        ordered = sorted(candidates.tolist(), key=lambda p: (-float(best[p]), p))
        return [(self.ids[p], round(float(best[p]), 4), LANGUAGES[best_lang[p]]) for p in ordered]

    def group_terms(self, rec_ids: Iterable[str], other: str, lang: Lang, count: int = 6) -> tuple[str, ...]:
        """The words a group's texts share with ``other`` in ``lang``, heaviest first."""
        group = [self.position[r] for r in rec_ids if r in self.position]
        query = self._centroid(lang, group) if group else None
        if query is None or other not in self.position or self._local[lang][self.position[other]] < 0:
            return ()
        return self._shared_terms(lang, query, self.position[other], count)

    def score(self, first: str, second: str) -> tuple[float, str]:
        """The cosine of two records (the best of their common languages) and that language."""
        best, best_lang = 0.0, ""
        for lang in LANGUAGES:
            a, b = (self._local[lang][self.position[r]] for r in (first, second))
            if a < 0 or b < 0:
                continue
            matrix = self.languages[lang].matrix
            value = float(matrix[a].multiply(matrix[b]).sum())
            if value > best:
                best, best_lang = value, lang
        return round(best, 4), best_lang

    def shared_terms(self, first: str, second: str, lang: Lang, count: int = 6) -> tuple[str, ...]:
        return self.group_terms([first], second, lang, count)

    def _centroid(self, lang: Lang, group: list[int]) -> sp.csr_matrix | None:
        local = self._local[lang][group]
        local = local[local >= 0]
        if not len(local):
            return None
        index = self.languages[lang]
        query = sp.csr_matrix(index.matrix[local].sum(axis=0), dtype=np.float32)
        return _normalise_rows(query) if len(local) > 1 else query

    def _shared_terms(self, lang: Lang, query: sp.csr_matrix, pos: int, count: int = 6) -> tuple[str, ...]:
        """The single words both texts carry, heaviest first (word pairs count in the score,
        but a pair formed across a removed stop word reads oddly as a reason)."""
        index = self.languages[lang]
        row = index.matrix[self._local[lang][pos]]
        words = len(index.terms)
        product = query[:, :words].multiply(row[:, :words]).tocoo()
        chosen: list[str] = []
        for k in np.argsort(-product.data):
            term = index.terms[product.col[k]]
            if " " not in term:
                chosen.append(term)
                if len(chosen) >= count:
                    break
        return tuple(chosen)

    # -- the duplicate scan ----------------------------------------------------------------
    def duplicate_pairs(self, threshold: float = 0.8, chunk: int = 5000) -> list[Pair]:
        """Every pair of records whose cosine in a common language reaches ``threshold``,
        best first (exact: no pair above the threshold is missed)."""
        if not 0 < threshold <= 1:
            raise ValueError("threshold must be in (0, 1]")
        best: dict[tuple[int, int], tuple[float, Lang]] = {}
        for lang in LANGUAGES:
            index = self.languages[lang]
            if index.matrix.shape[0] < 2:
                continue
            first, second, scores = _pairs_above(index.matrix, threshold, chunk)
            members = index.members
            for a, b, value in zip(members[first].tolist(), members[second].tolist(), scores.tolist(),
                                   strict=True):
                key = (a, b) if a < b else (b, a)
                if key not in best or value > best[key][0]:
                    best[key] = (value, lang)
        pairs = [Pair(self.ids[a], self.ids[b], round(value, 4), lang)
                 for (a, b), (value, lang) in best.items()]
        pairs.sort(key=lambda p: (-p.score, self.position[p.first], self.position[p.second]))
        return pairs


def _prefix_matrix(matrix: sp.csr_matrix, threshold: float) -> sp.csr_matrix:
    """For each row, the 0/1 pattern of its rarest entries up to where the rest of the row's
    squared norm falls below threshold² (the prefix of prefix filtering)."""
    matrix = sp.csr_matrix(matrix)
    lengths = np.diff(matrix.indptr)
    rows = np.repeat(np.arange(matrix.shape[0]), lengths)
    df = np.bincount(matrix.indices, minlength=matrix.shape[1]).astype(np.int64)
    # One global order of features, rarest first, ties by column: both rows must use the same.
    key = df[matrix.indices] * matrix.shape[1] + matrix.indices
    order = np.lexsort((key, rows))
    squared = matrix.data[order].astype(np.float64) ** 2
    running = np.concatenate(([0.0], np.cumsum(squared)))
    row_start = running[matrix.indptr[:-1]]
    row_total = running[matrix.indptr[1:]] - row_start
    before_entry = running[:-1] - np.repeat(row_start, lengths)
    remaining = np.repeat(row_total, lengths) - before_entry  # this entry and all after it
    keep = remaining >= threshold * threshold - 1e-7
    return sp.csr_matrix(
        (np.ones(int(keep.sum()), dtype=np.float32), (rows[order][keep], matrix.indices[order][keep])),
        shape=matrix.shape,
    )


def _pairs_above(matrix: sp.csr_matrix, threshold: float,
                 chunk: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    prefix = _prefix_matrix(matrix, threshold)
    prefix_t = prefix.T.tocsr()
    firsts, seconds = [], []
    for start in range(0, matrix.shape[0], chunk):
        candidates = (prefix[start:start + chunk] @ prefix_t).tocoo()
        upper = candidates.col > candidates.row + start
        firsts.append(candidates.row[upper].astype(np.int64) + start)
        seconds.append(candidates.col[upper].astype(np.int64))
    first = np.concatenate(firsts) if firsts else np.zeros(0, dtype=np.int64)
    second = np.concatenate(seconds) if seconds else np.zeros(0, dtype=np.int64)
    scores = np.zeros(len(first), dtype=np.float64)
    step = 200_000  # exact cosines in slices: bounded memory whatever the candidate count
    for begin in range(0, len(first), step):
        a, b = first[begin:begin + step], second[begin:begin + step]
        scores[begin:begin + step] = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()
    keep = scores >= threshold - 1e-6
    return first[keep], second[keep], scores[keep]
