"""The reports area: choose a report and its options, preview its first page, save it as PDF.

The PDF itself comes from ``services.reports`` (the same code as ``nrtd
report``), built on a worker thread through ``worker.run_task``; the progress bar follows the
pages as they are laid out, and the engine writes the file atomically (temporary file, then
rename), so a cancelled or failed save leaves no half file.

What a meeting document needs is chosen here too: a marking (draft, confidential...), the meeting
number and date, the approval table (prepared, reviewed and approved by, with names and dates),
and the digits of every number (Western or Arabic-Indic, kept in the settings).

The preview renders the report into a temporary file and shows its first page as an image drawn
by PDFium through ``pypdfium2``, which ships its own PDFium on every platform (QtPdf is not in
the PySide6 wheels).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.lang import as_lang
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.settings import load_settings, save_settings
from nrtd_desktop.ui.areas import AreaContext
from nrtd_desktop.ui.date_fields import date_edit
from nrtd_desktop.ui.worker import Progress, TaskHandle, run_task

KINDS = ("plan", "progress", "entity", "challenges", "recommendation")
PREVIEW_WIDTH = 620  # pixels of the first-page image
NO_DATE = QDate(2000, 1, 1)  # the minimum of an optional date field, shown as "—"
APPROVAL_ROLES = ("prepared", "reviewed", "approved")
# Which options each report reads (the others are disabled while it is chosen).
USES = {
    "plan": {"group_by", "cluster", "filter"},
    "progress": {"period", "cluster", "filter"},
    "entity": {"entity", "cluster", "filter"},
    "challenges": {"period", "cluster", "filter"},
    "recommendation": {"reference"},
}


def first_page_image(pdf: Path, width: int = PREVIEW_WIDTH, password: str | None = None) -> QImage:
    """Page 1 of ``pdf`` as an image ``width`` pixels wide (a null image when it cannot be drawn).
    Safe on a worker thread: QImage, unlike QPixmap, is not tied to the GUI thread."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf), password=password or None)
    try:
        page = document[0]
        scale = width / page.get_width()
        image = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()
    data = image.tobytes()
    # QImage does not own ``data``: copy() detaches it before the bytes go away.
    return QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()


_preview_passwords: dict[int, str] = {}


def protected_preview_password(services: Any) -> str:
    """"" for a plain database; for an encrypted one a random password of this program's run,
    with which the preview PDF in the temporary folder is encrypted."""
    from nrtd_desktop.db import cipher

    path = services.safety.db_path
    if cipher.key_for_file(path, required=False) is None:
        return ""
    import secrets

    return _preview_passwords.setdefault(id(cipher), secrets.token_urlsafe(24))


