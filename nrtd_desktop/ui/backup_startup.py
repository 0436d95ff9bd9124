"""Opening the database with the window's answers to what the start-up found.

``open_services_with_dialogs(db_path, settings)`` replaces a bare ``open_services`` in the
launcher: a damaged database offers the newest good backup; a database on a network share, in a
cloud folder or on a removable drive offers a move to the local data folder; a failed automatic
backup is reported; and the member's name and entity are asked once. Returns the services and the
path finally opened (it changes after a move), or None when the person gave up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.safety.location import local_target, move_to_local
from nrtd_desktop.safety.startup import DamagedDatabaseError
from nrtd_desktop.settings import Settings


def _damaged_title() -> str:
    return QCoreApplication.translate("Startup", "The database is damaged")


def _risky_title() -> str:
    return QCoreApplication.translate("Startup", "A risky place for the database")


def offer_restore(error: DamagedDatabaseError, lang: str, parent: QWidget | None = None) -> bool:
    """Show what is damaged; restore the offered backup if the person agrees. True if restored."""
    box = QMessageBox(QMessageBox.Icon.Critical, _damaged_title(), error.text(lang),
                      QMessageBox.StandardButton.NoButton, parent)
    restore = None
    if error.backup is not None:
        restore_text = QCoreApplication.translate("Startup", "Restore the backup")
        restore = box.addButton(restore_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    try:
        result = error.restore()
    except NrtdError as failure:
        QMessageBox.critical(parent, _damaged_title(), failure.text(lang))
        return False
    kept = ", ".join(str(p) for p in result.kept_aside) or "—"
    done = QCoreApplication.translate(
        "Startup", "The backup was restored ({count} recommendations). The damaged file is kept as: {kept}")
    QMessageBox.information(parent, QCoreApplication.translate("Startup", "Backup restored"),
                            done.format(count=result.recommendations, kept=kept))
    return True


def offer_move(services: Any, lang: str, parent: QWidget | None = None) -> tuple[Any, Path]:
    """Warn about a risky place and move the database to the local data folder if asked."""
    from nrtd_desktop.app import open_services

    report = services.safety.startup
    path = services.safety.db_path
    if report is None or report.location is None:
        return services, path
    target = local_target(path)
    box = QMessageBox(QMessageBox.Icon.Warning, _risky_title(), report.location.text(lang),
                      QMessageBox.StandardButton.NoButton, parent)
    question = QCoreApplication.translate("Startup", "Move it to {target}? The file where it is now is left "
                                                     "untouched.")
    box.setInformativeText(question.format(target=target))
    move = box.addButton(QCoreApplication.translate("Startup", "Move it to this computer"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Startup", "Keep it here"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not move:
        return services, path
    services.close()
    try:
        moved = move_to_local(path, target)
    except NrtdError as error:
        QMessageBox.warning(parent, _risky_title(), error.text(lang))
        return open_services(path), path
    return open_services(moved, create=False), moved


def open_services_with_dialogs(db_path: Path, settings: Settings, parent: QWidget | None = None
                               ) -> tuple[Any, Path] | None:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.ui.identity_dialog import ask_identity_if_needed

    lang = settings.language
    for _attempt in range(2):
        try:
            services = open_services(db_path)
            break
        except DamagedDatabaseError as error:
            if not offer_restore(error, lang, parent):
                return None
        except NrtdError as error:
            title = QCoreApplication.translate("Startup", "NRTD Desktop")
            QMessageBox.critical(parent, title, error.text(lang))
            return None
    else:
        return None
    report = services.safety.startup
    if report is not None and report.backup_error is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("Startup", "The automatic backup failed"),
                            report.backup_error.text(lang))
    services, db_path = offer_move(services, lang, parent)
    ask_identity_if_needed(services, settings, parent)
    return services, db_path
