"""``nrtd draft``: new, list, show, export, and what it says when something is wrong (issue 22)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from nrtd_desktop.cli.main import main


def test_a_draft_from_the_command_line_to_word_and_pdf(demo_db: Path, tmp_path: Path, capsys: Any) -> None:
    db = str(demo_db)
    assert main(["--db", db, "draft", "new", "tb:CRC/C/SAU/CO/3-4:periodic"]) == 0
    created = capsys.readouterr().out
    assert created.startswith("Draft ") and "periodic report" in created
    assert main(["--db", db, "draft", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["report_type"] for r in rows] == ["upr_midterm", "tb_periodic"]
    crc = rows[1]["id"]

    assert main(["--db", db, "draft", "show", crc[:8], "--lang", "ar"]) == 0
    shown = capsys.readouterr().out
    assert "مشروع التقرير الدوري – لجنة حقوق الطفل" in shown and "الكلمات:" in shown and "21,200" in shown
    assert main(["--db", db, "draft", "show", "upr:4:midterm", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["word_limit"] == 10_700 and data["sections"][0]["key"] == "methodology"

    for name in ("crc.docx", "crc.pdf"):
        out = tmp_path / name
        assert main(["--db", db, "draft", "export", crc[:8], str(out), "--lang", "en"]) == 0
        assert f"Written: {out}" in capsys.readouterr().err
        assert out.stat().st_size > 5_000
    assert (tmp_path / "crc.docx").read_bytes()[:2] == b"PK" and (tmp_path / "crc.pdf").read_bytes()[
        :4
    ] == b"%PDF"


def test_sections_regeneration_and_versions_from_the_command_line(
    demo_db: Path, tmp_path: Path, capsys: Any
) -> None:
    db = str(demo_db)
    text = tmp_path / "methodology.txt"
    text.write_text("نص كتبته اللجنة لهذا الفرع.\nفقرة ثانية.", encoding="utf-8")
    assert main(["--db", db, "draft", "freeze", "upr:4:midterm", "--label", "first"]) == 0
    assert "Version 1" in capsys.readouterr().out
    assert (
        main(
            [
                "--db",
                db,
                "draft",
                "section",
                "upr:4:midterm",
                "methodology",
                "--lang",
                "ar",
                "--text-file",
                str(text),
                "--state",
                "in_review",
                "--entity",
                "HRC",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--db", db, "draft", "regenerate", "upr:4:midterm", "--lang", "en"]) == 0
    assert "edited sections kept" in capsys.readouterr().out
    assert main(["--db", db, "draft", "compare", "upr:4:midterm", "1", "--lang", "ar"]) == 0
    compared = capsys.readouterr().out
    assert "+ نص كتبته اللجنة لهذا الفرع." in compared and "تغيّر" in compared
    assert main(["--db", db, "draft", "show", "upr:4:midterm", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)["sections"][0]
    assert (first["text_ar"], first["state"], first["entity"], first["edited"]) == (
        "نص كتبته اللجنة لهذا الفرع.\nفقرة ثانية.",
        "in_review",
        "HRC",
        True,
    )


def test_mistakes_are_one_sentence_and_nothing_is_written(demo_db: Path, tmp_path: Path, capsys: Any) -> None:
    db = str(demo_db)
    assert (
        main(["--db", db, "--lang", "ar", "draft", "export", "upr:4:midterm", str(tmp_path / "x.txt")]) == 1
    )
    assert "يجب أن ينتهي اسم الملف بـ .docx أو .pdf" in capsys.readouterr().err
    assert not (tmp_path / "x.txt").exists()
    assert main(["--db", db, "draft", "show", "zz"]) == 1
    assert "'zz' was not found" in capsys.readouterr().err
    assert main(["--db", db, "draft", "new", "upr:9:midterm"]) == 1
    assert "upr:9:midterm" in capsys.readouterr().err
    assert main(["--db", db, "draft", "new", "upr:4:review"]) == 1  # a review is no report to write
    assert "upr_national" in capsys.readouterr().err
    assert main(["--db", db, "draft", "section", "upr:4:midterm", "methodology", "--state", "done"]) == 2
    assert main(["--db", db, "draft", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1  # nothing was created
