"""The first-start tour: a few steps that point at the navigation, the search, the plan, the
reports and the help, over the main window itself.

Each step frames its part of the window and shows a bubble beside it (Back, Next, Skip the
tour). It starts by itself the first time the demo database is opened (``maybe_start_tour``),
and again from Help → Tour of the window. Finishing or skipping it is remembered in the
settings (``tour_seen``), so it does not come back at the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    text: str
    area: str | None  # the area to show first, None to stay
    target: Callable[[Any], QRect]  # the framed part, in the window's coordinates


def _widget_rect(window: Any, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _navigation_item(window: Any, key: str) -> QRect:
    navigation = window.navigation
    for row in range(navigation.count()):
        item = navigation.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            rect = navigation.visualItemRect(item)
            return QRect(navigation.viewport().mapTo(window, rect.topLeft()), rect.size())
    return _widget_rect(window, navigation)


def _help_menu(window: Any) -> QRect:
    bar = window.menuBar()
    rect = bar.actionGeometry(window.help_menu.menuAction())
    return QRect(bar.mapTo(window, rect.topLeft()), rect.size())


def _search(window: Any) -> QRect:
    page = window.areas["recommendations"]
    return _widget_rect(window, page.search)


def tour_steps() -> list[Step]:
    return [
        Step("navigation", QCoreApplication.translate("Tour", "The areas of the committee's work"),
             QCoreApplication.translate(
                 "Tour", "Each area is one step of the work: the register of recommendations, the "
                 "clusters, the implementation plan, the entities, the dashboard, the reports, the drafts "
                 "of the national reports and the backups. Click one to open it."),
             "recommendations", lambda w: _widget_rect(w, w.navigation)),
        Step("search", QCoreApplication.translate("Tour", "Finding a recommendation"),
             QCoreApplication.translate(
                 "Tour", "Type a few words in Arabic or English, or a reference such as UPR-3-122.45: "
                 "every form of a word is found. Ctrl+F brings you here from anywhere."),
             "recommendations", _search),
        Step("plan", QCoreApplication.translate("Tour", "The implementation plan"),
             QCoreApplication.translate(
                 "Tour", "For each recommendation or cluster: the actions, who leads them and when, the "
                 "indicators, the progress reported and the challenges met."),
             None, lambda w: _navigation_item(w, "plan")),
        Step("reports", QCoreApplication.translate("Tour", "The reports"),
             QCoreApplication.translate(
                 "Tour", "The national action plan, the progress report, the entity sheet and the others, "
                 "as Arabic or English PDFs ready for the committee's meetings."),
             None, lambda w: _navigation_item(w, "reports")),
        Step("help", QCoreApplication.translate("Tour", "Help is always here"),
             QCoreApplication.translate(
                 "Tour", "F1 opens the user guide at the chapter of the area in front of you. This tour "
                 "can be seen again from the Help menu."),
             None, _help_menu),
    ]


class Tour(QObject):
    """The tour over ``window``; ``finished(completed)`` when it ends (completed False: skipped)."""

    finished = Signal(bool)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.steps = tour_steps()
        self.index = 0
        self.frame = QFrame(window)
        self.frame.setObjectName("tour_frame")
        self.frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.frame.setStyleSheet("#tour_frame { border: 3px solid #d97706; border-radius: 6px; }")
        self.bubble = QFrame(window)
        self.bubble.setObjectName("tour_bubble")
        self.bubble.setFrameShape(QFrame.Shape.StyledPanel)
        self.bubble.setStyleSheet("#tour_bubble { background: #fffbeb; border: 2px solid #d97706;"
                                  " border-radius: 8px; }")
        self.bubble.setFixedWidth(360)
        self.counter = QLabel(self.bubble)
        self.title = QLabel(self.bubble)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.title.setFont(font)
        self.text = QLabel(self.bubble)
        self.text.setWordWrap(True)
        self.back_button = QPushButton(QCoreApplication.translate("Tour", "Back"), self.bubble)
        self.next_button = QPushButton(self.bubble)
        self.next_button.setObjectName("tour_next")
        self.skip_button = QPushButton(QCoreApplication.translate("Tour", "Skip the tour"),
                                       self.bubble)
        self.skip_button.setObjectName("tour_skip")
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.skip_button.clicked.connect(self.skip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self.bubble)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

    @property
    def step(self) -> Step:
        return self.steps[self.index]

    def is_running(self) -> bool:
        return self.bubble.isVisible()

    def start(self) -> None:
        self.index = 0
        self._show()

    def next(self) -> None:
        if self.index + 1 >= len(self.steps):
            self._end(True)
            return
        self.index += 1
        self._show()

    def back(self) -> None:
        if self.index:
            self.index -= 1
            self._show()

    def skip(self) -> None:
        self._end(False)

    def _end(self, completed: bool) -> None:
        self.frame.hide()
        self.bubble.hide()
        self.finished.emit(completed)

    def _show(self) -> None:
        step = self.step
        if step.area:
            self.window.show_area(step.area)
        counter = QCoreApplication.translate("Tour", "Step {number} of {count}")
        self.counter.setText(counter.format(number=self.index + 1, count=len(self.steps)))
        self.title.setText(step.title)
        self.text.setText(step.text)
        last = self.index + 1 == len(self.steps)
        finish = QCoreApplication.translate("Tour", "Finish")
        self.next_button.setText(finish if last else QCoreApplication.translate("Tour", "Next"))
        self.back_button.setEnabled(self.index > 0)
        target = step.target(self.window).adjusted(-4, -4, 4, 4)
        self.frame.setGeometry(target)
        self.frame.show()
        self.frame.raise_()
        self.bubble.adjustSize()
        self.bubble.move(self._bubble_place(target))
        self.bubble.show()
        self.bubble.raise_()
        self.next_button.setFocus()

    def _bubble_place(self, target: QRect) -> QPoint:
        """Beside the framed part, on the side with room (towards the window's middle), inside it."""
        window = self.window.rect()
        size = self.bubble.sizeHint()
        width, height = self.bubble.width(), max(self.bubble.height(), size.height())
        gap = 12
        if target.width() < window.width() / 2:  # a column or an item: beside it
            if target.center().x() > window.center().x():
                x = target.left() - gap - width
            else:
                x = target.right() + gap
            y = target.top()
        else:  # a wide bar: under it
            x = target.center().x() - width // 2
            y = target.bottom() + gap
        x = max(8, min(x, window.width() - width - 8))
        y = max(8, min(y, window.height() - height - 8))
        return QPoint(x, y)


def maybe_start_tour(window: Any, demo: bool) -> bool:
    """Start the tour on the demo database the first time (until it is finished or skipped)."""
    if not demo or window.settings.tour_seen:
        return False
    window.start_tour()
    return True
