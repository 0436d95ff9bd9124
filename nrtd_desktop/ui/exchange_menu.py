"""File menu → Exchange package: export…, import…  (``add_exchange_menu(window, file_menu)``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from nrtd_desktop.exchange.manifest import SUFFIX
from nrtd_desktop.ui.guide_links import show_message_with_help
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

    def failed(error: BaseException, sentence: str) -> None:
        if getattr(error, "key", "") == "exchange.other_committee":
            if ask_join_committee(sentence, window):
                review(join=True)
            return
        title = QCoreApplication.translate("Exchange", "Import an exchange package")
        show_message_with_help(window, QMessageBox.Icon.Critical, title, sentence, "package-refused")

    def review(join: bool = False) -> None:
        window.exchange_task = run_task(
            window,
            lambda progress: services.exchange.review(
                path, phrase, role=settings.role, lang=lang, join_committee=join
            ),
            title=QCoreApplication.translate("Exchange", "Import an exchange package"),
            label=QCoreApplication.translate("Exchange", "Checking and comparing the package…"),
            on_success=show,
            on_failure=failed,
            lang=lang,
            cancellable=False,
        )

    review()


def other_committee_box(sentence: str, parent: Any = None) -> QMessageBox:
    """The refusal of another committee's package, with the explicit choice to join it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Exchange", "A package of another committee"),
        sentence,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("other_committee")
    box.setInformativeText(
        QCoreApplication.translate(
            "Exchange",
            "If you join it, your present committee no longer accepts this laptop's packages.",
        )
    )
    refuse = box.addButton(
        QCoreApplication.translate("Exchange", "Refuse the package"), QMessageBox.ButtonRole.RejectRole
    )
    join = box.addButton(
        QCoreApplication.translate("Exchange", "Join that committee and review the package"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    join.setObjectName("join_committee")
    box.setDefaultButton(refuse)
    return box


def ask_join_committee(sentence: str, parent: Any = None) -> bool:
    box = other_committee_box(sentence, parent)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "join_committee"
