"""Training and evaluating a suggestion model (scikit-learn; offline, never at start-up).

The recipe kept (``fit``), after comparing it with the others in ``bench/suggest_bench.py``:

1. texts as their stems (``domain.stemming.stem_text``), TF-IDF of stems and stem pairs seen in at
   least two training texts (``TfidfVectorizer``, sublinear tf);
2. one linear SVM per label (``LinearSVC``), on the *training* groups;
3. each label's decision value turned into a probability by a sigmoid fitted on *calibration*
   groups the SVM never saw (Platt scaling), folded into the weights (``label_model.py``);
4. the default threshold: on the calibration groups, the one with the best micro-F1 among those
   whose suggestions are right at least ``TARGET_PRECISION`` of the time.

Records are split by *group* (a UPR session, else a document), never by row: the same
recommendation made by several States in one session would otherwise sit on both sides of the
split and flatter the figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from nrtd_desktop.analysis.label_model import TOKEN, LabelModel, transfer_labels

TARGET_PRECISION = 0.88  # chosen on calibration groups; the held-out figure must stay >= 0.85
MIN_EXAMPLES = 5  # a label with fewer training examples is not suggested at all
SVM_C = 0.5


@dataclass(frozen=True)
class Dataset:
    """Texts (as stems), their labels, and the group each comes from (the unit of the split)."""

    stems: list[str]
    labels: list[frozenset[str]]
    groups: list[str]

    def take(self, mask: np.ndarray) -> Dataset:
        rows = np.flatnonzero(mask)
        return Dataset(
            [self.stems[i] for i in rows], [self.labels[i] for i in rows], [self.groups[i] for i in rows]
        )

    def __len__(self) -> int:
        return len(self.stems)


def _group_order(group: str) -> tuple[int, Any]:
    return (0, int(group)) if group.isdigit() else (1, group)


def split(groups: Sequence[str], stride: int = 5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(train, calibration, test) masks: of the groups in order, every ``stride``-th from the 5th is
    held out for the test and every ``stride``-th from the 3rd for calibration (UPR Info: sessions
    5, 10, 15, 20 tested, 3, 8, 13, 18 calibrate, the other 12 train)."""
    ordered = sorted(set(groups), key=_group_order)
    role = {
        g: ("test" if i % stride == stride - 1 else "calib" if i % stride == 2 else "train")
        for i, g in enumerate(ordered)
    }
    roles = np.array([role[g] for g in groups])
    return roles == "train", roles == "calib", roles == "test"


def _matrix(labels: Sequence[frozenset[str]], names: list[str]) -> np.ndarray:
    index = {name: j for j, name in enumerate(names)}
    result = np.zeros((len(labels), len(names)), dtype=np.int8)
    for i, found in enumerate(labels):
        for name in found:
            if name in index:
                result[i, index[name]] = 1
    return result


def _vectorizer() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        lowercase=False,
        token_pattern=TOKEN.pattern,
        ngram_range=(1, 2),
        min_df=2,
        sublinear_tf=True,
        dtype=np.float32,
    )


def _platt(decisions: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """(a, b) of p = sigmoid(a * d + b), fitted on one label's decision values."""
    from sklearn.linear_model import LogisticRegression

    if truth.min() == truth.max():
        return 0.0, 0.0
    fitted = LogisticRegression(C=1e4).fit(decisions.reshape(-1, 1), truth)
    return float(fitted.coef_[0, 0]), float(fitted.intercept_[0])


def fit(
    train: Dataset, calibration: Dataset, vocabulary: str, trained_on: str, progress: Any = None
) -> LabelModel:
    """The model of ``vocabulary`` from ``train``, calibrated on ``calibration`` (see module doc)."""
    from sklearn.svm import LinearSVC

    counts: dict[str, int] = {}
    for found in train.labels:
        for name in found:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(name for name, n in counts.items() if n >= MIN_EXAMPLES)
    vectorizer = _vectorizer()
    x_train = vectorizer.fit_transform(train.stems)
    x_calib = vectorizer.transform(calibration.stems)
    y_train, y_calib = _matrix(train.labels, names), _matrix(calibration.labels, names)
    weights = np.zeros((x_train.shape[1], len(names)), dtype=np.float32)
    bias = np.zeros(len(names), dtype=np.float32)
    decisions = np.zeros((x_calib.shape[0], len(names)), dtype=np.float32)
    for j in range(len(names)):
        svm = LinearSVC(C=SVM_C).fit(x_train, y_train[:, j])
        weights[:, j], bias[j] = svm.coef_[0], svm.intercept_[0]
        decisions[:, j] = svm.decision_function(x_calib)
        if progress:
            progress(j + 1, len(names))
    pooled = _platt(decisions.ravel(), y_calib.ravel())  # for labels too rare in calibration
    for j in range(len(names)):
        a, b = _platt(decisions[:, j], y_calib[:, j]) if y_calib[:, j].sum() >= 3 else pooled
        if a <= 0:
            a, b = pooled
        weights[:, j] *= a
        bias[j] = a * bias[j] + b
    model = LabelModel(
        vocabulary=vocabulary,
        labels=names,
        features={f: int(i) for f, i in vectorizer.vocabulary_.items()},
        idf=vectorizer.idf_.astype(np.float32),
        weights=weights,
        bias=bias,
        threshold=0.5,
        trained_at=date.today().isoformat(),
        trained_on=trained_on,
    )
    probabilities = model.probabilities(calibration.stems)
    model.threshold = choose_threshold(probabilities, y_calib)
    return model


def choose_threshold(probabilities: np.ndarray, truth: np.ndarray, target: float = TARGET_PRECISION) -> float:
    """The threshold with the best micro-F1 among those reaching ``target`` precision."""
    best: tuple[float, float] | None = None
    for threshold in np.arange(0.05, 0.96, 0.01):
        scores = measure(probabilities, truth, float(threshold))
        if scores["precision"] >= target and (best is None or scores["f1"] > best[1]):
            best = (round(float(threshold), 2), scores["f1"])
    return best[0] if best else 0.95


def measure(probabilities: np.ndarray, truth: np.ndarray, threshold: float) -> dict[str, float]:
    """Micro precision, recall and F1 of the suggestions at ``threshold``, and precision@3 (of the
    three best-scored labels of each record that has a label, how many are right)."""
    predicted = probabilities >= threshold
    positive = truth.astype(bool)
    tp = int((predicted & positive).sum())
    fp = int((predicted & ~positive).sum())
    fn = int((~predicted & positive).sum())
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    labelled = positive.any(axis=1)
    if labelled.any() and probabilities.shape[1] >= 3:
        top = np.argsort(-probabilities[labelled], axis=1, kind="stable")[:, :3]
        at3 = float(np.take_along_axis(positive[labelled], top, axis=1).mean())
    else:
        at3 = 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "precision_at_3": round(at3, 4),
        "suggested": tp + fp,
        "true_labels": tp + fn,
    }


