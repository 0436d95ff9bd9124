"""The real UPR Info export (five Mac Roman CSVs with bare CR line ends), and the same as xlsx."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from nrtd_desktop.importers.csv_reader import read_csv
from nrtd_desktop.importers.detect import detect_format, read_file, read_files
from nrtd_desktop.reference.catalog import get_catalog
from tests.importers.builders import write_xlsx


@pytest.fixture(scope="module")
def upr_info(upr_info_csvs: list[Path]):
    return read_files(upr_info_csvs)


def test_the_five_files_give_every_recommendation_with_its_position(upr_info) -> None:
    assert upr_info.format == "upr_info"
    assert upr_info.problems == () and upr_info.problem_count == 0
    assert upr_info.rows_read == 41_066
    assert len(upr_info.records) == 41_066
    positions = Counter(record.position for record in upr_info.records)
    assert positions == {"supported": 30_472, "noted": 10_594}
    assert Counter(r.position_raw for r in upr_info.records) == {"Accepted": 30_472, "Noted": 10_594}


def test_files_are_read_as_mac_roman_with_cr_line_ends(upr_info_csvs: list[Path]) -> None:
    table = read_csv(upr_info_csvs[0])
    assert table.info["encoding"] == "mac_roman"
    assert table.info["line_ending"] == "CR"
    assert table.info["delimiter"] == ","
    texts = [row.values["Text"] for path in upr_info_csvs for row in read_csv(path)]
    # Mac Roman 0x8E is "é": the Chadian former president's name must come out whole.
    assert any("Hissène Habré" in text for text in texts)
    assert not any("\ufffd" in text or "Ž" in text for text in texts)


def test_every_record_is_a_upr_recommendation_with_category_session_and_states(upr_info) -> None:
    for record in upr_info.records:
        assert record.source_format == "upr_info"
        assert record.mechanism_kind == "UPR"
        assert record.annotation_type == "recommendation"
        assert record.action_category in (1, 2, 3, 4, 5)
        assert 1 <= record.upr_session <= 20
        assert record.upr_cycle == (1 if record.upr_session <= 12 else 2)
        assert record.text_en and not record.text_ar
        assert len(record.countries_concerned) == 1
    assert len({record.countries_concerned[0] for record in upr_info.records}) == 193
    # Nine rows name no recommending State: the export writes an escaped "(Unknown)".
    unknown = [r for r in upr_info.records if not r.recommending_states]
    assert len(unknown) == 9
    assert all(r.extra.get("From-Org") == "(Unknown)" for r in unknown)


def test_issues_are_split_into_the_54_known_issues(upr_info) -> None:
    issues = Counter(issue for record in upr_info.records for issue in record.themes_raw)
    assert len(issues) == 54
    catalog = get_catalog()
    assert all(catalog.match_theme(issue, "upr_info") is not None for issue in issues)
    first = upr_info.records[0]
    assert first.themes_raw == ("Rights of the Child", "Women's rights")


def test_keys_are_unique_and_the_same_when_read_again(upr_info, upr_info_csvs: list[Path]) -> None:
    keys = [record.source_key for record in upr_info.records]
    assert len(set(keys)) == 41_066
    again = read_files(upr_info_csvs)
    assert [record.source_key for record in again.records] == keys


# Keys as databases in the field already hold them: an import must find these rows again, so
# the way a key is made (keys.py) may get faster but never give another value.
KNOWN_KEYS = {
    # (State under review, session, row of its file): key
    ("Afghanistan", 5, 2): "upr_info:51ab90cdd94d3e57091fb762c26ece21:1",
    ("Australia", 10, 412): "upr_info:e52ad21d5918d4d77670658d786e03cd:2",  # a repeated row's second
    ("Indonesia", 1, 2497): "upr_info:7d42308f78b7b13513c761113499c066:1",  # recommending State unknown
    ("Senegal", 4, 4639): "upr_info:f49522c819b3f99c486e8d1889e08fbf:1",  # "Hissène Habré" in the text
    ("United States", 9, 8344): "upr_info:a35783782857a635cbc50a8876c8f36e:1",  # the last row of 6-9.csv
}
ALL_KEYS_SHA256 = "7a28ff00bd3c4e1940220550fa212460d791281caa0e3e90343ade7b7dc53d78"


def test_keys_are_those_already_stored_in_databases(upr_info) -> None:
    by_place = {
        (r.countries_concerned[0], r.upr_session, r.row_number): r.source_key for r in upr_info.records
    }
    assert {place: by_place.get(place) for place in KNOWN_KEYS} == KNOWN_KEYS
    every_key = "\n".join(record.source_key for record in upr_info.records)
    assert hashlib.sha256(every_key.encode()).hexdigest() == ALL_KEYS_SHA256


UPR_HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session"
GOOD = "Chad,African Group,,Ratify the Convention against Torture,France,WEOG,,Accepted,3,Torture,5"


def test_rows_with_a_problem_are_reported_and_keep_the_numbering_of_keys(tmp_path: Path) -> None:
    rows = [
        GOOD,
        "Chad,African Group,,,France,WEOG,,Accepted,3,Torture,5",  # no text
        "Chad,African Group,,Ratify the Convention against Torture,France,WEOG,,Accepted,3,Torture,abc",
        "Chad,African Group,,Ratify the Convention against Torture,France,WEOG,,Accepted,3,Torture,0",
        "Chad,African Group,,Ratify the Convention against Torture,France,WEOG,,Accepted,9,Torture,5",
        "Chad,African Group,,Ratify the Convention against Torture,France,WEOG,,Maybe,3,Torture,5",
        ",African Group,,Ratify the Convention against Torture,France,WEOG,,Accepted,3,Torture,5",
        GOOD + ",a cell right of the header",
        GOOD,
    ]
    path = tmp_path / "upr-info.csv"
    path.write_text("\r".join([UPR_HEADER, *rows]) + "\r", encoding="mac_roman")
    result = read_file(path)
    assert [(p.row, p.column, p.key) for p in result.problems] == [
        (3, "Text", "import.cell.required"),
        (4, "Session", "import.cell.bad_number"),
        (5, "Session", "import.cell.out_of_range"),
        (6, "Action", "import.cell.out_of_range"),
        (7, "Response", "import.cell.unknown_position"),
        (8, "To", "import.cell.required"),
        (9, None, "import.cell.extra_cells"),
    ]
    assert [r.row_number for r in result.records] == [2, 10]
    # Rows 6, 7 and 9 hold the same recommendation as row 2: refused, they still count.
    first, last = (record.source_key for record in result.records)
    assert last == first[: -len(":1")] + ":5" and first.endswith(":1")
    good = result.records[0]
    assert (good.upr_session, good.upr_cycle, good.action_category, good.position) == (5, 1, 3, "supported")
    assert (good.recommending_states, good.themes_raw, good.extra) == (("France",), ("Torture",), {})


def test_rows_listed_twice_are_kept_as_two_records(upr_info) -> None:
    by_content = Counter(record.source_key.rsplit(":", 1)[0] for record in upr_info.records)
    repeated = [content for content, count in by_content.items() if count > 1]
    assert len(repeated) == 4
    assert all(by_content[content] == 2 for content in repeated)
    seconds = [r for r in upr_info.records if r.source_key.endswith(":2")]
    assert {r.countries_concerned[0] for r in seconds} == {"Australia", "Montenegro", "Tonga", "Lesotho"}


@pytest.mark.parametrize("country", ["Saudi Arabia", "SAU", "المملكة العربية السعودية", "saudi arabia"])
def test_country_filter_keeps_the_348_recommendations_to_saudi_arabia(
    upr_info_csvs: list[Path], country: str
) -> None:
    result = read_files(upr_info_csvs, country=country)
    assert result.rows_read == 41_066
    assert len(result.records) == 348
    assert {r.countries_concerned for r in result.records} == {("Saudi Arabia",)}
    assert Counter((r.upr_session, r.position) for r in result.records) == {
        (4, "supported"): 89,
        (4, "noted"): 24,
        (17, "supported"): 151,
        (17, "noted"): 84,
    }


def test_country_filter_matches_catalogue_spellings(upr_info_csvs: list[Path]) -> None:
    # UPR Info writes "Cote d'Ivoire"; a person may type the accented name or the code.
    accented = read_files(upr_info_csvs, country="Côte d’Ivoire")
    by_code = read_files(upr_info_csvs, country="CIV")
    assert len(accented.records) == len(by_code.records) > 0
    assert {r.countries_concerned for r in accented.records} == {("Cote d'Ivoire",)}


@pytest.mark.slow
def test_the_same_data_as_xlsx_gives_the_same_records(upr_info, tmp_path: Path) -> None:
    headers = (
        "To",
        "To-Rgrp",
        "To-Org",
        "Text",
        "From",
        "From-Rgrp",
        "From-Org",
        "Response",
        "Action",
        "Issue",
        "Session",
    )
    csv_order = list(upr_info.records)

    def cells(record) -> list:
        return [
            record.countries_concerned[0],
            record.regions_concerned[0],
            record.extra.get("To-Org"),
            record.text_en,
            record.recommending_states[0] if record.recommending_states else "(Unknown)",
            record.recommending_regions[0] if record.recommending_regions else "(Unknown)",
            record.extra.get("From-Org"),
            record.position_raw,
            record.action_category,  # numbers in the workbook, text in the CSV
            ",".join(record.themes_raw),
            record.upr_session,
        ]

    path = write_xlsx(tmp_path / "upr-info.xlsx", headers, (cells(r) for r in csv_order), "UPR Info", True)
    assert detect_format(path) == "upr_info"
    result = read_file(path)
    assert result.problem_count == 0
    assert len(result.records) == 41_066
    assert result.records[0].sheet == "UPR Info" and result.records[0].row_number == 2
    assert [r.source_key for r in result.records] == [r.source_key for r in csv_order]
    assert Counter(r.position for r in result.records) == {"supported": 30_472, "noted": 10_594}
    sample = result.records[12_345]
    expected = csv_order[12_345]
    for name in ("text_en", "countries_concerned", "recommending_states", "action_category", "upr_session"):
        assert getattr(sample, name) == getattr(expected, name)
    saudi = read_file(path, country="Saudi Arabia")
    assert len(saudi.records) == 348
