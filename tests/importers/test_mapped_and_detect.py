"""Column mappings for files of any shape, format detection, and the bilingual messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nrtd_desktop.domain.errors import MESSAGES, NrtdError, ValidationError
from nrtd_desktop.importers import messages
from nrtd_desktop.importers.detect import detect_format, preview, read_file
from nrtd_desktop.importers.formats.mapped import ColumnMapping
from tests.importers.builders import UHRI_ROWS, write_uhri, write_xlsx

MINISTRY_HEADERS = ("رقم التوصية", "نص التوصية", "الجهة", "الموقف", "المواضيع", "التاريخ", "ملاحظات")
MINISTRY_ROWS = [
    (
        "MOJ-1",
        "تعديل نظام الإجراءات الجزائية بما يكفل ضمانات المحاكمة العادلة",
        "CCPR",
        "مؤيدة",
        "العدالة; الاحتجاز",
        "2023-05-04",
        "",
    ),
    (
        "MOJ-2",
        "Adopt a law on domestic violence",
        "Committee on the Elimination of Discrimination against Women",
        "",
        "Women's rights",
        "04/05/2023",
        "priority",
    ),
]
MAPPING = ColumnMapping(
    name="Ministry of Justice sheet",
    columns={
        "source_key": "رقم التوصية",
        "text": "نص التوصية",
        "body": "الجهة",
        "position": "الموقف",
        "themes": "المواضيع",
        "publication_date": "التاريخ",
    },
    options={"list_separators": ";"},
)


@pytest.fixture
def ministry_csv(tmp_path: Path) -> Path:
    path = tmp_path / "ministry.csv"
    lines = [
        ";".join(f'"{cell}"' if ";" in cell else cell for cell in row)
        for row in (MINISTRY_HEADERS, *MINISTRY_ROWS)
    ]
    path.write_bytes("\r\n".join(lines).encode("utf-8-sig"))  # Excel's "CSV UTF-8"
    return path


def test_mapping_round_trips_through_json() -> None:
    again = ColumnMapping.from_json(MAPPING.to_json())
    assert again == MAPPING
    assert "نص التوصية" in MAPPING.to_json()  # stored readable, not escaped


def test_mapping_is_validated() -> None:
    with pytest.raises(ValidationError) as unknown:
        ColumnMapping("m", {"text": "A", "colour": "B"})
    assert unknown.value.key == "import.mapping_unknown_target"
    with pytest.raises(ValidationError) as no_text:
        ColumnMapping("m", {"body": "B"})
    assert no_text.value.key == "import.mapping_no_text"
    with pytest.raises(ValidationError) as bad_kind:
        ColumnMapping("m", {"text": "A"}, {"mechanism_kind": "Council"})
    assert bad_kind.value.key == "import.cell.unknown_mechanism"
    with pytest.raises(ValidationError) as bad_json:
        ColumnMapping.from_json("{not json")
    assert bad_json.value.key == "import.mapping_bad_json"


def test_preview_shows_headers_and_first_rows(ministry_csv: Path) -> None:
    shown = preview(ministry_csv, n=1)
    assert shown.headers == MINISTRY_HEADERS
    assert shown.rows == (MINISTRY_ROWS[0],)
    assert shown.info["delimiter"] == ";"


def test_preview_of_a_workbook(tmp_path: Path) -> None:
    shown = preview(write_uhri(tmp_path / "uhri.xlsx"), n=2)
    assert shown.sheet == "UHRI export" and shown.sheet_names == ("UHRI export",)
    assert len(shown.rows) == 2
    assert shown.rows[0][0] == UHRI_ROWS[0]["Text"]
    assert shown.rows[0][7] == "43467"  # a serial as the dialog shows it


def test_a_file_read_through_a_mapping(ministry_csv: Path) -> None:
    assert detect_format(ministry_csv) == "unknown"
    result = read_file(ministry_csv, mapping=MAPPING)
    assert result.format == "mapped" and result.problems == ()
    arabic, english = result.records
    assert arabic.source_key == "MOJ-1" and english.source_key == "MOJ-2"
    assert arabic.text_ar.startswith("تعديل نظام") and arabic.text_en is None
    assert english.text_en == "Adopt a law on domestic violence" and english.text_ar is None
    assert (arabic.mechanism_kind, english.mechanism_kind) == ("TB", "TB")
    assert arabic.position == "supported" and english.position is None
    assert arabic.themes_raw == ("العدالة", "الاحتجاز")
    assert arabic.publication_date == english.publication_date
    assert dict(english.extra) == {"ملاحظات": "priority"}


def test_mapping_naming_a_missing_column_is_refused(ministry_csv: Path) -> None:
    mapping = ColumnMapping("old", {"text": "نص التوصية", "upr_session": "الدورة"})
    with pytest.raises(NrtdError) as refused:
        read_file(ministry_csv, mapping=mapping)
    assert refused.value.key == "import.missing_columns" and "'الدورة'" in refused.value.text("ar")


def test_mapped_rows_without_key_get_stable_content_keys(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "plain.xlsx", ("Recommendation", "State"), [("Ensure equality", "Chad")] * 2)
    mapping = ColumnMapping("plain", {"text": "Recommendation", "countries_concerned": "State"})
    first = [r.source_key for r in read_file(path, mapping=mapping).records]
    assert first == [r.source_key for r in read_file(path, mapping=mapping).records]
    assert len(set(first)) == 2


def test_unknown_files_are_refused_with_their_headers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "budget.xlsx", ("Ministry", "Budget"), [("Justice", 100)])
    assert detect_format(path) == "unknown"
    with pytest.raises(NrtdError) as refused:
        read_file(path)
    assert refused.value.key == "import.unknown_format"
    assert "Ministry, Budget" in refused.value.text("en") and "Ministry, Budget" in refused.value.text("ar")
    with pytest.raises(NrtdError) as wrong_format:
        read_file(path, format="nrtd")
    assert wrong_format.value.key == "nrtd.not_nrtd"  # the program's own format, claimed wrongly
    with pytest.raises(NrtdError) as bad_type:
        other = tmp_path / "notes.docx.pdf"
        other.write_bytes(b"%PDF-1.4")
        read_file(other)
    assert bad_type.value.key == "import.unsupported_file_type"


def test_forcing_a_format_reads_the_file_as_that_format(tmp_path: Path) -> None:
    path = write_uhri(tmp_path / "uhri.xlsx")
    with pytest.raises(NrtdError) as refused:
        read_file(path, format="upr_info")
    assert refused.value.key == "import.missing_columns"


def test_every_importer_message_has_arabic_with_the_same_placeholders() -> None:
    placeholders = re.compile(r"{(\w+)}")
    for key in messages.MESSAGES:
        english, arabic = MESSAGES[key]
        assert set(placeholders.findall(english)) == set(placeholders.findall(arabic)), key
        assert re.search("[\u0621-\u064a]", arabic), key
        assert not re.search("[\u0621-\u064a]", english), key
