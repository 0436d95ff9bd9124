"""The import wizard: files and format, (mapping), preview with reasons, import with progress.

1. Files: one or several (one import, all or nothing), the format detected for the first file
   and selectable by hand, a State to keep only its recommendations, and for "any other
   spreadsheet" the column mapping (mapping_dialog.py).
2. Preview: read and compared on a worker thread (ImportService.prepare/preview): new, updated,
   unchanged and rejected rows, the problems with where they are, "save the problems as a
   workbook", and the choice to leave out values that match nothing.
3. Import: the snapshot and the one transaction on a worker thread, with progress.

``add_transfer_actions(window, file_menu)`` puts "Import…" (Ctrl+I) and "Export to Excel…"
(Ctrl+Shift+E) in the File menu.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.guide_links import help_link, install_dialog_help
from nrtd_desktop.ui.screen_fit import fit_to_screen
from nrtd_desktop.ui.worker import error_sentence, run_task

if TYPE_CHECKING:  # the importers load when the wizard opens, not with the window's File menu
    from nrtd_desktop.importers.formats.mapped import ColumnMapping
    from nrtd_desktop.services import Services

FORMATS = ("auto", "uhri", "upr_info", "nrtd", "mapped")


def format_label(name: str) -> str:
    return {
        "auto": QCoreApplication.translate("Import", "Detect from the file"),
        "uhri": QCoreApplication.translate("Import", "UHRI export (Universal Human Rights Index)"),
        "upr_info": QCoreApplication.translate("Import", "UPR Info database"),
        "nrtd": QCoreApplication.translate("Import", "Workbook exported by this program"),
        "mapped": QCoreApplication.translate("Import", "Another spreadsheet, through a column mapping"),
        "unknown": QCoreApplication.translate("Import", "not recognised: choose a column mapping"),
    }.get(name, name)


class FilesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Files to import"))
        self.setSubTitle(self.tr("Several files make one import: all of them are imported, or none."))
        layout = QVBoxLayout(self)
        self.files = QListWidget(self)
        bidi.install(self.files)
        self.files.setObjectName("import_files")
        layout.addWidget(self.files)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add files…"), self)
        add.setObjectName("add_files")
        add.clicked.connect(self._choose)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._remove)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        form = QFormLayout()
        self.format = QComboBox(self)
        self.format.setObjectName("import_format")
        for name in FORMATS:
            self.format.addItem(format_label(name), name)
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("Format:"), self.format)
        self.detected = QLabel(self)
        self.detected.setObjectName("detected_format")
        form.addRow(self.tr("Detected:"), self.detected)
        self.country = QLineEdit(self)
        self.country.setObjectName("import_country")
        self.country.setPlaceholderText(self.tr("all States (or a name: Saudi Arabia, السعودية, SAU)"))
        form.addRow(self.tr("Only recommendations to:"), self.country)
        self.mapping_button = QPushButton(self.tr("Column mapping…"), self)
        self.mapping_button.setObjectName("mapping_button")
        self.mapping_button.clicked.connect(self._edit_mapping)
        self.mapping_label = QLabel(self)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_button)
        mapping_row.addWidget(self.mapping_label, 1)
        form.addRow(self.tr("Mapping:"), mapping_row)
        layout.addLayout(form)
        self._format_changed()

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def add_paths(self, paths: Sequence[str | Path]) -> None:
        for path in paths:
            self.files.addItem(str(path))
        self._detect()
        self.completeChanged.emit()

    def _choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Files to import"), "", self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)")
        )
        if names:
            self.add_paths(names)

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._detect()
        self.completeChanged.emit()

    def _detect(self) -> None:
        paths = self.paths()
        if not paths:
            self.detected.clear()
            return
        from nrtd_desktop.importers.detect import detect

        try:
            found = detect(paths[0]).format
        except NrtdError as error:
            self.detected.setText(error.text(self.wizard_.lang))
            return
        self.detected.setText(format_label(found))
        if found == "unknown" and self.format.currentData() == "auto":
            self.format.setCurrentIndex(self.format.findData("mapped"))

    def _format_changed(self) -> None:
        mapped = self.format.currentData() == "mapped"
        self.mapping_button.setEnabled(mapped)
        self.completeChanged.emit()

    def _edit_mapping(self) -> None:
        paths = self.paths()
        if not paths:
            return
        from nrtd_desktop.ui.mapping_dialog import MappingDialog

        try:
            dialog = MappingDialog(
                self.wizard_.services, paths[0], self.wizard_.lang, self.wizard_.mapping, self
            )
        except NrtdError as error:
            QMessageBox.warning(self, self.title(), error.text(self.wizard_.lang))
            return
        if dialog.exec() and dialog.mapping is not None:
            self.set_mapping(dialog.mapping)

    def set_mapping(self, mapping: ColumnMapping) -> None:
        self.wizard_.mapping = mapping
        self.mapping_label.setText(self.tr("{count} column(s) chosen").format(count=len(mapping.columns)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if not self.paths():
            return False
        return self.format.currentData() != "mapped" or self.wizard_.mapping is not None


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("What the import will do"))
        self.setSubTitle(self.tr("Nothing is written yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        self.counts = QLabel(self)
        self.counts.setObjectName("preview_counts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.problems = QTableWidget(0, 2, self)
        bidi.install(self.problems)
        self.problems.setObjectName("preview_problems")
        self.problems.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Problem")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setColumnWidth(0, 320)
        layout.addWidget(self.problems, 1)
        self.matches_title = QLabel(self.tr("Matched to an existing record (another source of the same "
                                            "recommendation): check the pairs marked unsure"), self)
        self.matches_title.setWordWrap(True)
        layout.addWidget(self.matches_title)
        self.matches = QTableWidget(0, 4, self)
        bidi.install(self.matches)
        self.matches.setObjectName("preview_matches")
        self.matches.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Similarity"), self.tr("Row of the file"), self.tr("Existing record")]
        )
        self.matches.horizontalHeader().setStretchLastSection(True)
        self.matches.setColumnWidth(0, 170)
        self.matches.setColumnWidth(1, 90)
        self.matches.setColumnWidth(2, 330)
        self.matches.setWordWrap(True)
        layout.addWidget(self.matches, 1)
        row = QHBoxLayout()
        self.allow = QCheckBox(self.tr("Import anyway, leaving out the values that match nothing"), self)
        self.allow.setObjectName("allow_unmatched")
        self.allow.toggled.connect(self._allow_changed)
        self.allow.setVisible(False)  # values that match nothing are kept as labels now (issue 18)
        self.save_errors = QPushButton(self.tr("Save the problems as a workbook…"), self)
        self.save_errors.setObjectName("save_errors")
        self.save_errors.clicked.connect(self._save_errors)
        self.problems_help = help_link(self, "unknown-values")
        self.problems_help.setVisible(False)
        row.addWidget(self.allow)
        row.addWidget(self.problems_help)
        row.addStretch(1)
        row.addWidget(self.save_errors)
        layout.addLayout(row)
        self.preview: Any = None
        self.prepared: Any = None
        self.task: Any = None

    def initializePage(self) -> None:
        from dataclasses import replace

        self.preview = None
        self.counts.setText(self.tr("Reading and comparing…"))
        self.problems.setRowCount(0)
        wizard = self.wizard_
        request = wizard.request()
        services = wizard.services

        def work(progress: Any) -> Any:
            prepared = services.imports.prepare(request, lambda d, t, m: progress.report(d, t, m))
            return prepared, services.imports.preview(prepared)

        def done(result: Any) -> None:
            self.prepared, preview = result
            self.prepared.request = replace(self.prepared.request, allow_unmatched=self.allow.isChecked())
            self.show_preview(replace(preview, allow_unmatched=self.allow.isChecked()))

        def failed(_error: BaseException, sentence: str) -> None:
            self.counts.setText(sentence)

        self.task = run_task(
            self,
            work,
            title=wizard.windowTitle(),
            label=self.tr("Reading the files…"),
            on_success=done,
            on_failure=failed,
            lang=wizard.lang,
        )

    def show_preview(self, preview: Any) -> None:
        self.preview = preview
        lines = preview.summary(self.wizard_.lang)
        refusal = preview.refusal()
        if refusal is not None:
            lines.append(refusal.text(self.wizard_.lang))
        self.counts.setText("\n".join(bidi.shown(line, self.wizard_.lang) for line in lines))
        problems = preview.all_problems
        self.problems.setRowCount(len(problems))
        for number, problem in enumerate(problems):
            where, _sep, what = problem.text(self.wizard_.lang).partition(": ")
            self.problems.setItem(number, 0, QTableWidgetItem(where))
            self.problems.setItem(number, 1, QTableWidgetItem(what))
        self.save_errors.setEnabled(bool(problems))
        self.problems.setVisible(bool(problems))
        self.problems_help.setVisible(bool(problems) or refusal is not None)
        self.show_matches(preview)
        self.completeChanged.emit()

    def show_matches(self, preview: Any) -> None:
        pairs = list(getattr(preview, "matches", ()))
        self.matches_title.setVisible(bool(pairs))
        self.matches.setVisible(bool(pairs))
        self.matches.setRowCount(len(pairs))
        for number, pair in enumerate(pairs):
            score = f"{pair.score:.2f}"
            if not pair.sure:
                score = self.tr("{score} (unsure)").format(score=score)
            for column, value in enumerate((pair.reference, score, pair.incoming_text, pair.existing_text)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.matches.setItem(number, column, item)
        self.matches.resizeRowsToContents()

    def _allow_changed(self, checked: bool) -> None:
        from dataclasses import replace

        if self.prepared is not None:
            self.prepared.request = replace(self.prepared.request, allow_unmatched=checked)
        if self.preview is not None:
            self.show_preview(replace(self.preview, allow_unmatched=checked))

    def _save_errors(self) -> None:
        if self.preview is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the problems"), "problems.xlsx", self.tr("Workbooks (*.xlsx)")
        )
        if name:
            self.save_errors_to(Path(name))

    def save_errors_to(self, path: Path) -> None:
        try:
            self.wizard_.services.imports.save_errors(self.preview.all_problems, path, self.wizard_.lang)
        except (NrtdError, OSError) as error:
            QMessageBox.warning(self, self.title(), error_sentence(error, self.wizard_.lang))

    def isComplete(self) -> bool:
        return (
            self.preview is not None
            and self.preview.can_import
            and self.preview.has_work
        )


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("import_result")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.outcome: Any = None
        self.task: Any = None

    def initializePage(self) -> None:
        wizard = self.wizard_
        preview_page = wizard.preview_page
        prepared, preview = preview_page.prepared, preview_page.preview
        self.result_label.setText(self.tr("Importing…"))
        services = wizard.services

        def work(progress: Any) -> Any:
            return services.imports.apply(prepared, lambda d, t, m: progress.report(d, t), preview)

        def done(outcome: Any) -> None:
            self.outcome = outcome
            self.result_label.setText(
                self.tr(
                    "Imported: {new} new and {updated} updated recommendations, in {seconds} s.\n"
                    "A snapshot of the database was taken before: {backup}"
                ).format(
                    new=outcome.preview.new,
                    updated=outcome.preview.updated,
                    seconds=f"{outcome.seconds:.1f}",
                    backup=bidi.ltr(str(outcome.backup)) if outcome.backup else "-",
                )
            )
            wizard.imported = True
            self.completeChanged.emit()

        def failed(_error: BaseException, sentence: str) -> None:
            self.result_label.setText(self.tr("Nothing was imported: {reason}").format(reason=sentence))
            self.completeChanged.emit()

        self.task = run_task(
            self,
            work,
            title=wizard.windowTitle(),
            label=self.tr("Importing…"),
            on_success=done,
            on_failure=failed,
            lang=wizard.lang,
            cancellable=False,
        )

    def isComplete(self) -> bool:
        return self.task is not None and self.task.done


class ImportWizard(QWizard):
    def __init__(self, services: Services, lang: Lang = "ar", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.services = services
        self.lang = lang
        self.mapping: ColumnMapping | None = None
        self.imported = False
        self.setWindowTitle(self.tr("Import recommendations"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        if lang == "ar":
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.files_page = FilesPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.files_page, self.preview_page, self.result_page):
            self.addPage(page)
        install_dialog_help(self)
        fit_to_screen(self, 900, 620)

    def request(self) -> Any:
        from nrtd_desktop.services.imports import ImportRequest

        page = self.files_page
        fmt = page.format.currentData()
        return ImportRequest(
            paths=tuple(page.paths()),
            format=fmt,
            mapping=self.mapping if fmt == "mapped" else None,
            country=page.country.text().strip() or None,
        )


def add_transfer_actions(window: Any, file_menu: QMenu) -> tuple[QAction, QAction]:
    """File → Import… (Ctrl+I) and File → Export to Excel… (Ctrl+Shift+E)."""
    import_action = QAction(QCoreApplication.translate("Import", "Import…"), window)
    import_action.setObjectName("import_action")
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.triggered.connect(lambda: open_import_wizard(window))
    export_action = QAction(QCoreApplication.translate("Import", "Export to Excel…"), window)
    export_action.setObjectName("export_excel_action")
    export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    export_action.triggered.connect(lambda: open_export_dialog(window))
    file_menu.addActions([import_action, export_action])
    file_menu.addSeparator()
    window.transfer_actions = (import_action, export_action)
    return import_action, export_action


def open_import_wizard(window: Any) -> ImportWizard:
    wizard = ImportWizard(window.services, window.lang, window)
    wizard.exec()  # the pages that show what the import wrote read it again (``page_changes``)
    return wizard


def open_export_dialog(window: Any) -> Any:
    from nrtd_desktop.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window.services, window.lang, window.register_filter(), window)
    if dialog.exec() and dialog.result_value is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("Import", "Workbook written: {path}").format(
                path=dialog.result_value.path
            ),
            8000,
        )
    return dialog
