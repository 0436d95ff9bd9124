"""The similarity's TF-IDF (analysis/tfidf.py, written for issue 25 instead of scikit-learn's):
its features and weights against the definitions, computed here by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nrtd_desktop.analysis.tfidf import char_features, tfidf, word_features


def test_words_and_word_pairs_leave_the_stop_words_out_first() -> None:
    features = word_features({"the", "of"})
    assert features("rights of the child, the child") == [
        "rights", "child", "child", "rights child", "child child"]
    assert features("a b") == []  # one letter is no word


def test_character_grams_stay_inside_a_word_padded_with_spaces() -> None:
    grams = char_features(3, 5)
    assert grams("ab") == [" ab", "ab ", " ab "]  # four characters padded: 3-grams, then itself once
    assert grams("abcd") == [" ab", "abc", "bcd", "cd ", " abc", "abcd", "bcd ", " abcd", "abcd "]
    assert grams("x  y") == [" x ", " y "]


def test_weights_are_sublinear_counts_by_smoothed_rarity_in_rows_of_length_one() -> None:
    texts = ["torture torture prison", "prison visits", "visits"]
    matrix, names = tfidf(texts, word_features(()))
    assert names == sorted({"torture", "prison", "visits", "torture torture", "torture prison",
                            "prison visits"})
    n = len(texts)

    def idf(documents: int) -> float:
        return math.log((1 + n) / (1 + documents)) + 1

    first = {"torture": (1 + math.log(2)) * idf(1), "prison": idf(2), "torture torture": idf(1),
             "torture prison": idf(1)}
    length = math.sqrt(sum(v * v for v in first.values()))
    row = dict(zip(names, matrix.toarray()[0].tolist(), strict=True))
    for name, value in row.items():
        assert value == pytest.approx(first.get(name, 0.0) / length, rel=1e-6), name
    assert np.allclose(np.sqrt(matrix.multiply(matrix).sum(axis=1)), 1.0)
    assert matrix.dtype == np.float32


def test_a_text_without_features_is_a_row_of_zeros_and_no_features_at_all_is_an_error() -> None:
    matrix, _ = tfidf(["prison visits", "the"], word_features({"the"}))
    assert matrix[1].nnz == 0 and matrix.shape == (2, 3)
    with pytest.raises(ValueError):
        tfidf(["the of", "of"], word_features({"the", "of"}))
