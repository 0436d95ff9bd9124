"""Messages and dialogs link to the guide's paragraph; F1 in a modal dialog opens its chapter (issue 27)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWizard

from nrtd_desktop.ui.export_dialog import ExportDialog
from nrtd_desktop.ui.guide_links import show_message_with_help
from nrtd_desktop.ui.guide_window import GuideWindow
from nrtd_desktop.ui.import_wizard import ImportWizard
from nrtd_desktop.ui.plan_dialogs import OverrideDialog


def show_in_front(qtbot: Any, dialog: Any) -> None:
    """Shown and active, as a dialog is when the member opens it (F1 goes to the active window)."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_f1_in_the_export_dialog_opens_the_guide_at_its_section(qtbot: Any, window: Any) -> None:
    dialog = ExportDialog(window.services, window.lang, window.register_filter(), window)
    show_in_front(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    guide = window.guide_window
    assert guide is not None and guide.isVisible()
    assert (guide.chapter_key, guide.anchor) == ("import", "export")
    assert guide.contents.currentItem().text(0) == "التصدير إلى Excel"


def test_f1_in_a_modal_dialog_opens_a_guide_the_dialog_does_not_block(qtbot: Any, window: Any) -> None:
    dialog = OverrideDialog("ar", lambda _v: None, "in_progress", "", window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    show_in_front(qtbot, dialog)
    assert QApplication.activeModalWidget() is dialog
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    guide = dialog.findChild(GuideWindow, "guide_window")
    assert guide is not None and guide.isVisible()  # a window of the dialog: not blocked by its modality
    assert (guide.chapter_key, guide.anchor) == ("plan", "status-override")
    # The Help button of the dialog leads to the same place; the dialog stays open.
    help_button = dialog.buttons.findChild(QPushButton, "guide_help")
    assert help_button is not None and help_button.text() == "مساعدة"
    help_button.click()
    assert dialog.isVisible() and (guide.chapter_key, guide.anchor) == ("plan", "status-override")
    # The override's own message links to the paragraph too.
    link = dialog.findChild(QLabel, "help_status-override")
    assert link is not None and "دليل المستخدم" in link.text()
    dialog.close()


def test_the_import_wizard_has_a_help_button_and_f1(qtbot: Any, window: Any) -> None:
    wizard = ImportWizard(window.services, "ar", window)
    show_in_front(qtbot, wizard)
    assert wizard.testOption(QWizard.WizardOption.HaveHelpButton)
    assert wizard.button(QWizard.WizardButton.HelpButton).text() == "مساعدة"
    qtbot.keyClick(wizard, Qt.Key.Key_F1)
    assert (window.guide_window.chapter_key, window.guide_window.anchor) == ("import", "")
    link = wizard.preview_page.findChild(QLabel, "help_unknown-values")
    link.linkActivated.emit(link.property("guide_topic"))
    assert (window.guide_window.chapter_key, window.guide_window.anchor) == ("import", "unknown-values")
    wizard.close()


def test_the_stale_indicators_list_links_to_the_paragraph(qtbot: Any, window: Any) -> None:
    window.show_area("plan")
    window.areas["plan"].tabs.setCurrentIndex(3)  # plan health
    link = window.findChild(QLabel, "help_stale")
    assert link is not None and "مؤشر" in link.text()
    link.linkActivated.emit(link.property("guide_topic"))
    guide = window.guide_window
    assert guide.isVisible() and (guide.chapter_key, guide.anchor) == ("progress", "stale")


def test_a_refused_package_message_opens_the_guide_when_asked(qtbot: Any, window: Any) -> None:
    seen: list[str] = []

    def click_help() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.findChild(QPushButton, "guide_help").click()

    QTimer.singleShot(0, click_help)
    sentence = "عبارة المرور غير صحيحة، أو أن الحزمة تالفة: لم يُستورد شيء."
    assert show_message_with_help(window, QMessageBox.Icon.Critical, "استيراد", sentence, "package-refused")
    assert seen == [sentence]
    guide = window.guide_window
    assert guide.isVisible() and (guide.chapter_key, guide.anchor) == ("exchange", "refused")
    assert "عبارة مرور خاطئة" in guide.contents.currentItem().text(0)
