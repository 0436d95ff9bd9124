"""The editor's suggested themes, affected groups and SDG targets, each with its confidence.

Shown under the three pickers of the editor's classification tab. "Accept" ticks the label in
its picker; "Reject" takes the suggestion off the list. Neither writes by itself: the editor's
Save does, in one transaction (``SuggestionService.save_edit``: the accepted labels are recorded
in the history as suggested and accepted by the person; a rejected one is not offered again).
A recommendation being created gets suggestions from the text typed so far ("Suggest from the
text"), for its English text; an Arabic-only text is compared with similar labelled records once
it is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.services.suggestions import Suggestion
from nrtd_desktop.ui.suggestions_dialog import LOWEST_LISTED, percent, via_labels, vocabulary_labels

# vocabulary -> the editor's field of that picker
FIELDS = {"themes": "themes", "groups": "affected_groups", "sdg": "sdg_targets"}


class SuggestionPanel(QWidget):
    """Suggestions for one recommendation; ``tick(field, key)`` ticks a picker's label."""

    def __init__(
        self,
        services: Any,
        lang: Lang,
        tick: Callable[[str, str], None],
        typed_text: Callable[[], tuple[str, str]],
        selected: Callable[[str], tuple[str, ...]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestion_panel")
        self._services = services
        self._lang = lang
        self._tick = tick
        self._typed_text = typed_text
        self._selected = selected
        self.record_id: str | None = None
        self.rows: list[Suggestion] = []
        self.accepted: list[Suggestion] = []
        self.rejected: list[Suggestion] = []

        self.title = QLabel(self.tr("Suggested by the program"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.note = QLabel(self)
        self.note.setObjectName("suggestion_note")
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("suggestions")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Vocabulary"),
                self.tr("Suggested label"),
                self.tr("Confidence"),
                self.tr("Suggested from"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 130)
        header.resizeSection(2, 80)
        header.resizeSection(3, 170)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setObjectName("accept_suggestion")
        self.accept_button.clicked.connect(self.accept_chosen)
        self.accept_sure = QPushButton(self.tr("Accept all sure ones"), self)
        self.accept_sure.setObjectName("accept_sure")
        self.accept_sure.clicked.connect(self.accept_all_sure)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.reject_button.setObjectName("reject_suggestion")
        self.reject_button.clicked.connect(self.reject_chosen)
        self.from_text = QPushButton(self.tr("Suggest from the text"), self)
        self.from_text.setObjectName("suggest_from_text")
        self.from_text.clicked.connect(self.load_typed)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.accept_sure, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.from_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        """What the tab shows first: the saved record's suggestions, or the typed text's."""
        if self.record_id is not None:
            self.load_record(self.record_id)
        else:
            self.load_typed()

    def load_record(self, record_id: str) -> None:
        """Suggestions for a saved recommendation (its stored texts)."""
        self.record_id = record_id
        try:
            found = self._services.suggestions.suggest([record_id], min_confidence=LOWEST_LISTED)
        except NrtdError as error:
            self._show([], error.text(self._lang))
            return
        self._show(found)

    def load_typed(self) -> None:
        """Suggestions for the text typed in the editor (what a new recommendation says)."""
        text_ar, text_en = self._typed_text()
        if self.record_id is not None and not text_en.strip():
            self.load_record(self.record_id)
            return
        if not text_en.strip():
            self._show(
                [],
                self.tr(
                    "Type the English text to get suggestions now; a recommendation with an "
                    "Arabic text only is compared with similar labelled records once saved."
                ),
            )
            return
        exclude = {v: set(self._selected(field)) for v, field in FIELDS.items()}
        found = self._services.suggestions.for_text(
            text_ar, text_en, min_confidence=LOWEST_LISTED, exclude=exclude, record_id=self.record_id
        )
        self._show(found)

    def _show(self, found: list[Suggestion], note: str = "") -> None:
        turned_down = {(s.vocabulary, s.key) for s in self.rejected}
        taken = {(s.vocabulary, s.key) for s in self.accepted}
        self.rows = [
            s
            for s in found
            if (s.vocabulary, s.key) not in turned_down | taken
            and s.key not in self._selected(FIELDS[s.vocabulary])
        ]
        vocabularies, via = vocabulary_labels(), via_labels()
        self.table.setRowCount(len(self.rows))
        grey = QColor("#6b6b6b")
        for row, s in enumerate(self.rows):
            cells = (
                vocabularies[s.vocabulary],
                s.label(self._lang),
                percent(s.confidence),
                via.get(s.via, s.via),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not s.sure:
                    item.setForeground(grey)
                item.setToolTip(s.name_en if self._lang == "ar" else s.name_ar)
                self.table.setItem(row, column, item)
        if not note:
            note = (
                self.tr(
                    "Grey: less sure than the model's threshold. Accepting ticks the label; Save records it."
                )
                if self.rows
                else self.tr("No suggestion for this text.")
            )
        self.note.setText(note)
        self.accept_sure.setEnabled(any(s.sure for s in self.rows))

    # -- deciding ------------------------------------------------------------------------
    def _chosen(self) -> list[Suggestion]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r] for r in rows]

    def accept(self, chosen: list[Suggestion]) -> None:
        for s in chosen:
            self._tick(FIELDS[s.vocabulary], s.key)
            if s.record_id:  # a saved record: Save records who accepted the suggestion
                self.accepted.append(s)
        self._show(self.rows)

    def accept_chosen(self) -> None:
        self.accept(self._chosen())

    def accept_all_sure(self) -> None:
        self.accept([s for s in self.rows if s.sure])

    def reject_chosen(self) -> None:
        chosen = self._chosen()
        self.rejected.extend(s for s in chosen if s.record_id)
        gone = {(s.vocabulary, s.key) for s in chosen}
        self._show([s for s in self.rows if (s.vocabulary, s.key) not in gone])
