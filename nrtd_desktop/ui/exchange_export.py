"""The export dialog: which entities (or the whole plan, or the changes since the last package),
where to write the file, and the committee passphrase typed twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.exchange.crypto import MIN_PASSPHRASE
from nrtd_desktop.exchange.export import ExportRequest
from nrtd_desktop.exchange.manifest import SUFFIX
from nrtd_desktop.services import Services
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.worker import run_task


class ExportPackageDialog(QDialog):
    def __init__(self, services: Services, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_package")
        self.services = services
        self.settings = settings
        self.lang = settings.language
        self.coordinator = settings.role == "coordinator"
        self.result_value: Any = None
        self.task: Any = None
        self.setWindowTitle(self.tr("Export an exchange package"))
        layout = QVBoxLayout(self)
        role_text = (
            self.tr("This laptop is the coordinator's: choose the entities whose part of the plan to send.")
            if self.coordinator
            else self.tr(
                "This laptop is a member's: the package carries what changed here since the last "
                "package, for the coordinator."
            )
        )
        intro = QLabel(role_text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.entities = QListWidget(self)
        bidi.install(self.entities)
        self.entities.setObjectName("export_entities")
        for entity in services.entities.list():
            name = entity.name_ar if self.lang == "ar" else (entity.name_en or entity.name_ar)
            item = QListWidgetItem(f"{entity.code} — {name}")
            item.setData(Qt.ItemDataRole.UserRole, entity.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.entities.addItem(item)
        self.entities.setEnabled(self.coordinator)
        layout.addWidget(self.entities, 1)
        self.whole_plan = QCheckBox(self.tr("The whole plan"), self)
        self.whole_plan.setVisible(self.coordinator)
        self.since_last = QCheckBox(self.tr("Only what changed since the last package"), self)
        self.since_last.setChecked(not self.coordinator)
        self.since_last.setEnabled(self.coordinator)
        layout.addWidget(self.whole_plan)
        layout.addWidget(self.since_last)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("export_path")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("export_passphrase")
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setObjectName("export_confirm")
        form.addRow(self.tr("Committee passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.confirm)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_codes(self) -> tuple[str, ...]:
        return tuple(
            self.entities.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.entities.count())
            if self.entities.item(i).checkState() == Qt.CheckState.Checked
        )

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export an exchange package"),
            self.path.text(),
            self.tr("Exchange packages (*{suffix})").format(suffix=SUFFIX),
        )
        if name:
            self.path.setText(name if name.endswith(SUFFIX) else name + SUFFIX)

    def _refuse(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)

    def export(self) -> None:
        if not self.path.text().strip():
            return self._refuse(self.tr("Choose where to write the package."))
        if self.passphrase.text() != self.confirm.text():
            return self._refuse(self.tr("The two passphrases differ."))
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self._refuse(
                self.tr("The passphrase must have at least {n} characters.").format(n=MIN_PASSPHRASE)
            )
        request = ExportRequest(
            entity_codes=self.chosen_codes(),
            whole_plan=self.whole_plan.isChecked(),
            since_last=self.since_last.isChecked(),
        )
        out, phrase = Path(self.path.text().strip()), self.passphrase.text()
        self.export_button.setEnabled(False)
        self.task = run_task(
            self,
            lambda progress: self.services.exchange.export(
                out, phrase, request, role=self.settings.role, user_entity=self.settings.user_entity
            ),
            title=self.tr("Exporting"),
            label=self.tr("Writing the encrypted package…"),
            on_success=self._done,
            on_failure=self._failed,
            lang=self.lang,
            cancellable=False,
        )
        return None

    def _done(self, result: Any) -> None:
        self.result_value = result
        self.accept()

    def _failed(self, _error: BaseException, sentence: str) -> None:
        self.export_button.setEnabled(True)
        self._refuse(sentence)
