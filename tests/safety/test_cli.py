"""``nrtd backup / backups / restore / check / history`` as a committee member would run them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from nrtd_desktop.app import open_services
from nrtd_desktop.cli.main import main
from tests.safety.conftest import add_recommendations


def test_backup_list_restore_and_check_from_the_command_line(
    db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    db = ["--db", str(db_path)]
    out = tmp_path / "copy.sqlite"
    assert main(["backup", str(out), *db]) == 0
    assert "12 recommendations" in capsys.readouterr().out and out.is_file()
    assert main(["backup", *db]) == 0
    capsys.readouterr()
    assert main(["backups", "--json", *db]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["reason"], b["recommendations"]) for b in listed] == [("manual", 12)]

    services = open_services(db_path, auto_backup=False)
    add_recommendations(services, "LATER", 2)
    services.close()
    assert main(["restore", str(out), *db]) == 0
    said = capsys.readouterr().out
    assert "restored" in said and "before-restore" in said
    assert main(["check", *db]) == 0
    assert "ok (integrity_check" in capsys.readouterr().out


def test_check_exits_non_zero_and_says_what_is_wrong(db_path: Path, capsys: Any) -> None:
    from tests.safety.test_faults import _flip_page_of

    _flip_page_of(db_path, "recommendations")
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "nrtd restore" in err
    text = db_path.with_name("notes.txt")
    text.write_text("hello")
    assert main(["check", "--db", str(text)]) == 1
    assert "not an NRTD Desktop database" in capsys.readouterr().err


def test_history_of_a_reference(db_path: Path, capsys: Any) -> None:
    services = open_services(db_path, auto_backup=False)
    record = services.recommendations.find("UPR-3-10-2")
    services.recommendations.update(record.id, {"status": "implemented"})
    services.close()
    assert main(["history", "--ref", "UPR-3-10-2", "--json", "--db", str(db_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    changes = [(r["operation"], r["field"], r["new_value"]) for r in rows]
    # one change of two fields (a status set by hand is marked as an override), then the creation
    assert sorted(changes[:2]) == [
        ("update", "status", "implemented"),
        ("update", "status_overridden", "True"),
    ]
    assert changes[2:] == [("create", "", None)]
    assert main(["history", "--ref", "UPR-3-10-2", "--db", str(db_path)]) == 0
    assert "status: not_started → implemented" in capsys.readouterr().out
    assert main(["history", "--ref", "NOPE-1", "--db", str(db_path)]) == 1
