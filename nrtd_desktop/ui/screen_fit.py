"""Windows and dialogs that fit the screen they open on (1366x768, or 1280x720 at 125 %, where
Qt's own pixels make a 1024x576 screen)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QWidget


def available_size(widget: QWidget | None = None) -> tuple[int, int]:
    """The width and height of the screen's work area (without the task bar), in Qt's pixels."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return 1366, 768
    area = screen.availableGeometry()
    return area.width(), area.height()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or to the screen's work area when smaller."""
    screen_width, screen_height = available_size(widget)
    widget.resize(min(width, screen_width), min(height, screen_height))


def scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: a dialog's tab that is taller than a small screen
    scrolls instead of making the dialog taller than the screen."""
    area = QScrollArea(page.parentWidget())
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area
