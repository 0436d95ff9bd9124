"""The editor of one recommendation: every field a person types, both languages.

The dialog does not write by itself: it calls ``save(input)`` (given by the register), which
creates or updates through the services. A ValidationError keeps the dialog open and shows its
sentence under the field it names; anything else it cannot place goes to the line at the top.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import RecommendationDetail, RecommendationInput
from nrtd_desktop.ui import labels
from nrtd_desktop.ui.date_fields import DateField
from nrtd_desktop.ui.guide_links import install_dialog_help
from nrtd_desktop.ui.pickers import ChoiceCombo, MultiPicker
from nrtd_desktop.ui.screen_fit import fit_to_screen, scrolled

if TYPE_CHECKING:
    from nrtd_desktop.services import Services

# ValidationError.field values that name the same input as another spelling.
FIELD_ALIASES = {
    "text": "text_ar",
    "theme": "themes",
    "affected_group": "affected_groups",
    "sdg_target": "sdg_targets",
    "supporting_entity": "supporting_entities",
    "recommending_state": "recommending_states",
    "state": "recommending_states",
    "mechanism": "body",
}


class RecommendationEditor(QDialog):
    """Create, edit or duplicate one recommendation."""

    def __init__(
        self,
        services: Services,
        lang: Lang,
        save: Callable[[RecommendationInput], RecommendationDetail],
        initial: RecommendationInput | None = None,
        title: str = "",
        parent: QWidget | None = None,
        show_hijri: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recommendation_editor")
        self.setWindowTitle(title or self.tr("Recommendation"))
        self._services = services
        self._lang = lang
        self.show_hijri = show_hijri
        self._save = save
        self.result_detail: RecommendationDetail | None = None
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._tab_of: dict[str, int] = {}

        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.hide()
        self.tabs = QTabWidget(self)
        self._build_text_tab()
        self._build_status_tab()
        self._build_classification_tab()
        self._build_responsibility_tab()

        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Save | standard.Cancel, self)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        install_dialog_help(self, buttons)
        # PySide6 connects a signal given as a keyword; its stubs do not know that form.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.try_save)  # type: ignore[call-overload]
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        fit_to_screen(self, 980, 680)
        self.set_input(initial or RecommendationInput(reference="", body=""))

    # -- building ------------------------------------------------------------------------
    def _error_label(self, field: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"error_{field}")
        label.setWordWrap(True)
        label.setStyleSheet("color: #b00020;")
        label.hide()
        self.errors[field] = label
        return label

    def _row(self, form: QFormLayout, field: str, caption: str, widget: QWidget) -> None:
        widget.setObjectName(f"input_{field}")
        self.inputs[field] = widget
        self._tab_of[field] = self.tabs.count()
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        inner.addWidget(self._error_label(field))
        form.addRow(caption, box)

    def _picker(self, grid: QGridLayout, field: str, caption: str, options: list[tuple[str, str]],
                row: int, column: int) -> MultiPicker:
        picker = MultiPicker(caption, self)
        picker.setObjectName(f"input_{field}")
        picker.set_options(options)
        self.inputs[field] = picker
        self._tab_of[field] = self.tabs.count()
        grid.addWidget(picker, row, column)
        grid.addWidget(self._error_label(field), row + 1, column)
        return picker

    def _labelled(self, items: list[Any]) -> list[tuple[str, str]]:
        return [(item.key, item.label(self._lang)) for item in items]

    def _build_text_tab(self) -> None:
        page = QWidget(self)
        form = QFormLayout(page)
        self.reference = QLineEdit(page)
        self._row(form, "reference", self.tr("Reference"), self.reference)
        self.body = ChoiceCombo(page)
        self.body.set_choices(self._labelled(self._services.reference.bodies()))
        self._row(form, "body", self.tr("Body"), self.body)
        self.annotation_type = ChoiceCombo(page)
        self.annotation_type.set_choices(labels.annotation_labels().items())
        self._row(form, "annotation_type", self.tr("Annotation type"), self.annotation_type)
        self.text_ar = QPlainTextEdit(page)
        self.text_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._row(form, "text_ar", self.tr("Arabic text"), self.text_ar)
        self.text_en = QPlainTextEdit(page)
        self.text_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._row(form, "text_en", self.tr("English text"), self.text_en)
        self.document_symbol = QLineEdit(page)
        self.document_symbol.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._row(form, "document_symbol", self.tr("Document symbol"), self.document_symbol)
        self.document_date = DateField(self._lang, self.show_hijri, page)
        self._row(form, "document_date", self.tr("Document date"), self.document_date)
        self.cycle = QSpinBox(page)
        self.cycle.setRange(0, 20)
        self.cycle.setSpecialValueText(self.tr("None"))
        self.cycle.setLocale(QLocale.c())  # Western digits, like the references and dates beside it
        self._row(form, "cycle", self.tr("UPR cycle"), self.cycle)
        self.session = QLineEdit(page)
        self._row(form, "session", self.tr("Session"), self.session)
        self.paragraph = QLineEdit(page)
        self._row(form, "paragraph", self.tr("Paragraph"), self.paragraph)
        self.tabs.addTab(scrolled(page), self.tr("Text and source"))

    def _build_status_tab(self) -> None:
        page = QWidget(self)
        grid = QGridLayout(page)
        form_box = QWidget(page)
        form = QFormLayout(form_box)
        none_text = self.tr("(none)")
        self.position = ChoiceCombo(form_box, none_text)
        self.position.set_choices((k, v) for k, v in labels.position_labels().items() if k != "none")
        self._row(form, "position", self.tr("Position of the State"), self.position)
        self.position_source = QLineEdit(form_box)
        self._row(form, "position_source", self.tr("Source of the position"), self.position_source)
        self.action_category = ChoiceCombo(form_box, none_text)
        self.action_category.set_choices(labels.action_category_labels().items())
        self._row(form, "action_category", self.tr("Action category"), self.action_category)
        self.priority = ChoiceCombo(form_box, none_text)
        self.priority.set_choices((k, v) for k, v in labels.priority_labels().items() if k != "none")
        self._row(form, "priority", self.tr("Priority"), self.priority)
        self.status = ChoiceCombo(form_box)
        self.status.set_choices((k, v) for k, v in labels.status_labels().items() if k != "overdue")
        self._row(form, "status", self.tr("Implementation status"), self.status)
        self.follow_up = QCheckBox(self.tr("Flagged for the follow-up procedure"), form_box)
        self._row(form, "follow_up", self.tr("Follow-up"), self.follow_up)
        self.follow_up_due = DateField(self._lang, self.show_hijri, form_box)
        self._row(form, "follow_up_due", self.tr("Follow-up due"), self.follow_up_due)
        self.notes = QPlainTextEdit(form_box)
        self._row(form, "notes", self.tr("Notes"), self.notes)
        grid.addWidget(form_box, 0, 0, 2, 1)
        self.states = self._picker(grid, "recommending_states", self.tr("Recommending States"),
                                   self._labelled(self._services.reference.states()), 0, 1)
        self.tabs.addTab(scrolled(page), self.tr("Position and status"))

    def _build_classification_tab(self) -> None:
        page = QWidget(self)
        grid = QGridLayout(page)
        self.themes = self._picker(grid, "themes", self.tr("Themes"),
                                   self._labelled(self._services.reference.themes()), 0, 0)
        self.groups = self._picker(grid, "affected_groups", self.tr("Affected groups"),
                                   self._labelled(self._services.reference.affected_groups()), 0, 1)
        # The service's target labels already begin with the code ("5.2 ...").
        self.sdgs = self._picker(grid, "sdg_targets", self.tr("SDG targets"),
                                 self._labelled(self._services.reference.sdg_targets()), 0, 2)
        self._add_suggestions(grid)
        self.tabs.addTab(scrolled(page), self.tr("Themes, groups and SDGs"))

    def _add_suggestions(self, grid: QGridLayout) -> None:
        """The suggested labels under the pickers (issue 23), read when the tab is first shown."""
        from nrtd_desktop.ui.suggestion_panel import SuggestionPanel

        def tick(field: str, key: str) -> None:
            picker = self.inputs[field]
            assert isinstance(picker, MultiPicker)
            picker.set_selected((*picker.selected(), key))

        def selected(field: str) -> tuple[str, ...]:
            picker = self.inputs[field]
            return picker.selected() if isinstance(picker, MultiPicker) else ()

        self.suggestions = SuggestionPanel(
            self._services, self._lang, tick,
            lambda: (self.text_ar.toPlainText(), self.text_en.toPlainText()), selected, self)
        grid.addWidget(self.suggestions, 2, 0, 1, 3)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(2, 2)
        tab = self.suggestions_tab = self.tabs.count()  # the tab about to be added
        self._suggestions_read = False

        def shown(index: int) -> None:
            if index == tab and not self._suggestions_read:
                self._suggestions_read = True
                self.suggestions.load()

        self.tabs.currentChanged.connect(shown)

    def suggest_for(self, record_id: str) -> None:
        """Offer the suggestions of the saved recommendation ``record_id`` (an edit)."""
        self.suggestions.record_id = record_id

    def _build_responsibility_tab(self) -> None:
        page = QWidget(self)
        grid = QGridLayout(page)
        form_box = QWidget(page)
        form = QFormLayout(form_box)
        entities = [(e.code, e.label(self._lang)) for e in self._services.entities.list()]
        self.lead_entity = ChoiceCombo(form_box, self.tr("(none)"))
        self.lead_entity.set_choices(entities)
        self._row(form, "lead_entity", self.tr("Lead entity"), self.lead_entity)
        self.cluster = ChoiceCombo(form_box, self.tr("(none)"))
        self.cluster.set_choices((c.id, c.label(self._lang)) for c in self._services.clusters.list())
        self._row(form, "cluster", self.tr("Cluster"), self.cluster)
        grid.addWidget(form_box, 0, 0)
        self.supporting = self._picker(grid, "supporting_entities", self.tr("Supporting entities"),
                                       entities, 0, 1)
        self.tabs.addTab(scrolled(page), self.tr("Responsibility"))

    # -- values --------------------------------------------------------------------------
    def set_input(self, data: RecommendationInput) -> None:
        self.reference.setText(data.reference)
        self.body.set_value(data.body or None)
        self.annotation_type.set_value(data.annotation_type)
        self.text_ar.setPlainText(data.text_ar)
        self.text_en.setPlainText(data.text_en)
        self.document_symbol.setText(data.document_symbol or "")
        self.document_date.set_value(data.document_date)
        self.cycle.setValue(data.cycle or 0)
        self.session.setText(data.session or "")
        self.paragraph.setText(data.paragraph or "")
        self.states.set_selected(data.recommending_states)
        self.position.set_value(data.position)
        self.position_source.setText(data.position_source or "")
        self.action_category.set_value(data.action_category)
        self.priority.set_value(data.priority)
        self.status.set_value(data.status)
        self.follow_up.setChecked(data.follow_up)
        self.follow_up_due.set_value(data.follow_up_due)
        self.notes.setPlainText(data.notes)
        self.themes.set_selected(data.themes)
        self.groups.set_selected(data.affected_groups)
        self.sdgs.set_selected(data.sdg_targets)
        self.lead_entity.set_value(data.lead_entity)
        self.supporting.set_selected(data.supporting_entities)
        self.cluster.set_value(data.cluster)

    def current_input(self) -> RecommendationInput:
        """The typed values; raises ValidationError for a date that cannot be read."""
        body = self.body.value()
        return RecommendationInput(
            reference=self.reference.text().strip(),
            body=str(body) if body is not None else "",
            text_ar=self.text_ar.toPlainText().strip(),
            text_en=self.text_en.toPlainText().strip(),
            document_symbol=self.document_symbol.text().strip() or None,
            document_date=self.document_date.value(),
            cycle=self.cycle.value() or None,
            session=self.session.text().strip() or None,
            paragraph=self.paragraph.text().strip() or None,
            annotation_type=str(self.annotation_type.value() or "recommendation"),
            recommending_states=self.states.selected(),
            position=self.position.key(),
            position_source=self.position_source.text().strip() or None,
            action_category=self.action_category.number(),
            priority=self.priority.key(),
            status=str(self.status.value()),
            follow_up=self.follow_up.isChecked(),
            follow_up_due=self.follow_up_due.value(),
            notes=self.notes.toPlainText().strip(),
            themes=self.themes.selected(),
            affected_groups=self.groups.selected(),
            sdg_targets=self.sdgs.selected(),
            lead_entity=self.lead_entity.key(),
            supporting_entities=self.supporting.selected(),
            cluster=self.cluster.key(),
        )

    # -- saving --------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def show_error(self, error: NrtdError) -> None:
        field = FIELD_ALIASES.get(error.field or "", error.field or "")
        label = self.errors.get(field)
        sentence = error.text(self._lang)
        if label is None:
            self.general_error.setText(sentence)
            self.general_error.show()
            return
        label.setText(sentence)
        label.show()
        self.tabs.setCurrentIndex(self._tab_of[field])
        self.inputs[field].setFocus()

    def try_save(self) -> None:
        self.clear_errors()
        try:
            data = self.current_input()
            self.result_detail = self._save(data)
        except NrtdError as error:
            self.show_error(error)
            return
        self.accept()
