"""Pieces the plan's dialogs share: an optional date with its Hijri date (``date_fields``), and
the form dialog.

``PlanFormDialog`` does not write by itself: it calls ``save(input)`` (given by the plan editor),
which creates or updates through the services. A ValidationError keeps the dialog open and shows
its sentence under the field it names, or at the top when no field matches.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError, ValidationError
from nrtd_desktop.domain.lang import Lang, as_lang
from nrtd_desktop.ui.date_fields import DateField as DateField  # the plan dialogs' date field
from nrtd_desktop.ui.guide_links import install_dialog_help
from nrtd_desktop.ui.pickers import ChoiceCombo

ERROR_STYLE = "color: #b00020;"

W = TypeVar("W", bound=QWidget)


class PlanFormDialog(QDialog):
    """A form of named inputs with an error line under each, Save and Cancel."""

    def __init__(self, title: str, save: Callable[[Any], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.result_row: Any = None
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        standard = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(standard.Save | standard.Cancel, self)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        install_dialog_help(self, self.buttons)  # the topic by the subclass's objectName, read on F1
        # PySide6 connects a signal given as a keyword; its stubs do not know that form.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.try_save)  # type: ignore[call-overload]
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.buttons)

    def add_row(self, form: QFormLayout, field: str, caption: str, widget: W) -> W:
        widget.setObjectName(f"input_{field}")
        self.inputs[field] = widget
        error = QLabel(self)
        error.setObjectName(f"error_{field}")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        self.errors[field] = error
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(caption, box)
        return widget

    def field(self, name: str, kind: type[W]) -> W:
        """The input of ``name``, as the kind of widget its dialog put there."""
        widget = self.inputs[name]
        if not isinstance(widget, kind):
            raise TypeError(f"{name} is a {type(widget).__name__}, not a {kind.__name__}")
        return widget

    def text_of(self, name: str) -> str:
        """What is typed in the line or text box of ``name``, trimmed."""
        widget = self.inputs[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        return self.field(name, QLineEdit).text().strip()

    def set_text(self, name: str, text: str) -> None:
        widget = self.inputs[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            self.field(name, QLineEdit).setText(text)

    def key(self, name: str) -> str | None:
        """The key chosen in the ``ChoiceCombo`` of ``name``."""
        return self.field(name, ChoiceCombo).key()

    def collect(self) -> Any:  # pragma: no cover - every dialog defines it
        raise NotImplementedError

    def clear_errors(self) -> None:
        self.general_error.hide()
        for label in self.errors.values():
            label.hide()

    def show_error(self, error: NrtdError, lang: Lang) -> None:
        field = error.field if isinstance(error, ValidationError) else None
        field = {"title": "title_ar", "name": "name_ar", "description": self._description_field()}.get(
            field or "", field
        )
        label = self.errors.get(field or "")
        if field is not None and label is not None:
            label.setText(error.text(lang))
            label.show()
            self.inputs[field].setFocus()
        else:
            self.general_error.setText(error.text(lang))
            self.general_error.show()

    def _description_field(self) -> str:
        for name in ("description_ar", "narrative_ar"):
            if name in self.inputs:
                return name
        return "description"

    def try_save(self) -> None:
        self.clear_errors()
        lang = as_lang(self.property("lang"), "ar")
        try:
            data = self.collect()
            self.result_row = self._save(data)
        except NrtdError as error:
            self.show_error(error, lang)
            return
        self.accept()
