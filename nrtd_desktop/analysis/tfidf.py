"""TF-IDF matrices of texts, with numpy and ``scipy.sparse`` only (issue 25).

The similarity used scikit-learn's ``TfidfVectorizer`` for this alone; scikit-learn pulled most of
SciPy into the installer (optimize, linalg, stats, a second OpenBLAS: about 90 MB of the 400).
This computes what the similarity asked of it, with the same definitions, so the scores are the
ones it gave:

- ``words``: tokens of two or more word characters, the stop words removed, then every token and
  every pair of neighbouring tokens (n-grams 1 and 2 over the tokens that remain);
- ``chars``: character n-grams of 3 to 5 inside each word padded with a space on each side (a word
  shorter than n gives itself, padded, once), the "char_wb" analyser;
- weights: ``1 + ln(count)`` in the text (sublinear tf) times ``1 + ln((1 + n) / (1 + df))``
  (smoothed idf), each row scaled to length 1; the columns are the features in sorted order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

import numpy as np
import scipy.sparse as sp

TOKEN = r"(?u)\b\w\w+\b"
# English function words: the list of the Glasgow Information Retrieval Group, as scikit-learn
# ships it (``ENGLISH_STOP_WORDS``, 318 words), so the English scores stay what they were.
_ENGLISH_STOP = (
    "a about above across after afterwards again against all almost alone along already also although "
    "always am among amongst amoungst amount an and another any anyhow anyone anything anyway "
    "anywhere are around as at back be became because become becomes becoming been before beforehand "
    "behind being below beside besides between beyond bill both bottom but by call can cannot cant co "
    "con could couldnt cry de describe detail do done down due during each eg eight either eleven "
    "else elsewhere empty enough etc even ever every everyone everything everywhere except few "
    "fifteen fifty fill find fire first five for former formerly forty found four from front full "
    "further get give go had has hasnt have he hence her here hereafter hereby herein hereupon hers "
    "herself him himself his how however hundred i ie if in inc indeed interest into is it its itself "
    "keep last latter latterly least less ltd made many may me meanwhile might mill mine more "
    "moreover most mostly move much must my myself name namely neither never nevertheless next nine "
    "no nobody none noone nor not nothing now nowhere of off often on once one only onto or other "
    "others otherwise our ours ourselves out over own part per perhaps please put rather re same see "
    "seem seemed seeming seems serious several she should show side since sincere six sixty so some "
    "somehow someone something sometime sometimes somewhere still such system take ten than that the "
    "their them themselves then thence there thereafter thereby therefore therein thereupon these "
    "they thick thin third this those though three through throughout thru thus to together too top "
    "toward towards twelve twenty two un under until up upon us very via was we well were what "
    "whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever "
    "whether which while whither who whoever whole whom whose why will with within without would yet "
    "you your yours yourself yourselves"
)
ENGLISH_STOP_WORDS = frozenset(_ENGLISH_STOP.split())
_WHITE = re.compile(r"\s\s+")


def word_features(stop_words: Iterable[str], token: str = TOKEN) -> Callable[[str], list[str]]:
    """The words and neighbouring word pairs of a text, stop words left out first."""
    find = re.compile(token).findall
    stop = frozenset(stop_words)

    def features(text: str) -> list[str]:
        tokens = [t for t in find(text) if t not in stop]
        return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]

    return features


def char_features(low: int = 3, high: int = 5) -> Callable[[str], list[str]]:
    """Character n-grams of ``low`` to ``high`` letters inside each word, padded with spaces."""

    def features(text: str) -> list[str]:
        grams: list[str] = []
        for word in _WHITE.sub(" ", text).split():
            padded = f" {word} "
            length = len(padded)
            for n in range(low, high + 1):
                if length <= n:  # the whole padded word, once, for every n it does not exceed
                    grams.append(padded)
                    break
                grams.extend(padded[i:i + n] for i in range(length - n + 1))
        return grams

    return features


def tfidf(texts: Sequence[str], features: Callable[[str], list[str]]) -> tuple[sp.csr_matrix, list[str]]:
    """The TF-IDF rows of ``texts`` (float32, each of length 1 or 0) and the feature names in
    column order; ``ValueError`` when no text has a feature (every word a stop word)."""
    vocabulary: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    counts: list[int] = []
    for text in texts:
        row: dict[int, int] = {}
        for feature in features(text):
            column = vocabulary.setdefault(feature, len(vocabulary))
            row[column] = row.get(column, 0) + 1
        indices.extend(row)
        counts.extend(row.values())
        indptr.append(len(indices))
    if not vocabulary:
        raise ValueError("no text has a feature: every word is a stop word")
    names = sorted(vocabulary)
    # columns in sorted feature order, as the cache and the reasons expect
    order = np.empty(len(names), dtype=np.int64)
    order[[vocabulary[name] for name in names]] = np.arange(len(names))
    columns = order[np.asarray(indices, dtype=np.int64)]
    data = 1.0 + np.log(np.asarray(counts, dtype=np.float64))
    shape = (len(texts), len(names))
    matrix = sp.csr_matrix((data, columns, np.asarray(indptr, dtype=np.int64)), shape=shape)
    matrix.sort_indices()
    documents = np.bincount(matrix.indices, minlength=len(names))
    idf = np.log((1.0 + len(texts)) / (1.0 + documents)) + 1.0
    matrix.data *= idf[matrix.indices]
    sizes = np.diff(matrix.indptr)
    rows = np.repeat(np.arange(len(texts)), sizes)
    lengths = np.sqrt(np.bincount(rows, weights=matrix.data ** 2, minlength=len(texts)))
    lengths[lengths == 0] = 1.0
    matrix.data /= lengths[rows]
    return sp.csr_matrix(matrix, dtype=np.float32), names
