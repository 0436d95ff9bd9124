"""A progress dialog for the long steps of a migration at open (``migrate.MigrationProgress``).

A migration runs while the database opens, before the main window exists, on the GUI thread and in
one transaction (a failure leaves the file as it was). Qt shows the dialog once the work promises
to last more than ``SHOW_AFTER_MS`` (a small register is migrated without a flash of a window), and
it is painted between chunks of the work; there is nothing to cancel, as half a migration is never
kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

SHOW_AFTER_MS = 400


def step_text(step: str, done: int, total: int) -> str:
    if step == "search_index":
        return QCoreApplication.translate(
            "Startup", "Updating the database for the new search: {done} of {total} recommendations analysed."
        ).format(done=f"{done:,}", total=f"{total:,}")
    return QCoreApplication.translate("Startup", "Updating the database…")


class MigrationProgressDialog:
    """Callable as ``progress(step, done, total)``; ``dialog`` is None until the first report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent
        self.dialog: QProgressDialog | None = None

    def __call__(self, step: str, done: int, total: int) -> None:
        if self.dialog is None:
            dialog = QProgressDialog(self._parent)
            dialog.setWindowTitle(QCoreApplication.translate("Startup", "NRTD Desktop"))
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setMinimumDuration(SHOW_AFTER_MS)
            dialog.setAutoClose(False)
            dialog.setMinimumWidth(520)
            self.dialog = dialog
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        self.dialog.setLabelText(step_text(step, done, total))
        QApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
