"""Searching the register as a committee member does: relevance, highlights, the no-result state."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor

from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.dto.register import RecommendationFilter, RecommendationInput
from nrtd_desktop.ui.recommendation_model import COL_REFERENCE
from tests.ui.keyboard import type_text
from tests.ui.test_register import select_reference

OLD_SCHEMA = Path(__file__).parents[1] / "db" / "schemas" / "0001.sqlite"


def highlighted(panel: Any) -> list[str]:
    """The runs of text the detail panel shows on the highlight colour, in order."""
    from nrtd_desktop.ui.detail_panel import HIGHLIGHT

    colour = HIGHLIGHT.split("background-color:")[1].split(";")[0]
    document = panel.document()
    cursor = QTextCursor(document)
    runs: list[str] = []
    current = ""
    for position in range(1, document.characterCount()):
        cursor.setPosition(position)
        lit = cursor.charFormat().background().color().name() == colour
        char = document.characterAt(position - 1)
        if lit:
            current += char
        elif current:
            runs.append(current)
            current = ""
    return runs + ([current] if current else [])


def search_for(page: Any, qtbot: Any, text: str) -> None:
    page.search.clear()
    type_text(page.search, text)
    qtbot.waitUntil(lambda: page.facets.filter.search == text, timeout=3000)


@pytest.fixture
def searched(services: Any) -> Any:
    """The sample register with two recommendations whose words are attached to particles."""
    services.recommendations.create(RecommendationInput(
        reference="CEDAW-2030-1", body="CEDAW",
        text_ar="توفير الحماية للمرأة والفتيات من العنف الأسري",
        text_en="Protect women's rights and the rights of girls against domestic violence"))
    services.recommendations.create(RecommendationInput(
        reference="UPR-4-150.2", body="UPR",
        text_ar="تجريم التعذيب وضمان عدم الإفلات من العقاب على أفعال التعذيب",
        text_en="Criminalize torture and end impunity for acts of torture"))
    return services


def test_the_words_that_matched_are_highlighted_in_both_texts(qtbot: Any, app_ar: Any, searched: Any) -> None:
    from tests.ui.conftest import make_window

    window = make_window(qtbot, searched, "ar")
    page = window.areas["recommendations"]
    search_for(page, qtbot, "المرأة")
    select_reference(page, "CEDAW-2030-1")
    assert highlighted(page.detail) == ["للمرأة"]  # an Arabic word is looked for in the Arabic text

    search_for(page, qtbot, '"women rights" حماية')
    select_reference(page, "CEDAW-2030-1")
    assert highlighted(page.detail) == ["الحماية", "women's", "rights"]  # not the second «rights»

    page.search.clear()
    qtbot.waitUntil(lambda: page.facets.filter.search == "", timeout=3000)
    select_reference(page, "CEDAW-2030-1")
    assert highlighted(page.detail) == []


def test_a_search_lists_the_most_relevant_first_until_a_column_is_sorted(
        qtbot: Any, app_ar: Any, searched: Any) -> None:
    from tests.ui.conftest import make_window

    window = make_window(qtbot, searched, "ar")
    page = window.areas["recommendations"]
    header = page.table.horizontalHeader()
    search_for(page, qtbot, "تعذيب")
    f = RecommendationFilter(search="تعذيب")
    ranked = [r.reference for r in searched.recommendations.list(f, order_by="relevance", limit=None)]
    shown = [page.model.index(row, COL_REFERENCE).data() for row in range(page.model.rowCount())]
    assert shown == ranked and ranked[0] == "UPR-4-150.2"  # «التعذيب» twice in a short text
    by_reference = sorted(ranked, key=reference_order)  # the register's natural order
    assert ranked != by_reference and header.sortIndicatorSection() == -1

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, COL_REFERENCE))
    shown = [page.model.index(row, COL_REFERENCE).data() for row in range(page.model.rowCount())]
    assert shown in (by_reference, by_reference[::-1])
    assert header.sortIndicatorSection() == COL_REFERENCE

    search_for(page, qtbot, "التعذيب")  # another search: the person's sort stays
    assert [page.model.index(row, COL_REFERENCE).data() for row in range(page.model.rowCount())] == shown
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == searched.recommendations.count(), timeout=3000)
    assert header.sortIndicatorSection() == COL_REFERENCE


def _section_centre(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_a_search_that_finds_nothing_says_so_and_offers_what_to_try(
        qtbot: Any, app_ar: Any, searched: Any) -> None:
    from tests.ui.conftest import make_window
    from tests.ui.test_register import choose

    window = make_window(qtbot, searched, "ar")
    page = window.areas["recommendations"]
    search_for(page, qtbot, "التعذيب زنجبار")
    assert page.model.rowCount() == 0
    text = page.detail.toPlainText()
    torture = searched.recommendations.count(RecommendationFilter(search="التعذيب"))
    assert "لا توجد توصية تطابق «التعذيب زنجبار»." in text
    assert "كلمات أقل: «التعذيب»" in text and "ابحث بالإنجليزية أيضاً" in text
    assert page.detail.help is not None and page.detail.help.fewer_words[0].count == torture
    page.detail.anchorClicked.emit(QUrl("#l0"))  # the link «التعذيب»
    qtbot.waitUntil(lambda: page.facets.filter.search == "التعذيب", timeout=3000)
    assert page.search.text() == "التعذيب" and page.model.rowCount() == torture > 0

    facet, key = next(  # a filter whose records never speak of torture
        (facet, v.key) for facet in ("body", "status", "priority", "theme", "affected_group")
        for v in searched.recommendations.facet_values(facet)
        if not searched.recommendations.count(RecommendationFilter(search="التعذيب", **{facet: (v.key,)})))
    page.search.clear()
    qtbot.waitUntil(lambda: page.facets.filter.search == "", timeout=3000)
    choose(page, facet, key)
    search_for(page, qtbot, "التعذيب")
    assert page.model.rowCount() == 0
    assert "مسح عوامل التصفية" in page.detail.toPlainText()
    link = next(key for key, action in page.detail._links.items() if action == "clear")
    page.detail.anchorClicked.emit(QUrl("#" + link))
    assert getattr(page.facets.filter, facet) == () and page.model.rowCount() == torture


def test_opening_an_older_database_shows_the_migration_progress(
        qtbot: Any, app_ar: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from nrtd_desktop.settings import Settings
    from nrtd_desktop.ui import migration_progress
    from nrtd_desktop.ui.backup_startup import open_services_with_dialogs

    copy = tmp_path / "old.sqlite"
    shutil.copyfile(OLD_SCHEMA, copy)
    monkeypatch.setattr(migration_progress, "SHOW_AFTER_MS", 0)
    labels: list[str] = []
    shown: list[bool] = []
    real = QProgressDialog.setLabelText

    def spy(dialog: QProgressDialog, text: str) -> None:
        labels.append(text)
        shown.append(dialog.isVisible())
        real(dialog, text)

    monkeypatch.setattr(QProgressDialog, "setLabelText", spy)
    opened = open_services_with_dialogs(copy, Settings(language="ar", user_name="عضو"))
    assert opened is not None
    services, _path = opened
    try:
        assert labels[-1] == "تحديث قاعدة البيانات للبحث الجديد: حُلّلت 3 من أصل 3 توصية."
        assert services.recommendations.count(RecommendationFilter(search="أطفال")) == 1
    finally:
        services.close()
    assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in app_ar.topLevelWidgets())
