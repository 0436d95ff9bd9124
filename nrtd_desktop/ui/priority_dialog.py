"""The committee's priority weights: one weight per criterion, the two thresholds, and a
recompute of every recommendation's score (overrides made by hand are kept)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.priority import CRITERIA, MAX_WEIGHT
from nrtd_desktop.services import Services
from nrtd_desktop.ui.worker import TaskHandle, run_task


class PriorityWeightsDialog(QDialog):
    def __init__(self, services: Services, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priority_weights_dialog")
        self.setWindowTitle(self.tr("Priority weights"))
        self._services = services
        self._lang = lang
        self.task: TaskHandle | None = None
        self.result_text = ""
        current = services.priority.weights()
        note = QLabel(self.tr("Each criterion counts in proportion to its weight (0 ignores it). A criterion "
                              "that does not apply to a recommendation, such as the State's position on a "
                              "treaty-body recommendation, is left out of its score. Priorities set by hand "
                              "are kept."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        self.weights: dict[str, QDoubleSpinBox] = {}
        for criterion, (en, ar) in CRITERIA.items():
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"weight_{criterion}")
            spin.setRange(0.0, MAX_WEIGHT)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setValue(current.weight(criterion))
            self.weights[criterion] = spin
            form.addRow(ar if lang == "ar" else en, spin)
        self.high = self._threshold(current.thresholds["high"])
        self.medium = self._threshold(current.thresholds["medium"])
        form.addRow(self.tr("High from score"), self.high)
        form.addRow(self.tr("Medium from score"), self.medium)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save and recompute"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _threshold(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0.0, 100.0)
        spin.setDecimals(0)
        spin.setValue(value)
        return spin

    def save(self) -> None:
        try:
            self._services.priority.set_weights(
                {c: spin.value() for c, spin in self.weights.items()},
                {"high": self.high.value(), "medium": self.medium.value()},
            )
        except NrtdError as error:
            QMessageBox.warning(self, self.windowTitle(), error.text(self._lang))
            return
        self.task = run_task(self, lambda _p: self._services.priority.recompute(), title=self.windowTitle(),
                             label=self.tr("Scoring the recommendations…"), on_success=self._done,
                             lang=self._lang)

    def _done(self, result: Any) -> None:
        text = self.tr("{records} recommendations scored, {changed} changed, {kept} set by hand kept.")
        self.result_text = text.format(records=f"{result.records:,}", changed=f"{result.changed:,}",
                                       kept=f"{result.overrides_kept:,}")
        self.accept()
