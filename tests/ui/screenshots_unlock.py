"""Screenshots of the encryption dialogs in Arabic (not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshots_unlock OUT_FOLDER

Writes unlock_ar.png (after a wrong passphrase, the countdown running), unlock_recovery_ar.png,
change_passphrase_ar.png, recovery_key_ar.png and encrypt_ar.png, in a temporary configuration.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(out: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="nrtd-shots26-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    os.environ["NRTD_DATA_DIR"] = str(work / "data")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

    from nrtd_desktop.app import open_services
    from nrtd_desktop.db import cipher
    from nrtd_desktop.safety.recovery import RecoveryKey
    from nrtd_desktop.settings import Settings
    from nrtd_desktop.ui.application import create_application
    from nrtd_desktop.ui.unlock_dialog import (
        ChangePassphraseDialog,
        EncryptDialog,
        RecoveryKeyDialog,
        UnlockDialog,
    )

    app = create_application(sys.argv[:1], Settings(language="ar").language)
    out.mkdir(parents=True, exist_ok=True)
    db = work / "nrtd.sqlite"
    open_services(db, key=cipher.new_key("عبارة مرور اللجنة الوطنية")).close()
    cipher.forget_keys()

    def shoot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(out / name))
        widget.hide()

    unlock = UnlockDialog(db, "ar")
    shoot(unlock, "unlock_empty_ar.png")
    unlock.passphrase.setText("عبارة خاطئة")
    unlock.try_unlock()
    shoot(unlock, "unlock_ar.png")
    unlock.pages.setCurrentIndex(1)
    unlock.recovery_key.setText("NRTD-")
    shoot(unlock, "unlock_recovery_ar.png")
    unlock.close()

    cipher.remember_key(cipher.derive_key("عبارة مرور اللجنة الوطنية", cipher.salt_of(db) or b""))
    services = open_services(db)
    change = ChangePassphraseDialog(services, "ar")
    change.current.setText("x" * 12)
    change.new.setText("y" * 14)
    change.repeat.setText("y" * 13)
    change.change()  # the current passphrase is wrong: the sentence shows under the fields
    shoot(change, "change_passphrase_ar.png")
    services.close()
    shoot(RecoveryKeyDialog(RecoveryKey.new().text), "recovery_key_ar.png")
    shoot(EncryptDialog(work / "plain.sqlite", "ar"), "encrypt_ar.png")
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots26"))
