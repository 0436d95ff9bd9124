"""The window's side of an encrypted database: unlock at start, change the passphrase, the
recovery key shown once, and protecting a plain database.

The decisions are in ``safety/unlock.py`` and ``safety/encryption.py``; these dialogs ask and
show. :func:`ensure_unlocked` is the one hook of the start (``ui/backup_startup``): a plain
database, or one whose key is held or remembered in the keyring, opens without a question.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain import bidi
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.safety import keystore, unlock


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("unlock_error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def _passphrase_form(dialog: QDialog, intro: QWidget, form: QFormLayout, note: QWidget, error: QWidget,
                     ok_text: str, on_ok: Callable[[], None]) -> QDialogButtonBox:
    """Lay a passphrase dialog out (its text, the fields, the keyring's note, the error line, OK
    named ``ok_text`` and Cancel) and return its buttons."""
    standard = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(standard.Ok | standard.Cancel, dialog)
    buttons.button(standard.Ok).setText(ok_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(note)
    layout.addWidget(error)
    layout.addWidget(buttons)
    dialog.resize(540, dialog.sizeHint().height())
    return buttons


def _keyring_note(parent: QWidget, box: QCheckBox) -> QLabel:
    """Under the "remember" box: why it cannot be ticked on this computer, when it cannot."""
    note = QLabel(parent)
    note.setObjectName("keyring_note")
    note.setWordWrap(True)
    note.setStyleSheet("color: #555;")
    state = keystore.availability()
    if state.ok:
        note.hide()
    else:
        box.setChecked(False)
        box.setEnabled(False)
        note.setText(QApplication.translate(
            "Encryption", "This computer has no keyring service (Secret Service, Credential Manager or "
                          "Keychain): the passphrase will be asked at each start."))
    return note


class UnlockDialog(QDialog):
    """The passphrase at start; "forgotten?" switches to the recovery key."""

    def __init__(self, db_path: Path, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.db_path = Path(db_path)
        self.lang = lang
        self.unlocked: unlock.Unlocked | None = None
        self.setWindowTitle(self.tr("Unlock the committee's database"))
        intro = QLabel(self.tr("This database is encrypted. Type its passphrase to open it."), self)
        intro.setWordWrap(True)
        where = QLabel(str(self.db_path), self)
        where.setObjectName("unlock_path")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        where.setStyleSheet("color: #555;")

        self.pages = QStackedWidget(self)
        passphrase_page = QWidget(self.pages)
        self.passphrase = _password_field(passphrase_page, "unlock_passphrase")
        self.show_box = QCheckBox(self.tr("Show the passphrase"), passphrase_page)
        self.show_box.toggled.connect(self._show_passphrase)
        self.remember = QCheckBox(self.tr("Remember on this computer"), passphrase_page)
        self.remember.setObjectName("unlock_remember")
        self.remember.setToolTip(self.tr("The key is kept in this computer's keyring, and the database opens "
                                         "without asking while you are logged in to this account."))
        self.keyring_note = _keyring_note(self, self.remember)
        form = QFormLayout(passphrase_page)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.show_box)
        form.addRow("", self.remember)
        self.forgot = QPushButton(self.tr("Forgot the passphrase? Use the committee's recovery key…"),
                                  passphrase_page)
        self.forgot.setObjectName("unlock_forgot")
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        form.addRow("", self.forgot)

        recovery_page = QWidget(self.pages)
        recovery_intro = QLabel(self.tr("Type the recovery key the coordinator keeps on paper (NRTD- and 13 "
                                        "groups of letters and digits). You will then choose a new "
                                        "passphrase."), recovery_page)
        recovery_intro.setWordWrap(True)
        self.recovery_key = QLineEdit(recovery_page)
        self.recovery_key.setObjectName("unlock_recovery_key")
        self.recovery_key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery_key.setPlaceholderText("NRTD-XXXX-XXXX-…")
        back = QPushButton(self.tr("Back to the passphrase"), recovery_page)
        back.setFlat(True)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        recovery_layout = QVBoxLayout(recovery_page)
        recovery_layout.addWidget(recovery_intro)
        recovery_layout.addWidget(self.recovery_key)
        recovery_layout.addWidget(back, alignment=Qt.AlignmentFlag.AlignLeading)
        self.pages.addWidget(passphrase_page)
        self.pages.addWidget(recovery_page)

        self.error = _error_label(self)
        standard = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("unlock_open")
        self.buttons.addButton(standard.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self._waiting_message = ""

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.pages)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.pages.currentChanged.connect(self._page_changed)
        self._tick()  # a delay left from wrong passphrases before the program was closed

    def _page_changed(self, index: int) -> None:
        """The recovery key page: no keyring note (nothing to remember there), no passphrase
        message, and no delay (a recovery key is not guessed: 260 random bits)."""
        self.keyring_note.setVisible(index == 0 and not keystore.availability().ok)
        if index == 1:
            self._waiting_message = ""
            self.error.hide()
        self._tick()

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)

    def _salt(self) -> bytes | None:
        from nrtd_desktop.db import cipher

        return cipher.salt_of(self.db_path)

    def _tick(self) -> None:
        salt = self._salt()
        remaining = unlock.wait_remaining(salt) if salt is not None else 0.0
        if self.pages.currentIndex() == 1:  # the recovery key waits for no delay
            self.open_button.setEnabled(True)
            return
        if remaining <= 0:
            self._countdown.stop()
            self.open_button.setEnabled(True)
            if self._waiting_message:
                self.error.setText(self._waiting_message)
            return
        self.open_button.setEnabled(False)
        seconds = int(remaining + 0.999)
        wait = self.tr("The next try is possible in {seconds} seconds.").format(seconds=seconds)
        self.error.setText("\n".join(filter(None, [self._waiting_message, wait])))
        self.error.show()
        if not self._countdown.isActive():
            self._countdown.start()

    def try_unlock(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.pages.currentIndex() == 1:
                self.unlocked = unlock.with_recovery_key(self.db_path, self.recovery_key.text())
            else:
                self.unlocked = unlock.with_passphrase(self.db_path, self.passphrase.text(),
                                                       remember=self.remember.isChecked())
        except NrtdError as error:
            if error.key == "unlock.wrong_wait":  # the path is shown above; the countdown below
                self._waiting_message = self.tr("This passphrase does not open the database. Check the "
                                                "keyboard language and Caps Lock.")
            elif error.key == "recovery.wrong_key":
                self._waiting_message = self.tr("This recovery key does not open the database.")
            else:
                self._waiting_message = error.text(self.lang)
            self.error.setText(self._waiting_message)
            self.error.show()
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            self._tick()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


class ChangePassphraseDialog(QDialog):
    """The current passphrase (not after a recovery), the new one twice, remember or not."""

    def __init__(self, target: Any, lang: Lang, parent: QWidget | None = None, *,
                 recovered: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.target = target
        self.lang = lang
        self.recovered = recovered
        self.setWindowTitle(self.tr("Change the passphrase"))
        if recovered:
            text = self.tr("The database was opened with the recovery key. Choose a new passphrase now: the "
                           "forgotten one no longer opens it afterwards.")
        else:
            text = self.tr("The database, and the backups made from now on, are encrypted again with the new "
                           "passphrase. Older backups still open once the database is unlocked. Share the "
                           "new passphrase only with the members who use this laptop.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.current = _password_field(self, "current_passphrase")
        self.new = _password_field(self, "new_passphrase")
        self.repeat = _password_field(self, "repeat_passphrase")
        hint = QLabel(self.tr("At least {minimum} characters; a few words you will remember are better than "
                              "symbols.").format(minimum=unlock.MIN_PASSPHRASE), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.remember = QCheckBox(self.tr("Remember on this computer"), self)
        self.remember.setObjectName("change_remember")
        self.keyring_note = _keyring_note(self, self.remember)
        form = QFormLayout()
        if not recovered:
            form.addRow(self.tr("Current passphrase"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("New passphrase again"), self.repeat)
        form.addRow("", hint)
        form.addRow("", self.remember)
        self.error = _error_label(self)
        self.buttons = _passphrase_form(self, intro, form, self.keyring_note, self.error,
                                        self.tr("Change the passphrase"), self.change)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("change_ok")

    def change(self) -> None:
        from nrtd_desktop.db import cipher
        from nrtd_desktop.safety import encryption

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = encryption.change_passphrase(self.target, None if self.recovered else self.current.text(),
                                               self.new.text(), repeated=self.repeat.text())
            if self.remember.isChecked():
                keystore.remember(cipher.known_keys(key.salt))
        except NrtdError as error:
            self.error.setText(error.text(self.lang))
            self.error.show()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


KEY_GROUPS_PER_LINE = 5


def key_in_lines(text: str) -> list[str]:
    """The recovery key in lines of whole groups: a line never ends in the middle of a group or
    on a dash that a reader could take for part of the key."""
    groups = text.split("-")
    return ["-".join(groups[i:i + KEY_GROUPS_PER_LINE]) for i in range(0, len(groups), KEY_GROUPS_PER_LINE)]


def recovery_sheet_html(text: str, when: str) -> str:
    """The page printed for the coordinator's safe: what the key is, the key, what to do with it.
    The sentences in the window's language (right to left in Arabic); the key left to right."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    direction, align = ("rtl", "right") if rtl else ("ltr", "left")
    title = QApplication.translate("RecoveryKeyDialog", "NRTD Desktop: the committee's recovery key")
    lines = [
        QApplication.translate("RecoveryKeyDialog", "This key opens the committee's encrypted database and "
                               "its backups if the passphrase is forgotten. Keep this page in the safe; do "
                               "not keep it with the laptop, and do not photograph it."),
        QApplication.translate("RecoveryKeyDialog", "To use it: start the program, choose \"Forgot the "
                               "passphrase?\" and type the key (capitals, spaces and dashes do not matter); "
                               "then choose a new passphrase."),
    ]
    # The date left to right inside an Arabic sentence (else the bidi algorithm shows 07-12-2026).
    made = QApplication.translate("RecoveryKeyDialog", "Made on {date}.").format(date=bidi.ltr(when))
    body = "".join(f"<p>{escape(line)}</p>" for line in lines)
    # The key in lines of whole groups (a line never ends in the middle of a group or on a dash).
    key_lines = "<br/>".join(escape(line) for line in key_in_lines(text))
    return (f'<html><body dir="{direction}" style="font-size:12pt;">'
            f'<h2 align="{align}">{escape(title)}</h2>{body}'
            f'<p dir="ltr" align="center" style="font-family:monospace; font-size:18pt; font-weight:bold;">'
            f'{key_lines}</p><p align="{align}">{escape(made)}</p></body></html>')


