"""Suggested themes, affected groups and SDG targets for the recommendations the register shows.

Lists what the models suggest (``services/suggestions.py``) for the register's current selection
of records (its search and filters), with each suggestion's confidence and how it was made (the
English text read by the model, or similar labelled records for an Arabic-only text). A person
accepts the chosen rows, or every row listed at or above a confidence, or rejects the chosen rows
(they are not offered again). The suggestions are computed on a worker thread.

The register wires it::

    from nrtd_desktop.ui.suggestions_dialog import open_suggestions
    open_suggestions(self, self._services, ids, lang=self._lang, on_changed=...)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.services.suggestions import Suggestion
from nrtd_desktop.ui.worker import run_task

_Index = QModelIndex | QPersistentModelIndex
COL_REFERENCE, COL_TEXT, COL_VOCABULARY, COL_LABEL, COL_CONFIDENCE, COL_VIA = range(6)
LOWEST_LISTED = 0.3  # below this, a suggestion is more often wrong than right: never listed


def vocabulary_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        "themes": QCoreApplication.translate("Suggestions", "Theme"),
        "groups": QCoreApplication.translate("Suggestions", "Affected group"),
        "sdg": QCoreApplication.translate("Suggestions", "SDG target"),
    }


def via_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        "english": QCoreApplication.translate("Suggestions", "English text"),
        "similar": QCoreApplication.translate("Suggestions", "Similar labelled records"),
    }


def percent(value: float) -> str:
    """A confidence as a percentage, left to right inside Arabic text. Never "100%": a model is
    never certain, and 0.996 rounded up would say it is."""
    return f"\u2066{min(99, round(value * 100))}%\u2069"


class SuggestionTableModel(QAbstractTableModel):
    """One row per suggestion: reference, vocabulary, label, confidence, how."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.rows: list[Suggestion] = []
        self._vocabularies = vocabulary_labels()
        self._via = via_labels()

    def set_rows(self, rows: Sequence[Suggestion]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Reference"),
            self.tr("Recommendation"),
            self.tr("Vocabulary"),
            self.tr("Suggested label"),
            self.tr("Confidence"),
            self.tr("Suggested from"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.reference,
                " ".join(row.text(self._lang).split())[:200],
                self._vocabularies[row.vocabulary],
                row.label(self._lang),
                percent(row.confidence),
                self._via.get(row.via, row.via),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LABEL:
            return row.name_en if self._lang == "ar" else row.name_ar
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return row.text(self._lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.sure:
            from PySide6.QtGui import QColor

            return QColor("#6b6b6b")  # below the model's threshold: less sure
        return None


class SuggestionsDialog(QDialog):
    """Review and accept the suggestions of many recommendations at once."""

    def __init__(
        self,
        services: Any,
        ids: Sequence[str],
        lang: Lang,
        on_changed: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions_dialog")
        self.setWindowTitle(self.tr("Suggested themes, affected groups and SDG targets"))
        self._services = services
        self._ids = list(ids)
        self._lang = lang
        self._on_changed = on_changed
        self._all: list[Suggestion] = []
        self.task: Any = None

        self.scope = QLabel(
            self.tr("Suggestions for the {count} recommendations the register shows.").format(
                count=f"{len(self._ids):,}"
            ),
            self,
        )
        self.scope.setWordWrap(True)
        self.vocabulary = QComboBox(self)
        self.vocabulary.setObjectName("vocabulary")
        self.vocabulary.addItem(self.tr("All vocabularies"), "")
        for key, text in vocabulary_labels().items():
            self.vocabulary.addItem(text, key)
        self.vocabulary.currentIndexChanged.connect(lambda _i: self._show())
        self.confidence = QDoubleSpinBox(self)
        self.confidence.setObjectName("min_confidence")
        self.confidence.setRange(LOWEST_LISTED, 1.0)
        self.confidence.setSingleStep(0.05)
        self.confidence.setDecimals(2)
        self.confidence.setValue(0.8)
        self.confidence.setLocale(QLocale.c())  # 0.80 as the percentages and references beside it
        self.confidence.valueChanged.connect(lambda _v: self._show())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Vocabulary:"), self))
        filters.addWidget(self.vocabulary)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Lowest confidence listed:"), self))
        filters.addWidget(self.confidence)
        filters.addStretch(1)

        self.model = SuggestionTableModel(lang, self)
        self.table = QTableView(self)
        self.table.setObjectName("suggestions_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        for column, width in (
            (COL_REFERENCE, 130),
            (COL_VOCABULARY, 110),
            (COL_LABEL, 330),
            (COL_CONFIDENCE, 70),
            (COL_VIA, 150),
        ):
            header.resizeSection(column, width)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.outcome = QLabel(self)  # what the last accept or reject did
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.accept_all = QPushButton(self.tr("Accept all listed"), self)
        self.accept_all.setObjectName("accept_all")
        self.accept_all.clicked.connect(self.accept_listed)
        self.accept_chosen = QPushButton(self.tr("Accept chosen"), self)
        self.accept_chosen.setObjectName("accept_chosen")
        self.accept_chosen.clicked.connect(lambda: self._accept(self.chosen()))
        self.reject_chosen = QPushButton(self.tr("Reject chosen"), self)
        self.reject_chosen.setObjectName("reject_chosen")
        self.reject_chosen.clicked.connect(self._reject)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_all)
        buttons.addWidget(self.accept_chosen)
        buttons.addWidget(self.reject_chosen)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.resize(1100, 620)

    # -- loading -------------------------------------------------------------------------
    def load(self, wait: bool = False) -> None:
        """Compute the suggestions on a worker (``wait``: in this thread, for tests)."""
        ids = self._ids

        def work(_progress: Any) -> list[Suggestion]:
            found: list[Suggestion] = self._services.suggestions.suggest(ids, min_confidence=LOWEST_LISTED)
            return found

        if wait:
            self._loaded(work(None))
            return
        self.summary.setText(self.tr("Reading the recommendations…"))
        self.task = run_task(
            self,
            work,
            title=self.windowTitle(),
            label=self.tr("Reading the recommendations…"),
            on_success=self._loaded,
            lang=self._lang,
        )

    def _loaded(self, found: list[Suggestion]) -> None:
        self._all = found
        self._show()

    def _show(self) -> None:
        vocabulary = self.vocabulary.currentData()
        floor = self.confidence.value()
        rows = [
            s
            for s in self._all
            if s.confidence >= floor - 1e-9 and (not vocabulary or s.vocabulary == vocabulary)
        ]
        self.model.set_rows(rows)
        records = len({s.record_id for s in rows})
        self.summary.setText(
            self.tr("{count} suggestions for {records} recommendations at this confidence or above.").format(
                count=f"{len(rows):,}", records=f"{records:,}"
            )
        )
        self.accept_all.setEnabled(bool(rows))

    def listed(self) -> list[Suggestion]:
        return list(self.model.rows)

    def chosen(self) -> list[Suggestion]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows]

    # -- deciding ------------------------------------------------------------------------
    def accept_listed(self) -> None:
        """Accept every suggestion listed (this vocabulary, this confidence or above), once the
        person has said yes to how many recommendations that changes."""
        listed = self.listed()
        if not listed:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Accept {count} suggestions, changing {records} recommendations? "
                    "The history of each will say who accepted them.").format(
                count=f"{len(listed):,}", records=f"{len({s.record_id for s in listed}):,}"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._accept(listed)

    def _accept(self, chosen: list[Suggestion]) -> None:
        """Accept on a worker: tens of thousands of suggestions take a while, and the window stays
        painted meanwhile (a progress dialog after 0.4 s; one transaction, so not cancellable)."""
        if not chosen:
            return
        services = self._services

        def work(_progress: Any) -> int:
            return int(services.suggestions.accept(chosen))

        def accepted(records: int) -> None:
            self._busy(False)
            self._drop(chosen)
            self.outcome.setText(
                self.tr("Accepted {count} suggestions: {records} recommendations changed.").format(
                    count=f"{len(chosen):,}", records=f"{records:,}"
                )
            )
            if self._on_changed:
                self._on_changed()

        def failed(_error: BaseException, sentence: str) -> None:
            self._busy(False)
            QMessageBox.warning(self, self.windowTitle(), sentence)

        self._busy(True)
        self.task = run_task(
            self,
            work,
            title=self.windowTitle(),
            label=self.tr("Accepting the suggestions…"),
            on_success=accepted,
            on_failure=failed,
            lang=self._lang,
            cancellable=False,
        )

    def _busy(self, busy: bool) -> None:
        for button in (self.accept_all, self.accept_chosen, self.reject_chosen):
            button.setEnabled(not busy)
        if not busy:
            self.accept_all.setEnabled(bool(self.model.rows))

    def _reject(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        self._services.suggestions.reject(chosen)
        self._drop(chosen)
        self.outcome.setText(
            self.tr("Rejected {count} suggestions: they will not be offered again.").format(
                count=f"{len(chosen):,}"
            )
        )
        if self._on_changed:
            self._on_changed()

    def _drop(self, done: list[Suggestion]) -> None:
        gone = {(s.record_id, s.vocabulary, s.key) for s in done}
        self._all = [s for s in self._all if (s.record_id, s.vocabulary, s.key) not in gone]
        self._show()


def open_suggestions(
    parent: QWidget,
    services: Any,
    ids: Sequence[str],
    lang: Lang,
    on_changed: Callable[[], None] | None = None,
) -> SuggestionsDialog:
    # Not deleted on close: the worker reading the suggestions reports to it, even if the person
    # closed it first. The previous one goes when a new one opens (once its reading is over).
    previous = getattr(parent, "_suggestions_dialog", None)
    if previous is not None and (previous.task is None or previous.task.done):
        previous.deleteLater()
    dialog = SuggestionsDialog(services, ids, lang, on_changed, parent)
    parent._suggestions_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    dialog.load()
    return dialog
