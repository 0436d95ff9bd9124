"""The plan's editors: an action, an indicator (with its live SMART check), a progress update,
a challenge, and the manual status override."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.plan import ActionInput, ChallengeInput, IndicatorInput, ProgressInput
from nrtd_desktop.services import Services
from nrtd_desktop.ui import labels, plan_labels
from nrtd_desktop.ui.guide_links import help_link
from nrtd_desktop.ui.pickers import ChoiceCombo, MultiPicker
from nrtd_desktop.ui.plan_fields import DateField, PlanFormDialog
from nrtd_desktop.ui.screen_fit import fit_to_screen, scrolled


def _area(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def _entity_choices(services: Services, lang: Lang) -> list[tuple[object, str]]:
    return [(e.code, e.label(lang)) for e in services.entities.list()]


class ActionEditor(PlanFormDialog):
    def __init__(
        self,
        services: Services,
        lang: Lang,
        show_hijri: bool,
        save: Callable[[ActionInput], Any],
        initial: ActionInput | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title or self.tr("Action"), save, parent)
        self.setObjectName("action_editor")
        self.setProperty("lang", lang)
        tabs = QTabWidget(self)
        what, who = QWidget(), QWidget()
        tabs.addTab(scrolled(what), self.tr("What will be done"))
        tabs.addTab(scrolled(who), self.tr("Who, when and with what"))
        form = QFormLayout(what)
        self.add_row(form, "title_ar", self.tr("Title (Arabic)"), QLineEdit())
        self.add_row(form, "title_en", self.tr("Title (English)"), QLineEdit())
        self.add_row(form, "description_ar", self.tr("Description (Arabic)"), _area())
        self.add_row(form, "description_en", self.tr("Description (English)"), _area())
        self.add_row(form, "expected_output_ar", self.tr("Expected output (Arabic)"), _area(50))
        self.add_row(form, "expected_output_en", self.tr("Expected output (English)"), _area(50))
        form = QFormLayout(who)
        lead = ChoiceCombo(none_text=self.tr("No lead entity yet"))
        lead.set_choices(_entity_choices(services, lang))
        self.add_row(form, "lead_entity", self.tr("Lead entity"), lead)
        partners = MultiPicker(self.tr("Partner entities"))
        partners.set_options([(str(k), v) for k, v in _entity_choices(services, lang)])
        self.add_row(form, "partner_entities", self.tr("Partner entities"), partners)
        self.start = DateField(lang, show_hijri)
        self.end = DateField(lang, show_hijri)
        self.add_row(form, "start_date", self.tr("Start date"), self.start)
        self.add_row(form, "end_date", self.tr("End date"), self.end)
        status = ChoiceCombo()
        status.set_choices(list(plan_labels.action_status_labels().items()))
        self.add_row(form, "status", self.tr("Status"), status)
        self.add_row(form, "budget", self.tr("Resources or budget"), QLineEdit())
        self.body.addWidget(tabs)
        self.tabs = tabs
        self.start.changed.connect(self._check_dates)
        self.end.changed.connect(self._check_dates)
        self.set_input(initial or ActionInput())
        fit_to_screen(self, 760, 560)

    def _check_dates(self) -> None:
        """Say at once when the end comes before the start, rather than only on Save."""
        start, end = self.start.value(), self.end.value()
        label = self.errors["end_date"]
        wrong = bool(start and end and end < start)
        label.setText(
            ValidationError("validation.date_order").text(self.property("lang") or "ar") if wrong else ""
        )
        label.setVisible(wrong)
        self.buttons.button(self.buttons.StandardButton.Save).setEnabled(not wrong)

    def set_input(self, data: ActionInput) -> None:
        for name in ("title_ar", "title_en", "budget"):
            self.set_text(name, getattr(data, name))
        for name in ("description_ar", "description_en", "expected_output_ar", "expected_output_en"):
            self.set_text(name, getattr(data, name))
        self.field("lead_entity", ChoiceCombo).set_value(data.lead_entity)
        self.field("partner_entities", MultiPicker).set_selected(data.partner_entities)
        self.field("status", ChoiceCombo).set_value(data.status)
        self.start.set_value(data.start_date)
        self.end.set_value(data.end_date)

    def collect(self) -> ActionInput:
        return ActionInput(
            title_ar=self.text_of("title_ar"),
            title_en=self.text_of("title_en"),
            description_ar=self.text_of("description_ar"),
            description_en=self.text_of("description_en"),
            lead_entity=self.key("lead_entity"),
            partner_entities=self.field("partner_entities", MultiPicker).selected(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            status=self.key("status") or "not_started",
            budget=self.text_of("budget"),
            expected_output_ar=self.text_of("expected_output_ar"),
            expected_output_en=self.text_of("expected_output_en"),
        )

    def show_error(self, error: Any, lang: Lang) -> None:
        who = {"lead_entity", "partner_entities", "start_date", "end_date", "status", "budget"}
        self.tabs.setCurrentIndex(1 if getattr(error, "field", None) in who else 0)
        super().show_error(error, lang)


class IndicatorEditor(PlanFormDialog):
    def __init__(
        self,
        services: Services,
        lang: Lang,
        show_hijri: bool,
        save: Callable[[IndicatorInput], Any],
        initial: IndicatorInput | None = None,
        action_id: str | None = None,
        recommendation_id: str | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title or self.tr("Indicator"), save, parent)
        self.setObjectName("indicator_editor")
        self.setProperty("lang", lang)
        self._services, self._lang = services, lang
        self._owner = {"action_id": action_id, "recommendation_id": recommendation_id}
        form = QFormLayout()
        kind = ChoiceCombo()
        kind.set_choices(list(plan_labels.indicator_type_labels().items()))
        self.add_row(form, "indicator_type", self.tr("Type"), kind)
        self.add_row(form, "name_ar", self.tr("Name (Arabic)"), QLineEdit())
        self.add_row(form, "name_en", self.tr("Name (English)"), QLineEdit())
        for name, caption in (
            ("baseline", self.tr("Baseline")),
            ("target", self.tr("Target")),
            ("current_value", self.tr("Current value")),
            ("unit", self.tr("Unit")),
            ("data_source", self.tr("Data source")),
        ):
            self.add_row(form, name, caption, QLineEdit())
        frequency = ChoiceCombo(none_text=self.tr("Not said"))
        frequency.set_choices(list(plan_labels.frequency_labels().items()))
        self.add_row(form, "frequency", self.tr("Reporting frequency"), frequency)
        self.due = DateField(lang, show_hijri)
        self.add_row(form, "due_date", self.tr("Due date"), self.due)
        responsible = ChoiceCombo(none_text=self.tr("The lead entity of the action or recommendation"))
        responsible.set_choices(_entity_choices(services, lang))
        self.add_row(form, "responsible_entity", self.tr("Responsible entity"), responsible)
        self.body.addLayout(form)
        self.smart = QLabel(self)
        self.smart.setObjectName("smart_check")
        self.smart.setWordWrap(True)
        self.body.addWidget(self.smart)
        self.set_input(initial or IndicatorInput())
        for widget in self.inputs.values():
            for signal in ("textChanged", "currentIndexChanged", "changed"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(self.update_smart)
        self.update_smart()
        fit_to_screen(self, 640, 600)

    def set_input(self, data: IndicatorInput) -> None:
        for name in ("name_ar", "name_en", "baseline", "target", "current_value", "unit", "data_source"):
            self.set_text(name, getattr(data, name))
        self.field("indicator_type", ChoiceCombo).set_value(data.indicator_type)
        self.field("frequency", ChoiceCombo).set_value(data.frequency or None)
        self.field("responsible_entity", ChoiceCombo).set_value(data.responsible_entity)
        self.due.set_value(data.due_date)

    def collect(self) -> IndicatorInput:
        values = {
            name: self.text_of(name)
            for name in ("name_ar", "name_en", "baseline", "target", "current_value", "unit", "data_source")
        }
        return IndicatorInput(
            indicator_type=self.key("indicator_type") or "process",
            frequency=self.key("frequency") or "",
            due_date=self.due.value(),
            responsible_entity=self.key("responsible_entity"),
            **values,
        )

    def update_smart(self, *_args: Any) -> None:
        """The SMART check of what is typed now, from the same rule the service applies."""
        check = self._services.plan.smart_check(self.collect(), **self._owner)
        smart = plan_labels.smart_labels()
        if check.is_smart:
            self.smart.setStyleSheet("color: #2e7d32;")
            self.smart.setText(self.tr("SMART: specific, measurable, assignable, relevant and time-bound."))
            return
        self.smart.setStyleSheet("color: #b00020;")
        lines = [self.tr("Not yet SMART:")]
        lines += [f"• {smart[p.property]}: {p.text(self._lang)}" for p in check.problems]
        self.smart.setText("\n".join(lines))


class ProgressEditor(PlanFormDialog):
    NO_PERCENT = -1

    def __init__(
        self,
        services: Services,
        lang: Lang,
        show_hijri: bool,
        save: Callable[[ProgressInput], Any],
        indicators: list[tuple[str, str]],
        initial: ProgressInput | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title or self.tr("Progress update"), save, parent)
        self.setObjectName("progress_editor")
        self.setProperty("lang", lang)
        form = QFormLayout()
        self.reported = DateField(lang, show_hijri)
        self.reported.enabled.setChecked(True)
        self.reported.enabled.hide()  # a report always has a date
        self.add_row(form, "reported_on", self.tr("Date of the report"), self.reported)
        percent = QSpinBox()
        percent.setRange(self.NO_PERCENT, 100)
        percent.setSpecialValueText(self.tr("Not given"))
        percent.setSuffix("%")
        percent.setLocale(QLocale.c())  # Western digits, as everywhere in the program
        self.add_row(form, "percent", self.tr("Progress (percent)"), percent)
        self.add_row(form, "narrative_ar", self.tr("What happened (Arabic)"), _area(90))
        self.add_row(form, "narrative_en", self.tr("What happened (English)"), _area(90))
        self.add_row(form, "evidence", self.tr("Evidence (document, letter, link)"), QLineEdit())
        entity = ChoiceCombo(none_text=self.tr("Not said"))
        entity.set_choices(_entity_choices(services, lang))
        self.add_row(form, "entity", self.tr("Reporting entity"), entity)
        self.add_row(form, "reporter", self.tr("Reported by (person)"), QLineEdit())
        indicator = ChoiceCombo(none_text=self.tr("The action as a whole"))
        indicator.set_choices(indicators)
        self.add_row(form, "indicator", self.tr("Indicator"), indicator)
        self.body.addLayout(form)
        self.set_input(initial or ProgressInput(reported_on=services.context.today()))
        fit_to_screen(self, 620, 560)

    def set_input(self, data: ProgressInput) -> None:
        self.reported.set_value(data.reported_on or date.today())
        self.field("percent", QSpinBox).setValue(self.NO_PERCENT if data.percent is None else data.percent)
        self.set_text("narrative_ar", data.narrative_ar)
        self.set_text("narrative_en", data.narrative_en)
        self.set_text("evidence", data.evidence)
        self.set_text("reporter", data.reporter)
        self.field("entity", ChoiceCombo).set_value(data.entity)
        self.field("indicator", ChoiceCombo).set_value(data.indicator_id)

    def collect(self) -> ProgressInput:
        percent = self.field("percent", QSpinBox).value()
        return ProgressInput(
            reported_on=self.reported.value(),
            percent=None if percent == self.NO_PERCENT else percent,
            narrative_ar=self.text_of("narrative_ar"),
            narrative_en=self.text_of("narrative_en"),
            evidence=self.text_of("evidence"),
            reporter=self.text_of("reporter"),
            entity=self.key("entity"),
            indicator_id=self.key("indicator"),
        )


class ChallengeEditor(PlanFormDialog):
    def __init__(
        self,
        services: Services,
        lang: Lang,
        save: Callable[[ChallengeInput], Any],
        attached_to: str,
        initial: ChallengeInput,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title or self.tr("Challenge"), save, parent)
        self.setObjectName("challenge_editor")
        self.setProperty("lang", lang)
        self._initial = initial
        form = QFormLayout()
        form.addRow(self.tr("Concerns"), QLabel(attached_to))
        category = ChoiceCombo()
        category.set_choices(list(plan_labels.challenge_category_labels().items()))
        self.add_row(form, "category", self.tr("Category"), category)
        status = ChoiceCombo()
        status.set_choices(list(plan_labels.challenge_status_labels().items()))
        self.add_row(form, "status", self.tr("Status"), status)
        entity = ChoiceCombo(none_text=self.tr("No particular entity"))
        entity.set_choices(_entity_choices(services, lang))
        self.add_row(form, "entity", self.tr("Entity concerned"), entity)
        for name, caption in (
            ("description_ar", self.tr("Description (Arabic)")),
            ("description_en", self.tr("Description (English)")),
            ("effect_ar", self.tr("Effect on implementation (Arabic)")),
            ("effect_en", self.tr("Effect on implementation (English)")),
            ("mitigation_ar", self.tr("Mitigation (Arabic)")),
            ("mitigation_en", self.tr("Mitigation (English)")),
            ("support_needed_ar", self.tr("Support needed, e.g. technical cooperation (Arabic)")),
            ("support_needed_en", self.tr("Support needed, e.g. technical cooperation (English)")),
        ):
            self.add_row(form, name, caption, _area(45))
        self.body.addLayout(form)
        category.set_value(initial.category)
        status.set_value(initial.status)
        entity.set_value(initial.entity)
        for name in (
            "description_ar",
            "description_en",
            "effect_ar",
            "effect_en",
            "mitigation_ar",
            "mitigation_en",
            "support_needed_ar",
            "support_needed_en",
        ):
            self.set_text(name, getattr(initial, name))
        fit_to_screen(self, 700, 720)

    def collect(self) -> ChallengeInput:
        texts: dict[str, Any] = {
            name: self.text_of(name)
            for name in (
                "description_ar",
                "description_en",
                "effect_ar",
                "effect_en",
                "mitigation_ar",
                "mitigation_en",
                "support_needed_ar",
                "support_needed_en",
            )
        }
        return replace(
            self._initial,
            category=self.key("category") or "",  # "" is refused as required, as None was
            status=self.key("status") or "",
            entity=self.key("entity"),
            **texts,
        )


class OverrideDialog(PlanFormDialog):
    """Set a recommendation's status by hand; the reason is required (and kept in the history)."""

    def __init__(
        self,
        lang: Lang,
        save: Callable[[tuple[str, str]], Any],
        status: str,
        reason: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Set the status by hand"), save, parent)
        self.setObjectName("override_dialog")
        self.setProperty("lang", lang)
        form = QFormLayout()
        hint = QLabel(self.tr("The status will no longer follow the actions until you give it back to them."))
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(help_link(self, "status-override"))
        choice = ChoiceCombo()
        choice.set_choices([(k, v) for k, v in labels.status_labels().items() if k != "overdue"])
        choice.set_value(status)
        self.add_row(form, "status", self.tr("Status"), choice)
        text = _area(70)
        text.setPlainText(reason)
        self.add_row(form, "reason", self.tr("Reason"), text)
        self.body.addLayout(form)
        fit_to_screen(self, 520, 300)

    def collect(self) -> tuple[str, str]:
        return self.key("status") or "", self.text_of("reason")