class ReportsPage(QWidget):
    message = Signal(str)
    saved = Signal(str, int)  # path, pages (the tests wait for it)
    previewed = Signal()

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_page")
        self._context = context
        self._services = context.services
        self._lang = context.lang
        self._task: TaskHandle | None = None
        self._folder = tempfile.TemporaryDirectory(prefix="nrtd-preview-")
        self.last_saved: tuple[str, int] | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("report_kind")
        for key, title in self.titles().items():
            self.kind.addItem(title, key)
        self.language = QComboBox(self)
        self.language.setObjectName("report_lang")
        self.language.addItem("العربية", "ar")  # each language named in itself
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if context.settings.language == "ar" else 1)
        self.group_by = QComboBox(self)
        self.group_by.setObjectName("report_group_by")
        self.group_by.addItem(self.tr("By thematic cluster"), "cluster")
        self.group_by.addItem(self.tr("By theme"), "theme")
        self.entity = QComboBox(self)
        self.entity.setObjectName("report_entity")
        self.cluster = QComboBox(self)
        self.cluster.setObjectName("report_cluster")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("report_reference")
        self.reference.setPlaceholderText(self.tr("For example UPR-3-122.45"))
        self.reference.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # references are Latin
        self.period = QCheckBox(self.tr("Limit to a period"), self)
        self.period.setObjectName("report_period")
        today = self._services.context.today()
        self.date_from = date_edit(self, self._lang, today.replace(month=1, day=1))
        self.date_from.setObjectName("report_from")
        self.date_to = date_edit(self, self._lang, today)
        self.date_to.setObjectName("report_to")
        self.use_filter = QCheckBox(self.tr("Use the register's current filter"), self)
        self.use_filter.setObjectName("report_use_filter")
        self.filter_note = QLabel(self)
        self.filter_note.setObjectName("report_filter_note")
        self.filter_note.setWordWrap(True)
        self.load_choices()
        meeting = self._build_meeting_options(context)

        form = QFormLayout()
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Language of the report"), self.language)
        form.addRow(self.tr("Grouping"), self.group_by)
        form.addRow(self.tr("Entity"), self.entity)
        form.addRow(self.tr("Thematic cluster"), self.cluster)
        form.addRow(self.tr("Recommendation reference"), self.reference)
        dates = QHBoxLayout()
        dates.addWidget(self.period)
        dates.addWidget(QLabel(self.tr("from"), self))
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        form.addRow(self.tr("Period"), dates)
        form.addRow("", self.use_filter)
        form.addRow("", self.filter_note)
        options = QGroupBox(self.tr("Options"), self)
        options.setLayout(form)

        self._build_actions()
        self.preview_button = QPushButton(self.preview_action.text(), self)
        self.preview_button.setObjectName("report_preview")
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.export_action.text(), self)
        self.save_button.setObjectName("report_save")
        self.save_button.clicked.connect(self.export)
        # Issue 26: a PDF the member chooses to protect (the password is asked at Save).
        self.protect = QCheckBox(self.tr("Protect the PDF with a password"), self)
        self.protect.setObjectName("report_protect")
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.protect)
        buttons.addStretch(1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(options)
        left_layout.addWidget(meeting)
        left_layout.addLayout(buttons)
        self.error = QLabel(self)
        self.error.setObjectName("report_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a23b2a;")
        self.error.hide()
        left_layout.addWidget(self.error)
        left_layout.addStretch(1)

        self.preview_image = QLabel(self)
        self.preview_image.setObjectName("report_preview_image")
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_note = QLabel(self)
        self.preview_note.setObjectName("report_preview_note")
        self.preview_note.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview_image)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_note)
        right_layout.addWidget(scroll, 1)

        # The options scroll when the window is short (1366x768, or 1280x720 at 125%): without it
        # their height made the whole window taller than the screen.
        options_scroll = QScrollArea(self)
        options_scroll.setObjectName("report_options_scroll")
        options_scroll.setWidgetResizable(True)
        options_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        options_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        options_scroll.setWidget(left)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        options_scroll.setMinimumWidth(left.minimumSizeHint().width() + scroll_bar + 4)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(options_scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 680])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        self.kind.currentIndexChanged.connect(self._update_enabled)
        self.period.toggled.connect(self._update_enabled)
        self.use_filter.toggled.connect(self._update_filter_note)
        self._update_enabled()
        self._update_filter_note()
        self.preview_note.setText(self.tr("The preview shows the first page of the report."))

    def _optional_date(self, name: str) -> QDateEdit:
        edit = date_edit(self, self._lang)
        edit.setObjectName(name)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")  # the minimum means "no date"
        edit.setDate(NO_DATE)
        return edit

    def _build_meeting_options(self, context: AreaContext) -> QGroupBox:
        """Marking, digits, meeting and approval table: what the printed document carries."""
        self.marking = QComboBox(self)
        self.marking.setObjectName("report_marking")
        self.marking.addItem(self.tr("No marking"), "")
        self.marking.addItem(self.tr("Draft"), "draft")
        self.marking.addItem(self.tr("For discussion"), "for_discussion")
        self.marking.addItem(self.tr("Restricted"), "restricted")
        self.marking.addItem(self.tr("Confidential"), "confidential")
        self.digits = QComboBox(self)
        self.digits.setObjectName("report_digits")
        self.digits.addItem(self.tr("Western digits (0-9)"), "western")
        self.digits.addItem(self.tr("Arabic-Indic digits (٠-٩)"), "arabic")
        self.digits.setCurrentIndex(max(self.digits.findData(context.settings.number_style), 0))
        self.digits.currentIndexChanged.connect(self._save_digits)
        self.meeting_number = QLineEdit(self)
        self.meeting_number.setObjectName("report_meeting_number")
        self.meeting_number.setPlaceholderText(self.tr("For example 12/1448"))
        self.meeting_date = self._optional_date("report_meeting_date")
        self.approvals = QCheckBox(self.tr("Print an approval table"), self)
        self.approvals.setObjectName("report_approvals")
        self.approval_names: dict[str, QLineEdit] = {}
        self.approval_dates: dict[str, QDateEdit] = {}
        labels = {
            "prepared": self.tr("Prepared by"),
            "reviewed": self.tr("Reviewed by"),
            "approved": self.tr("Approved by"),
        }
        form = QFormLayout()
        form.addRow(self.tr("Marking"), self.marking)
        form.addRow(self.tr("Digits"), self.digits)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(self.meeting_number, 1)
        meeting_row.addWidget(QLabel(self.tr("on"), self))
        meeting_row.addWidget(self.meeting_date)
        form.addRow(self.tr("Meeting no."), meeting_row)
        form.addRow("", self.approvals)
        for role in APPROVAL_ROLES:
            name = QLineEdit(self)
            name.setObjectName(f"report_{role}_by")
            day = self._optional_date(f"report_{role}_on")
            row = QHBoxLayout()
            row.addWidget(name, 1)
            row.addWidget(day)
            form.addRow(labels[role], row)
            self.approval_names[role], self.approval_dates[role] = name, day
        self.approvals.toggled.connect(self._update_approvals)
        self._update_approvals()
        box = QGroupBox(self.tr("Meeting document"), self)
        box.setLayout(form)
        return box

    def _update_approvals(self) -> None:
        on = self.approvals.isChecked()
        for role in APPROVAL_ROLES:
            self.approval_names[role].setEnabled(on)
            self.approval_dates[role].setEnabled(on)

    def _save_digits(self) -> None:
        """The digits are a setting: the next report (and the command line) use the same."""
        style = str(self.digits.currentData())
        settings = load_settings()
        if settings.number_style != style:
            save_settings(settings.with_changes(number_style=style))

    # -- choices ---------------------------------------------------------------------------
    def titles(self) -> dict[str, str]:
        return {
            "plan": self.tr("National action plan"),
            "progress": self.tr("Progress report"),
            "entity": self.tr("Entity sheet"),
            "challenges": self.tr("Challenges analysis"),
            "recommendation": self.tr("Recommendation sheet"),
        }

    def load_choices(self) -> None:
        """Entities, clusters and references as the database has them now."""
        lang = self._lang
        self.entity.clear()
        for e in sorted(self._services.entities.list(), key=lambda e: e.label(lang)):
            self.entity.addItem(f"{e.label(lang)} ({e.code})", e.code)
        self.cluster.clear()
        self.cluster.addItem(self.tr("All clusters"), "")
        for c in sorted(self._services.clusters.list(), key=lambda c: c.label(lang)):
            self.cluster.addItem(c.label(lang), c.id)
        # The references (267,000 in the whole index) are read when the page is first shown,
        # not while the window starts (issue 11).
        self._references_loaded = False
        if self.isVisible():
            self._load_references()

    def _load_references(self) -> None:
        self._references_loaded = True
        completer = QCompleter(self._services.recommendations.references(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.reference.setCompleter(completer)

    def showEvent(self, event: Any) -> None:  # Qt's name
        if not self._references_loaded:
            self._load_references()
        super().showEvent(event)

    def _update_enabled(self) -> None:
        uses = USES[self.current_kind()]
        self.group_by.setEnabled("group_by" in uses)
        self.entity.setEnabled("entity" in uses)
        self.cluster.setEnabled("cluster" in uses)
        self.reference.setEnabled("reference" in uses)
        self.period.setEnabled("period" in uses)
        self.date_from.setEnabled("period" in uses and self.period.isChecked())
        self.date_to.setEnabled("period" in uses and self.period.isChecked())
        self.use_filter.setEnabled("filter" in uses)

    def register_filter(self) -> RecommendationFilter:
        """The filter the register shows now (empty when the register is not open)."""
        window = self._context.window
        return window.register_filter() if hasattr(window, "register_filter") else RecommendationFilter()

    def _update_filter_note(self) -> None:
        if not self.use_filter.isChecked():
            self.filter_note.setText(self.tr("Every recommendation is included."))
            return
        f = self.register_filter()
        count = self._services.recommendations.count(f)
        self.filter_note.setText(
            self.tr("The report covers the {count} recommendations the register shows.").format(
                count=f"{count:,}"
            )
        )

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def options(self) -> Any:
        """The ReportOptions of the form."""
        from nrtd_desktop.reports.common_report import Approval, ReportOptions

        kind = self.current_kind()
        uses = USES[kind]
        f = (
            self.register_filter()
            if ("filter" in uses and self.use_filter.isChecked())
            else RecommendationFilter()
        )
        cluster = self.cluster.currentData()
        if "cluster" in uses and cluster:
            f = replace(f, cluster=(cluster,))
        period = "period" in uses and self.period.isChecked()
        return ReportOptions(
            kind,
            lang=as_lang(self.language.currentData()),
            filter=f,
            group_by=str(self.group_by.currentData()),
            entity=str(self.entity.currentData() or "") if "entity" in uses else "",
            reference=self.reference.text().strip() if "reference" in uses else "",
            date_from=_date(self.date_from.date()) if period else None,
            date_to=_date(self.date_to.date()) if period else None,
            number_style=str(self.digits.currentData()),
            marking=str(self.marking.currentData()),
            meeting_number=self.meeting_number.text().strip(),
            meeting_date=_optional_date(self.meeting_date),
            approvals=self.approval_choices(Approval),
        )

    def approval_choices(self, approval: Any) -> tuple[Any, ...]:
        """The approval lines typed in the form (none when no table is asked for)."""
        if not self.approvals.isChecked():
            return ()
        names, dates = self.approval_names, self.approval_dates
        return tuple(
            approval(role, names[role].text().strip(), _optional_date(dates[role])) for role in APPROVAL_ROLES
        )

    # -- actions ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        style = self.style()
        self.preview_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView), self.tr("Preview"), self
        )
        self.preview_action.triggered.connect(self.preview)
        self.export_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            self.tr("Save report as PDF…"),
            self,
        )
        self.export_action.setShortcuts([QKeySequence("Ctrl+P"), QKeySequence("Ctrl+E")])
        self.export_action.triggered.connect(self.export)

    def area_actions(self) -> list[QAction]:
        return [self.preview_action, self.export_action]

    def _busy(self) -> bool:
        return self._task is not None and not self._task.done

    def preview(self) -> None:
        if self._busy():
            return
        self.error.hide()
        options = self.options()
        target = Path(self._folder.name) / f"preview-{options.kind}.pdf"
        services = self._services
        # An encrypted database's preview is no plain file in the temporary folder: it is
        # protected with a password that lives only in this page (protected_preview_password).
        password = protected_preview_password(services)

        def work(progress: Progress) -> tuple[QImage, int]:

            progress.report(0, 0, QCoreApplication.translate("ReportsPage", "Reading the data…"))
            doc = services.reports.document(options)
            writing = QCoreApplication.translate("ReportsPage", "Writing the pages…")
            doc.password = password
            doc.write(target, lambda done, total: progress.report(done, total, writing))
            return first_page_image(target, password=password), doc.pages

        self._task = run_task(
            self,
            work,
            title=self.tr("Preview"),
            label=self.tr("Preparing the preview…"),
            on_success=self._show_preview,
            on_failure=self._failed,
            lang=self._lang,
        )

    def _show_preview(self, result: tuple[QImage, int]) -> None:
        image, pages = result
        if not image.isNull():
            self.preview_image.setPixmap(QPixmap.fromImage(image))
        self.preview_image.setToolTip(self.tr("Page 1 of {pages}").format(pages=pages))
        self.message.emit(self.tr("Preview ready: the report has {pages} pages.").format(pages=pages))
        self.previewed.emit()

    def export(self) -> None:
        if self._busy():
            return
        suggested = str(Path.home() / f"{self.current_kind()}-{date.today().isoformat()}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        password = ""
        if self.protect.isChecked():
            from nrtd_desktop.ui.protect_fields import ask_file_password

            asked = ask_file_password(self._lang, self)
            if asked is None:
                return
            password = asked
        self.save_to(path if path.lower().endswith(".pdf") else path + ".pdf", password=password)

    def save_to(self, path: str, *, password: str = "") -> TaskHandle | None:
        """Write the report to ``path`` on a worker thread, with a progress dialog."""
        if self._busy():
            return None
        self.error.hide()
        options = self.options()
        services = self._services

        def work(progress: Progress) -> tuple[str, int]:

            progress.report(0, 0, QCoreApplication.translate("ReportsPage", "Reading the data…"))
            doc = services.reports.document(options)
            writing = QCoreApplication.translate("ReportsPage", "Writing the pages…")

            def pages(done: int, total: int) -> None:
                # Raises when the person cancelled: the temporary file is removed, nothing is left.
                progress.report(done, total, writing)

            doc.password = password
            written = doc.write(path, pages)
            return str(written), doc.pages

        self._task = run_task(
            self,
            work,
            title=self.tr("Save report"),
            label=self.tr("Preparing the report…"),
            on_success=self._saved,
            on_failure=self._failed,
            lang=self._lang,
        )
        return self._task

    def _saved(self, result: tuple[str, int]) -> None:
        path, pages = result
        self.last_saved = (path, pages)
        self.message.emit(
            self.tr("The report was saved to {path} ({pages} pages).").format(path=path, pages=pages)
        )
        self.saved.emit(path, pages)

    def _failed(self, _error: BaseException, sentence: str) -> None:
        """The reason in the page (no modal box: the person corrects the option and tries again)."""
        self.error.setText(sentence)
        self.error.show()
        self.message.emit(sentence)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _optional_date(edit: QDateEdit) -> date | None:
    return None if edit.date() == edit.minimumDate() else _date(edit.date())


def build(context: AreaContext) -> QWidget:
    """The area's page (declared in ``areas.AREAS``, imported when first opened)."""
    return ReportsPage(context)
