"""File menu → Security: protect the database with a passphrase, change it, remember it on this
computer or forget it, and make a new recovery key (``add_security_menu(window, file_menu)``).

Changing the passphrase works on the open database. Encrypting a plain one needs it closed: the
window's services are closed, the file converted (``safety/encryption``), and the window rebuilt
over the encrypted database by the launcher's controller (``window.controller``), as after a
restore.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox

from nrtd_desktop.domain.errors import NrtdError


def add_security_menu(window: Any, file_menu: QMenu) -> QMenu:
    menu = QMenu(QCoreApplication.translate(
        "Security", "Security"), window)
    menu.setObjectName("security_menu")
    encrypt = QAction(QCoreApplication.translate(
        "Security", "Protect the database with a passphrase…"), window)
    encrypt.setObjectName("security_encrypt")
    encrypt.triggered.connect(lambda: encrypt_open_database(window))
    change = QAction(QCoreApplication.translate(
        "Security", "Change the passphrase…"), window)
    change.setObjectName("security_change")
    change.triggered.connect(lambda: change_open_passphrase(window))
    remember = QAction(QCoreApplication.translate(
        "Security", "Remember the passphrase on this computer"), window)
    remember.triggered.connect(lambda: remember_here(window, True))
    forget = QAction(QCoreApplication.translate(
        "Security", "Forget the passphrase on this computer"), window)
    forget.triggered.connect(lambda: remember_here(window, False))
    recovery = QAction(QCoreApplication.translate(
        "Security", "Make a new recovery key…"), window)
    recovery.triggered.connect(lambda: new_recovery(window))
    menu.addActions([encrypt, change, remember, forget, recovery])
    menu.aboutToShow.connect(lambda: _enable(window, encrypt, (change, remember, forget, recovery)))
    file_menu.addMenu(menu)
    window.security_actions = (encrypt, change, remember, forget, recovery)
    return menu


def _encrypted(window: Any) -> bool:
    from nrtd_desktop.db import cipher

    return cipher.key_for_file(window.services.safety.db_path, required=False) is not None


def _enable(window: Any, encrypt: QAction, others: tuple[QAction, ...]) -> None:
    encrypted = _encrypted(window)
    encrypt.setEnabled(not encrypted and getattr(window, "controller", None) is not None)
    for action in others:
        action.setEnabled(encrypted)


def change_open_passphrase(window: Any) -> bool:
    from nrtd_desktop.ui.unlock_dialog import change_passphrase

    changed = change_passphrase(window.services, window.settings.language, window)
    if changed:
        window.statusBar().showMessage(QCoreApplication.translate(
        "Security", "The passphrase was changed."), 8000)
    return changed


def remember_here(window: Any, remember: bool) -> None:
    from nrtd_desktop.db import cipher
    from nrtd_desktop.safety import keystore

    key = cipher.key_for_file(window.services.safety.db_path, required=False)
    if key is None:
        return
    if not remember:
        keystore.forget(key.salt)
        window.statusBar().showMessage(QCoreApplication.translate(
        "Security", "The passphrase is no longer remembered on this computer."), 8000)
        return
    state = keystore.remember(cipher.known_keys(key.salt))
    if state.ok:
        window.statusBar().showMessage(QCoreApplication.translate(
        "Security", "The passphrase is remembered on this computer."), 8000)
    else:
        error = NrtdError("keystore.unavailable", reason=state.reason)
        QMessageBox.warning(window, QCoreApplication.translate(
        "Security", "Security"), error.text(window.settings.language))


def new_recovery(window: Any) -> None:
    from nrtd_desktop.safety import encryption
    from nrtd_desktop.ui.unlock_dialog import show_recovery_key

    answer = QMessageBox.question(
        window, QCoreApplication.translate(
        "Security", "Make a new recovery key…"),
        QCoreApplication.translate(
        "Security", "A new recovery key is shown once; the old paper key still opens the backups made "
                    "until now. Make a new one?"))
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        made = encryption.new_recovery_key(window.services)
    except NrtdError as error:
        QMessageBox.critical(window, QCoreApplication.translate(
        "Security", "Security"), error.text(window.settings.language))
        return
    show_recovery_key(made.text, window)


def encrypt_open_database(window: Any) -> bool:
    """Close the database, encrypt it and its backups, show the recovery key, reopen the window."""
    from nrtd_desktop.safety import encryption
    from nrtd_desktop.ui.backup_startup import open_services_with_dialogs
    from nrtd_desktop.ui.unlock_dialog import EncryptDialog, show_recovery_key

    controller = getattr(window, "controller", None)
    if controller is None:
        return False
    lang = controller.settings.language
    path = window.services.safety.db_path
    dialog = EncryptDialog(path, lang, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    window.save_layout()
    controller.services.close()
    result = None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = encryption.encrypt_database(path, dialog.passphrase(), remember=dialog.remember.isChecked())
    except NrtdError as error:  # nothing was changed: the plain database opens again
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(window, QCoreApplication.translate(
        "Security", "Security"), error.text(lang))
    else:
        QApplication.restoreOverrideCursor()
    opened = open_services_with_dialogs(path, controller.settings)
    if opened is None:
        controller.app.exit(1)
        return False
    controller.services = opened[0]
    new_window = controller.build_window()
    new_window.show()
    window.hide()
    window.deleteLater()
    if result is not None and result.recovery is not None:
        show_recovery_key(result.recovery.text, new_window)
        new_window.statusBar().showMessage(
            NrtdError("encryption.done", path=str(path), backups=len(result.backups)).text(lang), 10000)
        if result.left_plain:
            names = ", ".join(p.name for p in result.left_plain)
            QMessageBox.warning(new_window, QCoreApplication.translate("Security", "Security"),
                                NrtdError("encryption.left_plain", names=names).text(lang))
    return result is not None
