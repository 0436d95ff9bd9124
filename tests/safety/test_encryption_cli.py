"""``nrtd encrypt|decrypt|passphrase`` and every other command on an encrypted database."""

from __future__ import annotations

from pathlib import Path

import pytest

from nrtd_desktop.cli.main import main
from nrtd_desktop.db import cipher
from nrtd_desktop.safety import recovery, unlock

PASSPHRASE = "عبارة مرور اللجنة الوطنية"
SECOND = "the committee's second passphrase"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "nrtd.sqlite"
    monkeypatch.setenv("NRTD_DB", str(path))
    monkeypatch.delenv(unlock.PASSPHRASE_ENV, raising=False)
    monkeypatch.delenv("NRTD_NEW_DB_PASSPHRASE", raising=False)
    assert main(["init", "--demo"]) == 0
    return path


def test_encrypt_prints_the_recovery_key_once_and_commands_need_the_passphrase(
        db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NRTD_NEW_DB_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert main(["--lang", "ar", "encrypt"]) == 0
    out = capsys.readouterr().out
    printed = [line.strip() for line in out.splitlines() if line.strip().startswith("NRTD-")]
    assert len(printed) == 1 and "مفتاح الاسترداد" in out
    recovery.RecoveryKey.parse(printed[0])  # it reads back
    assert not cipher.is_plain(db)
    monkeypatch.delenv("NRTD_NEW_DB_PASSPHRASE")
    cipher.forget_keys()
    # Without the passphrase (no terminal here): a sentence naming NRTD_DB_PASSPHRASE.
    assert main(["list", "--count"]) == 1
    assert "NRTD_DB_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASSPHRASE)
    assert main(["list", "--count"]) == 0
    assert capsys.readouterr().out.strip() == "61"
    for command in (["check"], ["backup"], ["backups"], ["stats"]):
        cipher.forget_keys()
        assert main(command) == 0, command


def test_passphrase_changes_it_and_decrypt_needs_yes(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NRTD_NEW_DB_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt"]) == 0
    cipher.forget_keys()
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv("NRTD_NEW_DB_PASSPHRASE", SECOND)
    assert main(["passphrase"]) == 0
    cipher.forget_keys()
    assert main(["list", "--count"]) == 1  # the old passphrase no longer opens it
    assert "does not open" in capsys.readouterr().err
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, SECOND)
    salt = cipher.salt_of(db)
    assert salt is not None
    import time

    time.sleep(unlock.wait_remaining(salt) + 0.05)
    assert main(["list", "--count"]) == 0
    capsys.readouterr()
    assert main(["decrypt"]) == 1
    assert "--yes" in capsys.readouterr().err and not cipher.is_plain(db)
    assert main(["decrypt", "--yes"]) == 0
    assert cipher.is_plain(db)


def test_remember_without_a_keyring_service_says_so(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NRTD_NEW_DB_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt", "--remember"]) == 0
    err = capsys.readouterr().err
    assert "no keyring service" in err and "asked at each start" in err


def test_encrypt_create_makes_a_new_database_encrypted_from_the_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite"
    monkeypatch.setenv("NRTD_NEW_DB_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(path), "encrypt", "--create"]) == 0
    out = capsys.readouterr().out
    printed = [line.strip() for line in out.splitlines() if line.strip().startswith("NRTD-")]
    assert len(printed) == 1 and not cipher.is_plain(path)
    cipher.forget_keys()
    opened = unlock.with_recovery_key(path, printed[0])
    assert opened.source == "recovery"


def test_encrypt_names_the_plain_copies_a_restore_kept_aside(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    aside = db.with_name(db.name + ".damaged-20261201-101500")
    aside.write_bytes(db.read_bytes())  # what a restore of a damaged database keeps beside it
    monkeypatch.setenv("NRTD_NEW_DB_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert main(["--lang", "ar", "encrypt"]) == 0
    err = capsys.readouterr().err
    assert aside.name in err and "غير مشفّرة" in err
    assert aside.exists() and cipher.is_plain(aside)  # the person's to delete, not the program's


def test_a_reader_process_beside_the_open_window_reads_the_encrypted_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``nrtd list`` in another process while the window writes: it unlocks with
    NRTD_DB_PASSPHRASE, reads the pages the writer left in the (encrypted) WAL, changes nothing."""
    import os
    import subprocess
    import sys

    from nrtd_desktop.app import open_services
    from nrtd_desktop.dto.register import RecommendationInput

    db = tmp_path / "nrtd.sqlite"
    monkeypatch.delenv(unlock.PASSPHRASE_ENV, raising=False)
    window = open_services(db, key=cipher.new_key(PASSPHRASE), auto_backup=False)

    def write(count: int, start: int) -> None:
        for n in range(start, start + count):
            window.recommendations.create(RecommendationInput(
                reference=f"UPR-4-{n}", body="UPR", cycle=4, text_en=f"Recommendation {n}",
                text_ar=f"تلتزم اللجنة بحماية المدافعين رقم {n}"))

    def reader(*args: str, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "NRTD_DB": str(db), unlock.PASSPHRASE_ENV: passphrase}
        return subprocess.run([sys.executable, "-m", "nrtd_desktop.cli.main", *args], env=env,
                              capture_output=True, text=True, timeout=120)

    try:
        write(3, 1)
        wal = db.with_name(db.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the new rows are in the WAL, not yet the file
        first = reader("list", "--count")
        assert first.returncode == 0, first.stderr
        assert first.stdout.strip() == "3"
        write(2, 4)  # the window goes on writing while readers come and go
        second = reader("list", "--search", "المدافعين", "--count")
        assert second.returncode == 0, second.stderr
        assert second.stdout.strip() == "5"
        assert "المدافعين".encode() not in wal.read_bytes() + db.read_bytes()
        wrong = reader("list", "--count", passphrase="not the passphrase")
        assert wrong.returncode != 0 and "Caps Lock" in wrong.stderr
        assert window.recommendations.count() == 5
    finally:
        window.close()
