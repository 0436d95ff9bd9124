"""The suggestion model file: read with numpy alone, the same vectors and scores as scikit-learn's."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
import pytest

from nrtd_desktop.analysis.label_model import LabelModel, shipped_path
from nrtd_desktop.analysis.label_training import Dataset, _vectorizer, evaluate, fit, measure, split
from nrtd_desktop.domain.stemming import stem_text

TEXTS = [
    "Ratify the Convention against Torture and its Optional Protocol",
    "Prevent torture and ill-treatment in places of detention",
    "Combat violence against women, including domestic violence",
    "Criminalize domestic violence and marital rape",
    "Ensure access to education for all children, including girls",
    "Guarantee free primary education for every child",
    "Abolish the death penalty and establish a moratorium on executions",
    "Establish a moratorium on the death penalty with a view to its abolition",
    "Strengthen the national human rights institution in line with the Paris Principles",
    "Bring the national human rights institution into full compliance with the Paris Principles",
] * 10
LABELS = [
    {"torture"}, {"torture", "detention"}, {"women"}, {"women"},
    {"education", "children"}, {"education", "children"},
    {"death_penalty"}, {"death_penalty"}, {"nhri"}, {"nhri"},
] * 10


def _data() -> Dataset:
    return Dataset([stem_text(t) for t in TEXTS], [frozenset(s) for s in LABELS],
                   [str(1 + i // 10) for i in range(len(TEXTS))])  # ten sessions of the ten texts


def test_vectors_are_the_ones_scikit_learn_trained_on() -> None:
    data = _data()
    vectorizer = _vectorizer()
    expected = vectorizer.fit_transform(data.stems).toarray()
    model = LabelModel("themes", ["x"], {f: int(i) for f, i in vectorizer.vocabulary_.items()},
                       vectorizer.idf_.astype(np.float32), np.zeros((len(vectorizer.idf_), 1), np.float32),
                       np.zeros(1, np.float32), 0.5, "2026-12-07", "test")
    ours = model.vectors([*data.stems, "unknown words only", ""]).toarray()
    assert np.allclose(ours[: len(data)], expected, atol=1e-6)
    assert not ours[len(data):].any()  # nothing known, nothing scored
    assert (model.probabilities(["", "unknown words only"]) == 0).all()


def test_a_saved_model_reads_back_and_scores_the_same(tmp_path: Path) -> None:
    data = _data()
    train, calibration, _test = (data.take(m) for m in split(data.groups))
    model = fit(train, calibration, "themes", "ten sentences")
    path = tmp_path / "themes.nrtdmodel"
    path.write_bytes(model.to_bytes())
    loaded = LabelModel.load(path)
    assert loaded.labels == model.labels and loaded.threshold == model.threshold
    assert loaded.trained_on == "ten sentences" and loaded.trained_at == model.trained_at
    before, after = model.probabilities(data.stems), loaded.probabilities(data.stems)
    assert np.abs(before - after).max() < 0.005  # weights kept as float16
    # the torture sentence scores torture above every other label
    best = loaded.labels[int(np.argmax(loaded.probabilities([stem_text("Stop torture in prisons")])[0]))]
    assert best == "torture"


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.nrtdmodel"
    junk.write_bytes(b"not a zip")
    with pytest.raises(ValueError):
        LabelModel.load(junk)
    # a zip holding a pickled object array: numpy refuses it (allow_pickle=False), so no code runs
    evil = tmp_path / "evil.nrtdmodel"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("model.json", '{"format": 1, "vocabulary": "themes", "labels": ["a"], '
                                       '"threshold": 0.5, "trained_at": "x", "trained_on": "y"}')
        archive.writestr("features.txt", "a")
        buffer = io.BytesIO()
        np.save(buffer, np.array([object()], dtype=object), allow_pickle=True)
        for name in ("idf", "weights", "bias"):
            archive.writestr(f"{name}.npy", buffer.getvalue())
    with pytest.raises(ValueError):
        LabelModel.load(evil)


def test_the_split_keeps_each_session_on_one_side() -> None:
    groups = [str(s) for s in range(1, 21) for _ in range(3)]
    train, calibration, test = split(groups)
    sessions = {name: {g for g, m in zip(groups, mask, strict=True) if m}
                for name, mask in (("train", train), ("calib", calibration), ("test", test))}
    assert sessions["test"] == {"5", "10", "15", "20"}
    assert sessions["calib"] == {"3", "8", "13", "18"}
    assert not sessions["train"] & (sessions["test"] | sessions["calib"])


def test_measure_counts_precision_recall_and_precision_at_3() -> None:
    truth = np.array([[1, 0, 0, 0], [0, 1, 1, 0]])
    scores = np.array([[0.9, 0.8, 0.1, 0.0], [0.2, 0.95, 0.1, 0.6]])
    figures = measure(scores, truth, 0.5)
    # suggested: (0,0) right, (0,1) wrong, (1,1) right, (1,3) wrong; missed: (1,2)
    assert (figures["precision"], figures["recall"]) == (0.5, pytest.approx(0.6667, abs=1e-4))
    # top 3: row 0 -> 0,1,2 (1 right of 3); row 1 -> 1,3,0 (1 right of 3)
    assert figures["precision_at_3"] == pytest.approx(2 / 6, abs=1e-4)


@pytest.mark.parametrize("vocabulary", ["themes", "groups", "sdg"])
def test_the_shipped_models_are_small_dated_and_meet_the_precision_target(vocabulary: str) -> None:
    path = shipped_path(vocabulary)
    model = LabelModel.load(path)
    assert path.stat().st_size < 8 * 2**20  # the three under 20 MB together
    assert model.trained_at and model.trained_on and model.labels
    held = model.figures["held_out"]
    assert held["precision"] >= 0.85 and held["records"] > 5000
    assert set(model.figures["split"]["test_groups"]) == {"5", "10", "15", "20"}


def test_evaluate_counts_labels_the_model_cannot_suggest_as_missed() -> None:
    data = _data()
    train, calibration, test = (data.take(m) for m in split(data.groups))
    model = fit(train, calibration, "themes", "")
    unseen = Dataset(test.stems, [frozenset({*found, "never_seen"}) for found in test.labels], test.groups)
    assert evaluate(model, unseen)["recall"] < evaluate(model, test)["recall"]
