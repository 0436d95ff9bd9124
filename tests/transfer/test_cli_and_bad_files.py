"""The command line end to end: refusals leave the database untouched and say why in a sentence."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from nrtd_desktop.cli.main import main
from nrtd_desktop.importers.safety import OLE2_SIGNATURE
from nrtd_desktop.safety.backup import list_backups
from tests.importers.builders import (
    UHRI_HEADERS,
    UHRI_ROWS,
    rewrite_part,
    set_dimension,
    write_uhri,
    write_xlsx,
)
from tests.transfer.conftest import open_db, state_of


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NRTD_AUTO_BACKUP", "0")
    path = tmp_path / "committee.sqlite"
    assert main(["--db", str(path), "init"]) == 0
    return path


def nrtd(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _db_state(path: Path) -> Any:
    services = open_db(path)
    try:
        return state_of(services)
    finally:
        services.close()


def _ole2(path: Path, streams: list[str]) -> Path:
    header = OLE2_SIGNATURE + bytes(16) + struct.pack("<HHH", 0x3E, 3, 0xFFFE) + bytes(512 - 30)
    entries = b""
    for name in ["Root Entry", *streams]:
        encoded = (name + "\0").encode("utf-16-le")
        entries += encoded.ljust(64, b"\0") + struct.pack("<H", len(encoded)) + bytes(62)
    path.write_bytes(header + entries.ljust(4096, b"\0"))
    return path


def _zip_bomb(path: Path) -> Path:
    write_uhri(path)
    rewrite_part(
        path, "xl/worksheets/sheet1.xml", lambda xml: xml, {"xl/media/padding.bin": bytes(300 * 2**20)}
    )
    return path


def _laughs(path: Path) -> Path:
    write_xlsx(path, ("To", "Text", "From", "Session"), [("Chad", "Text", "France", 5)], write_only=True)
    laughs = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;">]>'

    def change(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return laughs + body.replace(b"<t>To</t>", b"<t>&lol1;</t>", 1)

    rewrite_part(path, "xl/worksheets/sheet1.xml", change)
    return path


def _million_rows(path: Path) -> Path:
    write_uhri(path)
    set_dimension(path, "A1:P2000000")
    return path


def _formula_cell(path: Path) -> Path:
    rows = [[row.get(h) for h in UHRI_HEADERS] for row in UHRI_ROWS]
    rows[1][UHRI_HEADERS.index("UPR Session")] = "=1+16"
    return write_xlsx(path, UHRI_HEADERS, rows, title="UHRI export")


BAD_FILES = {
    "old_xls": (lambda p: _ole2(p, ["Workbook"]), "Excel 97-2003"),
    "encrypted": (lambda p: _ole2(p, ["EncryptionInfo", "EncryptedPackage"]), "password"),
    "zip_bomb": (_zip_bomb, "refused"),
    "xml_bomb": (_laughs, "billion laughs"),
    "million_rows": (_million_rows, "2000000 rows"),
    "formula_cell": (_formula_cell, "formula"),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_bad_file_is_refused_and_the_database_untouched(
    kind: str, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], upr_info_files: tuple[Path, ...]
) -> None:
    build, words = BAD_FILES[kind]
    bad = build(tmp_path / f"{kind}.xlsx")
    before, digest = _db_state(db), hashlib.sha256(db.read_bytes()).hexdigest()
    # A good file in the same command: one import, all or nothing.
    code, _out, err = nrtd(capsys, "--db", str(db), "import", str(upr_info_files[0]), str(bad))
    assert code == 1
    assert err.startswith("nrtd: ") or "nrtd: " in err
    assert words in err
    assert "Traceback" not in err
    assert _db_state(db) == before
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert list_backups(with_counts=False) == []  # refused before the snapshot: nothing to restore


def test_formula_cells_are_listed_by_sheet_row_and_column_in_arabic(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _formula_cell(tmp_path / "formula.xlsx")
    errors = tmp_path / "errors.xlsx"
    code, _out, err = nrtd(
        capsys, "--db", str(db), "--lang", "ar", "import", str(bad), "--errors", str(errors)
    )
    assert code == 1
    assert "الورقة «UHRI export»، الصف 3، العمود «UPR Session»" in err and "معادلة" in err
    sheet = openpyxl.load_workbook(errors).active
    assert sheet.sheet_view.rightToLeft
    row = [cell.value for cell in sheet[2]]
    assert row[:4] == ["formula.xlsx", "UHRI export", 3, "UPR Session"] and "=1+16" in row[4]


def test_unknown_themes_are_imported_as_labels_listed_and_mapped_later(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18: a value no vocabulary knows refuses nothing and is never dropped."""
    rows = [dict(row) for row in UHRI_ROWS]
    rows[2]["Themes"] = "- Right to the moon\n- Women's rights"
    rows[3]["Themes"] = "- Right to the moon"
    path = write_uhri(tmp_path / "uhri.xlsx", rows)
    code, out, _err = nrtd(capsys, "--db", str(db), "import", str(path))
    assert code == 0 and "new: 5" in out
    assert "Values not in the program's vocabularies: 2 in the rows, 1 different" in out
    assert "theme: 'Right to the moon' (2 row(s))" in out
    code, out, _err = nrtd(capsys, "--db", str(db), "vocabulary", "unmatched")
    assert code == 0 and out.split() == ["theme", "2", "Right", "to", "the", "moon"]
    services = open_db(db)
    try:
        symbol = rows[2]["Document Symbol"]
        record = next(r for r in services.recommendations.list(limit=None) if r.document_symbol == symbol)
        assert [t.key for t in services.recommendations.get(record.id).themes] == ["uhri.womens_rights"]
    finally:
        services.close()
    code, out, _err = nrtd(
        capsys, "--db", str(db), "vocabulary", "map", "theme", "Right to the moon", "Right to development"
    )
    assert code == 0 and "2 record(s) changed" in out
    code, out, _err = nrtd(capsys, "--db", str(db), "vocabulary", "unmatched")
    assert "Every imported value is in the program's vocabularies" in out
    services = open_db(db)
    try:
        detail = services.recommendations.get(record.id)
        assert {t.key for t in detail.themes} == {"uhri.womens_rights", "uhri.right_to_development"}
    finally:
        services.close()
    # A later import of a file with the same label applies the mapping by itself.
    rows[0]["Themes"] = "- RIGHT TO THE MOON"
    rows[0]["OHCHR Annotation Id"] = "a1b2c3d4-0001-4000-8000-00000000aaaa"
    rows[0]["UPR Reccomending States"] = "- Oman"
    again = write_uhri(tmp_path / "uhri-2.xlsx", rows[:1])
    code, out, _err = nrtd(capsys, "--db", str(db), "import", str(again))
    assert code == 0 and "Values not in the program's vocabularies" not in out


