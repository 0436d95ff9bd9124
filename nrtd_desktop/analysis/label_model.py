"""A suggestion model of one vocabulary (themes, affected groups, SDG targets), read with numpy alone.

A model is a linear classifier per label over the TF-IDF of a text's stems and stem pairs, the very
analysis the search and the similarity finder use (``domain.stemming.stem_text``): «rights» and
«right» are one feature, and a committee's own register is read as the UPR Info texts were. The
score of a label is already a probability: each label's weights were fitted (a linear SVM) and then
scaled by its own sigmoid (Platt) fitted on sessions the weights never saw, and the two are folded
into one weight vector and one bias (``label_training.py``).

Reading a model needs no scikit-learn: the file is a zip of JSON (the features, the labels, the
figures and the training date) and ``.npy`` arrays (idf, weights, biases), loaded with
``allow_pickle=False``, so opening a model file can never run code. Transforming a text here gives
the same vector as scikit-learn's ``TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)`` that
trained it (``tests/unit/test_label_model.py`` checks it, value by value).
"""

from __future__ import annotations

import io
import itertools
import json
import re
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = 1
# A feature is a stem of two characters or more, as TfidfVectorizer's default token pattern cuts it.
TOKEN = re.compile(r"(?u)\b\w\w+\b")
VOCABULARIES = ("themes", "groups", "sdg")


