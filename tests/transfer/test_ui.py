"""The import wizard and the export dialog, driven as a person would (pytest-qt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QWizard

from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.ui.export_dialog import ExportDialog
from nrtd_desktop.ui.import_wizard import ImportWizard, add_transfer_actions
from nrtd_desktop.ui.mapping_dialog import MappingDialog
from tests.importers.builders import UHRI_ROWS, write_uhri
from tests.tools import screenshot_dir
from tests.transfer.conftest import open_db

SCREENSHOTS = screenshot_dir()  # never docs/ from a test


@pytest.fixture
def services(tmp_path: Path) -> Any:
    opened = open_db(tmp_path / "ui.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def arabic(qapp: Any) -> Any:
    """The window's Arabic translations and right-to-left layout, for one test."""
    from nrtd_desktop.ui.application import install_translations

    install_translations(qapp, "ar")
    yield qapp
    install_translations(qapp, "en")


def _wait_task(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=30_000)


def _save(widget: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / name))


@pytest.fixture
def english(qapp: Any) -> Any:
    """English translators, whatever language an earlier test left installed."""
    from nrtd_desktop.ui.application import install_translations

    install_translations(qapp, "en")
    return qapp


@pytest.mark.usefixtures("english")
def test_wizard_previews_then_imports_a_uhri_file(qtbot: Any, services: Any, tmp_path: Path) -> None:
    path = write_uhri(tmp_path / "uhri.xlsx")
    wizard = ImportWizard(services, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.files_page.add_paths([path])
    assert "UHRI" in wizard.files_page.detected.text()
    wizard.next()
    page = wizard.preview_page
    _wait_task(qtbot, page)
    assert "new: 5" in page.counts.text()
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.next()
    _wait_task(qtbot, wizard.result_page)
    assert "5 new" in wizard.result_page.result_label.text()
    assert services.stats().recommendations == 5


def test_wizard_shows_problems_where_they_are_and_saves_them(
    qtbot: Any, services: Any, tmp_path: Path, arabic: Any
) -> None:
    rows = [dict(row) for row in UHRI_ROWS]
    rows[1]["Themes"] = "- Right to the moon"
    rows[2]["Document Publication Date"] = "not a date"
    path = write_uhri(tmp_path / "uhri.xlsx", rows)
    wizard = ImportWizard(services, "ar")
    qtbot.addWidget(wizard)
    wizard.resize(1000, 640)
    wizard.show()
    wizard.files_page.add_paths([path])
    wizard.next()
    page = wizard.preview_page
    _wait_task(qtbot, page)
    assert page.problems.rowCount() == 2
    where = {page.problems.item(r, 0).text() for r in range(2)}
    assert "الورقة «UHRI export»، الصف 4، العمود «Document Publication Date» (الملف «uhri.xlsx»)" in where
    assert not page.isComplete()  # a rejected row: nothing can be imported
    assert page.title() == "ما سيفعله الاستيراد"
    _save(wizard, "import_wizard_preview_ar.png")
    out = tmp_path / "problems.xlsx"
    page.save_errors_to(out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.max_row == 3 and sheet.sheet_view.rightToLeft
    assert services.stats().recommendations == 0


def test_mapping_dialog_saves_a_mapping_by_name(qtbot: Any, services: Any, tmp_path: Path) -> None:
    csv = tmp_path / "ministry.csv"
    csv.write_text("Ref,Recommendation,Committee\nM-1,Adopt a law,CEDAW\n", encoding="utf-8")
    dialog = MappingDialog(services, csv, "en")
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "Adopt a law"
    for target, header in (("source_key", "Ref"), ("text_en", "Recommendation"), ("body", "Committee")):
        combo = dialog.choices[target]
        combo.setCurrentIndex(combo.findData(header))
    dialog.name.setText("ministry")
    dialog.accept()
    assert dialog.mapping is not None and dialog.mapping.columns["body"] == "Committee"
    assert services.imports.mapping("ministry").columns == dialog.mapping.columns


def test_export_dialog_writes_the_current_filter_only(
    qtbot: Any, services: Any, tmp_path: Path, arabic: Any
) -> None:
    from nrtd_desktop.services.imports import ImportRequest

    services.imports.run(ImportRequest((write_uhri(tmp_path / "uhri.xlsx"),)))
    dialog = ExportDialog(services, "ar", RecommendationFilter(mechanism=("UPR",)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.filtered.isChecked()
    dialog.sheets["entities"].setChecked(False)
    dialog.path.setText(str(tmp_path / "upr.xlsx"))
    _save(dialog, "export_dialog_ar.png")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task.done, timeout=30_000)
    assert dialog.result_value.counts["recommendations"] == 3
    book = openpyxl.load_workbook(tmp_path / "upr.xlsx")
    assert "الجهات" not in book.sheetnames and book["التوصيات"].sheet_view.rightToLeft


def test_file_menu_has_import_and_export(qtbot: Any, services: Any) -> None:
    from PySide6.QtWidgets import QMainWindow, QMenu

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = QMenu("File", window)
    import_action, export_action = add_transfer_actions(window, menu)
    assert import_action.shortcut().toString() == "Ctrl+I"
    assert export_action.shortcut().toString() == "Ctrl+Shift+E"
    assert menu.actions()[:2] == [import_action, export_action]


def test_the_vocabulary_screen_maps_a_kept_label_on_every_record(
    qtbot: Any, services: Any, tmp_path: Path
) -> None:
    """Issue 18: the window lists the imported values no vocabulary knew and maps them."""
    from nrtd_desktop.ui.vocabulary_page import VocabularyPage

    rows = [dict(row) for row in UHRI_ROWS]
    rows[0]["Themes"] = "- Right to the moon"
    rows[1]["Themes"] = "- Right to the moon\n- Violence against women"
    from nrtd_desktop.services.imports import ImportRequest

    services.imports.run(ImportRequest((write_uhri(tmp_path / "uhri.xlsx", rows),)))
    page = VocabularyPage(services, "en")
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1
    assert [page.table.item(0, c).text() for c in range(3)] == ["Theme", "Right to the moon", "2"]
    page.search.setText("development")
    items = [page.choices.item(i) for i in range(page.choices.count())]
    visible = [item for item in items if not item.isHidden()]
    target = next(item for item in visible if item.text() == "Right to development")
    page.choices.setCurrentItem(target)
    page.map_button.click()
    assert page.table.rowCount() == 0 and "2 recommendation(s) changed" in page.status.text()
    themed = services.recommendations.count(RecommendationFilter(theme=("uhri.right_to_development",)))
    assert themed == 2


@pytest.mark.usefixtures("arabic")
def test_the_detail_panel_names_the_special_procedure_mandate_in_arabic(
    qtbot: Any, services: Any, tmp_path: Path
) -> None:
    from nrtd_desktop.reference.catalog import get_catalog
    from nrtd_desktop.services.imports import ImportRequest
    from nrtd_desktop.ui.detail_panel import DetailPanel
    from tests.importers.builders import UHRI_HEADERS
    from tests.transfer.test_uhri_as_published import REAL_ROWS

    services.imports.run(ImportRequest((write_uhri(tmp_path / "uhri.xlsx", REAL_ROWS, UHRI_HEADERS),)))
    rows = services.recommendations.list(RecommendationFilter(mandate=("SR Poverty",)), limit=None)
    panel = DetailPanel("ar")
    qtbot.addWidget(panel)
    panel.show_detail(services.recommendations.get(rows[0].id))
    shown = panel.toPlainText()
    assert "ولاية الإجراءات الخاصة" in shown
    assert get_catalog().mandate("SR_POVERTY").name_ar in shown
    # A treaty body's recommendation has no such line.
    crc = services.recommendations.list(RecommendationFilter(body=("CRC",)), limit=None)[0]
    panel.show_detail(services.recommendations.get(crc.id))
    assert "ولاية الإجراءات الخاصة" not in panel.toPlainText()
