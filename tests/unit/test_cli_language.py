"""The command line speaks the user's language under ``--lang ar`` (issue 21, point 8): its help,
its errors (none ending in English), its counts; vocabulary options refuse a value outside the
vocabulary and list the valid ones; ``stats`` is a table and ``--json`` the JSON; ``list`` prints
the text in the chosen language, cut at a word to the terminal, whole with ``--wide``."""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.cli import arguments, help_ar
from nrtd_desktop.cli.main import build_parser, main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def parsers() -> list[tuple[str, argparse.ArgumentParser]]:
    found = [("nrtd", build_parser())]
    queue = list(found)
    while queue:
        name, parser = queue.pop()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub_name, sub in action.choices.items():
                    found.append((f"{name} {sub_name}", sub))
                    queue.append((f"{name} {sub_name}", sub))
    return found


def test_every_help_text_and_placeholder_has_its_arabic() -> None:
    missing = []
    for name, parser in parsers():
        if parser.description and not help_ar.help_ar(parser.description):
            missing.append((name, parser.description))
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help and not help_ar.help_ar(choice.help):
                        missing.append((name, choice.help))
            text = action.help
            if text and text is not argparse.SUPPRESS and not (help_ar.help_ar(text)
                                                               or text in help_ar.ARGPARSE_AR):
                missing.append((name, text))
            shown = action.option_strings and action.nargs != 0 and text is not argparse.SUPPRESS
            if shown and not (action.choices and not action.metavar):  # choices show as {a,b}
                metavar = action.metavar or action.dest.upper()
                for part in metavar if isinstance(metavar, tuple) else (metavar,):
                    if str(part) not in help_ar.METAVARS_AR and not str(part).startswith("{"):
                        missing.append((name, f"placeholder {part} of {action.option_strings[0]}"))
    assert not missing, missing


def test_help_is_arabic_under_lang_ar(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "ar", "list", "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("الاستخدام: nrtd list")
    assert "اعرض هذه المساعدة واخرج" in text and "الخيارات:" in text
    assert "مؤيَّدة" not in text and "supported أو supported_in_part" in text  # the keys to type
    assert "show this help" not in text and "usage:" not in text and "repeat for any" not in text
    arguments.HELP_LANG = "en"


@pytest.mark.parametrize(("option", "value", "shown"), [
    ("--position", "maybe", "supported (مؤيَّدة)"),
    ("--status", "done", "implemented (منفذة)"),
    ("--priority", "urgent", "high (عالية)"),
    ("--mechanism", "ICJ", "TB (هيئات المعاهدات)"),
])
def test_a_value_outside_the_vocabulary_is_refused_with_the_valid_ones(
    demo_db: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, shown: str
) -> None:
    code, out, err = run(capsys, "--db", str(demo_db), "--lang", "ar", "list", option, value, "--count")
    assert code == 2 and out == ""
    assert f"«{value}»" in err and shown in err
    code, _out, err = run(capsys, "--db", str(demo_db), "list", option, value)
    assert code == 2 and f"'{value}'" in err and "choose one of" in err


def test_a_vocabulary_value_may_be_written_as_its_name(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_key = run(capsys, "--db", str(demo_db), "list", "--status", "implemented", "--count")
    by_name = run(capsys, "--db", str(demo_db), "list", "--status", "منفذة", "--count")
    assert by_key[0] == by_name[0] == 0 and by_key[1] == by_name[1] and int(by_key[1]) > 0


def test_errors_end_in_the_users_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "nowhere" / "nrtd.sqlite")
    for command in (["stats"], ["list"], ["check"], ["backup"]):
        code, _out, err = run(capsys, "--db", missing, "--lang", "ar", *command)
        assert code == 1 and "الملف غير موجود" in err, (command, err)
        assert not re.search(r"file not found|No such file", err), err


def test_stats_is_a_table_and_json_the_json(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db), "--lang", "ar", "stats")
    assert code == 0
    assert "{" not in out and "by_mechanism" not in out and "'" not in out
    lines = out.splitlines()
    assert re.fullmatch(r"التوصيات\s+61", lines[0])
    assert "حسب الآلية:" in lines and any(re.fullmatch(r"\s+هيئات المعاهدات\s+25", line) for line in lines)
    code, out, _ = run(capsys, "--db", str(demo_db), "stats")
    assert re.search(r"^Recommendations\s+61$", out, re.M)
    assert re.search(r"^\s+Treaty bodies\s+25$", out, re.M)
    code, out, _ = run(capsys, "--db", str(demo_db), "stats", "--json")
    assert json.loads(out)["by_mechanism"] == {"UPR": 33, "TB": 25, "SP": 3}


def test_list_prints_the_chosen_language_cut_at_a_word_or_whole(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_services: Any
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    arabic = demo_services.recommendations.find("CAT-2016-18").text_ar
    code, out, err = run(capsys, "--db", str(demo_db), "--lang", "ar", "list", "--mechanism", "TB")
    assert code == 0 and "عدد التوصيات: 25." in err and "recommendation(s)" not in err
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["الرمز", "المرجعي"]
    line = next(line for line in lines if line.startswith("CAT-2016-18 "))
    columns = sum(not unicodedata.combining(ch) for ch in line)  # harakat take no column
    assert "منفذة جزئياً" in line and line.endswith("…") and columns <= 100
    kept = line.split("  ")[-1].rstrip("…")
    assert arabic.startswith(kept) and arabic[len(kept)] == " "  # cut after a whole word
    code, out, _ = run(capsys, "--db", str(demo_db), "--lang", "ar", "list", "--mechanism", "TB", "--wide")
    wide = next(line for line in out.splitlines() if line.startswith("CAT-2016-18 "))
    assert wide.endswith(arabic)
    code, out, _ = run(capsys, "--db", str(demo_db), "list", "--mechanism", "TB", "--wide")
    english = demo_services.recommendations.find("CAT-2016-18").text_en
    assert next(line for line in out.splitlines() if line.startswith("CAT-2016-18 ")).endswith(english)
