"""The drafting screen (issue 22): the reporting calendar, and the report drafts section by section.

On one side the calendar: every date the State reports by, overdue ones in red, with the
committee's own date over the computed one (Edit) and a new draft for a report that is due. On
the other the draft: its sections in the UN's structure with their entity, state and words; the
section's text in Arabic and English, its word count and the draft's against the UN's limit while
typing; what changed in the data since the text was written, and what to do about it; updating
from the data (which never replaces what someone wrote without asking), versions, comparison,
and the export to Word and PDF.

Everything goes through ``services.calendar`` and ``services.drafts``; long work (the changes in
the data, regenerating, exporting) runs on a worker thread (``ui/worker.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.calendar import CalendarEntry
from nrtd_desktop.dto.changes import DRAFTS, ENTITIES, PLAN, RECOMMENDATIONS, Changes
from nrtd_desktop.dto.drafts import DraftView, FactChange, SectionInput, SectionView
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.areas import AreaContext
from nrtd_desktop.ui.drafting_dialogs import (
    AddEntryDialog,
    CalendarEntryDialog,
    CompareDialog,
    RegenerateDialog,
    iso,
)
from nrtd_desktop.ui.drafting_labels import (
    STATE_COLOURS,
    calendar_state_labels,
    report_type_labels,
    section_state_labels,
)
from nrtd_desktop.ui.plan_models import RowsModel
from nrtd_desktop.ui.worker import run_task

EDITED_MARK = "✎"
CHANGED_MARK = "⚠"


class CalendarModel(RowsModel[CalendarEntry]):
    """The calendar, one entry a row; the text coloured by where it stands today."""

    COL_DATE, COL_ENTRY, COL_STATE = 0, 1, 2

    def __init__(self, lang: Lang, today: Any, parent: Any = None) -> None:
        states = calendar_state_labels()
        self.today = today
        self.lang = lang
        super().__init__(
            [
                (self.tr("Date"), lambda e: e.date_text(lang) if e.precision == "month" else iso(e.due_date)),
                (self.tr("Calendar entry"), lambda e: e.label(lang)),
                (self.tr("Where it stands"), lambda e: states.get(e.state(self.today), "")),
            ],
            parent,
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        entry = self.row_at(index.row()) if index.isValid() else None
        if entry is not None and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATE_COLOURS.get(entry.state(self.today), "#000000")))
        if entry is not None and role == Qt.ItemDataRole.ToolTipRole:
            lines = [entry.label(self.lang)]
            if entry.entered:
                lines.append(self.tr("Date entered by the committee"))
            elif entry.basis_en:
                lines.append(self.tr("Computed: {basis}").format(basis=entry.basis(self.lang)))
            return "\n".join(lines)
        return super().data(index, role)


class DraftingPage(QWidget):
    message = Signal(str)

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drafting_page")
        self._context = context
        self._services = context.services
        self._lang = context.lang
        self.view: DraftView | None = None
        self.section: SectionView | None = None
        self.changes: dict[str, tuple[FactChange, ...]] = {}
        self._filling = False
        self._dirty = False
        self._stale = True
        self._tasks: list[Any] = []

        # -- the calendar ---------------------------------------------------------------------
        self.calendar_model = CalendarModel(self._lang, self._services.context.today(), self)
        self.calendar = QTableView(self)
        bidi.install(self.calendar)
        self.calendar.setObjectName("calendar_table")
        self.calendar.setModel(self.calendar_model)
        self.calendar.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.calendar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.calendar.verticalHeader().hide()
        self.calendar.setWordWrap(False)
        self.calendar.setMinimumHeight(90)
        self.calendar.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.calendar.horizontalHeader()
        header.setSectionResizeMode(CalendarModel.COL_ENTRY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CalendarModel.COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CalendarModel.COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.calendar.selectionModel().currentRowChanged.connect(lambda *_: self._entry_selected())
        self.calendar.doubleClicked.connect(lambda _i: self.edit_entry())
        self.entry_info = QLabel(self)
        self.entry_info.setObjectName("entry_info")
        self.entry_info.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New draft"), self)
        self.new_button.setObjectName("new_draft")
        self.new_button.clicked.connect(self.new_draft)
        self.edit_button = QPushButton(self.tr("Date and status…"), self)
        self.edit_button.setObjectName("edit_entry")
        self.edit_button.clicked.connect(self.edit_entry)
        self.reset_button = QPushButton(self.tr("Computed date"), self)
        self.reset_button.setObjectName("reset_entry")
        self.reset_button.setToolTip(
            self.tr("Forget the committee's changes: the date computed from the documents shows again")
        )
        self.reset_button.clicked.connect(self.reset_entry)
        self.add_button = QPushButton(self.tr("Add a date…"), self)
        self.add_button.setObjectName("add_entry")
        self.add_button.clicked.connect(self.add_entry)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.entry_info, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        side.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.reset_button)
        row2.addWidget(self.add_button)
        side.addLayout(row2)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(330)
        # The entry's details take the room there is (the whole text is its tooltip): a long note
        # must not make the page taller than a 768-pixel screen.
        self.entry_info.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.entry_info.setAlignment(Qt.AlignmentFlag.AlignTop)
        calendar_box = QGroupBox(self.tr("Reporting calendar"), self)
        calendar_layout = QHBoxLayout(calendar_box)
        calendar_layout.addWidget(self.calendar, 1)
        calendar_layout.addWidget(side_widget)

        # -- the draft --------------------------------------------------------------------------
        self.draft_combo = QComboBox(self)
        self.draft_combo.setObjectName("draft_combo")
        self.draft_combo.currentIndexChanged.connect(lambda _i: self._draft_chosen())
        self.words = QLabel(self)
        self.words.setObjectName("draft_words")
        self.regenerate_button = self._tool_button(
            "regenerate",
            self.tr("Update from the data"),
            QStyle.StandardPixmap.SP_BrowserReload,
            self.regenerate,
        )
        self.freeze_button = self._tool_button(
            "freeze", self.tr("Freeze a version"), QStyle.StandardPixmap.SP_DialogSaveButton, self.freeze
        )
        self.compare_button = self._tool_button(
            "compare",
            self.tr("Compare versions"),
            QStyle.StandardPixmap.SP_FileDialogContentsView,
            self.compare,
        )
        self.word_button = self._tool_button(
            "export_docx", self.tr("Word…"), QStyle.StandardPixmap.SP_FileIcon, lambda: self.export("docx")
        )
        self.delete_button = self._tool_button(
            "delete_draft", self.tr("Delete"), QStyle.StandardPixmap.SP_TrashIcon, self.delete_draft
        )
        self.pdf_button = self._tool_button(
            "export_pdf", self.tr("PDF…"), QStyle.StandardPixmap.SP_FileIcon, lambda: self.export("pdf")
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Draft:"), self))
        top.addWidget(self.draft_combo, 1)
        for button in (
            self.regenerate_button,
            self.freeze_button,
            self.compare_button,
            self.word_button,
            self.pdf_button,
            self.delete_button,  # it was in no layout: drawn over the calendar's title
        ):
            top.addWidget(button)

        self.sections = QTreeWidget(self)
        bidi.install(self.sections)
        self.sections.setObjectName("sections_tree")
        self.sections.setHeaderLabels(
            [self.tr("Section"), self.tr("Entity"), self.tr("State"), self.tr("Words")]
        )
        self.sections.setRootIsDecorated(True)
        self.sections.setUniformRowHeights(True)
        tree_header = self.sections.header()
        tree_header.setStretchLastSection(False)
        tree_header.setMinimumSectionSize(40)  # the style's own minimum here is 176 pixels
        tree_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            tree_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.currentItemChanged.connect(lambda *_: self._section_chosen())

        # -- the section editor -------------------------------------------------------------------
        self.heading = QLabel(self)
        self.heading.setObjectName("section_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.entity = QComboBox(self)
        self.entity.setObjectName("section_entity")
        self.state = QComboBox(self)
        self.state.setObjectName("section_state")
        for key, label in section_state_labels().items():
            self.state.addItem(label, key)
        self.entity.currentIndexChanged.connect(lambda _i: self._edited())
        self.state.currentIndexChanged.connect(lambda _i: self._edited())
        self.text_ar = QPlainTextEdit(self)
        self.text_ar.setObjectName("section_text_ar")
        self.text_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.text_en = QPlainTextEdit(self)
        self.text_en.setObjectName("section_text_en")
        self.text_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for text_edit in (self.text_ar, self.text_en):
            text_edit.textChanged.connect(self._edited)
            text_edit.setMinimumHeight(80)
        self.text_tabs = QTabWidget(self)
        self.text_tabs.setObjectName("section_languages")
        self.text_tabs.addTab(self.text_ar, self.tr("Arabic"))
        self.text_tabs.addTab(self.text_en, self.tr("English"))
        self.text_tabs.setCurrentIndex(0 if self._lang == "ar" else 1)
        self.text_tabs.currentChanged.connect(lambda _i: self._count_words())
        self._text_lang: Lang = "ar" if self._lang == "ar" else "en"
        self.section_words = QLabel(self)
        self.section_words.setObjectName("section_words")
        self.references = QLabel(self)
        self.references.setObjectName("section_references")
        self.references.setWordWrap(True)
        self.references.setStyleSheet("color: #555555;")
        self.save_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), self.tr("Save"), self
        )
        self.save_button.setObjectName("save_section")
        self.save_button.clicked.connect(self.save_section)
        self.revert_button = QPushButton(self.tr("Undo my changes"), self)
        self.revert_button.setObjectName("revert_section")
        self.revert_button.clicked.connect(self._show_section)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_section)
        fields = QHBoxLayout()
        fields.addWidget(QLabel(self.tr("Entity:"), self))
        fields.addWidget(self.entity, 2)
        fields.addWidget(QLabel(self.tr("State:"), self))
        fields.addWidget(self.state, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.section_words, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)

        # What changed in the data since the text was written: a tab beside the texts, announced by
        # a warning above them (the window must fit 1366x768 with the calendar open).
        self.changes_box = QWidget(self)
        self.changes_box.setObjectName("changes_box")
        self.changes_list = QListWidget(self.changes_box)
        bidi.install(self.changes_list)
        self.changes_list.setObjectName("changes_list")
        self.changes_list.setMinimumHeight(40)
        self.changes_warning = QPushButton(self)
        self.changes_warning.setObjectName("changes_warning")
        self.changes_warning.setFlat(True)
        self.changes_warning.setStyleSheet("color: #9a6a00; font-weight: bold; text-align: start;")
        self.changes_warning.clicked.connect(lambda: self.text_tabs.setCurrentWidget(self.changes_box))
        self.changes_warning.hide()
        self.replace_button = QPushButton(self.tr("Replace my text with the new one"), self.changes_box)
        self.replace_button.setObjectName("replace_section")
        self.replace_button.clicked.connect(lambda: self._settle_changes(replace=True))
        self.accept_button = QPushButton(self.tr("Keep my text"), self.changes_box)
        self.accept_button.setObjectName("accept_changes")
        self.accept_button.setToolTip(self.tr("Keep the text as it is and take these changes as seen"))
        self.accept_button.clicked.connect(lambda: self._settle_changes(replace=False))
        changes_buttons = QHBoxLayout()
        changes_buttons.addStretch(1)
        changes_buttons.addWidget(self.accept_button)
        changes_buttons.addWidget(self.replace_button)
        changes_layout = QVBoxLayout(self.changes_box)
        changes_layout.addWidget(
            QLabel(self.tr("What changed in the data since this text was written"), self.changes_box)
        )
        changes_layout.addWidget(self.changes_list, 1)
        changes_layout.addLayout(changes_buttons)

        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.heading)
        editor_layout.addLayout(fields)
        editor_layout.addWidget(self.references)
        editor_layout.addWidget(self.changes_warning)
        editor_layout.addWidget(self.text_tabs, 1)
        editor_layout.addLayout(bottom)

        draft_split = QSplitter(Qt.Orientation.Horizontal, self)
        draft_split.setObjectName("draft_splitter")
        draft_split.addWidget(self.sections)
        draft_split.addWidget(editor)
        draft_split.setSizes([520, 700])
        draft_box = QWidget(self)
        draft_layout = QVBoxLayout(draft_box)
        draft_layout.setContentsMargins(0, 0, 0, 0)
        draft_layout.addLayout(top)
        draft_layout.addWidget(self.words)
        draft_layout.addWidget(draft_split, 1)

        # The calendar above, the draft below: both get the window's whole width.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("drafting_splitter")
        self.splitter.addWidget(calendar_box)
        self.splitter.addWidget(draft_box)
        self.splitter.setSizes([170, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self._fill_entities()
        self._enable()

    def _tool_button(self, name: str, text: str, icon: QStyle.StandardPixmap, slot: Any) -> QPushButton:
        button = QPushButton(self.style().standardIcon(icon), text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- refreshing ---------------------------------------------------------------------------
    def cares_about(self, changes: Changes) -> bool:
        """The calendar and the drafts, and what a draft's sections quote (the window's hook)."""
        return changes.touches(DRAFTS, RECOMMENDATIONS, PLAN, ENTITIES)

    def apply_changes(self, _changes: Changes) -> None:
        self._stale = True  # read again when next shown: never under the member's typing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the calendar and the drafts again (after a change elsewhere, or when shown)."""
        self._stale = False
        selected = self.current_entry()
        self.calendar_model.today = self._services.context.today()
        self.calendar_model.set_rows(self._services.calendar.entries())
        self._fill_drafts(self.view.id if self.view else None)
        if selected is None and self.view is not None:
            selected_key = self.view.event_key
        else:
            selected_key = selected.key if selected else self._first_open_key()
        self.select_entry(selected_key)

    def _first_open_key(self) -> str | None:
        """With no draft yet, the first report overdue or due: what the committee must act on."""
        today = self.calendar_model.today
        for entry in self.calendar_model.rows:
            if entry.state(today) in ("overdue", "due"):
                return entry.key
        return None

    def _fill_entities(self) -> None:
        self.entity.blockSignals(True)
        self.entity.clear()
        self.entity.addItem(self.tr("Not assigned"), "")
        for entity in self._services.entities.list():
            self.entity.addItem(f"{entity.code} – {entity.label(self._lang)}", entity.code)
        self.entity.blockSignals(False)

    def _fill_drafts(self, keep: str | None) -> None:
        rows = self._services.drafts.list()
        self.draft_combo.blockSignals(True)
        self.draft_combo.clear()
        for row in rows:
            self.draft_combo.addItem(row.title(self._lang), row.id)
        index = self.draft_combo.findData(keep) if keep else (0 if rows else -1)
        self.draft_combo.setCurrentIndex(index if index >= 0 else (0 if rows else -1))
        self.draft_combo.blockSignals(False)
        self._draft_chosen(force=True)

    # -- the calendar ----------------------------------------------------------------------------
    def current_entry(self) -> CalendarEntry | None:
        index = self.calendar.currentIndex()
        return self.calendar_model.row_at(index.row()) if index.isValid() else None

    def select_entry(self, key: str | None) -> None:
        for row, entry in enumerate(self.calendar_model.rows):
            if entry.key == key:
                index = self.calendar_model.index(row, 0)
                self.calendar.setCurrentIndex(index)  # selects the row too (rows are selected whole)
                self.calendar.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                self._entry_selected()
                return
        self._entry_selected()

    def _entry_selected(self) -> None:
        entry = self.current_entry()
        if entry is None:
            self.entry_info.clear()
        else:
            states = calendar_state_labels()
            parts = [
                f"<b>{entry.label(self._lang)}</b>",
                states.get(entry.state(self.calendar_model.today), ""),
            ]
            if entry.entered and entry.computed_date:
                parts.append(
                    self.tr("entered by the committee; computed: {date}").format(
                        date=iso(entry.computed_date)
                    )
                )
            elif entry.basis(self._lang):
                parts.append(self.tr("computed: {basis}").format(basis=entry.basis(self._lang)))
            if entry.symbol:
                parts.append(entry.symbol)
            if entry.notes:
                parts.append(entry.notes)
            self.entry_info.setText("<br>".join(p for p in parts if p))
            plain = (p.replace("<b>", "").replace("</b>", "") for p in parts if p)
            self.entry_info.setToolTip("\n".join(plain))
            if entry.drafts and (self.view is None or self.view.id not in entry.drafts):
                index = self.draft_combo.findData(entry.drafts[0])
                if index >= 0:
                    self.draft_combo.setCurrentIndex(index)
        self._enable()

    def new_draft(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.report_type is None:
            return
        self._save_if_dirty()

        def done(view: DraftView) -> None:
            self.refresh()
            index = self.draft_combo.findData(view.id)
            if index >= 0:
                self.draft_combo.setCurrentIndex(index)
            self.message.emit(
                self.tr("Draft written from the data: {title}").format(title=view.title(self._lang))
            )

        self._run(
            lambda _p: self._services.drafts.create(entry.key),
            self.tr("Writing the draft from the data…"),
            done,
        )

    def edit_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        dialog = CalendarEntryDialog(entry, self._lang, self)
        dialog.setLayoutDirection(self.layoutDirection())
        if dialog.exec() != CalendarEntryDialog.DialogCode.Accepted:
            return
        try:
            self._services.calendar.update(entry.key, dialog.changes(), expected_version=entry.version)
        except NrtdError as error:
            QMessageBox.warning(self, self.tr("Calendar entry"), error.text(self._lang))
            return
        self.refresh()
        self.select_entry(entry.key)

    def add_entry(self) -> None:
        dialog = AddEntryDialog(self._services.reference.bodies(), self._lang, self)
        dialog.setLayoutDirection(self.layoutDirection())
        if dialog.exec() != AddEntryDialog.DialogCode.Accepted:
            return
        try:
            entry = self._services.calendar.add(dialog.changes())
        except NrtdError as error:
            QMessageBox.warning(self, self.tr("Calendar entry"), error.text(self._lang))
            return
        self.refresh()
        self.select_entry(entry.key)

    def delete_draft(self) -> None:
        """Delete the draft with its sections and versions (undone from Edit > Deleted records)."""
        if self.view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the draft"),
            self.tr(
                "Delete the draft '{title}' with its sections and frozen versions? It can be put back from "
                "the deleted records."
            ).format(title=self.view.title(self._lang)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._dirty = False
        self._services.drafts.delete(self.view.id)
        self.view, self.section = None, None
        self.refresh()

    def reset_entry(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.id is None:
            return
        try:
            self._services.calendar.reset(entry.key)
        except NrtdError as error:
            QMessageBox.warning(self, self.tr("Calendar entry"), error.text(self._lang))
            return
        self.refresh()
        self.select_entry(entry.key)

    # -- the draft ---------------------------------------------------------------------------------
    def _draft_chosen(self, force: bool = False) -> None:
        draft_id = self.draft_combo.currentData()
        if not force and self.view is not None and draft_id == self.view.id:
            return
        self._save_if_dirty()
        self.load_draft(draft_id)

    def load_draft(self, draft_id: str | None, keep_section: str | None = None) -> None:
        keep = keep_section or (self.section.key if self.section else None)
        self.view = self._services.drafts.get(draft_id) if draft_id else None
        self.changes = {}
        self._fill_sections(keep)
        if self.view is not None:
            view_id = self.view.id
            self._run(
                lambda _p: self._services.drafts.changes(view_id),
                "",
                lambda found: self._show_changes(view_id, found),
                dialog=False,
            )
        self._enable()

    def _fill_sections(self, keep: str | None) -> None:
        self._filling = True
        self.sections.clear()
        states = section_state_labels()
        chosen = None
        parent: QTreeWidgetItem | None = None
        if self.view is not None:
            for section in self.view.sections:
                item = QTreeWidgetItem(
                    [
                        self._marked(section),
                        # the entity by its name in the window's language, not its code
                        section.entity.label(self._lang) if section.entity else "—",
                        states.get(section.state, section.state),
                        f"{section.words(self._lang):,}",
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, section.id)
                item.setToolTip(0, section.heading(self._lang))
                if section.level <= 1 or parent is None:
                    self.sections.addTopLevelItem(item)
                    parent = item
                else:
                    parent.addChild(item)
                if section.key == keep:
                    chosen = item
            self.sections.expandAll()
        # Set here: a tree widget gives every column the default width when it is first shown.
        for column, width in ((1, 64), (2, 100), (3, 56)):
            self.sections.setColumnWidth(column, width)
        self._filling = False
        first = self.sections.topLevelItem(0)
        current = chosen or first
        if current is not None:
            self.sections.setCurrentItem(current)
        if chosen is None and first is None:
            self._section_chosen()
        self._count_words()

    def _marked(self, section: SectionView) -> str:
        marks = []
        if section.edited():
            marks.append(EDITED_MARK)
        if section.id in self.changes:
            marks.append(CHANGED_MARK)
        return f"{section.heading(self._lang)} {' '.join(marks)}".strip()

    def _show_changes(self, view_id: str, found: dict[str, tuple[FactChange, ...]]) -> None:
        if self.view is None or self.view.id != view_id:
            return
        self.changes = found
        for item in self._items():
            section = self._section_by_id(item.data(0, Qt.ItemDataRole.UserRole))
            if section is not None:
                item.setText(0, self._marked(section))
        self._show_section_changes()

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for n in range(self.sections.topLevelItemCount()):
            top = self.sections.topLevelItem(n)
            if top is None:  # within the count: never
                continue
            found.append(top)
            found += [child for k in range(top.childCount()) if (child := top.child(k)) is not None]
        return found

    def _section_by_id(self, section_id: str | None) -> SectionView | None:
        if self.view is None or not section_id:
            return None
        return next((s for s in self.view.sections if s.id == section_id), None)

    # -- the section -------------------------------------------------------------------------------
    def _section_chosen(self) -> None:
        if self._filling:
            return
        self._save_if_dirty()
        item = self.sections.currentItem()
        self.section = self._section_by_id(item.data(0, Qt.ItemDataRole.UserRole)) if item else None
        self._show_section()

    def _show_section(self) -> None:
        section = self.section
        self._filling = True
        if section is None:
            self.heading.clear()
            self.text_ar.clear()
            self.text_en.clear()
            self.references.clear()
        else:
            self.heading.setText(section.heading(self._lang))
            self.text_ar.setPlainText(section.text_ar)
            self.text_en.setPlainText(section.text_en)
            code = section.entity.code if section.entity else ""
            self.entity.setCurrentIndex(max(0, self.entity.findData(code)))
            self.state.setCurrentIndex(max(0, self.state.findData(section.state)))
            if section.recommendations:
                numbers = [
                    ref.rsplit("-", 1)[-1] if ref.count("-") >= 2 else ref for ref in section.recommendations
                ]
                sep = "، " if self._lang == "ar" else ", "
                self.references.setText(
                    self.tr("Recommendations answered: {numbers}").format(numbers=sep.join(numbers))
                )
            else:
                self.references.clear()
        self._filling = False
        self._dirty = False
        self._show_section_changes()
        self._count_words()
        self._enable()

    def _show_section_changes(self) -> None:
        found = self.changes.get(self.section.id, ()) if self.section else ()
        self.changes_list.clear()
        for change in found:
            self.changes_list.addItem(change.text(self._lang))
        index = self.text_tabs.indexOf(self.changes_box)
        if found and index < 0:
            self.text_tabs.addTab(self.changes_box, "")
            index = self.text_tabs.indexOf(self.changes_box)
        elif not found and index >= 0:
            self.text_tabs.removeTab(index)
        if found:
            self.text_tabs.setTabText(
                index, self.tr("Changes in the data ({count})").format(count=len(found))
            )
            warning = self.tr("The data changed since this text was written ({count}): see what changed")
            self.changes_warning.setText("⚠ " + warning.format(count=len(found)))
        self.changes_warning.setVisible(bool(found))
        edited = bool(self.section and self.section.edited())
        self.accept_button.setEnabled(edited)
        self.replace_button.setText(
            self.tr("Replace my text with the new one") if edited else self.tr("Write it again from the data")
        )

    def _edited(self) -> None:
        if self._filling:
            return
        self._dirty = True
        self._count_words()
        self._enable()

    def _count_words(self) -> None:
        """The section's words in the language being edited, and the draft's against the limit,
        as the person types."""
        if self.text_tabs.currentIndex() in (0, 1):
            self._text_lang = "ar" if self.text_tabs.currentIndex() == 0 else "en"
        lang = self._text_lang
        if self.view is None:
            self.words.clear()
            self.section_words.clear()
            return
        heading = self.section.heading(lang) if self.section else ""
        editor = self.text_ar if lang == "ar" else self.text_en
        here = (r.word_count(heading) + r.word_count(editor.toPlainText())) if self.section else 0
        total = self.view.words(lang) - (self.section.words(lang) if self.section else 0) + here
        self.section_words.setText(self.tr("Words in this section: {words}").format(words=f"{here:,}"))
        limit = self.view.word_limit
        language = self.tr("Arabic") if lang == "ar" else self.tr("English")
        if limit:
            text = self.tr("{language} text: {words} words of the UN's limit of {limit} ({share}%)").format(
                language=language, words=f"{total:,}", limit=f"{limit:,}", share=round(100 * total / limit)
            )
            if total > limit:
                text += " – " + self.tr("{over} words over the limit").format(over=f"{total - limit:,}")
        else:
            text = self.tr("{language} text: {words} words").format(language=language, words=f"{total:,}")
        colour = "#b23a1e" if limit and total > limit else "#1f3864"
        self.words.setText(f'<span style="color:{colour}; font-weight:bold">{text}</span>')

    def save_section(self) -> bool:
        section = self.section
        if section is None or not self._dirty:
            return True
        changes = SectionInput(
            text_ar=self.text_ar.toPlainText(),
            text_en=self.text_en.toPlainText(),
            state=self.state.currentData(),
            entity=self.entity.currentData() or "",
        )
        try:
            self._services.drafts.update_section(section.id, changes, expected_version=section.version)
        except NrtdError as error:
            QMessageBox.warning(self, self.tr("Save the section"), error.text(self._lang))
            return False
        self._dirty = False
        assert self.view is not None
        self.load_draft(self.view.id, keep_section=section.key)
        self.message.emit(self.tr("Section saved: {heading}").format(heading=section.heading(self._lang)))
        return True

    def _save_if_dirty(self) -> None:
        if self._dirty and self.section is not None:
            self.save_section()

    def _settle_changes(self, replace: bool) -> None:
        if self.view is None or self.section is None:
            return
        self._save_if_dirty()
        section_id, key, view_id = self.section.id, self.section.key, self.view.id
        if replace and self.section.edited():
            answer = QMessageBox.question(
                self,
                self.tr("Replace the text"),
                self.tr(
                    "The text of this section, as edited, is replaced by the text written from the data now. "
                    "The edited text stays in the history and in frozen versions. Replace it?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def work(_p: Any) -> Any:
            if replace:
                return self._services.drafts.regenerate(view_id, replace=[section_id])
            return self._services.drafts.regenerate(view_id, accept=[section_id])

        self._run(
            work,
            self.tr("Updating the section from the data…"),
            lambda _result: self.load_draft(view_id, keep_section=key),
        )

    # -- the draft's commands ------------------------------------------------------------------------
    def regenerate(self) -> None:
        if self.view is None:
            return
        self._save_if_dirty()
        view_id = self.view.id

        def ask(found: dict[str, tuple[FactChange, ...]]) -> None:
            if self.view is None:
                return
            self._show_changes(view_id, found)
            dialog = RegenerateDialog(self.view, found, self._lang, self)
            dialog.setLayoutDirection(self.layoutDirection())
            if dialog.exec() != RegenerateDialog.DialogCode.Accepted:
                return
            replaced = dialog.replaced()
            self._run(
                lambda _p: self._services.drafts.regenerate(view_id, replace=replaced),
                self.tr("Updating the draft from the data…"),
                self._regenerated,
            )

        self._run(
            lambda _p: self._services.drafts.changes(view_id),
            self.tr("Reading what changed in the data…"),
            ask,
        )

    def _regenerated(self, result: Any) -> None:
        assert self.view is not None
        self.load_draft(self.view.id)
        self.message.emit(
            self.tr("{updated} sections written again from the data, {kept} edited sections kept").format(
                updated=len(result.updated) + len(result.added), kept=len(result.kept)
            )
        )

    def freeze(self) -> None:
        if self.view is None:
            return
        self._save_if_dirty()
        label, ok = QInputDialog.getText(
            self,
            self.tr("Freeze a version"),
            self.tr("What is this version (for example: sent to the ministries)?"),
        )
        if not ok:
            return
        version = self._services.drafts.freeze(self.view.id, label)
        self.load_draft(self.view.id)
        self.message.emit(self.tr("Version {number} frozen").format(number=version.number))

    def compare(self) -> None:
        if self.view is None:
            return
        self._save_if_dirty()
        if not self.view.versions:
            QMessageBox.information(
                self,
                self.tr("Compare versions"),
                self.tr("Freeze a version first: the draft is compared with its versions."),
            )
            return
        self.compare_dialog = CompareDialog(self._services, self.view, self._lang, self)
        self.compare_dialog.setLayoutDirection(self.layoutDirection())
        self.compare_dialog.open()

    def export(self, kind: str) -> None:
        if self.view is None:
            return
        self._save_if_dirty()
        from nrtd_desktop.settings import load_settings

        settings = load_settings()
        filters = self.tr("Word document (*.docx)") if kind == "docx" else self.tr("PDF document (*.pdf)")
        suggested = str(Path.home() / f"{self.view.title(self._lang)[:60]}.{kind}".replace("/", "-"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the draft"), suggested, filters)
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        self.export_to(Path(path), self._lang, settings.committee_name(self._lang), settings.number_style)

    def export_to(self, path: Path, lang: Lang, committee: str, digits: str = "western") -> Any:
        """Write the draft to ``path`` (.docx or .pdf) on a worker thread; returns the task."""
        from nrtd_desktop.reports.draft_report import write_draft

        assert self.view is not None
        view_id = self.view.id
        services = self._services

        def work(_p: Any) -> Path:
            view = services.drafts.get(view_id)
            matrix = services.drafts.matrix(view_id)
            return write_draft(view, matrix, path, lang, committee, services.context.today(), digits)

        return self._run(
            work,
            self.tr("Writing the document…"),
            lambda written: self.message.emit(self.tr("Written: {path}").format(path=written)),
        )

    # -- helpers -------------------------------------------------------------------------------------
    def _run(self, work: Any, label: str, done: Any, dialog: bool = True) -> Any:
        task = run_task(
            self,
            work,
            title=self.tr("Report drafts"),
            label=label,
            on_success=done,
            lang=self._lang,
            show_dialog=dialog,
            cancellable=False,
        )
        self._tasks = [t for t in self._tasks if not t.done] + [task]
        return task

    def _enable(self) -> None:
        entry = self.current_entry()
        has_draft = self.view is not None
        self.new_button.setEnabled(entry is not None and entry.report_type is not None)
        self.edit_button.setEnabled(entry is not None)
        self.reset_button.setEnabled(
            entry is not None and entry.id is not None and bool(entry.entered or entry.status != "planned")
        )
        for button in (
            self.regenerate_button,
            self.freeze_button,
            self.compare_button,
            self.word_button,
            self.pdf_button,
        ):
            button.setEnabled(has_draft)
        editing = self.section is not None
        for widget in (self.text_ar, self.text_en, self.entity, self.state):
            widget.setEnabled(editing)
        self.save_button.setEnabled(editing and self._dirty)
        self.revert_button.setEnabled(editing and self._dirty)
        if entry is not None and entry.report_type:
            self.new_button.setToolTip(
                self.tr("A new {report} written from the data").format(
                    report=report_type_labels().get(entry.report_type, entry.report_type)
                )
            )

    def summary(self) -> str:
        """The status bar's words when this area is shown."""
        if self.view is None:
            return ""
        return self.tr("{sections} sections, {approved} approved").format(
            sections=len(self.view.sections), approved=self.view.state_counts().get("approved", 0)
        )


def build(context: AreaContext) -> QWidget:
    """The area's page (declared in ``areas.AREAS``, imported when first opened)."""
    return DraftingPage(context)
