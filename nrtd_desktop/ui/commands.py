"""Undoable changes to recommendations: QUndoCommands that call the services.

The first ``redo`` of a command does nothing when the change was already made by the dialog
(so a validation error can be shown before anything enters the stack); later redos and undos
call the service again. A failure during undo/redo (for instance someone else changed the record)
is reported as a sentence through ``report_error`` and leaves the stack where it is.

Undoing a deletion puts back the same recommendation, with its id and its plan
(``services.deletions``), so older commands on the stack still find their record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.dto.register import RecommendationDetail, RecommendationInput

if TYPE_CHECKING:
    from nrtd_desktop.db.deletions import Deletion
    from nrtd_desktop.services import Services

Notify = Callable[[str | None], None]  # called with the id to select after the change (or None)
ReportError = Callable[[NrtdError], None]


def input_from_detail(detail: RecommendationDetail) -> RecommendationInput:
    """What a person would type to make ``detail`` again (the editor's starting values)."""
    from nrtd_desktop.services.recommendations import input_of  # SQLAlchemy: after the first rows

    return input_of(detail)


def changed_fields(before: RecommendationInput, after: RecommendationInput
                   ) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields that differ, as (old values, new values) keyed by RecommendationInput field."""
    old, new = asdict(before), asdict(after)
    keys = [f.name for f in fields(RecommendationInput) if old[f.name] != new[f.name]]
    return {k: old[k] for k in keys}, {k: new[k] for k in keys}


class _ServiceCommand(QUndoCommand):
    def __init__(self, services: Services, text: str, notify: Notify, report_error: ReportError) -> None:
        super().__init__(text)
        self._services = services
        self._notify = notify
        self._report_error = report_error
        self._first_redo_done_already = True

    def _run(self, action: Callable[[], str | None]) -> None:
        try:
            select = action()
        except NrtdError as error:
            self._report_error(error)
            return
        self._notify(select)


class EditRecommendationCommand(_ServiceCommand):
    def __init__(
        self,
        services: Services,
        rec_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        notify: Notify,
        report_error: ReportError,
    ) -> None:
        super().__init__(services, text, notify, report_error)
        self.rec_id = rec_id
        self._before = before
        self._after = after

    def _apply(self, changes: dict[str, Any]) -> str:
        self._services.recommendations.update(self.rec_id, changes)
        return self.rec_id

    def redo(self) -> None:
        if self._first_redo_done_already:
            self._first_redo_done_already = False
            self._notify(self.rec_id)
            return
        self._run(lambda: self._apply(self._after))

    def undo(self) -> None:
        self._run(lambda: self._apply(self._before))


class DeleteRecommendationCommand(_ServiceCommand):
    """Pushed after the register deleted the recommendation (confirmed, and errors shown first).

    Undo puts back the very deletion (``services.deletions``): the same id, with its plan."""

    def __init__(self, services: Services, rec_id: str, deletion: Deletion, text: str, notify: Notify,
                 report_error: ReportError) -> None:
        super().__init__(services, text, notify, report_error)
        self.rec_id = rec_id
        self.deletion = deletion

    def _delete(self) -> None:
        self.deletion = self._services.recommendations.delete(self.rec_id)

    def _restore(self) -> str:
        self._services.deletions.restore(self.deletion)
        return self.rec_id

    def redo(self) -> None:
        if self._first_redo_done_already:
            self._first_redo_done_already = False
            self._notify(None)
            return
        self._run(self._delete)

    def undo(self) -> None:
        self._run(self._restore)


class CreateRecommendationCommand(DeleteRecommendationCommand):
    """Pushed after the dialog created the recommendation (so its errors showed in the dialog):
    undo deletes it, redo puts that deletion back."""

    def __init__(
        self, services: Services, rec_id: str, text: str, notify: Notify, report_error: ReportError
    ) -> None:
        from nrtd_desktop.db.deletions import Deletion  # not services.deletions: the plan's roll-up

        super().__init__(services, rec_id, Deletion("", ""), text, notify, report_error)

    def redo(self) -> None:
        if self._first_redo_done_already:
            self._first_redo_done_already = False
            self._notify(self.rec_id)
            return
        self._run(self._restore)

    def undo(self) -> None:
        self._run(self._delete)