def test_uhri_file_with_its_exact_columns_matches_the_reference_data(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_uhri(tmp_path / "uhri.xlsx")
    code, out, _err = nrtd(capsys, "--db", str(db), "import", str(path), "--dry-run")
    assert code == 0 and "new: 5" in out and "Dry run" in out
    assert _db_state(db)[0].recommendations == 0
    code, out, _err = nrtd(capsys, "--db", str(db), "import", str(path), "--format", "uhri")
    assert code == 0
    services = open_db(db)
    try:
        upr = services.recommendations.find("A/HRC/40/4 para. 122.45")
        assert upr.body == "UPR" and upr.position == "supported" and upr.session == "31" and upr.cycle == 3
        assert [t.key for t in upr.themes] == ["uhri.discrimination_against_women", "uhri.womens_rights"] or {
            t.key for t in upr.themes
        } == {"uhri.womens_rights", "uhri.discrimination_against_women"}
        assert [g.key for g in upr.affected_groups] == ["women_girls"]
        assert {t.key for t in upr.sdg_targets} == {"5.1", "5.2"}
        assert [s.key for s in upr.recommending_states] == ["BHR"]
        stats = services.stats()
        assert stats.by_mechanism == {"UPR": 3, "TB": 1, "SP": 1}
    finally:
        services.close()


def test_a_mapped_csv_through_a_saved_mapping(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "ministry.csv"
    csv.write_text(
        "Ref,Recommendation,Committee,Topics,Country\n"
        'M-1,"Adopt a law on domestic violence",CEDAW,Women\'s rights;Domestic violence,Saudi Arabia\n'
        'M-2,"Ratify the Convention against Enforced Disappearance",CED,'
        "Enforced disappearances,Saudi Arabia\n",
        encoding="utf-8",
    )
    code, out, err = nrtd(
        capsys,
        "--db",
        str(db),
        "import",
        str(csv),
        "--save-mapping",
        "ministry sheet",
        "--map",
        "source_key=Ref",
        "--map",
        "text_en=Recommendation",
        "--map",
        "body=Committee",
        "--map",
        "themes=Topics",
        "--map",
        "countries_concerned=Country",
        "--dry-run",
    )
    assert code == 0, err
    assert "new: 2" in out
    code, out, err = nrtd(capsys, "--db", str(db), "import", str(csv), "--mapping", "ministry sheet")
    assert code == 0, err
    services = open_db(db)
    try:
        assert services.imports.mapping_names() == ["ministry sheet"]
        rows = services.recommendations.list(limit=None, lang="en")
        assert {row.body for row in rows} == {"CEDAW", "CED"}
        detail = services.recommendations.get(next(r.id for r in rows if r.body == "CEDAW"))
        assert len(detail.themes) == 2
    finally:
        services.close()
    code, out, _err = nrtd(capsys, "--db", str(db), "import", str(csv), "--mapping", "ministry sheet")
    assert code == 0 and "unchanged: 2" in out
    code, _out, err = nrtd(capsys, "--db", str(db), "import", str(csv), "--mapping", "nope")
    assert code == 1 and "no saved column mapping named 'nope'" in err


def test_export_command_writes_the_filtered_register(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nrtd(capsys, "--db", str(db), "import", str(write_uhri(tmp_path / "uhri.xlsx")))
    out_path = tmp_path / "upr.xlsx"
    code, out, err = nrtd(
        capsys, "--db", str(db), "export", "xlsx", str(out_path), "--mechanism", "UPR", "--lang", "en"
    )
    assert code == 0, err
    assert "recommendations 3" in out
    sheet = openpyxl.load_workbook(out_path)["Recommendations"]
    assert sheet.max_row == 4 and not sheet.sheet_view.rightToLeft
