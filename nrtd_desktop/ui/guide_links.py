"""Links from the window's messages and dialogs to the guide's paragraph (issue 27).

- ``help_link(parent, "stale")``: a "What does this mean?" link (a QLabel) that opens the guide at
  the concept's paragraph (``guide.content.CONCEPT_TOPICS``).
- ``install_dialog_help(dialog, buttons)``: F1 in a modal dialog, and a Help button in its button
  box, open the guide at the dialog's chapter (``DIALOG_TOPICS`` by the dialog's objectName).
- ``message_with_help(...)`` / ``show_message_with_help(...)``: a message box with a Help button.

All of them go through the main window's ``show_guide(chapter, anchor)``, which opens the guide as
a child of the modal dialog in front, so that the dialog's modality does not block it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget, QWizard

from nrtd_desktop.guide.content import CONCEPT_TOPICS, DIALOG_TOPICS, split_topic


def main_window_of(widget: QWidget | None) -> Any:
    """The window that has ``show_guide`` above ``widget`` (or any top-level one that has it)."""
    current = widget
    while current is not None:
        if hasattr(current, "show_guide"):
            return current
        current = current.parentWidget()
    for top in QApplication.topLevelWidgets():
        if hasattr(top, "show_guide"):
            return top
    return None


def open_guide(widget: QWidget | None, topic: str) -> Any:
    """Open the guide at ``topic`` ("chapter#anchor"); the guide window, or None without a window."""
    window = main_window_of(widget)
    if window is None:
        return None
    return window.show_guide(*split_topic(topic))


def help_link(parent: QWidget, concept: str, text: str = "") -> QLabel:
    """A link to the paragraph of the guide that explains ``concept`` (a key of CONCEPT_TOPICS)."""
    topic = CONCEPT_TOPICS[concept]
    text = text or QCoreApplication.translate("GuideLinks", "What does this mean? (user guide)")
    label = QLabel(f'<a href="{topic}">{text}</a>', parent)
    label.setObjectName(f"help_{concept}")
    label.setProperty("guide_topic", topic)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)  # a long link widened its side pane and cut a table's titles at 1280x720
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    label.setToolTip(QCoreApplication.translate(
        "GuideLinks", "Opens the user guide at the paragraph that explains it (F1 in a dialog)."))
    label.linkActivated.connect(lambda link: open_guide(label, link))
    return label


def dialog_topic(dialog: QWidget) -> str:
    """The topic of a dialog: its ``guide_topic`` property, else DIALOG_TOPICS by its objectName
    (read when asked, so that a base class can install the help before the subclass names itself)."""
    given = dialog.property("guide_topic")
    return str(given) if given else DIALOG_TOPICS.get(dialog.objectName(), "start")


def install_dialog_help(dialog: QDialog, buttons: QDialogButtonBox | None = None, topic: str = "") -> None:
    """F1 (and a Help button in ``buttons``; a wizard's own Help button) opens the dialog's chapter."""
    if topic:
        dialog.setProperty("guide_topic", topic)
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog)
    shortcut.setObjectName("guide_shortcut")
    shortcut.activated.connect(lambda: open_guide(dialog, dialog_topic(dialog)))
    if isinstance(dialog, QWizard):
        dialog.setOption(QWizard.WizardOption.HaveHelpButton, True)
        help_text = QCoreApplication.translate("GuideLinks", "Help")
        dialog.setButtonText(QWizard.WizardButton.HelpButton, help_text)
        dialog.helpRequested.connect(lambda: open_guide(dialog, dialog_topic(dialog)))
    elif buttons is not None:
        button = buttons.addButton(QDialogButtonBox.StandardButton.Help)
        button.setText(QCoreApplication.translate("GuideLinks", "Help"))
        button.setObjectName("guide_help")
        buttons.helpRequested.connect(lambda: open_guide(dialog, dialog_topic(dialog)))


def message_with_help(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, concept: str
) -> QMessageBox:
    """A message box (OK and Help) about ``concept``; ``show_message_with_help`` runs it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("message_with_help")
    box.setProperty("guide_topic", CONCEPT_TOPICS[concept])
    text_of_help = QCoreApplication.translate("GuideLinks", "What does this mean? (user guide)")
    help_button = box.addButton(text_of_help, QMessageBox.ButtonRole.HelpRole)
    help_button.setObjectName("guide_help")
    return box


def show_message_with_help(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, concept: str
) -> bool:
    """Show the message; when the member asks for help, open the guide after it closes. True then."""
    box = message_with_help(parent, icon, title, text, concept)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked.objectName() == "guide_help":
        open_guide(parent, str(box.property("guide_topic")))
        return True
    return False
