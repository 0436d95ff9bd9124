"""CSV files as people send them: every encoding, line end and delimiter the brief names."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from nrtd_desktop.importers.csv_reader import read_csv
from nrtd_desktop.importers.detect import read_file, read_files
from nrtd_desktop.importers.records import ImportFileError

ARABIC_ROWS = [
    ("To", "Text", "From", "Response", "Action", "Issue", "Session"),
    (
        "Saudi Arabia",
        "مواصلة الجهود الرامية إلى تعزيز حقوق المرأة وتمكينها",
        "Bahrain",
        "Accepted",
        "2",
        "Women's rights",
        "17",
    ),
    (
        "Saudi Arabia",
        "النظر في التصديق على العهد الدولي الخاص بالحقوق المدنية والسياسية",
        "Norway",
        "Noted",
        "3",
        "International instruments",
        "17",
    ),
]
WESTERN_ROWS = [
    ("To", "Text", "From", "Response", "Action", "Issue", "Session"),
    (
        "Chad",
        "Bring Mr. Hissène Habré to justice, as the Committee’s decision requires",
        "Belgium",
        "Accepted",
        "5",
        "Impunity",
        "5",
    ),
    (
        "Brazil",
        "Protect the Guaraní Kaiowá and their land – including in Mato Grosso do Sul",
        "Norway",
        "Accepted",
        "4",
        "Indigenous peoples",
        "1",
    ),
    (
        "Côte d'Ivoire",
        "Sensibiliser la population à l'égalité des femmes; réviser le Code pénal",
        "France",
        "Noted",
        "4",
        "Women's rights",
        "6",
    ),
]


def _csv(rows: list[tuple[str, ...]], delimiter: str = ",", newline: str = "\n") -> str:
    def cell(value: str) -> str:
        return f'"{value}"' if any(ch in value for ch in (delimiter, '"', "\n", ",")) else value

    return newline.join(delimiter.join(cell(v) for v in row) for row in rows) + newline


@pytest.mark.parametrize(
    ("encoding", "bom", "rows"),
    [
        ("utf-8", b"", ARABIC_ROWS),
        ("utf-8", codecs.BOM_UTF8, ARABIC_ROWS),
        ("utf-16-le", codecs.BOM_UTF16_LE, ARABIC_ROWS),
        ("utf-16-be", codecs.BOM_UTF16_BE, ARABIC_ROWS),
        ("utf-16-le", b"", WESTERN_ROWS),
        ("cp1256", b"", ARABIC_ROWS),
        ("cp1252", b"", WESTERN_ROWS),
        ("mac_roman", b"", WESTERN_ROWS),
        ("utf-8", codecs.BOM_UTF8, WESTERN_ROWS),
    ],
)
def test_encodings_are_detected_and_text_comes_out_whole(
    tmp_path: Path, encoding: str, bom: bytes, rows: list[tuple[str, ...]]
) -> None:
    path = tmp_path / "recommendations.csv"
    path.write_bytes(bom + _csv(rows).encode(encoding))
    table = read_csv(path)
    assert table.headers == rows[0]
    assert [tuple(row.values.values()) for row in table] == rows[1:]
    if encoding in ("cp1256", "cp1252", "mac_roman"):
        assert table.info["encoding"] == encoding


def test_arabic_text_goes_to_text_ar(tmp_path: Path) -> None:
    path = tmp_path / "arabic.csv"
    path.write_bytes(_csv(ARABIC_ROWS).encode("cp1256"))
    result = read_file(path)
    assert result.problems == ()
    assert [r.text_ar for r in result.records] == [row[1] for row in ARABIC_ROWS[1:]]
    assert all(r.text_en is None for r in result.records)
    assert [r.position for r in result.records] == ["supported", "noted"]


@pytest.mark.parametrize(("newline", "name"), [("\r\n", "CRLF"), ("\n", "LF"), ("\r", "CR")])
def test_line_ends_and_line_breaks_inside_cells(tmp_path: Path, newline: str, name: str) -> None:
    rows = [
        ("Text", "Themes"),
        ("Ensure equality", "- Women & girls\n- Children"),
        ("Adopt a law", "- Migrants"),
    ]
    text = _csv(rows, newline=newline).replace("\n- ", newline + "- ")
    path = tmp_path / "lines.csv"
    path.write_bytes(text.encode("utf-8"))
    table = read_csv(path)
    assert table.info["line_ending"] == name
    read = list(table)
    assert [row.row_number for row in read] == [2, 3]
    assert read[0].values["Themes"].replace("\r\n", "\n").replace("\r", "\n") == "- Women & girls\n- Children"


@pytest.mark.parametrize(("delimiter", "name"), [(";", "semicolon"), ("\t", "tab"), (",", "comma")])
def test_delimiters(tmp_path: Path, delimiter: str, name: str) -> None:
    path = tmp_path / f"{name}.csv"
    path.write_text(_csv(WESTERN_ROWS, delimiter=delimiter), encoding="utf-8")
    table = read_csv(path)
    assert table.info["delimiter"] == delimiter
    assert table.headers == WESTERN_ROWS[0]
    assert [row.values["Text"] for row in table] == [row[1] for row in WESTERN_ROWS[1:]]


def test_blank_lines_extra_cells_and_short_rows(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        "\nTo,Text,From,Session\n\nChad,Ensure,France,5\nChad,Adopt,France\n,,,\nChad,Ratify,France,5,oops\n"
    )
    table = read_csv(path)
    assert table.info["header_row"] == 2
    rows = list(table)
    assert [row.row_number for row in rows] == [4, 5, 7]
    assert rows[1].values["Session"] == ""
    assert rows[2].flawed
    [problem] = table.problems.items
    assert (problem.row, problem.key) == (7, "import.cell.extra_cells")
    result = read_file(path)
    assert [r.row_number for r in result.records] == [4]  # row 5 lacks its session, row 7 has a stray cell
    assert {(p.row, p.key) for p in result.problems} == {
        (5, "import.cell.required"),
        (7, "import.cell.extra_cells"),
    }


def test_a_file_that_is_no_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "binary.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ImportFileError) as refused:
        list(read_csv(path))
    assert refused.value.key in ("import.csv_undecodable", "import.csv_malformed", "import.no_header")
    assert refused.value.text("ar")


def test_problems_of_a_multi_file_import_name_their_file(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text("To,Text,From,Session\nChad,Ensure,France,5\n", encoding="utf-8")
    bad.write_text("To,Text,From,Session\nChad,Adopt,France,five\n", encoding="utf-8")
    result = read_files([good, bad])
    assert result.rows_read == 2 and len(result.records) == 1
    [problem] = result.problems
    assert problem.file == "bad.csv"
    assert (
        problem.text("en")
        == "Row 2, column 'Session' (file 'bad.csv'): UPR session: 'five' is not a whole number."
    )
    assert (
        problem.text("ar")
        == "الصف 2، العمود «Session» (الملف «bad.csv»): دورة الاستعراض: «five» ليس عدداً صحيحاً."
    )


def test_a_csv_parse_error_names_the_line_the_bad_row_starts_on_in_the_persons_language(
    tmp_path: Path,
) -> None:
    """Issue 18: an unclosed quote on line 5 makes the rest of the file one cell; the message
    names line 5 (not the record count, nor the end of the file) and reads in Arabic too."""
    from nrtd_desktop.importers.detect import read_file

    lines = ["To,Text,From,Session"]
    lines += [f'Chad,"A text\non two lines {n}",France,5' for n in range(1)]  # lines 2-3
    lines += ["Chad,Plain text,France,5"]  # line 4
    lines += ['Chad,"An unclosed quote,France,5']  # line 5
    lines += ["Chad,More text " + "x" * 200 + ",France,5" for _ in range(1000)]
    path = tmp_path / "broken.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        read_file(path)
    error = refused.value
    assert error.key == "import.csv_field_too_long"
    assert "starting on line 5" in error.text("en") and "quotation mark" in error.text("en")
    assert "السطر 5" in error.text("ar") and "علامة تنصيص" in error.text("ar")
