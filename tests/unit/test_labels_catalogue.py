"""One name per thing (issue 19): the window and the printed documents (PDF reports, exports,
the command line) call each stored value the same, in Arabic and in English.

The reports take their words from ``domain/labels.py``; the window from ``ui/labels.py`` through
Qt's translator (``i18n/nrtd_*.ts``). This compares the two for every key the window names."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nrtd_desktop.domain import labels

ROOT = Path(__file__).resolve().parents[2]
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")


def _translations(lang: str) -> dict[str, str]:
    """source -> translation of the window's "Labels" context in i18n/nrtd_<lang>.ts."""
    root = ET.parse(ROOT / "i18n" / f"nrtd_{lang}.ts").getroot()
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") == "Labels":
            for message in context.iter("message"):
                found[message.findtext("source") or ""] = message.findtext("translation") or ""
    return found


@pytest.mark.parametrize("vocabulary", sorted(labels.VOCABULARIES))
def test_every_value_has_an_arabic_and_an_english_name(vocabulary: str) -> None:
    for value, (arabic, english) in labels.VOCABULARIES[vocabulary].items():
        assert ARABIC_LETTER.search(arabic), (vocabulary, value, arabic)
        assert english.strip() and english.isascii(), (vocabulary, value, english)


class _Untranslated:
    """Stands for QCoreApplication: the window's label sources (English), whatever translator an
    earlier test installed."""

    @staticmethod
    def translate(_context: str, source: str, *_args: object) -> str:
        return source


def test_the_window_and_the_reports_name_each_value_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("PySide6")
    from nrtd_desktop.ui import labels as window

    monkeypatch.setattr(window, "QCoreApplication", _Untranslated)

    arabic, english = _translations("ar"), _translations("en")
    tables = {
        "position": window.position_labels(),
        "status": window.status_labels(),
        "priority": window.priority_labels(),
        "mechanism": window.mechanism_labels(),
        "annotation_type": window.annotation_labels(),
    }
    different = []
    for vocabulary, table in tables.items():
        for value, source in table.items():
            shown = (arabic.get(source), english.get(source) or source)
            printed = labels.VOCABULARIES[vocabulary].get(value)
            if printed != shown:
                different.append(f"{vocabulary}.{value}: window {shown}, reports {printed}")
    assert not different, "\n".join(different)
    # The case the issue named: an observation is «قلق أو ملاحظة» everywhere.
    assert labels.label("annotation_type", "observation", "ar") == "قلق أو ملاحظة"
    assert arabic[window.annotation_labels()["observation"]] == "قلق أو ملاحظة"
