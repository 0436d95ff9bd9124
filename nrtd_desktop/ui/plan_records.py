"""The plan editor's records, one controller each: actions, indicators, progress updates,
challenges and the recommendation's status set by hand.

A controller knows its record's service calls, dialog and words; the creating, editing, deleting
and undoing is :class:`~nrtd_desktop.ui.plan_edits.PlanEdits`. The words keep the translation
context of the editor ("PlanEditor") whose buttons they answer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.plan import RECOMMENDATION, ChallengeInput, PlanView
from nrtd_desktop.services import Services
from nrtd_desktop.ui.plan_dialogs import (
    ActionEditor,
    ChallengeEditor,
    IndicatorEditor,
    OverrideDialog,
    ProgressEditor,
)
from nrtd_desktop.ui.plan_edits import PlanEdits
from nrtd_desktop.ui.plan_section import RecordSection

translate = QCoreApplication.translate


class _Records:
    def __init__(self, editor: Any, edits: PlanEdits) -> None:
        self.editor, self.edits = editor, edits

    @property
    def plan(self) -> Any:
        return self.editor._services.plan

    def _dialog_args(self) -> tuple[Services, Lang, bool]:
        e = self.editor
        return e._services, e._lang, e._hijri


class ActionRecords(_Records):
    def new(self) -> None:
        e, plan = self.editor, self.plan
        if e.view is None:
            return
        owner = e.view.owner
        dialog = ActionEditor(
            *self._dialog_args(),
            lambda data: plan.create_action(owner.kind, owner.id, data),
            None,
            translate("PlanEditor", "New action"),
            e,
        )
        self.edits.create(
            dialog,
            translate("PlanEditor", "add action"),
            translate("PlanEditor", "Action added."),
            plan.delete_action,
            plan.restore,
            e.actions.select_id,
        )

    def edit(self) -> None:
        e, action = self.editor, self.editor.actions.current()
        if action is None:
            return
        title = translate("PlanEditor", "Edit action: {title}").format(title=action.title(e._lang))
        self.edits.edit(
            action,
            lambda save, before: ActionEditor(*self._dialog_args(), save, before, title, e),
            self.plan.update_action,
            translate("PlanEditor", "edit action"),
            translate("PlanEditor", "Action saved."),
        )

    def duplicate(self) -> None:
        e, plan, action = self.editor, self.plan, self.editor.actions.current()
        if action is None:
            return
        ok, copy = self.edits.attempt(lambda: plan.duplicate_action(action.id))
        if ok:
            self.edits.created(
                copy.id,
                translate("PlanEditor", "duplicate action"),
                translate("PlanEditor", "Action duplicated."),
                plan.delete_action,
                plan.restore,
            )
            e.actions.select_id(copy.id)

    def move(self, offset: int) -> None:
        e, plan, action = self.editor, self.plan, self.editor.actions.current()
        if action is None:
            return
        order = [a.id for a in e.actions.model.rows]
        if not self.edits.attempt(lambda: plan.move_action(action.id, offset))[0]:
            return
        owner = e.view.owner
        after = [a.id for a in plan.actions(owner.kind, owner.id)]
        if after == order:
            return
        self.edits.change(
            translate("PlanEditor", "move action"),
            translate("PlanEditor", "Action moved."),
            lambda ids: plan.reorder_actions(owner.kind, owner.id, ids),
            order,
            after,
        )
        e.actions.select_id(action.id)

    def delete(self) -> None:
        e, action = self.editor, self.editor.actions.current()
        if action is None:
            return
        question = (
            translate("PlanEditor", "Delete action"),
            translate(
                "PlanEditor",
                "Delete the action “{title}” with its indicators and progress updates? "
                "You can undo this with Ctrl+Z.",
            ).format(title=action.title(e._lang)),
        )
        self.edits.delete(
            action.id,
            question,
            self.plan.delete_action,
            self.plan.restore,
            translate("PlanEditor", "delete action"),
            translate("PlanEditor", "Action deleted."),
        )


class IndicatorRecords(_Records):
    """The indicators of the chosen action, or of the recommendation itself (``owner``)."""

    def new(self, owner: str) -> None:
        e, plan, action = self.editor, self.plan, self.editor.actions.current()
        if owner == "action" and action is None:
            return
        if owner == "recommendation" and (e.view is None or e.view.owner.kind != RECOMMENDATION):
            return
        where = {"action_id": action.id} if owner == "action" else {"recommendation_id": e.view.owner.id}
        dialog = IndicatorEditor(
            *self._dialog_args(),
            lambda data: plan.create_indicator(data, **where),
            None,
            title=translate("PlanEditor", "New indicator"),
            parent=e,
            **where,
        )
        self.edits.create(
            dialog,
            translate("PlanEditor", "add indicator"),
            translate("PlanEditor", "Indicator added."),
            plan.delete_indicator,
            plan.restore,
        )

    def edit(self, section: RecordSection) -> None:
        e, indicator = self.editor, section.current()
        if indicator is None:
            return

        def dialog(save: Any, before: Any) -> IndicatorEditor:
            return IndicatorEditor(
                *self._dialog_args(),
                save,
                before,
                action_id=indicator.action_id,
                recommendation_id=indicator.recommendation_id,
                title=translate("PlanEditor", "Edit indicator"),
                parent=e,
            )

        self.edits.edit(
            indicator,
            dialog,
            self.plan.update_indicator,
            translate("PlanEditor", "edit indicator"),
            translate("PlanEditor", "Indicator saved."),
        )

    def delete(self, section: RecordSection) -> None:
        indicator = section.current()
        if indicator is None:
            return
        question = (
            translate("PlanEditor", "Delete indicator"),
            translate(
                "PlanEditor", "Delete the indicator “{name}”? Its progress updates stay with the action."
            ).format(name=indicator.name(self.editor._lang)),
        )
        self.edits.delete(
            indicator.id,
            question,
            self.plan.delete_indicator,
            self.plan.restore,
            translate("PlanEditor", "delete indicator"),
            translate("PlanEditor", "Indicator deleted."),
        )


class ProgressRecords(_Records):
    def _indicator_choices(self) -> list[tuple[str, str]]:
        return [(i.id, i.name(self.editor._lang)) for i in self.editor.indicators.model.rows]

    def new(self) -> None:
        e, plan, action = self.editor, self.plan, self.editor.actions.current()
        if action is None:
            return
        dialog = ProgressEditor(
            *self._dialog_args(),
            lambda data: plan.add_progress(action.id, data),
            self._indicator_choices(),
            title=translate("PlanEditor", "New progress update"),
            parent=e,
        )
        self.edits.create(
            dialog,
            translate("PlanEditor", "add progress update"),
            translate("PlanEditor", "Progress update added."),
            plan.delete_progress,
            plan.restore,
        )

    def edit(self) -> None:
        e, update = self.editor, self.editor.progress.current()
        if update is None:
            return

        def dialog(save: Any, before: Any) -> ProgressEditor:
            return ProgressEditor(
                *self._dialog_args(),
                save,
                self._indicator_choices(),
                before,
                title=translate("PlanEditor", "Edit progress update"),
                parent=e,
            )

        self.edits.edit(
            update,
            dialog,
            self.plan.update_progress,
            translate("PlanEditor", "edit progress update"),
            translate("PlanEditor", "Progress update saved."),
        )

    def delete(self) -> None:
        update = self.editor.progress.current()
        if update is None:
            return
        question = (
            translate("PlanEditor", "Delete progress update"),
            translate("PlanEditor", "Delete the progress update of {date}?").format(
                date=update.reported_on.isoformat()
            ),
        )
        self.edits.delete(
            update.id,
            question,
            self.plan.delete_progress,
            self.plan.restore,
            translate("PlanEditor", "delete progress update"),
            translate("PlanEditor", "Progress update deleted."),
        )


class ChallengeRecords(_Records):
    def new(self) -> None:
        e = self.editor
        if e.view is None:
            return
        action, owner, lang = e.actions.current(), e.view.owner, e._lang
        if action is not None:
            initial = ChallengeInput(
                action_id=action.id,
                recommendation_id=owner.id if owner.kind == RECOMMENDATION else None,
                entity=action.lead_entity.code if action.lead_entity else None,
            )
            where = translate("PlanEditor", "{owner}, action “{title}”").format(
                owner=owner.label(lang), title=action.title(lang)
            )
        elif owner.kind == RECOMMENDATION:
            initial, where = ChallengeInput(recommendation_id=owner.id), owner.label(lang)
        else:
            e.report(NrtdError("challenge.attachment_required"))
            return
        challenges = self.plan.challenges
        dialog = ChallengeEditor(
            e._services, lang, challenges.create, where, initial, translate("PlanEditor", "New challenge"), e
        )
        self.edits.create(
            dialog,
            translate("PlanEditor", "add challenge"),
            translate("PlanEditor", "Challenge added."),
            challenges.delete,
            self.plan.restore,
        )

    def edit(self) -> None:
        e, challenge = self.editor, self.editor.challenges.current()
        if challenge is None:
            return
        action_title = challenge.action_title_ar if e._lang == "ar" else challenge.action_title_en
        where = " · ".join(x for x in (challenge.recommendation_reference or "", action_title or "") if x)

        def dialog(save: Any, before: Any) -> ChallengeEditor:
            return ChallengeEditor(
                e._services, e._lang, save, where, before, translate("PlanEditor", "Edit challenge"), e
            )

        self.edits.edit(
            challenge,
            dialog,
            self.plan.challenges.update,
            translate("PlanEditor", "edit challenge"),
            translate("PlanEditor", "Challenge saved."),
        )

    def delete(self) -> None:
        challenge = self.editor.challenges.current()
        if challenge is None:
            return
        question = (
            translate("PlanEditor", "Delete challenge"),
            translate("PlanEditor", "Delete this challenge? You can undo this with Ctrl+Z."),
        )
        self.edits.delete(
            challenge.id,
            question,
            self.plan.challenges.delete,
            self.plan.restore,
            translate("PlanEditor", "delete challenge"),
            translate("PlanEditor", "Challenge deleted."),
        )


class StatusRecords(_Records):
    """A recommendation's status set by hand with a reason, or given back to its actions."""

    def _set(self, state: tuple[bool, str, str | None]) -> None:
        overridden, status, reason = state
        rec_id = self.editor.view.owner.id
        if overridden:
            self.plan.override_status(rec_id, status, reason or "")
        else:
            self.plan.clear_override(rec_id)

    def _state(self) -> tuple[bool, str, str | None]:
        view = self.editor.view
        assert view is not None
        return view.status_overridden, view.status or "not_started", view.override_reason

    def override(self) -> None:
        e = self.editor
        if e.view is None or e.view.owner.kind != RECOMMENDATION:
            return
        rec_id, before = e.view.owner.id, self._state()

        def save(values: tuple[str, str]) -> Any:
            return self.plan.override_status(rec_id, values[0], values[1])

        def saved(view: PlanView) -> None:
            self.edits.change(
                translate("PlanEditor", "set status by hand"),
                translate("PlanEditor", "Status set by hand."),
                self._set,
                before,
                (True, view.status or "", view.override_reason),
            )

        self.edits.open(
            OverrideDialog(e._lang, save, e.view.status or "not_started", e.view.override_reason or "", e),
            saved,
        )

    def clear(self) -> None:
        e = self.editor
        if e.view is None or not e.view.status_overridden:
            return
        before, rec_id = self._state(), e.view.owner.id
        if self.edits.attempt(lambda: self.plan.clear_override(rec_id))[0]:
            self.edits.change(
                translate("PlanEditor", "let the actions decide the status"),
                translate("PlanEditor", "Status follows the actions again."),
                self._set,
                before,
                (False, "", None),
            )
