"""The ``nrtd`` command as a script would use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nrtd_desktop import __version__
from nrtd_desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_demo_then_stats_gives_a_bilingual_committee_database(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "demo.sqlite")
    code, out, _ = run(capsys, "--db", db, "init", "--demo")
    assert code == 0 and "demo" in out
    code, out, _ = run(capsys, "--db", db, "stats", "--json")
    assert code == 0
    stats = json.loads(out)
    assert stats["recommendations"] >= 50
    assert set(stats["by_mechanism"]) >= {"UPR", "TB", "SP"} and all(stats["by_mechanism"].values())
    assert set(stats["by_position"]) >= {"supported", "supported_in_part", "noted", "pending", "none"}
    assert sum(stats["by_position"].values()) == stats["recommendations"]
    assert sum(stats["by_status"].values()) == stats["recommendations"]
    for key in ("actions", "indicators", "progress_updates", "challenges", "entities", "clusters"):
        assert stats[key] > 0, key
    assert stats["entities"] == 15
    assert stats["schema_version"]
    # init --demo a second time adds nothing
    run(capsys, "--db", db, "init", "--demo")
    assert (
        json.loads(run(capsys, "--db", db, "stats", "--json")[1])["recommendations"]
        == stats["recommendations"]
    )


def test_list_filters_and_arabic_search(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(demo_db)
    code, out, _ = run(capsys, "--db", db, "list", "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    assert {
        "id",
        "reference",
        "text_ar",
        "text_en",
        "mechanism",
        "body",
        "position",
        "status",
        "priority",
        "lead_entity",
    } <= set(rows[0])
    assert any(r["text_ar"] for r in rows) and any(r["text_en"] for r in rows)
    upr = [r for r in rows if r["mechanism"] == "UPR"]
    assert run(capsys, "--db", db, "list", "--mechanism", "UPR", "--count")[1].strip() == str(len(upr))
    supported = [r for r in upr if r["position"] == "supported"]
    out = run(capsys, "list", "--db", db, "--mechanism", "UPR", "--position", "supported", "--json")[1]
    assert sorted(r["reference"] for r in json.loads(out)) == sorted(r["reference"] for r in supported)
    # An Arabic word written without hamza or taa marbuta finds the texts that have them.
    with_women = [r for r in rows if "المرأة" in r["text_ar"]]
    assert with_women
    out = run(capsys, "--db", db, "list", "--search", "المراه", "--json")[1]
    assert {r["reference"] for r in with_women} <= {r["reference"] for r in json.loads(out)}
    lead = rows[0]["lead_entity"] or "HRC"
    out = run(capsys, "--db", db, "list", "--entity", lead, "--json")[1]
    assert json.loads(out)


def test_a_search_finds_every_attached_form_of_its_word(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The demo's own examples: «تعذيب» with «التعذيب»/«للتعذيب», «المرأة» with «للمرأة», «أطفال» with
    «الأطفال»/«للأطفال»/«أطفالها»; the expected records are read from the texts, not from the index."""
    import re

    rows = json.loads(run(capsys, "--db", str(demo_db), "list", "--json")[1])

    def having(pattern: str) -> set[str]:
        return {r["reference"] for r in rows if re.search(pattern, r["text_ar"])}

    def found(search: str) -> set[str]:
        return {r["reference"] for r in json.loads(run(capsys, "--db", str(demo_db), "list", "--search",
                                                        search, "--json")[1])}

    assert run(capsys, "--db", str(demo_db), "list", "--search", "تعذيب", "--count")[1].strip() == "3"
    assert found("تعذيب") == having(r"(?:^|\s)(?:ال|لل|و|ب)?تعذيب") and len(having("للتعذيب")) == 1
    assert having("للمرأة") and having("للمرأة") <= found("المرأة") == having("(?:ال|لل)مرأة")
    children = having(r"(?:^|\s)(?:ال|لل|و|ب)*أطفال")
    assert len(children) == 8 and found("أطفال") == children
    # the order is relevance: the text with the word twice and few others first
    ranked = json.loads(run(capsys, "--db", str(demo_db), "list", "--search", "المرأة", "--json")[1])
    assert [r["reference"] for r in ranked] != sorted(r["reference"] for r in ranked)


def test_errors_are_one_sentence_on_stderr(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    missing = str(tmp_path / "typo.sqlite")
    code, out, err = run(capsys, "--db", missing, "stats", "--json")
    assert code != 0 and out == ""
    assert "typo.sqlite" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not Path(missing).exists()
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    code, _, err = run(capsys, "--lang", "ar", "--db", str(not_db), "list")
    assert code != 0 and "ليس قاعدة بيانات" in err


def test_bad_filter_value_is_explained(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "--db", str(demo_db), "list", "--cycle", "three")
    assert code == 1 and "cycle" in err.lower()


def test_console_script_prints_version_and_no_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "nrtd_desktop.cli.main", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and __version__ in result.stdout
    result = subprocess.run(
        [sys.executable, "-m", "nrtd_desktop.cli.main", "--db", str(tmp_path / "x"), "stats"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
