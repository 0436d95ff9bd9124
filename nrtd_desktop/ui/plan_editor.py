"""The plan editor: the plan of the chosen recommendation or cluster.

Left, a chooser (clusters, then the recommendations found by the search). Right, the status line
(rolled up from the actions, or set by hand with a reason), the actions with their buttons
(add, edit, duplicate, move up and down, delete with confirmation), the cluster's shared
actions, and under them tabs for the chosen action's indicators and progress updates (newest
first), the recommendation's own indicators, and the challenges. Every change goes through the
window's QUndoStack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, fields
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.dto.plan import (
    CLUSTER,
    RECOMMENDATION,
    ActionInput,
    ChallengeInput,
    IndicatorInput,
    PlanView,
    ProgressInput,
)
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.ui import labels
from nrtd_desktop.ui.plan_commands import ChangeCommand, CreateCommand, DeleteCommand
from nrtd_desktop.ui.plan_dialogs import (
    ActionEditor,
    ChallengeEditor,
    IndicatorEditor,
    OverrideDialog,
    ProgressEditor,
)
from nrtd_desktop.ui.plan_models import (
    ActionTableModel,
    ChallengeTableModel,
    IndicatorTableModel,
    ProgressTableModel,
)
from nrtd_desktop.ui.plan_section import RecordSection

OWNER_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_LIMIT = 200


def changed(before: Any, after: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields of two inputs that differ, as (old values, new values)."""
    old, new = asdict(before), asdict(after)
    keys = [f.name for f in fields(before) if old[f.name] != new[f.name]]
    return {k: old[k] for k in keys}, {k: new[k] for k in keys}


