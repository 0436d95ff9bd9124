"""The plan editor: the plan of the chosen recommendation or cluster.

Left, a chooser (clusters, then the recommendations found by the search; ``plan_chooser.py``).
Right, the status line (rolled up from the actions, or set by hand with a reason), the actions
with their buttons (add, edit, duplicate, move up and down, delete with confirmation), the
cluster's shared actions, and under them tabs for the chosen action's indicators and progress
updates (newest first), the recommendation's own indicators, and the challenges.

This module lays the editor out and shows a plan. What a button does to a record is its
controller's (``plan_records.py``), over one edit-with-undo helper (``plan_edits.py``): every
change goes through the window's QUndoStack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.plan import CLUSTER, RECOMMENDATION, PlanView
from nrtd_desktop.services import Services
from nrtd_desktop.ui import labels
from nrtd_desktop.ui.date_fields import date_width
from nrtd_desktop.ui.plan_chooser import OwnerChooser
from nrtd_desktop.ui.plan_edits import PlanEdits
from nrtd_desktop.ui.plan_models import (
    ActionTableModel,
    ChallengeTableModel,
    IndicatorTableModel,
    ProgressTableModel,
)
from nrtd_desktop.ui.plan_records import (
    ActionRecords,
    ChallengeRecords,
    IndicatorRecords,
    ProgressRecords,
    StatusRecords,
)
from nrtd_desktop.ui.plan_section import RecordSection


class PlanEditor(QWidget):
    message = Signal(str)
    # The actions table hides QWidget.actions(), which nothing here calls.
    actions: RecordSection  # type: ignore[assignment]

    def __init__(
        self, services: Services, lang: Lang, show_hijri: bool, undo_stack: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_editor")
        self._services, self._lang, self._hijri, self._undo = services, lang, show_hijri, undo_stack
        self.view: PlanView | None = None
        self.read_generation = 0  # the last write shown (``page_changes``)
        self.dialog: Any = None  # the open editor, for tests and for focus
        edits = PlanEdits(self)
        self.action_records = ActionRecords(self, edits)
        self.indicator_records = IndicatorRecords(self, edits)
        self.progress_records = ProgressRecords(self, edits)
        self.challenge_records = ChallengeRecords(self, edits)
        self.status_records = StatusRecords(self, edits)

        self.chooser = OwnerChooser(services, lang, self)
        self.chooser.chosen.connect(self.show_owner)
        self.title = QLabel(self)
        self.title.setObjectName("plan_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.owner_text = QLabel(self)
        self.owner_text.setObjectName("plan_owner_text")
        self.owner_text.setWordWrap(True)
        self.owner_text.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 4)
        self.status_line = QLabel(self)
        self.status_line.setObjectName("plan_status")
        self.status_line.setWordWrap(True)
        self.override_button = QPushButton(self.tr("Set the status by hand…"), self)
        self.override_button.setObjectName("override_status")
        self.override_button.clicked.connect(self.override_status)
        self.clear_override_button = QPushButton(self.tr("Let the actions decide the status"), self)
        self.clear_override_button.setObjectName("clear_override")
        self.clear_override_button.clicked.connect(self.clear_override)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_line, 1)
        status_row.addWidget(self.override_button)
        status_row.addWidget(self.clear_override_button)

        self.actions = RecordSection("actions", ActionTableModel(lang, show_hijri), self)
        self.actions.add_button("add_action", self.tr("Add action"), self.new_action, needs_row=False)
        self.actions.add_button("edit_action", self.tr("Edit"), self.edit_action)
        self.actions.add_button("duplicate_action", self.tr("Duplicate"), self.duplicate_action)
        self.actions.add_button("move_up", self.tr("Move up"), lambda: self.move_action(-1))
        self.actions.add_button("move_down", self.tr("Move down"), lambda: self.move_action(+1))
        self.actions.add_button("delete_action", self.tr("Delete"), self.delete_action)
        self.actions.finish_buttons()
        self.actions.table.doubleClicked.connect(lambda _i: self.edit_action())
        self.actions.selection_changed.connect(self._action_changed)
        self.cluster_actions = RecordSection("cluster_actions", ActionTableModel(lang, show_hijri), self)
        self.cluster_caption = QLabel(
            self.tr(
                "Actions of the cluster, shared by its recommendations (edit them from the cluster's plan):"
            ),
            self,
        )
        self.cluster_caption.setWordWrap(True)
        # The title has the room: a date and its Hijri date take two lines, the entity and the
        # status may too (at 1366x768 the title column was left a hundred pixels).
        numbers = (ActionTableModel.COL_PROGRESS, ActionTableModel.COL_INDICATORS)
        line = self.fontMetrics().lineSpacing()
        for section in (self.actions, self.cluster_actions):
            section.wrap_column(ActionTableModel.COL_TITLE, nowrap=numbers)
            section.table.setMinimumHeight(4 * line + 12)  # the header and one row of two lines
            for column in (ActionTableModel.COL_START, ActionTableModel.COL_END):
                section.set_width(column, date_width(self, lang, show_hijri, lines=2))

        self.indicators = RecordSection("action_indicators", IndicatorTableModel(lang), self)
        self._indicator_buttons(self.indicators, "action")
        self.progress = RecordSection("progress", ProgressTableModel(lang, show_hijri), self)
        self.progress.add_button(
            "add_progress", self.tr("Add progress update"), self.new_progress, needs_row=False
        )
        self.progress.add_button("edit_progress", self.tr("Edit"), self.edit_progress)
        self.progress.add_button("delete_progress", self.tr("Delete"), self.delete_progress)
        self.progress.finish_buttons()
        self.progress.stretch_column(2)
        self.rec_indicators = RecordSection("recommendation_indicators", IndicatorTableModel(lang), self)
        self._indicator_buttons(self.rec_indicators, "recommendation")
        self.challenges = RecordSection("challenges", ChallengeTableModel(lang), self)
        self.challenges.add_button(
            "add_challenge", self.tr("Add challenge"), self.new_challenge, needs_row=False
        )
        self.challenges.add_button("edit_challenge", self.tr("Edit"), self.edit_challenge)
        self.challenges.add_button("delete_challenge", self.tr("Delete"), self.delete_challenge)
        self.challenges.finish_buttons()
        self.challenges.stretch_column(2)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("plan_tabs")
        self.tabs.addTab(self.indicators, self.tr("Indicators of the action"))
        self.tabs.addTab(self.progress, self.tr("Progress updates"))
        self.tabs.addTab(self.rec_indicators, self.tr("Indicators of the recommendation"))
        self.tabs.addTab(self.challenges, self.tr("Challenges and obstacles"))

        right = QWidget(self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title)
        top_layout.addWidget(self.owner_text)
        top_layout.addLayout(status_row)
        top_layout.addWidget(self.actions, 3)
        top_layout.addWidget(self.cluster_caption)
        top_layout.addWidget(self.cluster_actions, 1)
        self.vertical = QSplitter(Qt.Orientation.Vertical, right)
        self.vertical.addWidget(top)
        self.vertical.addWidget(self.tabs)
        self.vertical.setSizes([470, 250])
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.vertical)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("plan_splitter")
        self.splitter.addWidget(self.chooser)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._show_view(None)

    def _indicator_buttons(self, section: RecordSection, owner: str) -> None:
        section.add_button(
            f"add_{owner}_indicator",
            self.tr("Add indicator"),
            lambda: self.new_indicator(owner),
            needs_row=False,
        )
        section.add_button(f"edit_{owner}_indicator", self.tr("Edit"), lambda: self.edit_indicator(section))
        section.add_button(
            f"delete_{owner}_indicator", self.tr("Delete"), lambda: self.delete_indicator(section)
        )
        section.finish_buttons()
        section.stretch_column(IndicatorTableModel.COL_NAME)
        section.table.doubleClicked.connect(lambda _i: self.edit_indicator(section))

    # -- showing -------------------------------------------------------------------------
    def show_owner(self, kind: str, owner_id: str) -> None:
        self.read_generation = self._services.context.generation
        try:
            view = self._services.plan.plan(kind, owner_id)
        except NrtdError as error:
            self.report(error)
            view = None
        self._show_view(view)

    def refresh(self) -> None:
        """After any change, undo or redo: read the plan again, keep the chosen rows."""
        if self.view is not None:
            self.show_owner(self.view.owner.kind, self.view.owner.id)

    def _show_view(self, view: PlanView | None) -> None:
        self.view = view
        has = view is not None
        is_rec = view is not None and view.owner.kind == RECOMMENDATION
        for widget in (self.actions, self.tabs):
            widget.setEnabled(has)
        if view is None:
            self.title.setText(self.tr("Choose a recommendation or a cluster to plan its implementation."))
            self.owner_text.clear()
            self.status_line.clear()
            self.actions.set_rows([])
            self.cluster_actions.set_rows([])
            self.challenges.set_rows([])
            self.rec_indicators.set_rows([])
        else:
            kind = self.tr("Recommendation") if is_rec else self.tr("Cluster")
            self.title.setText(f"{kind}: {view.owner.label(self._lang)}")
            self.owner_text.setText(self._owner_text(view))
            self.status_line.setText(self._status_text(view))
            self.actions.set_rows(list(view.actions))
            self.cluster_actions.set_rows(list(view.cluster_actions))
            self.rec_indicators.set_rows(list(view.indicators))
            self.challenges.set_rows(list(view.challenges))
        self.override_button.setVisible(bool(is_rec))
        self.clear_override_button.setVisible(view is not None and is_rec and view.status_overridden)
        self.cluster_caption.setVisible(bool(view and view.cluster_actions))
        self.cluster_actions.setVisible(bool(view and view.cluster_actions))
        self.tabs.setTabEnabled(2, bool(is_rec))
        self._action_changed()

    def _owner_text(self, view: PlanView) -> str:
        """The recommendation's text (or the cluster's description), cut to about three lines."""
        try:
            if view.owner.kind == RECOMMENDATION:
                text = self._services.recommendations.get(view.owner.id).text(self._lang)
            else:
                cluster = self._services.clusters.get(view.owner.id)
                text = (cluster.description_ar if self._lang == "ar" else cluster.description_en) or (
                    cluster.description_en or cluster.description_ar
                )
        except NrtdError:
            return ""
        text = " ".join(text.split())
        return text if len(text) <= 330 else text[:329] + "…"

    def _status_text(self, view: PlanView) -> str:
        statuses = labels.status_labels()
        if view.owner.kind != RECOMMENDATION:
            late = sum(a.overdue for a in view.actions)
            text = self.tr("{count} actions planned for the cluster.").format(count=len(view.actions))
            return text + (" " + self.tr("{late} overdue.").format(late=late) if late else "")
        status = statuses.get(view.status or "", view.status or "")
        if view.status_overridden:
            text = self.tr("Status: {status}, set by hand ({reason}).").format(
                status=status, reason=view.override_reason or ""
            )
        elif view.rolled_up and view.rolled_up != view.status:
            # Typed or imported out of step with the actions: say so; the next change of an action
            # (or ``nrtd plan rollup``) brings it back in step.
            text = self.tr(
                "Status: {status}, but its actions say {rolled}; it will follow them at the next change."
            ).format(status=status, rolled=statuses.get(view.rolled_up, view.rolled_up))
        elif view.rolled_up:
            text = self.tr("Status: {status}, from its actions.").format(status=status)
        else:
            text = self.tr("Status: {status}. No action yet to derive it from.").format(status=status)
        if view.overdue:
            text += " " + self.tr("Overdue: an action is past its end date.")
        return text

    def _action_changed(self) -> None:
        action = self.actions.current()
        self.tabs.setTabEnabled(0, action is not None)
        self.tabs.setTabEnabled(1, action is not None)
        if action is None:
            self.indicators.set_rows([])
            self.progress.set_rows([])
            if self.tabs.currentIndex() in (0, 1) and self.view is not None:
                self.tabs.setCurrentIndex(3 if self.view.owner.kind == CLUSTER else 2)
            return
        self.indicators.set_rows(self._services.plan.indicators(action_id=action.id))
        self.progress.set_rows(self._services.plan.progress(action.id))

    def report(self, error: NrtdError) -> None:
        QMessageBox.warning(self, self.tr("Implementation plan"), error.text(self._lang))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- what the buttons do: the records' controllers -----------------------------------
    def new_action(self) -> None:
        self.action_records.new()

    def edit_action(self) -> None:
        self.action_records.edit()

    def duplicate_action(self) -> None:
        self.action_records.duplicate()

    def move_action(self, offset: int) -> None:
        self.action_records.move(offset)

    def delete_action(self) -> None:
        self.action_records.delete()

    def new_indicator(self, owner: str) -> None:
        self.indicator_records.new(owner)

    def edit_indicator(self, section: RecordSection) -> None:
        self.indicator_records.edit(section)

    def delete_indicator(self, section: RecordSection) -> None:
        self.indicator_records.delete(section)

    def new_progress(self) -> None:
        self.progress_records.new()

    def edit_progress(self) -> None:
        self.progress_records.edit()

    def delete_progress(self) -> None:
        self.progress_records.delete()

    def new_challenge(self) -> None:
        self.challenge_records.new()

    def edit_challenge(self) -> None:
        self.challenge_records.edit()

    def delete_challenge(self) -> None:
        self.challenge_records.delete()

    def override_status(self) -> None:
        self.status_records.override()

    def clear_override(self) -> None:
        self.status_records.clear()
