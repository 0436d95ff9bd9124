"""Points of issue 21 a member checks on one screen: SDG targets and codes in the detail panel in
their own order, one date presentation, empty lists that say so, counts that follow the list."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from nrtd_desktop.domain.bidi import for_display, strip_marks
from nrtd_desktop.settings import Settings, save_settings
from nrtd_desktop.ui.similarity_panel import select_row
from tests.conftest import TODAY
from tests.ui.window_check import visual


def demo_window(qtbot: Any, demo_services: Any, lang: str, show_hijri: bool = True) -> Any:
    from nrtd_desktop.ui.application import install_translations
    from nrtd_desktop.ui.main_window import MainWindow

    settings = Settings(language=lang, show_hijri=show_hijri)  # type: ignore[arg-type]
    save_settings(settings)
    install_translations(QApplication.instance(), lang)
    window = MainWindow(demo_services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def arabic(qapp: Any) -> Any:
    from nrtd_desktop.ui.application import create_application, install_translations

    app = create_application(lang="ar")
    yield app
    install_translations(app, "ar")


def document_lines(document: Any) -> list[str]:
    """Each line of a rich-text document as it is drawn, left to right (marks left out)."""
    lines = []
    block = document.begin()
    while block.isValid():
        text = block.text()
        rtl = block.textDirection().name == "RightToLeft"
        if text.strip():
            lines.append(visual(text, rtl, document.defaultFont()))
        block = block.next()
    return lines


def test_sdg_targets_and_codes_read_in_their_own_order_in_the_detail(
    qtbot: Any, arabic: Any, demo_services: Any
) -> None:
    """Issue 21, point 2: "1.a" showed as "a.1" inside Arabic."""
    window = demo_window(qtbot, demo_services, "ar")
    page = window.areas["recommendations"]
    page.model.row_at(0)
    page.select_id(demo_services.recommendations.find("CAT-2016-18").id)
    drawn = " ".join(document_lines(page.detail.document()))
    assert "16.a" in drawn and "a.16" not in drawn
    assert "CAT/C/SAU/CO/2" in drawn  # the document symbol
    assert "2016-06-08" in drawn and "08-06-2016" not in drawn


def test_a_latin_run_inside_arabic_is_drawn_in_its_own_order(arabic: Any) -> None:
    from PySide6.QtGui import QFont

    font = QFont("Amiri", 11)
    broken = [("الغاية 1.a: القضاء على الفقر", "1.a"),  # drawn "a.1" without isolation
              ("في /tmp/x/upr-info-sample.csv: أحدث نسخة", "/tmp/x/upr-info-sample.csv"),
              ("آخر تعديل 2026-11-29 09:21 من المنسق", "2026-11-2909:21")]
    for text, run in broken:
        assert run not in visual(text, True, font), text
        assert run in visual(for_display(text, "ar"), True, font), text
    for text, run in [("راسلوا info@hrc.gov.sa للاستفسار", "info@hrc.gov.sa"),
                      ("التوصية UPR-3-122.25 المقبولة", "UPR-3-122.25")]:
        assert run in visual(for_display(text, "ar"), True, font), text
    # an English sentence in an Arabic cell keeps its full stop at its end
    assert visual(for_display("Ministry of Justice.", "ar"), True, font).endswith("Justice.")


def test_one_date_presentation_with_the_hijri_date_when_asked(
    qtbot: Any, arabic: Any, demo_services: Any
) -> None:
    """Issue 21, point 7: 2026-12-07 in the register, 07-12-2026 in the report period."""
    window = demo_window(qtbot, demo_services, "ar", show_hijri=True)
    register = window.areas["recommendations"]
    row = next(r for r in range(register.model.rowCount())
               if register.model.row_at(r).reference == "CAT-2016-18")
    from nrtd_desktop.ui.recommendation_model import COL_CYCLE

    assert register.model.index(row, COL_CYCLE).data() == "2016-06-08 (1437/09/03 هـ)"
    reports = window.areas["reports"]
    assert reports.date_from.text() == f"{TODAY.year}-01-01"
    assert reports.date_to.text() == TODAY.isoformat()
    assert reports.date_from.calendarPopup()
    calendar = reports.date_from.calendarWidget()
    assert calendar.isRightToLeft() and calendar.locale().monthName(11) == "نوفمبر"
    from nrtd_desktop.ui.date_fields import DateField

    field = DateField("ar", True)
    qtbot.addWidget(field)
    field.set_value(date(2026, 12, 7))
    assert field.text() == "2026-12-07" and field.edit.calendarPopup()
    assert "1448" in field.hijri.text()


def test_empty_lists_say_so_and_tabs_follow_them(qtbot: Any, arabic: Any, demo_services: Any) -> None:
    """Issue 21, point 6: the backups table empty with no hint; entity tabs with old counts."""
    demo_services.entities.create("NSA", "هيئة جديدة", "New authority", "authority")
    for backup in demo_services.safety.backups():  # the day's backup made at opening
        backup.path.unlink()
    window = demo_window(qtbot, demo_services, "ar")
    window.show_area("backups")
    backups = window.areas["backups"]
    assert backups.table.rowCount() == 0
    qtbot.waitUntil(lambda: backups.empty_hint.isVisible())
    assert "نسخة" in backups.empty_hint.text()
    backups.back_up_now()
    qtbot.waitUntil(lambda: backups.table.rowCount() == 1, timeout=20_000)
    assert not backups.empty_hint.isVisible()

    window.show_area("entities")
    entities = window.areas["entities"]
    rows = entities.model.rows()
    select_row(entities.table, next(i for i, e in enumerate(rows) if e.code == "HRSD"))
    assert "(13)" in entities.tabs.tabText(0)
    select_row(entities.table, next(i for i, e in enumerate(rows) if e.code == "NSA"))  # leads nothing
    assert [strip_marks(entities.tabs.tabText(i)) for i in range(3)] == ["تقودها (0)", "تساندها (0)",
                                                                         "المجموعات (0)"]
    assert entities.lead_hint.isVisible() and "هيئة جديدة" in entities.lead_hint.text()
    entities._show(None)  # no entity chosen (the last one deleted, say)
    assert all("(0)" in entities.tabs.tabText(i) for i in range(3))
    assert not entities.lead_hint.isVisible()
