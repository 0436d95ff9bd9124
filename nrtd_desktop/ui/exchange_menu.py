"""File menu → Exchange package: export…, import…  (``add_exchange_menu(window, file_menu)``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from nrtd_desktop.exchange.manifest import SUFFIX
from nrtd_desktop.ui.worker import run_task


def add_exchange_menu(window: Any, file_menu: QMenu) -> QMenu:
    menu = QMenu(QCoreApplication.translate("Exchange", "Exchange package"), window)
    menu.setObjectName("exchange_menu")
    export_action = QAction(QCoreApplication.translate("Exchange", "Export…"), window)
    export_action.triggered.connect(lambda: export_package(window))
    import_action = QAction(QCoreApplication.translate("Exchange", "Import…"), window)
    import_action.triggered.connect(lambda: import_package(window))
    menu.addActions([export_action, import_action])
    file_menu.addMenu(menu)
    window.exchange_actions = (export_action, import_action)
    return menu


def export_package(window: Any) -> None:
    from nrtd_desktop.ui.exchange_export import ExportPackageDialog

    dialog = ExportPackageDialog(window.services, window.settings, window)
    if dialog.exec() and dialog.result_value is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("Exchange", "Package written: {path}").format(
                path=dialog.result_value.path
            ),
            8000,
        )


def import_package(window: Any, path: str | None = None) -> None:
    """Choose the file, ask the passphrase, review (worker thread), then the merge review dialog."""
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("Exchange", "Import an exchange package"),
            "",
            QCoreApplication.translate("Exchange", "Exchange packages (*{suffix})").format(suffix=SUFFIX),
        )
        if not path:
            return
    phrase, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("Exchange", "Import an exchange package"),
        QCoreApplication.translate("Exchange", "Committee passphrase"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return
    settings, services, lang = window.settings, window.services, window.lang

    def show(review: Any) -> None:
        from nrtd_desktop.ui.exchange_review import MergeReviewDialog

        dialog = MergeReviewDialog(services, review, lang, window)
        if dialog.exec() and dialog.result_value is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Exchange", "The package was merged."), 8000
            )

    window.exchange_task = run_task(
        window,
        lambda progress: services.exchange.review(path, phrase, role=settings.role, lang=lang),
        title=QCoreApplication.translate("Exchange", "Import an exchange package"),
        label=QCoreApplication.translate("Exchange", "Checking and comparing the package…"),
        on_success=show,
        on_failure=lambda _e, sentence: QMessageBox.critical(
            window, QCoreApplication.translate("Exchange", "Import an exchange package"), sentence
        ),
        lang=lang,
        cancellable=False,
    )