def print_recovery_sheet(printer: Any, text: str, when: str | None = None) -> None:
    """Lay the recovery sheet out on ``printer`` (a QPrinter the person chose)."""
    from datetime import date

    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    document = QTextDocument()
    document.setHtml(recovery_sheet_html(text, when or date.today().isoformat()))
    # Paginated to the printer's page: one sheet, and no page number under it.
    document.setPageSize(printer.pageRect(QPrinter.Unit.Point).size())
    document.setDocumentMargin(56)  # 2 cm, as Qt leaves around a document it paginates itself
    document.print_(printer)


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: to print or write down for the coordinator's safe."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_key_dialog")
        self._text = text
        self.setWindowTitle(self.tr("The committee's recovery key"))
        intro = QLabel(self.tr("Print this key or write it down, and give it to the coordinator to keep in "
                               "the safe. It opens the database and its backups if the passphrase is "
                               "forgotten. It is shown only this once: the program keeps no copy."), self)
        intro.setWordWrap(True)
        self.key_label = QLabel("\n".join(key_in_lines(text)), self)
        self.key_label.setObjectName("recovery_key_text")
        self.key_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(13)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("border: 1px solid #999; padding: 10px; background: #fffbe6;")
        copy = QPushButton(self.tr("Copy"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        print_button = QPushButton(self.tr("Print…"), self)
        print_button.setObjectName("recovery_print")
        print_button.clicked.connect(self.print_sheet)
        self.kept = QCheckBox(self.tr("I have printed it or written it down"), self)
        self.kept.setObjectName("recovery_kept")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setEnabled(False)
        self.kept.toggled.connect(close.setEnabled)
        self.buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        actions = QHBoxLayout()
        actions.addWidget(print_button)
        actions.addWidget(copy)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.kept)
        layout.addWidget(self.buttons)
        self.resize(600, self.sizeHint().height())

    def print_sheet(self) -> bool:
        """The system's print dialog, then the sheet on the chosen printer (no file is written
        by the program: a printer that prints to a file is the person's choice)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        print_recovery_sheet(printer, self._text)
        return True

    def reject(self) -> None:  # Escape does not close it before the key is kept
        if self.kept.isChecked():
            super().reject()


class EncryptDialog(QDialog):
    """Protecting a plain database: the passphrase twice (the conversion runs once the window's
    database is closed, ``ui/security_menu.encrypt_open_database``)."""

    def __init__(self, db_path: Path, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encrypt_dialog")
        self.db_path = Path(db_path)
        self.lang = lang
        self.setWindowTitle(self.tr("Protect the database with a passphrase"))
        intro = QLabel(self.tr("The database, its backups and its snapshots are encrypted: without the "
                               "passphrase, a lost laptop or USB stick gives nothing away. The plain file is "
                               "removed once the encrypted copy is checked. A recovery key is shown next, "
                               "for the coordinator's safe."), self)
        intro.setWordWrap(True)
        self.new = _password_field(self, "new_passphrase")
        self.repeat = _password_field(self, "repeat_passphrase")
        self.remember = QCheckBox(self.tr("Remember on this computer"), self)
        self.keyring_note = _keyring_note(self, self.remember)
        form = QFormLayout()
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("New passphrase again"), self.repeat)
        form.addRow("", self.remember)
        self.error = _error_label(self)
        self.buttons = _passphrase_form(self, intro, form, self.keyring_note, self.error,
                                        self.tr("Encrypt"), self.check)

    def check(self) -> None:
        try:
            unlock.check_new_passphrase(self.new.text(), self.repeat.text())
        except NrtdError as error:
            self.error.setText(error.text(self.lang))
            self.error.show()
            return
        self.accept()

    def passphrase(self) -> str:
        return self.new.text()


# ---- hooks -------------------------------------------------------------------------------------------

def ensure_unlocked(db_path: Path, lang: Lang, parent: QWidget | None = None) -> bool:
    """Before the database opens: True when it can open (plain, key held, remembered, or typed);
    False when the person quit. After a recovery the new passphrase is set at once."""
    db_path = Path(db_path)
    if not unlock.needs_unlock(db_path):
        return True
    try:
        if unlock.without_asking(db_path) is not None:
            return True
    except NrtdError:
        pass  # NRTD_DB_PASSPHRASE was wrong: ask the person
    dialog = UnlockDialog(db_path, lang, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.unlocked is None:
        return False
    if dialog.unlocked.source == "recovery":
        change = ChangePassphraseDialog(db_path, lang, parent, recovered=True)
        change.exec()  # refused: the database still opens (the key is held); it is asked next time
    return True


def change_passphrase(services: Any, lang: Lang, parent: QWidget | None = None) -> bool:
    """The Security menu's "Change the passphrase…" on the open database."""
    from nrtd_desktop.db import cipher

    if cipher.key_for_file(services.safety.db_path, required=False) is None:
        QMessageBox.information(parent, QApplication.translate("Encryption", "Change the passphrase"),
                                QApplication.translate("Encryption", "This database is not encrypted."))
        return False
    return ChangePassphraseDialog(services, lang, parent).exec() == QDialog.DialogCode.Accepted


def show_recovery_key(text: str, parent: QWidget | None = None) -> None:
    RecoveryKeyDialog(text, parent).exec()
