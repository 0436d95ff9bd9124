"""The window's unlock, change-passphrase and recovery-key dialogs, and the Security menu."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from nrtd_desktop.app import create_encrypted, open_services
from nrtd_desktop.db import cipher
from nrtd_desktop.safety import unlock
from nrtd_desktop.ui.unlock_dialog import (
    ChangePassphraseDialog,
    RecoveryKeyDialog,
    UnlockDialog,
    print_recovery_sheet,
)

PASSPHRASE = "عبارة مرور طويلة للجنة"
NEW = "another passphrase for the laptop"


@pytest.fixture
def app_en(qapp: Any) -> Any:
    from nrtd_desktop.ui.application import install_translations

    install_translations(qapp, "en")
    return qapp


@pytest.fixture
def locked_db(tmp_path: Path) -> Path:
    db = tmp_path / "nrtd.sqlite"
    open_services(db, key=cipher.new_key(PASSPHRASE)).close()
    cipher.forget_keys()
    return db


def test_a_wrong_passphrase_says_so_and_disables_unlock_while_the_delay_runs(qtbot: Any, app_ar: Any,
                                                                              locked_db: Path) -> None:
    dialog = UnlockDialog(locked_db, "ar")
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("ليست هذه العبارة")
    dialog.try_unlock()
    assert dialog.unlocked is None and dialog.error.isVisible() is not None
    assert "لا تفتح" in dialog.error.text() and "ثانية" in dialog.error.text()
    assert not dialog.open_button.isEnabled()
    salt = cipher.salt_of(locked_db)
    assert salt is not None
    wait_ms = int(unlock.wait_remaining(salt) * 1000) + 2000
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled(), timeout=wait_ms)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.unlocked is not None and dialog.result() == UnlockDialog.DialogCode.Accepted
    open_services(locked_db).close()


def test_without_a_keyring_remember_is_off_and_the_dialog_says_why(qtbot: Any, app_en: Any,
                                                                   locked_db: Path) -> None:
    dialog = UnlockDialog(locked_db, "en")
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()  # the tests' null keyring: no service
    assert "asked at each start" in dialog.keyring_note.text()


def test_the_recovery_key_page_opens_it(qtbot: Any, tmp_path: Path) -> None:
    db = tmp_path / "nrtd.sqlite"
    services, made = create_encrypted(db, PASSPHRASE)
    services.close()
    cipher.forget_keys()
    dialog = UnlockDialog(db, "ar")
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("the passphrase someone forgot")
    dialog.try_unlock()  # wrong: the delay runs, Unlock waits
    assert not dialog.open_button.isEnabled()
    dialog.forgot.click()
    assert dialog.pages.currentIndex() == 1
    # The recovery key waits for no delay, and the passphrase's message is gone.
    assert dialog.open_button.isEnabled() and dialog.error.isHidden()
    dialog.recovery_key.setText(made.text)
    dialog.try_unlock()
    assert dialog.unlocked is not None and dialog.unlocked.source == "recovery"
    change = ChangePassphraseDialog(db, "ar", recovered=True)
    qtbot.addWidget(change)
    assert change.current.isHidden()
    change.new.setText(NEW)
    change.repeat.setText(NEW)
    change.change()
    assert change.result() == ChangePassphraseDialog.DialogCode.Accepted
    cipher.forget_keys()
    unlock.with_passphrase(db, NEW)


def test_change_passphrase_on_the_open_database(qtbot: Any, app_en: Any, tmp_path: Path) -> None:
    db = tmp_path / "nrtd.sqlite"
    services = open_services(db, key=cipher.new_key(PASSPHRASE))
    try:
        dialog = ChangePassphraseDialog(services, "en")
        qtbot.addWidget(dialog)
        dialog.current.setText(PASSPHRASE)
        dialog.new.setText(NEW)
        dialog.repeat.setText(NEW + " typo")
        dialog.change()
        assert "not the same" in dialog.error.text()
        dialog.repeat.setText(NEW)
        dialog.change()
        assert dialog.result() == ChangePassphraseDialog.DialogCode.Accepted
        assert services.recommendations.count() == 0  # the open database goes on working
    finally:
        services.close()
    cipher.forget_keys()
    unlock.with_passphrase(db, NEW)


def test_the_recovery_key_dialog_closes_only_once_the_key_is_kept(qtbot: Any) -> None:
    dialog = RecoveryKeyDialog("NRTD-AAAA-BBBB")
    qtbot.addWidget(dialog)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert not close.isEnabled()
    dialog.kept.setChecked(True)
    assert close.isEnabled()


def test_the_recovery_key_prints_on_a_sheet_for_the_safe(qtbot: Any, app_ar: Any, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QPushButton

    from nrtd_desktop.safety.recovery import RecoveryKey
    from tests.reports.conftest import read_pdf

    text = RecoveryKey.new().text
    dialog = RecoveryKeyDialog(text)
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "recovery_print")
    assert button is not None and button.text() == "طباعة…"
    # The sheet as the printer gets it (here a PDF printer, the test's own choice of printer).
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    print_recovery_sheet(printer, text, "2026-12-07")
    sheet = read_pdf(tmp_path / "sheet.pdf")
    assert len(sheet.pages) == 1
    # The key, in lines of whole groups, as the person types it back (dashes and spaces aside).
    printed = re.search(r"NRTD-[A-Z0-9 -]+", sheet.all())
    assert printed is not None
    assert re.sub(r"[ -]", "", printed.group()) == text.replace("-", "")
    assert "2026-12-07" in sheet.all()


def test_an_encrypted_database_previews_reports_from_a_protected_file(qtbot: Any,
                                                                       tmp_path: Path) -> None:
    import pypdf

    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.ui.reports_page import ReportsPage
    from tests.ui.conftest import make_window

    services = open_services(tmp_path / "nrtd.sqlite", key=cipher.new_key(PASSPHRASE))
    try:
        load_demo(services)
        window = make_window(qtbot, services, "ar")
        names = [a.objectName() for a in window.security_actions]
        assert names[:2] == ["security_encrypt", "security_change"]
        window.show_area("reports")
        page = window.areas["reports"]
        assert isinstance(page, ReportsPage)
        page.set_kind("challenges")
        with qtbot.waitSignal(page.previewed, timeout=60_000):
            page.preview()
        assert not page.preview_image.pixmap().isNull()
        previews = list(Path(page._folder.name).glob("*.pdf"))
        assert previews and all(pypdf.PdfReader(p).is_encrypted for p in previews)
    finally:
        services.close()
