"""One name per thing (issue 19): the window and the printed documents (PDF reports, exports,
the command line) call each stored value the same, in Arabic and in English.

Every one of them takes its words from ``domain/labels.py``: the window through ``ui/labels.py``
and ``ui/plan_labels.py``, in its language. The window's own sentences go through Qt's
translator (``i18n/nrtd_*.ts``); the last test keeps those from naming a value otherwise."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from nrtd_desktop.domain import labels

ROOT = Path(__file__).resolve().parents[2]
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")

# Window strings that share an English word with a value of a vocabulary but name something
# else, each with why: (translation context, source).
OTHER_MEANINGS = {
    # A column or a record kind ("the recommendation"), not the annotation type "a recommendation".
    **{(context, "Recommendation"): "the record, with the article" for context in (
        "DuplicateModel", "MemberModel", "PlanEditor", "RecommendationEditor", "Register",
        "SimilarModel", "SuggestionTableModel")},
    # An action or a report that is late (masculine), not a recommendation's status.
    **{(context, "Overdue"): "an action or a report, masculine" for context in (
        "Drafting", "PlanModels", "ReportsDueStrip")},
}


def _window_strings(lang: str) -> Iterator[tuple[str, str, str]]:
    """(context, source, translation) of every string of the window in i18n/nrtd_<lang>.ts."""
    root = ET.parse(ROOT / "i18n" / f"nrtd_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield (context.findtext("name") or "", message.findtext("source") or "",
                   message.findtext("translation") or "")


def _catalogue() -> dict[str, set[str]]:
    """English name -> the Arabic names the catalogue gives it."""
    names: dict[str, set[str]] = {}
    for table in [*labels.VOCABULARIES.values(), labels.ACTION_CATEGORIES]:
        for arabic, english in table.values():
            names.setdefault(english, set()).add(arabic)
    return names


@pytest.mark.parametrize("vocabulary", sorted(labels.VOCABULARIES))
def test_every_value_has_an_arabic_and_an_english_name(vocabulary: str) -> None:
    for value, (arabic, english) in labels.VOCABULARIES[vocabulary].items():
        assert ARABIC_LETTER.search(arabic), (vocabulary, value, arabic)
        assert english.strip() and english.isascii(), (vocabulary, value, english)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_window_shows_the_names_of_the_catalogue(lang: str) -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QLocale

    from nrtd_desktop.ui import labels as window
    from nrtd_desktop.ui import plan_labels

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English))
    try:
        tables = {
            "position": window.position_labels(),
            "status": window.status_labels(),
            "priority": window.priority_labels(),
            "mechanism": window.mechanism_labels(),
            "annotation_type": window.annotation_labels(),
            "action_status": plan_labels.action_status_labels(),
            "indicator_type": plan_labels.indicator_type_labels(),
            "challenge_category": plan_labels.challenge_category_labels(),
            "challenge_status": plan_labels.challenge_status_labels(),
        }
        categories = window.action_category_labels()
    finally:
        QLocale.setDefault(before)
    for vocabulary, table in tables.items():
        assert list(table) == [str(value) for value in labels.VOCABULARIES[vocabulary]], vocabulary
        for value, shown in table.items():
            assert shown == labels.label(vocabulary, value, lang), (vocabulary, value)
    index = 0 if lang == "ar" else 1
    assert categories == {n: pair[index] for n, pair in labels.ACTION_CATEGORIES.items()}
    # The case the issue named: an observation is «قلق أو ملاحظة» everywhere.
    assert tables["annotation_type"]["observation"] == (
        "قلق أو ملاحظة" if lang == "ar" else "Concern or observation")


def test_no_string_of_the_window_names_a_value_otherwise() -> None:
    """A caption the window translates itself ("Concern or observation" in a new dialog, a
    tile of the dashboard) must say what the catalogue says, unless it names something else."""
    catalogue = _catalogue()
    different = [
        f"{context}: {source!r} is {translation!r} in the window, {sorted(catalogue[source])} in the reports"
        for context, source, translation in _window_strings("ar")
        if source in catalogue and translation not in catalogue[source]
        and (context, source) not in OTHER_MEANINGS
    ]
    assert not different, "\n".join(different)
    stale = [key for key in OTHER_MEANINGS
             if key not in {(c, s) for c, s, _t in _window_strings("ar")}]
    assert not stale, f"no longer in the window, remove from OTHER_MEANINGS: {stale}"
