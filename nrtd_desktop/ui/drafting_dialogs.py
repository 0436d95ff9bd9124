"""The dialogs of the drafting screen: a calendar entry's date and status, what regenerating would
replace, and two versions side by side."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.bidi import ltr
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.calendar import CalendarChanges, CalendarEntry
from nrtd_desktop.dto.drafts import DraftView, FactChange, SectionComparison
from nrtd_desktop.services import Services
from nrtd_desktop.ui.date_fields import date_edit
from nrtd_desktop.ui.drafting_labels import event_kind_labels, event_status_labels


def iso(day: date | None) -> str:
    """A date that stays year-month-day after an Arabic word (isolated left to right: the window's
    one helper, ``domain/bidi``)."""
    return ltr(day.isoformat()) if day else "—"



def _day(edit: QDateEdit) -> date:
    day = edit.date().toPython()
    assert isinstance(day, date)  # QDate.toPython gives a datetime.date; its stubs say object
    return day

class CalendarEntryDialog(QDialog):
    """The committee's own date, status and symbol for a calendar entry."""

    def __init__(self, entry: CalendarEntry, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_entry_dialog")
        self.setWindowTitle(self.tr("Calendar entry"))
        self.entry = entry
        title = QLabel(entry.label(lang), self)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        basis = QLabel(self)
        basis.setWordWrap(True)
        if entry.computed_date is not None:
            basis.setText(
                self.tr("Computed date: {date} ({basis})").format(
                    date=entry.date_text(lang) if not entry.entered else iso(entry.computed_date),
                    basis=entry.basis(lang),
                )
            )
        self.due = date_edit(self, lang)  # yyyy-MM-dd even in Arabic, with the calendar pop-up
        self.due.setObjectName("entry_due")
        day = entry.due_date or date.today()
        self.due.setDate(QDate(day.year, day.month, day.day))
        self.status = QComboBox(self)
        self.status.setObjectName("entry_status")
        for key, label in event_status_labels().items():
            self.status.addItem(label, key)
        self.status.setCurrentIndex(max(0, self.status.findData(entry.status)))
        self.sent = QCheckBox(self.tr("Sent on"), self)
        self.sent.setObjectName("entry_sent")
        self.submitted = date_edit(self, lang)
        self.submitted.setObjectName("entry_submitted")
        sent_day = entry.submitted_on or date.today()
        self.submitted.setDate(QDate(sent_day.year, sent_day.month, sent_day.day))
        self.sent.setChecked(entry.submitted_on is not None)
        self.submitted.setEnabled(self.sent.isChecked())
        self.sent.toggled.connect(self.submitted.setEnabled)
        self.symbol = QLineEdit(entry.symbol, self)
        self.symbol.setObjectName("entry_symbol")
        self.symbol.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.notes = QPlainTextEdit(entry.notes, self)
        self.notes.setObjectName("entry_notes")
        self.notes.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Due date:"), self.due)
        form.addRow(self.tr("Status:"), self.status)
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.sent)
        sent_row.addWidget(self.submitted, 1)
        form.addRow(sent_row)
        form.addRow(self.tr("Symbol of the report sent:"), self.symbol)
        form.addRow(self.tr("Notes:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(basis)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> CalendarChanges:
        due = _day(self.due)
        changed_date = due if (due != self.entry.due_date or self.entry.entered) else None
        return CalendarChanges(
            due_date=changed_date,
            status=self.status.currentData(),
            submitted_on=_day(self.submitted) if self.sent.isChecked() else None,
            clear_submitted_on=not self.sent.isChecked() and self.entry.submitted_on is not None,
            symbol=self.symbol.text(),
            notes=self.notes.toPlainText(),
        )


class AddEntryDialog(QDialog):
    """A date the register cannot give: a planned country visit, a report the committee decided on."""

    def __init__(self, bodies: list[Any], lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_entry_dialog")
        self.setWindowTitle(self.tr("Add a date to the calendar"))
        self._lang = lang
        self.kind = QComboBox(self)
        self.kind.setObjectName("add_kind")
        for key, label in event_kind_labels().items():
            self.kind.addItem(label, key)
        self.body = QComboBox(self)
        self.body.setObjectName("add_body")
        for body in bodies:
            self.body.addItem(f"{body.key} – {body.label(lang)}", body.key)
        self.body.setCurrentIndex(max(0, self.body.findData("SP")))
        self.title = QLineEdit(self)
        self.title.setObjectName("add_title")
        self.due = date_edit(self, lang)
        self.due.setObjectName("add_due")
        today = date.today()
        self.due.setDate(QDate(today.year, today.month, today.day))
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("UN body:"), self.body)
        form.addRow(self.tr("What it is:"), self.title)
        form.addRow(self.tr("Date:"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> CalendarChanges:
        title = self.title.text().strip()
        names: dict[str, Any] = {"title_ar": title} if self._lang == "ar" else {"title_en": title}
        return CalendarChanges(
            kind=self.kind.currentData(),
            body=self.body.currentData(),
            due_date=_day(self.due),
            **names,
        )


class RegenerateDialog(QDialog):
    """Before the sections are written again from the data: the edited ones whose figures
    changed, each with a box to let the new text replace the person's (unticked: kept)."""

    def __init__(
        self,
        view: DraftView,
        changes: dict[str, tuple[FactChange, ...]],
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("regenerate_dialog")
        self.setWindowTitle(self.tr("Update the draft from the data"))
        self.resize(760, 460)
        intro = QLabel(
            self.tr(
                "The sections nobody edited are written again from the data. These sections were edited "
                "and the data changed since: tick those whose text the new text may replace; the others "
                "keep their text and keep showing what changed."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("regenerate_sections")
        for section in view.sections:
            found = changes.get(section.id)
            if not found or not section.edited():
                continue
            lines = "\n".join(f"   • {c.text(lang)}" for c in found[:8])
            more = len(found) - 8
            if more > 0:
                lines += "\n   " + self.tr("… and {count} more").format(count=more)
            item = QListWidgetItem(f"{section.heading(lang)}\n{lines}", self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, section.id)
        if self.list.count() == 0:
            QListWidgetItem(
                self.tr("No edited section has changed figures: nothing of yours is replaced."), self.list
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Update"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def replaced(self) -> list[str]:
        found = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole):
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found


class CompareDialog(QDialog):
    """Two versions of a draft (or a version and the draft as it is now), section by section."""

    def __init__(
        self, services: Services, view: DraftView, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(self.tr("Compare versions"))
        self.resize(900, 620)
        self._services, self._view, self._lang = services, view, lang
        self.first = QComboBox(self)
        self.first.setObjectName("compare_first")
        self.second = QComboBox(self)
        self.second.setObjectName("compare_second")
        for combo in (self.first, self.second):
            for version in view.versions:
                label = self.tr("Version {number}").format(number=version.number)
                if version.label:
                    label += f" – {version.label}"
                combo.addItem(label, str(version.number))
            combo.addItem(self.tr("The draft now"), "current")
        self.first.setCurrentIndex(max(0, self.first.count() - 2))
        self.second.setCurrentIndex(self.second.count() - 1)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("compare_text")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Compare"), self))
        bar.addWidget(self.first, 1)
        bar.addWidget(QLabel(self.tr("with"), self))
        bar.addWidget(self.second, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.first.currentIndexChanged.connect(self.refresh)
        self.second.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        rows = self._services.drafts.compare(
            self._view.id, self.first.currentData(), self.second.currentData(), self._lang
        )
        self.browser.setHtml(comparison_html(rows, self._lang))


def comparison_html(rows: list[SectionComparison], lang: Lang) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    status = {
        "same": translate("CompareDialog", "unchanged"),
        "changed": translate("CompareDialog", "changed"),
        "added": translate("CompareDialog", "added"),
        "removed": translate("CompareDialog", "removed"),
    }
    direction = "rtl" if lang == "ar" else "ltr"
    parts = [f'<div dir="{direction}">']
    changed = [r for r in rows if r.status != "same"]
    parts.append(
        "<p><b>"
        + html.escape(
            translate("CompareDialog", "{changed} of {total} sections differ.").format(
                changed=len(changed), total=len(rows)
            )
        )
        + "</b></p>"
    )
    for row in rows:
        colour = "#6b6b6b" if row.status == "same" else "#1f3864"
        words = translate("CompareDialog", "{before} → {after} words").format(
            before=f"{row.words_before:,}", after=f"{row.words_after:,}"
        )
        parts.append(
            f'<h3 style="color:{colour}">{html.escape(row.heading)} '
            f"<small>({html.escape(status[row.status])}; {html.escape(words)})</small></h3>"
        )
        if row.status == "same":
            continue
        for op, text in row.lines:
            if op == "=":
                continue
            style = "background:#fde2dd;text-decoration:line-through" if op == "-" else "background:#dff3e3"
            parts.append(f'<p style="{style}">{html.escape(text)}</p>')
    parts.append("</div>")
    return "".join(parts)