class OwnerChooser(QWidget):
    """Clusters first, then recommendations matching the search (Arabic-aware, via the services)."""

    chosen = Signal(str, str)  # kind, id

    def __init__(self, services: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._lang = services, lang
        self.search = QLineEdit(self)
        self.search.setObjectName("plan_owner_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a recommendation by reference or words"))
        self.list = QListWidget(self)
        self.list.setObjectName("plan_owner_list")
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.list.currentItemChanged.connect(self._current_changed)
        self.reload()

    def reload(self) -> None:
        current = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        for cluster in self._services.clusters.list():
            text = self.tr("Cluster: {name}").format(name=cluster.label(self._lang))
            self._add(text, (CLUSTER, cluster.id), bold=True)
        found = self._services.recommendations.list(
            RecommendationFilter(search=self.search.text().strip()), limit=SEARCH_LIMIT, lang=self._lang
        )
        for rec in found:
            words = " ".join(rec.text(self._lang).split())
            self._add(f"{rec.reference} — {words[:90]}", (RECOMMENDATION, rec.id))
        self.list.blockSignals(False)
        if current:
            self.select(*current)

    def _add(self, text: str, owner: tuple[str, str], bold: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setData(OWNER_ROLE, owner)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.list.addItem(item)

    def current(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        return tuple(item.data(OWNER_ROLE)) if item else None  # type: ignore[return-value]

    def select(self, kind: str, owner_id: str) -> bool:
        for row in range(self.list.count()):
            if tuple(self.list.item(row).data(OWNER_ROLE)) == (kind, owner_id):
                self.list.setCurrentRow(row)
                return True
        return False

    def _current_changed(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is not None:
            kind, owner_id = item.data(OWNER_ROLE)
            self.chosen.emit(kind, owner_id)


class PlanEditor(QWidget):
    message = Signal(str)

    def __init__(
        self, services: Any, lang: str, show_hijri: bool, undo_stack: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_editor")
        self._services, self._lang, self._hijri, self._undo = services, lang, show_hijri, undo_stack
        self.view: PlanView | None = None
        self.dialog: Any = None  # the open editor, for tests and for focus

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
        self.actions.stretch_column(ActionTableModel.COL_TITLE)
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
        self.cluster_actions.stretch_column(ActionTableModel.COL_TITLE)

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
        self.vertical.setSizes([420, 300])
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
        is_rec = has and view.owner.kind == RECOMMENDATION  # type: ignore[union-attr]
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
        self.clear_override_button.setVisible(bool(is_rec and view.status_overridden))  # type: ignore[union-attr]
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

    def _push(self, command: Any, message: str) -> None:
        self._undo.push(command)
        self.message.emit(message)

    def _edit_callbacks(self, record: Any, before: Any, update: Callable[..., Any], undo_text: str,
                        done_text: str) -> tuple[Callable[[Any], Any], Callable[[Any], None]]:
        """The ``save`` and ``saved`` callbacks of an edit dialog: save only the changed fields
        (refused if the record moved since it was read), then push one undoable command."""
        holder: dict[str, Any] = {}

        def save(after: Any) -> Any:
            holder["old"], holder["new"] = changed(before, after)
            if not holder["new"]:
                return record
            return update(record.id, holder["new"], expected_version=record.version)

        def saved(_row: Any) -> None:
            if holder.get("new"):
                command = ChangeCommand(undo_text, lambda values: update(record.id, values), holder["old"],
                                        holder["new"], self.refresh, self.report)
                self._push(command, done_text)

        return save, saved

    def _open(self, dialog: Any, on_saved: Any) -> None:
        dialog.accepted.connect(lambda: on_saved(dialog.result_row))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    # -- actions -------------------------------------------------------------------------
    def new_action(self) -> None:
        if self.view is None:
            return
        owner = self.view.owner
        plan = self._services.plan

        def save(data: ActionInput) -> Any:
            return plan.create_action(owner.kind, owner.id, data)

        def saved(row: Any) -> None:
            self._push(
                CreateCommand(
                    self.tr("add action"),
                    lambda: plan.delete_action(row.id),
                    plan.restore,
                    self.refresh,
                    self.report,
                ),
                self.tr("Action added."),
            )
            self.actions.select_id(row.id)

        self._open(
            ActionEditor(self._services, self._lang, self._hijri, save, None, self.tr("New action"), self),
            saved,
        )

    def edit_action(self) -> None:
        action = self.actions.current()
        if action is None:
            return
        plan, before = self._services.plan, action.to_input()
        save, saved = self._edit_callbacks(
            action, before, plan.update_action, self.tr("edit action"), self.tr("Action saved.")
        )

        title = self.tr("Edit action: {title}").format(title=action.title(self._lang))
        self._open(ActionEditor(self._services, self._lang, self._hijri, save, before, title, self), saved)

    def duplicate_action(self) -> None:
        action = self.actions.current()
        if action is None:
            return
        plan = self._services.plan
        try:
            copy = plan.duplicate_action(action.id)
        except NrtdError as error:
            self.report(error)
            return
        self._push(
            CreateCommand(
                self.tr("duplicate action"),
                lambda: plan.delete_action(copy.id),
                plan.restore,
                self.refresh,
                self.report,
            ),
            self.tr("Action duplicated."),
        )
        self.actions.select_id(copy.id)

    def move_action(self, offset: int) -> None:
        action = self.actions.current()
        if action is None:
            return
        plan = self._services.plan
        order = [a.id for a in self.actions.model.rows]
        try:
            plan.move_action(action.id, offset)
        except NrtdError as error:
            self.report(error)
            return
        owner = self.view.owner  # type: ignore[union-attr]
        after = [a.id for a in plan.actions(owner.kind, owner.id)]
        if after == order:
            return
        self._push(
            ChangeCommand(
                self.tr("move action"),
                lambda ids: plan.reorder_actions(owner.kind, owner.id, ids),
                order,
                after,
                self.refresh,
                self.report,
            ),
            self.tr("Action moved."),
        )
        self.actions.select_id(action.id)

    def delete_action(self) -> None:
        action = self.actions.current()
        if action is None:
            return
        title = action.title(self._lang)
        if not self.confirm(
            self.tr("Delete action"),
            self.tr(
                "Delete the action “{title}” with its indicators and progress updates? "
                "You can undo this with Ctrl+Z."
            ).format(title=title),
        ):
            return
        plan = self._services.plan
        try:
            deleted = plan.delete_action(action.id)
        except NrtdError as error:
            self.report(error)
            return
        self._push(
            DeleteCommand(
                self.tr("delete action"),
                deleted,
                lambda: plan.delete_action(action.id),
                plan.restore,
                self.refresh,
                self.report,
            ),
            self.tr("Action deleted."),
        )

    # -- indicators ----------------------------------------------------------------------
    def new_indicator(self, owner: str) -> None:
        plan = self._services.plan
        action = self.actions.current()
        if owner == "action" and action is None:
            return
        if owner == "recommendation" and (self.view is None or self.view.owner.kind != RECOMMENDATION):
            return
        where = {"action_id": action.id} if owner == "action" else {"recommendation_id": self.view.owner.id}  # type: ignore

        def save(data: IndicatorInput) -> Any:
            return plan.create_indicator(data, **where)

        def saved(row: Any) -> None:
            self._push(
                CreateCommand(
                    self.tr("add indicator"),
                    lambda: plan.delete_indicator(row.id),
                    plan.restore,
                    self.refresh,
                    self.report,
                ),
                self.tr("Indicator added."),
            )

        self._open(
            IndicatorEditor(
                self._services,
                self._lang,
                self._hijri,
                save,
                None,
                title=self.tr("New indicator"),
                parent=self,
                **where,
            ),
            saved,
        )

    def edit_indicator(self, section: RecordSection) -> None:
        indicator = section.current()
        if indicator is None:
            return
        plan, before = self._services.plan, indicator.to_input()
        save, saved = self._edit_callbacks(
            indicator, before, plan.update_indicator, self.tr("edit indicator"), self.tr("Indicator saved.")
        )

        self._open(
            IndicatorEditor(
                self._services,
                self._lang,
                self._hijri,
                save,
                before,
                action_id=indicator.action_id,
                recommendation_id=indicator.recommendation_id,
                title=self.tr("Edit indicator"),
                parent=self,
            ),
            saved,
        )

    def delete_indicator(self, section: RecordSection) -> None:
        indicator = section.current()
        if indicator is None or not self.confirm(
            self.tr("Delete indicator"),
            self.tr("Delete the indicator “{name}”? Its progress updates stay with the action.").format(
                name=indicator.name(self._lang)
            ),
        ):
            return
        plan = self._services.plan
        try:
            deleted = plan.delete_indicator(indicator.id)
        except NrtdError as error:
            self.report(error)
            return
        self._push(
            DeleteCommand(
                self.tr("delete indicator"),
                deleted,
                lambda: plan.delete_indicator(indicator.id),
                plan.restore,
                self.refresh,
                self.report,
            ),
            self.tr("Indicator deleted."),
        )

    # -- progress ------------------------------------------------------------------------
    def _indicator_choices(self) -> list[tuple[str, str]]:
        return [(i.id, i.name(self._lang)) for i in self.indicators.model.rows]

    def new_progress(self) -> None:
        action = self.actions.current()
        if action is None:
            return
        plan = self._services.plan

        def save(data: ProgressInput) -> Any:
            return plan.add_progress(action.id, data)

        def saved(row: Any) -> None:
            self._push(
                CreateCommand(
                    self.tr("add progress update"),
                    lambda: plan.delete_progress(row.id),
                    plan.restore,
                    self.refresh,
                    self.report,
                ),
                self.tr("Progress update added."),
            )

        self._open(
            ProgressEditor(
                self._services,
                self._lang,
                self._hijri,
                save,
                self._indicator_choices(),
                title=self.tr("New progress update"),
                parent=self,
            ),
            saved,
        )

    def edit_progress(self) -> None:
        update = self.progress.current()
        if update is None:
            return
        plan, before = self._services.plan, update.to_input()
        save, saved = self._edit_callbacks(
            update, before, plan.update_progress, self.tr("edit progress update"),
            self.tr("Progress update saved."),
        )

        self._open(
            ProgressEditor(
                self._services,
                self._lang,
                self._hijri,
                save,
                self._indicator_choices(),
                before,
                title=self.tr("Edit progress update"),
                parent=self,
            ),
            saved,
        )

    def delete_progress(self) -> None:
        update = self.progress.current()
        if update is None or not self.confirm(
            self.tr("Delete progress update"),
            self.tr("Delete the progress update of {date}?").format(date=update.reported_on.isoformat()),
        ):
            return
        plan = self._services.plan
        try:
            deleted = plan.delete_progress(update.id)
        except NrtdError as error:
            self.report(error)
            return
        self._push(
            DeleteCommand(
                self.tr("delete progress update"),
                deleted,
                lambda: plan.delete_progress(update.id),
                plan.restore,
                self.refresh,
                self.report,
            ),
            self.tr("Progress update deleted."),
        )

    # -- challenges ----------------------------------------------------------------------
    def new_challenge(self) -> None:
        if self.view is None:
            return
        action = self.actions.current()
        owner = self.view.owner
        if action is not None:
            initial = ChallengeInput(
                action_id=action.id,
                recommendation_id=owner.id if owner.kind == RECOMMENDATION else None,
                entity=action.lead_entity.code if action.lead_entity else None,
            )
            where = self.tr("{owner}, action “{title}”").format(
                owner=owner.label(self._lang), title=action.title(self._lang)
            )
        elif owner.kind == RECOMMENDATION:
            initial, where = ChallengeInput(recommendation_id=owner.id), owner.label(self._lang)
        else:
            self.report(NrtdError("challenge.attachment_required"))
            return
        challenges, plan = self._services.plan.challenges, self._services.plan

        def saved(row: Any) -> None:
            self._push(
                CreateCommand(
                    self.tr("add challenge"),
                    lambda: challenges.delete(row.id),
                    plan.restore,
                    self.refresh,
                    self.report,
                ),
                self.tr("Challenge added."),
            )

        self._open(
            ChallengeEditor(
                self._services, self._lang, challenges.create, where, initial, self.tr("New challenge"), self
            ),
            saved,
        )

    def edit_challenge(self) -> None:
        challenge = self.challenges.current()
        if challenge is None:
            return
        challenges, before = self._services.plan.challenges, challenge.to_input()
        save, saved = self._edit_callbacks(
            challenge, before, challenges.update, self.tr("edit challenge"), self.tr("Challenge saved.")
        )

        where = " · ".join(
            x
            for x in (
                challenge.recommendation_reference or "",
                (challenge.action_title_ar if self._lang == "ar" else challenge.action_title_en) or "",
            )
            if x
        )
        self._open(
            ChallengeEditor(self._services, self._lang, save, where, before, self.tr("Edit challenge"), self),
            saved,
        )

    def delete_challenge(self) -> None:
        challenge = self.challenges.current()
        if challenge is None or not self.confirm(
            self.tr("Delete challenge"), self.tr("Delete this challenge? You can undo this with Ctrl+Z.")
        ):
            return
        challenges, plan = self._services.plan.challenges, self._services.plan
        try:
            deleted = challenges.delete(challenge.id)
        except NrtdError as error:
            self.report(error)
            return
        self._push(
            DeleteCommand(
                self.tr("delete challenge"),
                deleted,
                lambda: challenges.delete(challenge.id),
                plan.restore,
                self.refresh,
                self.report,
            ),
            self.tr("Challenge deleted."),
        )

    # -- status --------------------------------------------------------------------------
    def _set_override(self, state: tuple[bool, str, str | None]) -> None:
        overridden, status, reason = state
        rec_id = self.view.owner.id  # type: ignore[union-attr]
        if overridden:
            self._services.plan.override_status(rec_id, status, reason or "")
        else:
            self._services.plan.clear_override(rec_id)

    def _override_state(self) -> tuple[bool, str, str | None]:
        view = self.view
        assert view is not None
        return view.status_overridden, view.status or "not_started", view.override_reason

    def override_status(self) -> None:
        if self.view is None or self.view.owner.kind != RECOMMENDATION:
            return
        rec_id, before = self.view.owner.id, self._override_state()

        def save(values: tuple[str, str]) -> Any:
            return self._services.plan.override_status(rec_id, values[0], values[1])

        def saved(view: PlanView) -> None:
            after = (True, view.status or "", view.override_reason)
            self._push(
                ChangeCommand(
                    self.tr("set status by hand"),
                    self._set_override,
                    before,
                    after,
                    self.refresh,
                    self.report,
                ),
                self.tr("Status set by hand."),
            )

        self._open(
            OverrideDialog(
                self._lang, save, self.view.status or "not_started", self.view.override_reason or "", self
            ),
            saved,
        )

    def clear_override(self) -> None:
        if self.view is None or not self.view.status_overridden:
            return
        before = self._override_state()
        try:
            self._services.plan.clear_override(self.view.owner.id)
        except NrtdError as error:
            self.report(error)
            return
        self._push(
            ChangeCommand(
                self.tr("let the actions decide the status"),
                self._set_override,
                before,
                (False, "", None),
                self.refresh,
                self.report,
            ),
            self.tr("Status follows the actions again."),
        )
