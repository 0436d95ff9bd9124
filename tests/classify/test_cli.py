"""The command line of classification, as a script would use it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from nrtd_desktop.cli.main import main


@pytest.fixture
def db(committee) -> str:  # type: ignore[no-untyped-def]
    path = str(committee.context.engine.url.database)
    committee.close()  # the commands open the file themselves
    return path


def run(capsys: Any, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cluster_commands(db: str, capsys: Any) -> None:
    code, out, _ = run(capsys, "cluster", "list", "--db", db, "--json")
    clusters = {c["name_en"]: c for c in json.loads(out)}
    assert code == 0 and clusters["Prevention of torture"]["recommendation_count"] == 3
    assert run(capsys, "cluster", "create", "الاتجار بالأشخاص", "--name-en", "Trafficking", "--lead", "MOI",
               "--db", db)[0] == 0
    moved = run(capsys, "cluster", "move", "--to", "Trafficking", "CRC-2016-18", "UPR-2-138.5", "--db", db)
    assert moved[0] == 0 and "2 recommendation" in moved[1]
    code, out, _ = run(capsys, "cluster", "split", "Trafficking", "UPR-2-138.5", "--name-ar", "التشريعات",
                       "--db", db)
    assert code == 0
    code, out, _ = run(capsys, "cluster", "merge", "Prevention of torture", "Trafficking", "--db", db)
    assert code == 0 and "4 recommendation" in out
    code, out, _ = run(capsys, "cluster", "show", "Prevention of torture", "--db", db, "--json")
    view = json.loads(out)
    assert [m["reference"] for m in view["by_mechanism"]["TB"]] == ["CAT-2016-12", "CRC-2016-18"]
    code, out, _ = run(capsys, "cluster", "suggest", "--ref", "UPR-3-122.10", "--db", db, "--json")
    assert json.loads(out)[0]["reference"] == "UPR-3-122.11"
    code, _, err = run(capsys, "cluster", "merge", "Prevention of torture", "No such cluster", "--db", db)
    assert code == 1 and "No such cluster" in err


def test_similar_and_duplicates_as_json(db: str, capsys: Any) -> None:
    code, out, _ = run(capsys, "similar", "--ref", "CAT-2016-12", "--db", db, "--json", "--limit", "3")
    found = json.loads(out)
    assert code == 0 and {f["reference"] for f in found[:2]} == {"UPR-3-122.10", "UPR-3-122.11"}
    assert found[0]["shared_words"] and found[0]["language"] == "ar"
    code, out, _ = run(capsys, "duplicates", "--threshold", "0.5", "--db", db, "--json")
    scan = json.loads(out)
    assert code == 0 and scan["total"] == len(scan["pairs"]) > 0
    assert all(p["score"] >= 0.5 for p in scan["pairs"])
    assert scan["index"]["records"] == 10
    first = scan["pairs"][0]
    assert run(capsys, "link", "add", first["first"], first["second"], "--kind", "same", "--db", db)[0] == 0
    code, out, _ = run(capsys, "duplicates", "--threshold", "0.5", "--db", db, "--json")
    assert json.loads(out)["total"] == scan["total"] - 1
    code, out, _ = run(capsys, "duplicates", "--threshold", "0.1", "--db", db)
    assert code == 1


def test_priority_commands(db: str, capsys: Any) -> None:
    code, out, _ = run(capsys, "priority", "weights", "--set", "urgency=6", "--set", "high=70", "--db", db,
                       "--json")
    saved = json.loads(out)
    assert code == 0 and saved["weights"]["urgency"] == 6.0 and saved["thresholds"]["high"] == 70
    code, out, _ = run(capsys, "priority", "recompute", "--db", db, "--json")
    assert json.loads(out)["records"] == 10
    code, out, _ = run(capsys, "priority", "explain", "--ref", "CEDAW-2018-21", "--db", db, "--lang", "ar")
    assert code == 0 and "الاستعجال" in out and "المجموع" in out
    assert run(capsys, "priority", "set", "--ref", "CEDAW-2018-21", "--priority", "low", "--reason", "مغطاة",
               "--db", db)[0] == 0
    run(capsys, "priority", "recompute", "--db", db)
    code, out, _ = run(capsys, "priority", "explain", "--ref", "CEDAW-2018-21", "--db", db, "--json")
    explained = json.loads(out)
    assert explained["priority"] == "low" and explained["overridden"] and explained["reason"] == "مغطاة"
    code, _, err = run(capsys, "priority", "weights", "--set", "urgency=x", "--db", db)
    assert code == 1 and "urgency" in err


def test_entity_commands(db: str, capsys: Any) -> None:
    assert run(capsys, "entity", "add", "NSHR", "الجمعية الوطنية لحقوق الإنسان", "--name-en", "NSHR",
               "--db", db)[0] == 0
    assert run(capsys, "entity", "edit", "NSHR", "--name-en", "National Society for Human Rights",
               "--db", db)[0] == 0
    code, out, _ = run(capsys, "entity", "list", "--db", db, "--json")
    names = {e["code"]: e["name_en"] for e in json.loads(out)}
    assert names["NSHR"] == "National Society for Human Rights"
    code, _, err = run(capsys, "entity", "add", "nshr", "مكرر", "--db", db)
    assert code == 1 and "NSHR" in err
    code, out, _ = run(capsys, "entity", "show", "MOI", "--db", db, "--json")
    work = json.loads(out)
    assert [c["name_en"] for c in work["lead_clusters"]] == ["Prevention of torture"]
