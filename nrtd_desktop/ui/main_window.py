"""The main window: navigation between the areas, menus, toolbar, status bar, undo stack.

The window knows no area in particular. Areas come from the registry in ``areas.py`` (or from
``add_area`` directly); an area may offer ``area_actions()`` (shown in the menu and toolbar while
it is current), ``focus_search()`` (Ctrl+F), ``counts_changed``/``message`` signals (status bar)
``counts()`` (the status bar's figures when the area is shown),
``save_layout``/``restore_layout`` (remembered splitters and columns) and
``cares_about(changes)``/``apply_changes(changes)`` (what a write changed, ``page_changes.py``):
the one way a page learns that an edit, an undo, an import or a merge changed what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.changes import Changes
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.settings import Settings, config_dir, save_settings
from nrtd_desktop.ui.areas import AreaContext, AreaSpec, icon_for, registered_areas
from nrtd_desktop.ui.exchange_menu import add_exchange_menu
from nrtd_desktop.ui.import_wizard import add_transfer_actions
from nrtd_desktop.ui.page_changes import ChangeRelay, deliver
from nrtd_desktop.ui.screen_fit import fit_to_screen
from nrtd_desktop.ui.security_menu import add_security_menu

if TYPE_CHECKING:
    from nrtd_desktop.services import Services

WINDOW_STATE_FILE = "window.ini"
DEFAULT_SIZE = QSize(1366, 768)


# How often the window of a member on a shared server looks for the others' changes.
CHANGE_POLL_MS = 5000


class LazyAreas(dict[str, QWidget]):
    """The built areas by key; asking for one not built yet (``areas["plan"]``) builds it.
    Iterating (``values()``) sees only the built ones."""

    def __init__(self, build: Callable[[str], None]) -> None:
        super().__init__()
        self._build = build
        self.pending: dict[str, tuple[AreaSpec, AreaContext, QWidget]] = {}

    def __missing__(self, key: str) -> QWidget:
        if key not in self.pending:
            raise KeyError(key)
        self._build(key)
        return dict.__getitem__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self.pending


def window_settings() -> QSettings:
    """Window geometry and splitters, kept beside settings.json (so tests stay in their folder)."""
    return QSettings(str(config_dir() / WINDOW_STATE_FILE), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    settings_changed = Signal(object)  # the Settings the window saved (the tour seen)
    # The launcher that built the window (ui/launch.py), set when there is one: the Security
    # menu asks it to rebuild the window over the database it has just encrypted.
    controller: Any = None
    # File ▸ Open a database…: a file path or a server URL (the launcher's controller opens it).
    database_requested = Signal(object)
    # The database's services took over from the first rows' stand-in (``take_services``).
    services_taken = Signal()

    def __init__(self, services: Services, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.services = services
        self.settings = settings
        self.lang = settings.language
        self.undo_stack = QUndoStack(self)
        # Areas are built when first shown (or asked for): building the plan, entities and
        # cluster pages read the whole database, seconds at 267,000 recommendations (issue 11).
        self.areas: LazyAreas = LazyAreas(self._build_pending)
        self._area_actions: dict[str, list[QAction]] = {}
        self._holders: dict[str, QScrollArea] = {}
        self.guide_window: Any = None
        self.tour: Any = None

        self.setWindowTitle(self.tr("NRTD Desktop: {committee}").format(committee=settings.committee_name()))
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setMaximumWidth(220)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([130, 1230])
        self.setCentralWidget(self.splitter)
        self.navigation.currentRowChanged.connect(self._show_area)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_actions()
        self._build_menus()
        self.change_relay = ChangeRelay(services.context, self)
        self.change_relay.changes_made.connect(self.apply_changes)
        context = AreaContext(services, settings, self.lang, self.undo_stack, self)
        for n, spec in enumerate(registered_areas()):
            if n == 0:
                self.add_area(spec.key, spec.title(), spec.build(context), icon_for(spec.icon, self.style()))
            else:
                self._add_pending(spec, context)
        fit_to_screen(self, DEFAULT_SIZE.width(), DEFAULT_SIZE.height())
        self.restore_layout()
        self.change_poll: QTimer | None = None
        if not services.context.is_sqlite:
            self._watch_other_members()

    def take_services(self, services: Services) -> None:
        """The window was built over the register's first rows (``ui/first_rows.py``), painted
        before the database opened; its services now take over. Only the first area (the
        register) is built by then, the window having taken no input: it reads again through
        them, and the areas built later get them."""
        self.services = services
        former = self.change_relay
        self.change_relay = ChangeRelay(services.context, self)
        self.change_relay.changes_made.connect(self.apply_changes)
        former.deleteLater()
        context = AreaContext(services, self.settings, self.lang, self.undo_stack, self)
        for key, (spec, _opening, placeholder) in list(self.areas.pending.items()):
            self.areas.pending[key] = (spec, context, placeholder)
        for area in self.areas.values():
            area.take_services(services)  # type: ignore[attr-defined]  # only the register is built
        if not services.context.is_sqlite:
            self._watch_other_members()
        self.services_taken.emit()

    # -- areas ---------------------------------------------------------------------------
    def add_area(self, key: str, title: str, widget: QWidget, icon: QIcon | None = None) -> None:
        """Add a page to the navigation. Optional hooks of ``widget``: see the module docstring."""
        self.stack.addWidget(self._hold(key, widget))
        self._add_item(key, title, icon)
        self._wire(key, widget)
        if self.navigation.count() == 1:
            self.navigation.setCurrentRow(0)

    def _add_item(self, key: str, title: str, icon: QIcon | None) -> None:
        item = QListWidgetItem(icon or QIcon(), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        # Wide enough for the longest title in either language, no wider.
        needed = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 8
        self.navigation.setMinimumWidth(needed)

    def _add_pending(self, spec: AreaSpec, context: AreaContext) -> None:
        """A navigation entry and an empty page now; the area itself when first shown."""
        placeholder = QWidget(self.stack)
        self.stack.addWidget(placeholder)
        self._add_item(spec.key, spec.title(), icon_for(spec.icon, self.style()))
        self.areas.pending[spec.key] = (spec, context, placeholder)

    def _build_pending(self, key: str) -> None:
        spec, context, placeholder = self.areas.pending.pop(key)
        widget = spec.build(context)
        self.stack.insertWidget(self.stack.indexOf(placeholder), self._hold(key, widget))
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._wire(key, widget)
        if hasattr(widget, "restore_layout"):
            widget.restore_layout(window_settings())

    def _wire(self, key: str, widget: QWidget) -> None:
        """Hooks of a built area: status bar, menu and toolbar actions."""
        dict.__setitem__(self.areas, key, widget)
        widget.setProperty("area_key", key)
        if hasattr(widget, "counts_changed"):
            widget.counts_changed.connect(self._show_counts)
        if hasattr(widget, "message"):
            widget.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        actions = list(widget.area_actions()) if hasattr(widget, "area_actions") else []
        self._area_actions[key] = actions
        if actions:
            self.area_menu.addSeparator()
            self.area_menu.addActions(actions)
            self.toolbar.addSeparator()
            self.toolbar.addActions(actions)

    def show_area(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return

    def register_filter(self) -> RecommendationFilter:
        """The filter the register shows now (empty when the register was never opened): what
        "the current filter only" means for the export and the reports."""
        register = dict.get(self.areas, "recommendations")  # never build the page just to ask
        model = getattr(register, "model", None)
        f = getattr(model, "filter", None)
        return f if isinstance(f, RecommendationFilter) else RecommendationFilter()

    def current_area(self) -> QWidget | None:
        holder = self.stack.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else holder

    def _hold(self, key: str, widget: QWidget) -> QScrollArea:
        """Each area in a scroll area of its own: on a small screen (1280x720 at 125 %: 1024x576
        of Qt's pixels) an area taller or wider than the window scrolls instead of pushing the
        window past the screen's edge, and one area's size never sets another's."""
        holder = QScrollArea(self.stack)
        holder.setObjectName(f"{key}_scroll")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QScrollArea.Shape.NoFrame)
        holder.setWidget(widget)
        self._holders[key] = holder
        return holder

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        key = self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        self.areas[key]  # builds the area the first time
        self.stack.setCurrentWidget(self._holders[key])
        for area_key, actions in self._area_actions.items():
            for action in actions:
                action.setVisible(area_key == key)
        area = self.areas[key]
        if hasattr(area, "counts"):
            self._show_counts(*area.counts())
        else:
            self.count_label.clear()

    def _show_counts(self, shown: int, total: int) -> None:
        # Western digits with grouping, like the references beside them ("UPR-3-122.45").
        self.count_label.setText(self.tr("Showing {shown} of {total} recommendations").format(
            shown=f"{shown:,}", total=f"{total:,}"))

    # -- actions and menus ---------------------------------------------------------------
    def _build_actions(self) -> None:
        style = self.style()
        # Own actions rather than QUndoStack.createUndoAction: its "prefix + text" cannot be
        # translated as one sentence ("تراجع عن حذف التوصية ...").
        icons = QStyle.StandardPixmap
        self.undo_action = QAction(style.standardIcon(icons.SP_ArrowBack), self.tr("Undo"), self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.undo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        self.redo_action = QAction(style.standardIcon(icons.SP_ArrowForward), self.tr("Redo"), self)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.redo_action.setEnabled(False)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.redoTextChanged.connect(self._redo_text_changed)
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        self.redo_action.setShortcuts(redo_keys)
        self.deletions_action = QAction(
            style.standardIcon(icons.SP_TrashIcon), self.tr("Deleted records…"), self)
        self.deletions_action.setShortcut(QKeySequence("Ctrl+Shift+Delete"))
        self.deletions_action.triggered.connect(self.show_deletions)
        self.find_action = QAction(self.tr("Find"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        self.open_database_action = QAction(self.tr("Open a database…"), self)
        self.open_database_action.setObjectName("open_database")
        self.open_database_action.triggered.connect(self.choose_database)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        help_icon = style.standardIcon(icons.SP_DialogHelpButton)
        self.guide_action = QAction(help_icon, self.tr("User guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        self.guide_action.setStatusTip(self.tr("The guide opens at the chapter of the area in front of you."))
        self.guide_action.triggered.connect(self.show_guide_for_current)
        self.tour_action = QAction(self.tr("Tour of the window"), self)
        self.tour_action.triggered.connect(self.start_tour)
        self.about_action = QAction(self.tr("About NRTD Desktop"), self)
        self.about_action.triggered.connect(self.show_about)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in (("ar", "العربية"), ("en", "English")):
            action = QAction(name, self)  # each language named in itself: not translated
            action.setCheckable(True)
            action.setChecked(lang == self.lang)
            action.setStatusTip(self.tr("The window is rebuilt in the chosen language; saved work is kept, "
                                        "the undo history is cleared."))
            action.triggered.connect(lambda _checked=False, code=lang: self.request_language(code))
            self.language_group.addAction(action)
            self.language_actions[lang] = action

    def show_deletions(self) -> None:
        from nrtd_desktop.ui.deletions_dialog import DeletionsDialog

        DeletionsDialog(self.services, self.lang, parent=self).exec()

    def apply_changes(self, changes: Changes) -> list[QWidget]:
        """What a write changed (any page's, an undo's, an import's, a merge's, a deletion put
        back): each built area that shows it reads again; an area not built yet reads when built."""
        return deliver(list(self.areas.values()), changes)

    def choose_database(self) -> None:
        """Ask for another database, a file or a server; the controller opens it."""
        from nrtd_desktop.ui.open_database_dialog import OpenDatabaseDialog

        dialog = OpenDatabaseDialog(self.settings.last_database or "", self)
        if dialog.exec() and dialog.chosen is not None:
            self.database_requested.emit(dialog.chosen)

    def _watch_other_members(self) -> None:
        """On a shared server: other members' saves appear without restarting (issue 24). The
        change counter (``services/changes.py``) is polled; when it moved, the pages read again."""
        self.services.changes.poll()  # the counter as the window opens
        self.change_poll = QTimer(self)
        self.change_poll.setInterval(CHANGE_POLL_MS)
        self.change_poll.timeout.connect(self.poll_changes)
        self.change_poll.start()

    def poll_changes(self) -> bool:
        """Reload the built pages when the committee changed since the last poll; True then."""
        try:
            changed = self.services.changes.poll()
        except Exception:  # a server away for a moment: try again at the next tick
            return False
        if changed is None:
            return False
        # The tables written since the last poll, by other members and (within the last few
        # seconds) this window too: the history cannot tell one member's program from another
        # with the same name, so the sentence says what is sure. A generation 0 notice is never
        # skipped as already read.
        self.apply_changes(changed)
        text = self.tr("The committee's data changed on the server; the pages that show it were read again.")
        self.statusBar().showMessage(text, 5000)
        return True

    def _undo_text_changed(self, text: str) -> None:
        self.undo_action.setText(self.tr("Undo {action}").format(action=text) if text else self.tr("Undo"))

    def _redo_text_changed(self, text: str) -> None:
        self.redo_action.setText(self.tr("Redo {action}").format(action=text) if text else self.tr("Redo"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_database_action)
        file_menu.addSeparator()
        add_transfer_actions(self, file_menu)  # Import… (Ctrl+I), Export to Excel… (Ctrl+Shift+E)
        add_exchange_menu(self, file_menu)  # Exchange package: export…, import…
        add_security_menu(self, file_menu)  # Security: passphrase, keyring, recovery key (issue 26)
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action, self.deletions_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        self.area_menu = edit_menu
        view_menu = bar.addMenu(self.tr("&View"))
        self.language_menu = QMenu(self.tr("Language (the window is rebuilt)"), self)
        self.language_menu.addActions(list(self.language_actions.values()))
        view_menu.addMenu(self.language_menu)
        self.help_menu = help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide_action, self.tour_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def focus_search(self) -> None:
        area = self.current_area()
        if area is None or not hasattr(area, "focus_search"):
            self.show_area("recommendations")
            area = self.current_area()
        if area is not None and hasattr(area, "focus_search"):
            area.focus_search()

    def request_language(self, lang: Lang) -> None:
        if lang != self.lang:
            self.language_requested.emit(lang)

    # -- the guide and the tour -----------------------------------------------------------
    def guide_topic(self) -> tuple[str, str]:
        """(chapter, anchor) of the guide for the area in front of the member, and its tab."""
        from nrtd_desktop.guide.content import topic_for

        area = self.current_area()
        if area is not None and hasattr(area, "guide_topic"):
            chapter, anchor = area.guide_topic()
            return str(chapter), str(anchor)
        key = area.property("area_key") if area is not None else None
        tabs = getattr(area, "tabs", None)
        tab = tabs.currentIndex() if tabs is not None and hasattr(tabs, "currentIndex") else None
        return topic_for(key, tab)

    def show_guide(self, key: str = "", anchor: str = "") -> Any:
        from nrtd_desktop.ui.guide_window import GuideWindow

        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self:
            # A modal dialog blocks every other window: the guide opens as the dialog's own window
            # (one per dialog, closed with it), so that the member can read and scroll it.
            guide = modal.findChild(GuideWindow, "guide_window", Qt.FindChildOption.FindDirectChildrenOnly)
            if guide is None:
                guide = GuideWindow(self.lang, modal)
        else:
            if self.guide_window is None:
                self.guide_window = GuideWindow(self.lang, self)
            guide = self.guide_window
        guide.open_topic(key, anchor)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def show_guide_for_current(self) -> Any:
        return self.show_guide(*self.guide_topic())

    def start_tour(self) -> Any:
        from nrtd_desktop.ui.tour import Tour

        if self.tour is None:
            self.tour = Tour(self)
            self.tour.finished.connect(lambda _completed: self.mark_tour_seen())
        self.tour.start()
        return self.tour

    def mark_tour_seen(self) -> None:
        if not self.settings.tour_seen:
            self.settings = self.settings.with_changes(tour_seen=True)
            save_settings(self.settings)
            self.settings_changed.emit(self.settings)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About NRTD Desktop"),
            self.tr("NRTD Desktop tracks the recommendations of the international human-rights mechanisms "
                    "and the plan to implement them, for the {committee}.").format(
                committee=self.settings.committee_name()),
        )

    # -- remembered layout ---------------------------------------------------------------
    def restore_layout(self) -> None:
        store = window_settings()
        geometry = store.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = store.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = store.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        for area in self.areas.values():
            if hasattr(area, "restore_layout"):
                area.restore_layout(store)

    def save_layout(self) -> None:
        store = window_settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/splitter", self.splitter.saveState())
        for area in self.areas.values():
            if hasattr(area, "save_layout"):
                area.save_layout(store)
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
