"""The one way the plan editor changes a record: through the window's undo stack.

Creating, editing, deleting, moving and overriding differ only in the service they call and
the words they show; :class:`PlanEdits` does the rest once: open the dialog, save only the fields
that changed (refused if the record moved since it was read), confirm a deletion, report a
refusal, push the undoable command (``plan_commands.py``) and say what was done in the status
bar. The per-record controllers (``plan_records.py``) supply the services and the words.

The host is the :class:`~nrtd_desktop.ui.plan_editor.PlanEditor`: its undo stack, ``refresh``
(after every change, undo or redo), ``report``, ``confirm``, ``message`` and ``dialog`` (the
open editor, for tests and for focus).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, fields
from typing import Any

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.services.deletions import Deletion
from nrtd_desktop.ui.plan_commands import ChangeCommand, CreateCommand, DeleteCommand

Restore = Callable[[Deletion], None]


def changed(before: Any, after: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields of two inputs that differ, as (old values, new values)."""
    old, new = asdict(before), asdict(after)
    keys = [f.name for f in fields(before) if old[f.name] != new[f.name]]
    return {k: old[k] for k in keys}, {k: new[k] for k in keys}


class PlanEdits:
    def __init__(self, host: Any) -> None:
        self.host = host

    # -- the pieces ----------------------------------------------------------------------
    def push(self, command: Any, done_text: str) -> None:
        self.host._undo.push(command)
        self.host.message.emit(done_text)

    def attempt(self, call: Callable[[], Any]) -> tuple[bool, Any]:
        """(True, result), or (False, None) after the refusal was shown."""
        try:
            return True, call()
        except NrtdError as error:
            self.host.report(error)
            return False, None

    def open(self, dialog: Any, on_saved: Callable[[Any], None]) -> None:
        dialog.accepted.connect(lambda: on_saved(dialog.result_row))
        dialog.finished.connect(dialog.deleteLater)
        self.host.dialog = dialog
        dialog.open()

    # -- the four edits ------------------------------------------------------------------
    def create(self, dialog: Any, undo_text: str, done_text: str, delete: Callable[[str], Deletion],
               restore: Restore, select: Callable[[str], Any] | None = None) -> None:
        """Open ``dialog`` (which creates the record itself, so that its errors show there); once
        saved, undo deletes the record and redo puts the same one back."""

        def saved(row: Any) -> None:
            self.created(row.id, undo_text, done_text, delete, restore)
            if select is not None:
                select(row.id)

        self.open(dialog, saved)

    def created(self, record_id: str, undo_text: str, done_text: str, delete: Callable[[str], Deletion],
                restore: Restore) -> None:
        """A record made already (a duplicate): only the command."""
        host = self.host
        self.push(CreateCommand(undo_text, lambda: delete(record_id), restore, host.refresh, host.report),
                  done_text)

    def edit(self, record: Any, dialog: Callable[[Callable[[Any], Any], Any], Any],
             update: Callable[..., Any], undo_text: str, done_text: str) -> None:
        """``dialog(save, before)`` edits ``record``; only the changed fields are saved, at the
        version that was read, and undo writes the old values of those fields back."""
        before = record.to_input()
        holder: dict[str, Any] = {}

        def save(after: Any) -> Any:
            holder["old"], holder["new"] = changed(before, after)
            if not holder["new"]:
                return record
            return update(record.id, holder["new"], expected_version=record.version)

        def saved(_row: Any) -> None:
            if holder.get("new"):
                self.change(undo_text, done_text, lambda values: update(record.id, values),
                            holder["old"], holder["new"])

        self.open(dialog(save, before), saved)

    def delete(self, record_id: str, question: tuple[str, str], delete: Callable[[str], Deletion],
               restore: Restore, undo_text: str, done_text: str) -> None:
        """Asked first (title, text); undo restores what went, with its ids."""
        host = self.host
        if not host.confirm(*question):
            return
        ok, deleted = self.attempt(lambda: delete(record_id))
        if ok:
            self.push(DeleteCommand(undo_text, deleted, lambda: delete(record_id), restore, host.refresh,
                                    host.report), done_text)

    def change(self, undo_text: str, done_text: str, apply: Callable[[Any], Any], before: Any,
               after: Any) -> None:
        """A change made already (an edit, a move, an override): undo applies ``before``."""
        host = self.host
        self.push(ChangeCommand(undo_text, apply, before, after, host.refresh, host.report), done_text)
