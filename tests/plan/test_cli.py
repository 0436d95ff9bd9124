"""``nrtd plan ...`` and ``nrtd challenges ...`` on the demo database."""

from __future__ import annotations

import json

from nrtd_desktop.cli.main import main


def run_json(capsys, *argv: str):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_health_json_matches_the_service(capsys, demo_db, demo_services) -> None:
    data = run_json(capsys, "--db", str(demo_db), "plan", "health", "--json", "--today", "2026-11-29")
    expected = demo_services.plan.health()
    assert data["today"] == "2026-11-29"
    assert {k: v["count"] for k, v in data["lists"].items()} == {
        k: v.count for k, v in expected.lists.items()
    }
    assert data["lists"]["overdue_actions"]["count"] > 0


def test_challenge_stats_json(capsys, demo_db, demo_services) -> None:
    data = run_json(capsys, "--db", str(demo_db), "challenges", "stats", "--json")
    stats = demo_services.plan.challenges.stats()
    assert data["total"] == stats.total
    assert [(r["key"], r["open"]) for r in data["by_category"]] == [
        (r.key, r.open) for r in stats.by_category
    ]


def test_rollup_dry_run_then_apply(capsys, demo_db, demo_services) -> None:
    preview = run_json(capsys, "--db", str(demo_db), "plan", "rollup", "--dry-run", "--json")
    assert preview["dry_run"] is True
    applied = run_json(capsys, "--db", str(demo_db), "plan", "rollup", "--json")
    assert applied["changes"] == preview["changes"]
    assert run_json(capsys, "--db", str(demo_db), "plan", "rollup", "--json")["changes"] == []
    for change in applied["changes"]:
        assert demo_services.recommendations.get(change["recommendation_id"]).status == change["new_status"]


def test_override_needs_a_reason(capsys, demo_db) -> None:
    reference = "UPR-3-122.45"
    assert main(["--db", str(demo_db), "plan", "override", reference, "--status", "implemented"]) == 1
    assert "Reason" in capsys.readouterr().err
    data = run_json(
        capsys,
        "--db",
        str(demo_db),
        "plan",
        "override",
        reference,
        "--status",
        "implemented",
        "--reason",
        "Confirmed in the national report",
        "--json",
    )
    assert (data["status"], data["status_overridden"]) == ("implemented", True)


def test_show_prints_the_smart_check(capsys, demo_db) -> None:
    data = run_json(capsys, "--db", str(demo_db), "plan", "show", "UPR-3-122.45", "--json")
    assert data["owner"]["label_en"] == "UPR-3-122.45"
    checks = [i["smart"] for a in data["actions"] for i in a["indicators"]]
    assert checks and all(set(c) == {"smart", "missing", "problems"} for c in checks)