@dataclass
class LabelModel:
    """One vocabulary's model: ``labels[j]`` is scored by ``weights[:, j]`` and ``bias[j]``."""

    vocabulary: str
    labels: list[str]
    features: dict[str, int]
    idf: np.ndarray  # float32, one per feature
    weights: np.ndarray  # float32 (features x labels), Platt-scaled
    bias: np.ndarray  # float32, one per label
    threshold: float  # the default: a suggestion at or above it is right >= 85 % of the time (held out)
    trained_at: str  # ISO date
    trained_on: str  # what the labels came from, in words
    figures: dict[str, Any] = field(default_factory=dict)  # held-out evaluation (bench/suggest_bench.py)

    # -- reading texts -------------------------------------------------------------------
    def vectors(self, stems: Sequence[str]) -> Any:
        """The L2-normalised TF-IDF rows (scipy CSR) of texts given as their stems."""
        return self.vectors_of_counts([gram_counts(text) for text in stems])

    def vectors_of_counts(self, counts: Sequence[Counter[str]]) -> Any:
        """``vectors`` of texts already counted by :func:`gram_counts` (several models read the
        same texts: they are cut into stems and pairs once)."""
        import scipy.sparse as sp

        indptr = [0]
        indices: list[int] = []
        values: list[float] = []
        features = self.features
        for grams in counts:
            row = [(features[g], n) for g, n in grams.items() if g in features]
            indices.extend(i for i, _n in row)
            values.extend(n for _i, n in row)
            indptr.append(len(indices))
        data = np.asarray(values, dtype=np.float32)
        cols = np.asarray(indices, dtype=np.int32)
        if len(data):
            data = (1.0 + np.log(data)) * self.idf[cols]
        matrix = sp.csr_matrix(
            (data, cols, np.asarray(indptr, dtype=np.int64)),
            shape=(len(counts), len(self.idf)),
            dtype=np.float32,
        )
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sp.diags((1.0 / norms).astype(np.float32)) @ matrix

    def probabilities(self, stems: Sequence[str]) -> np.ndarray:
        """texts x labels: the probability that each label applies (0 for an empty text)."""
        return self.probabilities_of_counts([gram_counts(text) for text in stems])

    def probabilities_of_counts(self, counts: Sequence[Counter[str]]) -> np.ndarray:
        matrix = self.vectors_of_counts(counts)
        scores = np.asarray(matrix @ self.weights, dtype=np.float32) + self.bias
        probabilities = 1.0 / (1.0 + np.exp(-scores))
        empty = np.diff(matrix.indptr) == 0
        probabilities[empty] = 0.0
        result: np.ndarray = probabilities  # numpy's arithmetic is typed Any
        return result

    # -- the file ------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """The model as one zip: JSON and .npy arrays, no pickle. The caller writes it atomically
        (``nrtd_desktop.atomic``, above this layer)."""
        head = {
            "format": FORMAT,
            "vocabulary": self.vocabulary,
            "labels": self.labels,
            "threshold": self.threshold,
            "trained_at": self.trained_at,
            "trained_on": self.trained_on,
            "figures": self.figures,
        }
        features = sorted(self.features, key=self.features.__getitem__)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("model.json", json.dumps(head, ensure_ascii=False, indent=1))
            archive.writestr("features.txt", "\n".join(features))
            for name, array in (("idf", self.idf), ("weights", self.weights), ("bias", self.bias)):
                buffer = io.BytesIO()
                # float16 weights: a fifth of the file, and the probabilities move by < 0.001
                np.save(
                    buffer, array.astype(np.float16 if name == "weights" else np.float32), allow_pickle=False
                )
                archive.writestr(f"{name}.npy", buffer.getvalue())
        return out.getvalue()

    @classmethod
    def load(cls, path: Path) -> LabelModel:
        """Read a model file; raises ``ValueError`` for a file that is not one (or of another format)."""
        try:
            with zipfile.ZipFile(path) as archive:
                head = json.loads(archive.read("model.json"))
                if head.get("format") != FORMAT:
                    raise ValueError(f"model format {head.get('format')!r}")
                features = archive.read("features.txt").decode("utf-8").split("\n")
                arrays = {
                    name: np.load(io.BytesIO(archive.read(f"{name}.npy")), allow_pickle=False)
                    for name in ("idf", "weights", "bias")
                }
        except (OSError, KeyError, zipfile.BadZipFile, json.JSONDecodeError) as error:
            raise ValueError(str(error)) from error
        weights = arrays["weights"].astype(np.float32)
        if weights.shape != (len(features), len(head["labels"])):
            raise ValueError("weights do not fit the features and labels")
        return cls(
            vocabulary=head["vocabulary"],
            labels=list(head["labels"]),
            features={name: i for i, name in enumerate(features)},
            idf=arrays["idf"].astype(np.float32),
            weights=weights,
            bias=arrays["bias"].astype(np.float32),
            threshold=float(head["threshold"]),
            trained_at=str(head["trained_at"]),
            trained_on=str(head["trained_on"]),
            figures=dict(head.get("figures") or {}),
        )


def gram_counts(stems: str) -> Counter[str]:
    """How often each stem and each pair of adjacent stems occurs in a text given as its stems."""
    tokens = TOKEN.findall(stems)
    grams = Counter(tokens)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(tokens))
    return grams


def transfer_labels(
    similarities: Any, labels: np.ndarray, k: int = 10, prior: float = 0.0, chunk: int = 2000
) -> np.ndarray:
    """Label transfer from the ``k`` most similar labelled texts: queries x labels, each the share
    of the neighbours' similarity carrying the label. ``prior`` is similarity mass that carries no
    label, so that a few weak neighbours cannot make a sure suggestion. ``similarities``: queries x
    labelled (sparse or dense); ``labels``: labelled x labels (0/1)."""
    result = np.zeros((similarities.shape[0], labels.shape[1]), dtype=np.float32)
    k = min(k, similarities.shape[1])
    if k == 0:
        return result
    for start in range(0, similarities.shape[0], chunk):
        block = similarities[start : start + chunk]
        block = block.toarray() if hasattr(block, "toarray") else np.asarray(block)
        nearest = np.argpartition(-block, k - 1, axis=1)[:, :k]
        weight = np.clip(np.take_along_axis(block, nearest, axis=1), 0, None)
        total = np.maximum(weight.sum(axis=1, keepdims=True) + prior, 1e-6)
        result[start : start + chunk] = np.einsum("nk,nkl->nl", weight, labels[nearest]) / total
    return result


def shipped_path(vocabulary: str) -> Path:
    """The model shipped with the program for ``vocabulary``."""
    return Path(__file__).resolve().parent / "models" / f"{vocabulary}.nrtdmodel"