def evaluate(model: LabelModel, test: Dataset, threshold: float | None = None) -> dict[str, Any]:
    """The model's figures on ``test`` at its threshold (labels it cannot suggest count as missed)."""
    names = model.labels + sorted({n for found in test.labels for n in found} - set(model.labels))
    probabilities = model.probabilities(test.stems)
    padded = np.zeros((len(test), len(names)), dtype=np.float32)
    padded[:, : len(model.labels)] = probabilities
    chosen = model.threshold if threshold is None else threshold
    figures: dict[str, Any] = measure(padded, _matrix(test.labels, names), chosen)
    figures.update(threshold=chosen, records=len(test), labels=len(model.labels))
    return figures


# -- the approaches the recipe was compared with (bench/suggest_bench.py) ------------------------
def logistic_probabilities(
    train: Dataset, calibration: Dataset, test: Dataset, names: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """One-vs-rest logistic regression (liblinear, C=10): probabilities on calibration and test."""
    from sklearn.linear_model import LogisticRegression

    vectorizer = _vectorizer()
    x_train = vectorizer.fit_transform(train.stems)
    y_train = _matrix(train.labels, names)
    x_calib, x_test = vectorizer.transform(calibration.stems), vectorizer.transform(test.stems)
    calib = np.zeros((len(calibration), len(names)), dtype=np.float32)
    tested = np.zeros((len(test), len(names)), dtype=np.float32)
    for j in range(len(names)):
        fitted = LogisticRegression(C=10.0, solver="liblinear").fit(x_train, y_train[:, j])
        calib[:, j] = fitted.predict_proba(x_calib)[:, 1]
        tested[:, j] = fitted.predict_proba(x_test)[:, 1]
    return calib, tested


def neighbour_probabilities(
    train: Dataset, queries: Dataset, names: list[str], k: int = 10, prior: float = 0.0
) -> np.ndarray:
    """Label transfer from the ``k`` most similar training texts (cosine of TF-IDF), weighted by
    similarity (``label_model.transfer_labels``)."""
    vectorizer = _vectorizer()
    x_train = vectorizer.fit_transform(train.stems)
    x_query = vectorizer.transform(queries.stems)
    return transfer_labels(x_query @ x_train.T, _matrix(train.labels, names).astype(np.float32), k, prior)


def train_and_evaluate(
    data: Dataset,
    vocabulary: str,
    trained_on: str,
    progress: Any = None,
    neighbours: int = 10,
    prior: float = 0.5,
) -> LabelModel:
    """The model to keep, with its held-out figures.

    Split by group (``split``): a first model is trained on the training groups and calibrated on
    the calibration groups, and measured on the test groups it never saw (``figures["held_out"]``);
    so is the label transfer from similar records that Arabic-only texts get (``figures["neighbours"]``,
    measured here through the English texts, with its own threshold). The model kept is then
    trained the same way on the training *and* test groups (same calibration groups)."""
    train, calibration, test = (data.take(mask) for mask in split(data.groups))
    if not len(train) or not len(calibration) or not len(test):
        raise ValueError("too few groups to split")
    steps = 2 if progress else 0

    def step(part: int) -> Any:
        return (lambda done, total: progress(part * total + done, steps * total)) if progress else None

    first = fit(train, calibration, vocabulary, trained_on, step(0))
    held_out = evaluate(first, test)
    names = first.labels
    calib_scores = neighbour_probabilities(train, calibration, names, neighbours, prior)
    neighbour_threshold = choose_threshold(calib_scores, _matrix(calibration.labels, names))
    test_scores = neighbour_probabilities(train, test, names, neighbours, prior)
    neighbour_figures = measure(test_scores, _matrix(test.labels, names), neighbour_threshold)
    neighbour_figures.update(threshold=neighbour_threshold, k=neighbours, prior=prior)
    both = Dataset(train.stems + test.stems, train.labels + test.labels, train.groups + test.groups)
    model = fit(both, calibration, vocabulary, trained_on, step(1))
    groups = sorted(set(test.groups), key=_group_order)
    model.figures = {
        "held_out": held_out,
        "neighbours": neighbour_figures,
        "split": {
            "test_groups": groups,
            "calibration_groups": sorted(set(calibration.groups), key=_group_order),
            "train_records": len(train),
            "calibration_records": len(calibration),
            "test_records": len(test),
        },
        "records": len(data),
    }
    return model
