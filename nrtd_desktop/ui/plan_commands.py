"""Undoable plan edits: QUndoCommands over the plan service.

As in ``commands.py``, the change is made before the command is pushed (so a validation error
shows in the dialog and nothing enters the stack), and the first ``redo`` does nothing. Deleting
returns copies of what went (``Deletion``) and undo puts the same records back with their
ids, so later commands on the stack still find them: no id aliases are needed here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.services.deletions import Deletion

Notify = Callable[[], None]
ReportError = Callable[[NrtdError], None]


class _PlanCommand(QUndoCommand):
    def __init__(self, text: str, notify: Notify, report_error: ReportError) -> None:
        super().__init__(text)
        self._notify = notify
        self._report_error = report_error
        self._first_redo = True

    def _run(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except NrtdError as error:
            self._report_error(error)
        self._notify()

    def _skip_first_redo(self) -> bool:
        if self._first_redo:
            self._first_redo = False
            self._notify()
            return True
        return False


class ChangeCommand(_PlanCommand):
    """An edit (or a move, or an override): ``apply(values)`` with the values after or before."""

    def __init__(
        self,
        text: str,
        apply: Callable[[Any], Any],
        before: Any,
        after: Any,
        notify: Notify,
        report_error: ReportError,
    ) -> None:
        super().__init__(text, notify, report_error)
        self._apply, self._before, self._after = apply, before, after

    def redo(self) -> None:
        if not self._skip_first_redo():
            self._run(lambda: self._apply(self._after))

    def undo(self) -> None:
        self._run(lambda: self._apply(self._before))


class CreateCommand(_PlanCommand):
    """A record was created (or duplicated): undo deletes it, redo puts the same record back."""

    def __init__(
        self,
        text: str,
        delete: Callable[[], Deletion],
        restore: Callable[[Deletion], object],
        notify: Notify,
        report_error: ReportError,
    ) -> None:
        super().__init__(text, notify, report_error)
        self._delete, self._restore = delete, restore
        self._deleted: Deletion | None = None

    def undo(self) -> None:
        def run() -> None:
            self._deleted = self._delete()

        self._run(run)

    def redo(self) -> None:
        if not self._skip_first_redo() and self._deleted is not None:
            deleted = self._deleted
            self._run(lambda: self._restore(deleted))


class DeleteCommand(_PlanCommand):
    """A record was deleted (with what hung on it): undo restores, redo deletes again."""

    def __init__(
        self,
        text: str,
        deleted: Deletion,
        delete: Callable[[], Deletion],
        restore: Callable[[Deletion], object],
        notify: Notify,
        report_error: ReportError,
    ) -> None:
        super().__init__(text, notify, report_error)
        self._deleted, self._delete, self._restore = deleted, delete, restore

    def undo(self) -> None:
        self._run(lambda: self._restore(self._deleted))

    def redo(self) -> None:
        if self._skip_first_redo():
            return

        def run() -> None:
            self._deleted = self._delete()

        self._run(run)
