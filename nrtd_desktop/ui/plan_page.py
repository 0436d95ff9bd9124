"""The "Implementation plan" area: the plan editor, the timeline, the challenges analysis and
the plan-health lists, as tabs. Only the shown tab reads the plan: the page opens on the editor,
and the timeline, analysis and health lists are read on a worker thread when their tab is shown
(again each time, so that they reflect what the other tabs or the undo stack changed)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from nrtd_desktop.dto.changes import CLUSTERS, ENTITIES, PLAN, RECOMMENDATIONS, Changes
from nrtd_desktop.dto.plan import TimelineBar
from nrtd_desktop.ui.areas import AreaContext
from nrtd_desktop.ui.challenges_page import ChallengesAnalysis
from nrtd_desktop.ui.page_changes import ReloadWhenShown
from nrtd_desktop.ui.plan_editor import PlanEditor
from nrtd_desktop.ui.plan_health_page import PlanHealthView
from nrtd_desktop.ui.timeline_view import TimelineView


class PlanPage(QWidget):
    message = Signal(str)

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_page")
        services, lang = context.services, context.lang
        show_hijri = bool(getattr(context.settings, "show_hijri", True))
        self.editor = PlanEditor(services, lang, show_hijri, context.undo_stack, self)
        self.editor.message.connect(self.message)
        self.timeline = TimelineView(services, lang, show_hijri, self)
        self.challenges = ChallengesAnalysis(services, lang, self)
        self.health = PlanHealthView(services, lang, show_hijri, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("plan_area_tabs")
        self.tabs.addTab(self.editor, self.tr("Plan editor"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.challenges, self.tr("Challenges analysis"))
        self.tabs.addTab(self.health, self.tr("Plan health"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.timeline.bar_activated.connect(self._open_bar)
        self.challenges.open_plan.connect(self.open_plan)
        self.health.open_plan.connect(self.open_plan)
        self._chooser_stale = False
        self._reloader = ReloadWhenShown(self, self._plan_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

    def _views(self) -> tuple[TimelineView, ChallengesAnalysis, PlanHealthView]:
        return self.timeline, self.challenges, self.health

    def _tab_shown(self, index: int) -> None:
        """A view reads the plan (on a worker) when it is shown; the others will read it again
        when they are shown next, so that each reflects what the other tabs changed meanwhile."""
        widget = self.tabs.widget(index)
        for view in self._views():
            if view is not widget:
                view.mark_stale()
        if widget is self.editor:
            self.editor.refresh()

    def cares_about(self, changes: Changes) -> bool:
        return changes.touches(PLAN, RECOMMENDATIONS, CLUSTERS, ENTITIES)

    def apply_changes(self, changes: Changes) -> None:
        """A write anywhere (an edit, an undo, an import, a merge): read again, now if shown."""
        self._chooser_stale = self._chooser_stale or changes.touches(RECOMMENDATIONS, CLUSTERS)
        self._reloader.request()

    @property
    def read_generation(self) -> int:
        """The editor refreshes itself after its own edits; the other tabs read when shown."""
        return self.editor.read_generation if self.tabs.currentWidget() is self.editor else 0

    def _plan_changed(self) -> None:
        """The shown tab reads again now, the others when shown."""
        if self._chooser_stale:
            self._chooser_stale = False
            self.editor.chooser.reload()
        current = self.tabs.currentWidget()
        for view in self._views():
            if view is current:
                view.reload()
            else:
                view.mark_stale()
        if current is self.editor:
            self.editor.refresh()

    def open_plan(self, kind: str, owner_id: str) -> None:
        """Show the plan editor on a recommendation or cluster (from the other tabs)."""
        self.tabs.setCurrentWidget(self.editor)
        if not self.editor.chooser.select(kind, owner_id):
            self.editor.show_owner(kind, owner_id)

    def _open_bar(self, bar: TimelineBar) -> None:
        self.open_plan(bar.owner.kind, bar.owner.id)
        self.editor.actions.select_id(bar.action_id)

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("plan/splitter", self.editor.splitter.saveState())
        settings.setValue("plan/vertical", self.editor.vertical.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        for key, splitter in (
            ("plan/splitter", self.editor.splitter),
            ("plan/vertical", self.editor.vertical),
        ):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)


def build(context: AreaContext) -> QWidget:
    """The area's page (declared in ``areas.AREAS``, imported when first opened)."""
    return PlanPage(context)
