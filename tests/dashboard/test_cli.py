"""``nrtd dashboard``: the figures as JSON, with the register's filter options."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from nrtd_desktop.cli.main import main
from tests.dashboard.independent import Sql


def run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dashboard_json_with_a_filter(demo_db: Path, capsys: Any, monkeypatch: Any) -> None:
    code, out, _err = run(capsys, "--db", str(demo_db), "dashboard", "--json", "--mechanism", "TB")
    assert code == 0
    data = json.loads(out)
    sql = Sql(demo_db)
    try:
        statuses = sql.group("r.status", "r.mechanism = 'TB'")
        themes = sql.status_by(
            "t.theme_key", "JOIN recommendation_themes t ON t.recommendation_id = r.id", "r.mechanism = 'TB'"
        )
    finally:
        sql.close()
    assert data["headline"]["recommendations"]["count"] == sum(statuses.values()) > 0
    assert {f["key"]: f["count"] for f in data["headline"]["by_status"] if f["count"]} == statuses
    assert {r["key"]: r["total"] for r in data["status_by_theme"]} == {
        k: sum(v.values()) for k, v in themes.items()
    }
    first = data["headline"]["by_status"][0]["selection"]
    assert first == {"kind": "recommendations", "mechanism": ["TB"], "status": ["not_started"]}
    assert data["headline"]["actions_due_30"]["selection"]["kind"] == "actions"


def test_a_bad_date_is_one_sentence(demo_db: Path, capsys: Any) -> None:
    code, _out, err = run(capsys, "--db", str(demo_db), "dashboard", "--from", "2026-13-01")
    assert code == 1
    assert "not a valid date" in err
    code, _out, err = run(
        capsys, "--db", str(demo_db), "dashboard", "--from", "2026-06-01", "--to", "2026-01-01"
    )
    assert code == 1
    assert "end date" in err
