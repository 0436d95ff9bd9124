"""A database copied to another computer becomes a new site after one question (issue 16, fault 4).

The site identity (``meta`` "site_id") is tied to the installation (an id kept in the per-user
configuration folder): on the first start of another installation the program recognises the
copy, asks once, and makes it a new site. A database opened again by the same installation, or
restored from its own backup, is never asked.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.app import open_services
from nrtd_desktop.cli.main import main
from nrtd_desktop.domain.errors import DatabaseError
from nrtd_desktop.safety.backup import create_backup
from nrtd_desktop.safety.restore import restore_backup
from tests.safety.conftest import add_recommendations, digest


def _on(monkeypatch: pytest.MonkeyPatch, installation: str) -> None:
    monkeypatch.setenv("NRTD_INSTALLATION_ID", installation)


def _site(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(connection.execute("SELECT value FROM meta WHERE key='site_id'").fetchone()[0]).strip('"')
    finally:
        connection.close()


def _made_on_a(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    _on(monkeypatch, "laptop-A")
    original = tmp_path / "a" / "nrtd.sqlite"
    original.parent.mkdir()
    services = open_services(original, auto_backup=False)
    add_recommendations(services, "UPR-A", 3)
    site = services.context.actor.site_id
    services.close()
    return original, site


def _copy(original: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "b" / "nrtd.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(original, copy)
    return copy


def test_a_copy_on_another_installation_is_asked_once_then_is_a_new_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original, site_a = _made_on_a(tmp_path, monkeypatch)
    copy = _copy(original, tmp_path)
    _on(monkeypatch, "laptop-B")
    before = digest(copy)
    with pytest.raises(DatabaseError) as asked:
        open_services(copy, auto_backup=False)
    assert asked.value.key == "site.copied"
    assert "another computer" in asked.value.text("en") and "حاسوب آخر" in asked.value.text("ar")
    assert digest(copy) == before and _site(copy) == site_a  # nothing changed before the answer
    services = open_services(copy, auto_backup=False, copied_site="new")
    site_b = services.context.actor.site_id
    assert services.recommendations.count() == 3
    services.close()
    assert site_b != site_a and _site(copy) == site_b
    services = open_services(copy, auto_backup=False)  # asked once: not again
    assert services.context.actor.site_id == site_b
    services.close()
    _on(monkeypatch, "laptop-A")
    services = open_services(original, auto_backup=False)  # the original is not touched by any of this
    assert services.context.actor.site_id == site_a
    services.close()


def test_the_same_installation_and_a_restored_backup_are_not_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original, site_a = _made_on_a(tmp_path, monkeypatch)
    services = open_services(original, auto_backup=False)
    backup = create_backup(services, "manual")
    add_recommendations(services, "LATER", 2)
    services.close()
    restore_backup(original, backup.path)
    services = open_services(original, auto_backup=False)
    assert services.context.actor.site_id == site_a and services.recommendations.count() == 3
    services.close()


def test_a_database_from_before_this_version_is_adopted_without_a_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original, site_a = _made_on_a(tmp_path, monkeypatch)
    with sqlite3.connect(original) as connection:
        connection.execute("DELETE FROM meta WHERE key='site_installation'")
    _on(monkeypatch, "laptop-B")
    services = open_services(original, auto_backup=False)
    assert services.context.actor.site_id == site_a
    services.close()


def test_without_the_override_the_installation_lives_in_the_configuration_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NRTD_INSTALLATION_ID", raising=False)
    monkeypatch.setenv("NRTD_CONFIG_DIR", str(tmp_path / "config-a"))
    db = tmp_path / "nrtd.sqlite"
    open_services(db, auto_backup=False).close()
    open_services(db, auto_backup=False).close()  # the same installation: never asked
    assert (tmp_path / "config-a" / "installation.json").is_file()
    monkeypatch.setenv("NRTD_CONFIG_DIR", str(tmp_path / "config-b"))  # a second computer's program
    with pytest.raises(DatabaseError) as asked:
        open_services(db, auto_backup=False)
    assert asked.value.key == "site.copied"


def test_the_command_line_explains_and_makes_the_copy_a_new_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    original, site_a = _made_on_a(tmp_path, monkeypatch)
    copy = _copy(original, tmp_path)
    _on(monkeypatch, "laptop-B")
    db = ["--db", str(copy)]
    assert main(["priority", "recompute", *db]) == 1  # a command that writes
    err = capsys.readouterr().err
    assert "nrtd site new" in err and "unexpected" not in err
    assert main(["--lang", "ar", "priority", "recompute", *db]) == 1
    assert "nrtd site new" in capsys.readouterr().err
    assert main(["list", "--count", *db]) == 0  # reading needs no answer
    assert capsys.readouterr().out.strip() == "3"
    assert main(["site", "show", *db]) == 0
    assert "nrtd site new" in capsys.readouterr().out
    assert main(["site", "new", *db]) == 0
    out = capsys.readouterr().out
    site_b = _site(copy)
    assert site_b != site_a and site_b in out
    assert main(["priority", "recompute", *db]) == 0
    assert main(["site", "show", *db]) == 0
    assert site_b in capsys.readouterr().out
