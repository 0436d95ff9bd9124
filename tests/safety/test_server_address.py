"""Commands about a database file on this computer (backups, restore, encryption) given a
server's address: one sentence in the member's language, exit 1, and nothing tried on the
server. They need no server: the address is refused before anything connects."""

from __future__ import annotations

import pytest

from nrtd_desktop.cli.main import main

SERVER = "postgresql://nrtd:secret@db.example.invalid/nrtd"


@pytest.mark.parametrize("command", [["backup"], ["backups"], ["restore", "old.sqlite"]])
def test_backup_commands_refuse_a_server_in_arabic(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command, "--db", SERVER, "--lang", "ar"]) == 1
    err = capsys.readouterr().err
    assert "خادم قاعدة بيانات" in err and "pg_dump" in err
    assert "secret" not in err  # the password is never shown
    assert "db.example.invalid" in err


def test_encrypt_refuses_a_server_and_names_its_own_protections(capsys: pytest.CaptureFixture[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NRTD_DB_PASSPHRASE", "a long enough passphrase 123")
    assert main(["encrypt", "--db", SERVER, "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "on a server" in err and "does not encrypt" in err
