"""The "Backups" area: the backups with their dates, reasons and counts; back up, restore, check.

A restore replaces the database file, which needs every connection closed: the area closes the
services, restores (the current state is backed up first), and asks the person to start the
program again, rather than keep a window whose data just changed under it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.bidi import ltr
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.safety.backup import BackupInfo
from nrtd_desktop.services import Services
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.areas import AreaContext
from nrtd_desktop.ui.empty_state import EmptyHint


def reason_labels() -> dict[str, str]:
    return {
        "daily": QCoreApplication.translate("Backups", "Daily (automatic)"),
        "manual": QCoreApplication.translate("Backups", "Made by hand"),
        "before-import": QCoreApplication.translate("Backups", "Before an import"),
        "before-migration": QCoreApplication.translate("Backups", "Before an upgrade"),
        "before-restore": QCoreApplication.translate("Backups", "Before a restore"),
        "before-merge": QCoreApplication.translate("Backups", "Before merging a package"),
        "before-move": QCoreApplication.translate("Backups", "Before a move"),
    }


class BackupPage(QWidget):
    def __init__(self, services: Services, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_page")
        self.services = services
        self.lang = lang
        self.backups: list[BackupInfo] = []
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        bidi.install(self.table)
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Recommendations"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty_hint = EmptyHint(self.table, self.tr(
            "No backup yet. The first one is made by itself today, after the program has checked the "
            "database; \"Back up now\" makes one at once."))
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.setObjectName("backup_now")
        self.restore_button = QPushButton(self.tr("Restore the chosen backup…"), self)
        self.restore_button.setObjectName("backup_restore")
        self.check_button = QPushButton(self.tr("Check the database"), self)
        self.check_button.setObjectName("backup_check")
        self.folder_button = QPushButton(self.tr("Open the backup folder"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.check_button.clicked.connect(self.check_database)
        self.folder_button.clicked.connect(self.open_folder)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.check_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.backups = self.services.safety.backups()
        text = self.tr(
            "Backups of {db} are kept in {folder}: the newest of each of the last 7 days, 4 weeks "
            "and 12 months, every backup made by hand, and the snapshots taken before imports, "
            "upgrades, restores and merges for 30 days."
        )
        self.folder_label.setText(
            text.format(
                db=ltr(self.services.safety.db_path.name),
                folder=ltr(str(self.services.safety.backup_folder())),
            )
        )
        labels = reason_labels()
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            count = self.tr("unreadable") if backup.recommendations is None else f"{backup.recommendations:,}"
            when = ltr(backup.created.strftime("%Y-%m-%d %H:%M"))  # the moment as every list writes it
            values = (
                when,
                labels.get(backup.reason, backup.reason),
                count,
                ltr(f"{backup.size / 1_048_576:.1f} MB"),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _error(self, error: NrtdError) -> None:
        QMessageBox.warning(self, self.tr("Backups"), error.text(self.lang))

    def back_up_now(self) -> BackupInfo | None:
        try:
            info = self.services.safety.backup_now()
        except NrtdError as error:
            self._error(error)
            return None
        self.refresh()
        self._status(self.tr("Backup made and verified: {name}").format(name=info.path.name))
        return info

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)

    def check_database(self) -> bool:
        result = self.services.safety.check(full=True)
        if result.ok:
            QMessageBox.information(
                self,
                self.tr("Check the database"),
                self.tr("The database is whole (integrity check and foreign keys)."),
            )
        else:
            QMessageBox.critical(
                self,
                self.tr("Check the database"),
                self.tr("The database is damaged: {problems}. Restore the newest good backup.").format(
                    problems=result.summary()
                ),
            )
        return result.ok

    def restore_selected(self, confirmed: bool = False) -> bool:
        backup = self.selected()
        if backup is None:
            return False
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Restore a backup"),
                self.tr(
                    "Replace the database by the backup of {date} ({count} recommendations)? The current "
                    "state is backed up first. The program then closes; start it again."
                ).format(date=backup.created.strftime("%Y-%m-%d %H:%M"), count=backup.recommendations),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        from nrtd_desktop.safety.restore import restore_backup

        db_path = self.services.safety.db_path
        self.services.close()
        try:
            result = restore_backup(db_path, backup.path)
        except NrtdError as error:
            self._error(error)
            return False
        finally:
            self.restore_button.setEnabled(False)
        if not confirmed:
            done = self.tr("Restored: {count} recommendations. The program closes now; start it again.")
            title = self.tr("Restore a backup")
            QMessageBox.information(self, title, done.format(count=result.recommendations))
        window = self.window()
        if window is not self:
            window.close()
        app = QApplication.instance()
        if app is not None and not confirmed:
            app.quit()
        return True

    def open_folder(self) -> None:
        folder = self.services.safety.backup_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def build(context: AreaContext) -> QWidget:
    """The area's page (declared in ``areas.AREAS``, imported when first opened)."""
    return BackupPage(context.services, context.lang)
