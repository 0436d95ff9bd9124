"""One change notification for the window's pages (in the spirit of Anki's ``OpChanges``).

Every write of the services ends by telling ``ServiceContext.listeners`` what it changed (a
``dto.changes.Changes``), on whatever thread wrote: the editor's, the import's worker, an undo.
:class:`ChangeRelay` carries it to the GUI thread and gathers the writes of one turn of the event
loop (a bulk edit, an undo of several records) into one; the main window then asks each built page
``cares_about(changes)`` and calls ``apply_changes(changes)`` only on those that do. A page that
read the database after the write (``read_generation``, the page that made the change and
refreshed itself) is not asked to read again.

:class:`ReloadWhenShown` is what most pages do with a change: read again now if they are on
screen, else the next time they are shown (the clusters and entities pages read the whole
database, seconds at 267,000 recommendations).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from nrtd_desktop.dto.changes import Changes


@runtime_checkable
class ChangeAware(Protocol):
    """A page that says which changes it shows, and applies them."""

    def cares_about(self, changes: Changes) -> bool: ...

    def apply_changes(self, changes: Changes) -> None: ...


class ChangeRelay(QObject):
    """Listens to the services for as long as it lives; ``changes_made`` on the GUI thread."""

    changes_made = Signal(object)  # Changes, those of one turn of the event loop together
    _arrived = Signal(object)  # from the writing thread; queued to this object's thread

    def __init__(self, context: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: Changes | None = None
        self._arrived.connect(self._gather)
        listeners = context.listeners
        emit = self._arrived.emit
        listeners.append(emit)
        # The window is rebuilt on a language switch: the old relay must stop listening.
        self.destroyed.connect(lambda *_: emit in listeners and listeners.remove(emit))

    def _gather(self, changes: Changes) -> None:
        if self._pending is None:
            self._pending = changes
            QTimer.singleShot(0, self, self._deliver)
        else:
            self._pending = self._pending | changes

    def _deliver(self) -> None:
        changes, self._pending = self._pending, None
        if changes is not None:
            self.changes_made.emit(changes)


def deliver(pages: list[QWidget], changes: Changes) -> list[QWidget]:
    """Hand ``changes`` to the pages that care; returns those pages (for the status bar, tests)."""
    reached: list[QWidget] = []
    for page in pages:
        if not isinstance(page, ChangeAware) or not page.cares_about(changes):
            continue
        if getattr(page, "read_generation", 0) >= changes.generation > 0:
            continue  # it read the database after the last of these writes
        page.apply_changes(changes)
        reached.append(page)
    return reached


class ReloadWhenShown(QObject):
    """``request()`` reads the page again now if it is on screen, else when it is next shown."""

    def __init__(self, page: QWidget, reload: Callable[[], Any]) -> None:
        super().__init__(page)
        self._page, self._reload = page, reload
        self.stale = False
        page.installEventFilter(self)

    def request(self) -> None:
        if self._page.isVisible():
            self.stale = False
            self._reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._reload()
        return False
