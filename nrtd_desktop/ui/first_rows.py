"""The window over the register's first rows while the database opens (issue 25).

``nrtd_desktop/opening.py`` reads the first rows before SQLAlchemy is imported, when opening the
database will ask and say nothing; the launcher builds the window over its
:class:`~nrtd_desktop.opening.OpeningServices` and paints at once. Then the database opens as it
always does (``open_services_with_dialogs``: lock, start-up check beside the window, site,
reference data) and its services take over (``MainWindow.take_services``): the register reads the
same first page again through them. Until then the window takes no input and shows a busy cursor
(:class:`OpeningGuard`); should a question come all the same (another program took the database
meanwhile), the window steps aside while it is asked and the usual start finishes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

_INPUT = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride, QEvent.Type.ContextMenu, QEvent.Type.TouchBegin, QEvent.Type.DragEnter,
    QEvent.Type.Drop,
})


class OpeningGuard(QObject):
    """While the database opens under the painted first rows: the window takes no input (its
    services are not there yet) and shows a busy cursor; a dialog the opening shows all the same
    (a question :func:`quiet_opening` could not foresee) hides the window first (``stepped_aside``),
    so that the usual start's dialogs come alone as they always do. ``finish`` ends it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        self.stepped_aside = False
        self._active = True
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._busy = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if not self._active:
            return False
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QDialog) and watched.window() is not self._window:
            if self._window.isVisible():
                self.stepped_aside = True
                self._window.hide()
            self._not_busy()  # the dialog's own cursor
            return False
        # The window's input is dropped: nothing it would do can be done yet.
        return kind in _INPUT and isinstance(watched, QWidget) and watched.window() is self._window

    def finish(self) -> None:
        if not self._active:
            return
        self._active = False
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._not_busy()

    def _not_busy(self) -> None:
        if self._busy:
            self._busy = False
            QApplication.restoreOverrideCursor()


class AfterFirstPaint(QObject):
    """Calls ``then`` once, after the first paint of anything in ``window`` has been handled, and
    after what that paint set off for the next turn of the event loop (the start-up probe's
    note of the moment, ``ui/startup_probe.py``): ``then`` may keep the loop busy a while."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__()
        self._window = window
        self._then: Callable[[], None] | None = then
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if (self._then is not None and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self._window):
            then, self._then = self._then, None
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, then))
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        return False
