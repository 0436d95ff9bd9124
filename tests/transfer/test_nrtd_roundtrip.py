"""The program's own workbook: export, then import into an empty database, gives the same data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select, text

from nrtd_desktop.db.models import (
    Action,
    Challenge,
    Cluster,
    Entity,
    Indicator,
    ProgressUpdate,
    Recommendation,
    action_partners,
    cluster_supporting_entities,
    recommendation_groups,
    recommendation_sdg_targets,
    recommendation_states,
    recommendation_supporting_entities,
    recommendation_themes,
)
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.exporters.xlsx import ExportOptions
from nrtd_desktop.importers.detect import detect
from nrtd_desktop.services.imports import ImportRequest
from nrtd_desktop.workbook.sheets import MARKER_SHEET
from tests.transfer.conftest import open_db, state_of

BOOKKEEPING = {
    "version",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
    "updated_site",
    "search_rowid",
    "document_id",
}
MODELS = (Recommendation, Cluster, Action, Indicator, ProgressUpdate, Challenge, Entity)
LINKS = (
    recommendation_themes,
    recommendation_groups,
    recommendation_sdg_targets,
    recommendation_states,
    recommendation_supporting_entities,
    cluster_supporting_entities,
    action_partners,
)
INJECTIONS = ("=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\t=1+1", "'already quoted", '=HYPERLINK("x")')


def records_of(services: Any) -> dict[str, Any]:
    """Every content column of every record, and every link, by table."""
    data: dict[str, Any] = {}
    with services.context.read() as session:
        for model in MODELS:
            table = model.__table__
            columns = [c for c in table.c if c.name not in BOOKKEEPING]
            data[table.name] = {row["id"]: dict(row) for row in session.execute(select(*columns)).mappings()}
        for link in LINKS:
            data[link.name] = sorted(session.execute(select(link)).all())
    return data


def _round_trip(services: Any, tmp_path: Path, lang: str) -> tuple[Path, Any]:
    path = tmp_path / f"register-{lang}.xlsx"
    result = services.imports.export_xlsx(path, ExportOptions(lang=lang))
    assert result.counts["recommendations"] == services.stats().recommendations
    target = open_db(tmp_path / f"restored-{lang}.sqlite")
    outcome = target.imports.run(ImportRequest((path,)))
    assert outcome.preview.format == "nrtd" and outcome.preview.problem_count == 0
    return path, target


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_export_then_import_into_an_empty_database_gives_the_same_records(
    demo_db: Path, tmp_path: Path, lang: str
) -> None:
    services = open_db(demo_db)
    try:
        before = records_of(services)
        stats = services.stats()
        path, target = _round_trip(services, tmp_path, lang)
    finally:
        services.close()
    try:
        assert detect(path).format == "nrtd"
        assert target.stats() == stats
        assert (
            stats.actions
            and stats.indicators
            and stats.progress_updates
            and stats.challenges
            and stats.clusters
        )
        after = records_of(target)
        for table in before:
            assert after[table] == before[table], table
        # The same workbook again changes nothing.
        unchanged = state_of(target)
        again = target.imports.run(ImportRequest((path,)))
        assert again.backup is None and all(s.new == 0 and s.updated == 0 for s in again.preview.sheets)
        assert state_of(target) == unchanged
    finally:
        target.close()


def test_formula_like_text_stays_text_and_comes_back_identical(demo_db: Path, tmp_path: Path) -> None:
    services = open_db(demo_db)
    try:
        references = [
            row.reference for row in services.recommendations.list(limit=len(INJECTIONS), lang="en")
        ]
        for reference, value in zip(references, INJECTIONS, strict=True):
            record = services.recommendations.find(reference)
            services.recommendations.update(record.id, {"notes": value, "text_en": value + " text"})
        entity = services.entities.list()[0]
        services.entities.update(entity.id, {"notes": "=cmd|' /C calc'!A0"})
        services.recommendations.update(
            services.recommendations.find(references[0]).id, {"notes": "bell\x07 and\x00 nul"}
        )
        before = records_of(services)
        path, target = _round_trip(services, tmp_path, "en")
    finally:
        services.close()
    try:
        book = openpyxl.load_workbook(path)
        sheet = book["Recommendations"]
        header = [cell.value for cell in sheet[1]]
        notes = header.index("Notes") + 1
        cells = {sheet.cell(row, notes).value: sheet.cell(row, notes) for row in range(2, sheet.max_row + 1)}
        stored = {v["notes"] for v in before["recommendations"].values()}
        risky = {value for value in stored if value[:1] in ("=", "+", "-", "@", "'")}
        assert {"+1", "-2", "@SUM(A1)", "=1+1", "'already quoted"} <= risky
        for value in risky:
            cell = cells["'" + value]
            assert cell.data_type == "s" and isinstance(cell.value, str)
        assert "bell and nul" in cells  # the control characters openpyxl refuses are removed
        after = records_of(target)
        first = next(k for k, v in before["recommendations"].items() if v["reference"] == references[0])
        before["recommendations"][first]["notes"] = "bell and nul"
        assert after == before
        assert {v["notes"] for v in after["recommendations"].values()} >= risky
    finally:
        target.close()


def test_sheets_are_laid_out_for_people(demo_db: Path, tmp_path: Path) -> None:
    services = open_db(demo_db)
    try:
        path = services.imports.export_xlsx(tmp_path / "ar.xlsx", ExportOptions(lang="ar")).path
    finally:
        services.close()
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:7] == [
        "التوصيات",
        "المجموعات",
        "الإجراءات",
        "المؤشرات",
        "التقدم",
        "التحديات",
        "الجهات",
    ]
    assert book[MARKER_SHEET].sheet_state == "hidden"
    sheet = book["التوصيات"]
    assert sheet.sheet_view.rightToLeft and sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["الرمز المرجعي", "النص العربي", "النص الإنجليزي"]
    dates = [sheet.cell(r, header.index("تاريخ النشر") + 1) for r in range(2, sheet.max_row + 1)]
    assert any(isinstance(c.value, dt.datetime) and c.is_date for c in dates)
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    status_letter = openpyxl.utils.get_column_letter(header.index("حالة التنفيذ") + 1)
    formula = next(f for ref, f in lists.items() if ref.startswith(status_letter + "2"))
    list_sheet = book["_lists"]
    column = formula.split("!")[1].split(":")[0].strip("$").rstrip("0123456789$")
    shown = [list_sheet[f"{column}{r}"].value for r in range(2, 6)]
    assert shown == ["لم يبدأ", "قيد التنفيذ", "منفذة جزئياً", "منفذة"]
    assert sheet.column_dimensions[openpyxl.utils.get_column_letter(header.index("id") + 1)].hidden


def test_the_current_filter_alone_can_be_exported(demo_db: Path, tmp_path: Path) -> None:
    services = open_db(demo_db)
    try:
        chosen = RecommendationFilter(mechanism=("TB",))
        expected = {row.reference for row in services.recommendations.list(chosen, limit=None)}
        result = services.imports.export_xlsx(tmp_path / "tb.xlsx", ExportOptions(lang="en", filter=chosen))
    finally:
        services.close()
    sheet = openpyxl.load_workbook(result.path)["Recommendations"]
    exported = {sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)}
    assert exported == expected and 0 < len(expected) < 61
    actions = openpyxl.load_workbook(result.path)["Actions"]
    linked = {actions.cell(r, 1).value for r in range(2, actions.max_row + 1)} - {None}
    assert linked <= expected


def test_latin_runs_in_arabic_cells_are_isolated_and_read_back_as_typed(
    demo_db: Path, tmp_path: Path
) -> None:
    """Issue 21: an SDG target or a reference inside Arabic text reads in its own order in a
    spreadsheet too ("1.a", not "a.1"); the isolates are formatting, gone when read back."""
    from openpyxl import load_workbook

    services = open_db(demo_db)
    try:
        record = services.recommendations.find("CAT-2016-18")
        typed = "تتابع الهيئة الغاية 16.a والتوصية UPR-3-122.25 مع info@hrc.gov.sa."
        services.recommendations.update(record.id, {"notes": typed})
        path = services.imports.export_xlsx(tmp_path / "ar.xlsx", ExportOptions(lang="ar")).path
    finally:
        services.close()
    book = load_workbook(path)
    cells = [c.value for row in book.worksheets[0].iter_rows() for c in row if isinstance(c.value, str)]
    note = next(value for value in cells if "16.a" in value and "الغاية" in value)
    assert "\u206616.a\u2069" in note and "\u2066UPR-3-122.25\u2069" in note
    target = open_db(tmp_path / "back.sqlite")
    try:
        target.imports.run(ImportRequest((path,)))
        assert target.recommendations.find("CAT-2016-18").notes == typed
    finally:
        target.close()
def _documents(services: Any) -> dict[str, tuple[Any, ...]]:
    with services.context.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT symbol, body_code, title_ar, title_en, date, cycle, session FROM documents")
        ).all()
    return {row[0]: tuple(row[1:]) for row in rows}


def _what_sources_said(services: Any) -> dict[str, set[tuple[str, str]]]:
    """reference -> (link, key) for the States under review, regions, SDG goals and mandates."""
    found: dict[str, set[tuple[str, str]]] = {}
    with services.context.engine.connect() as connection:
        for table, column in (
            ("recommendation_countries", "state_alpha3"),
            ("recommendation_regions", "region_key"),
            ("recommendation_sdg_goals", "goal"),
            ("recommendation_mandates", "mandate_code"),
        ):
            rows = connection.execute(
                text(
                    f"SELECT r.reference, t.{column} FROM {table} t "
                    "JOIN recommendations r ON r.id = t.recommendation_id"
                )
            ).all()
            for reference, key in rows:
                found.setdefault(reference, set()).add((table, str(key)))
    return found


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_document_titles_and_what_the_sources_said_survive_the_round_trip(
    demo_db: Path, tmp_path: Path, lang: str
) -> None:
    """Issue 18: the titles of the UN documents, and the State under review, regions, SDG goals
    and special-procedure mandates of each recommendation, come back from the program's own
    workbook into an empty database."""
    from tests.importers.builders import UHRI_HEADERS, write_uhri
    from tests.transfer.test_uhri_as_published import REAL_ROWS

    services = open_db(demo_db)
    try:
        uhri = write_uhri(tmp_path / "uhri.xlsx", REAL_ROWS, UHRI_HEADERS)
        services.imports.run(ImportRequest((uhri,)))
        documents = _documents(services)
        said = _what_sources_said(services)
        path, target = _round_trip(services, tmp_path, lang)
    finally:
        services.close()
    try:
        assert sum(1 for values in documents.values() if values[1] and values[2]) >= 3  # titled
        assert {key for keys in said.values() for key in keys} >= {
            ("recommendation_mandates", "SR_POVERTY"),
            ("recommendation_mandates", "WGAD"),
            ("recommendation_countries", "SAU"),
            ("recommendation_sdg_goals", "16"),
            ("recommendation_regions", "western_european_and_other_states"),
        }
        assert _documents(target) == documents
        assert _what_sources_said(target) == said
        # A title changed by hand in the workbook is an update of that document.
        book = openpyxl.load_workbook(path)
        sheet = book["الوثائق" if lang == "ar" else "Documents"]
        header = [cell.value for cell in sheet[1]]
        title = header.index("العنوان الإنجليزي" if lang == "ar" else "English title") + 1
        symbol = header.index("رمز الوثيقة" if lang == "ar" else "Document symbol") + 1
        row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, symbol).value == "A/HRC/41/39")
        sheet.cell(row, title).value = "Visit to the United States of America"
        book.save(path)
        outcome = target.imports.run(ImportRequest((path,)))
        counts = {s.sheet: s for s in outcome.preview.sheets}
        assert (counts["documents"].updated, counts["recommendations"].updated) == (1, 0)
        assert _documents(target)["A/HRC/41/39"][2] == "Visit to the United States of America"
    finally:
        target.close()


def test_a_cell_emptied_in_excel_empties_the_field_and_a_row_added_by_hand_is_created(
    demo_db: Path, tmp_path: Path
) -> None:
    """The import leaves the blank cells of a new row out of what it holds, and compares only
    the rows that changed: an emptied cell must still clear a field, a blank one of a new row
    still be written as empty."""
    services = open_db(demo_db)
    try:
        path = services.imports.export_xlsx(tmp_path / "en.xlsx", ExportOptions(lang="en")).path
        book = openpyxl.load_workbook(path)
        sheet = book["Recommendations"]
        header = [cell.value for cell in sheet[1]]
        column = {name: header.index(name) + 1 for name in header}
        row = next(
            r
            for r in range(2, sheet.max_row + 1)
            if sheet.cell(r, column["Notes"]).value and sheet.cell(r, column["Publication date"]).value
        )
        reference = sheet.cell(row, column["Reference"]).value
        sheet.cell(row, column["Notes"]).value = None
        sheet.cell(row, column["Publication date"]).value = None
        added = sheet.max_row + 1
        for name, value in (
            ("Reference", "HAND-1"),
            ("English text", "Adopt a law on the protection of whistle-blowers."),
            ("Mechanism", "Treaty bodies"),
            ("Body", "CCPR"),
        ):
            sheet.cell(added, column[name]).value = value
        book.save(path)
        outcome = services.imports.run(ImportRequest((path,)))
        counts = {s.sheet: s for s in outcome.preview.sheets}
        assert (counts["recommendations"].new, counts["recommendations"].updated) == (1, 1)
        assert counts["recommendations"].unchanged == services.stats().recommendations - 2
        changed = services.recommendations.get(services.recommendations.find(reference).id)
        assert changed.notes == "" and changed.document_date is None
        hand = services.recommendations.get(services.recommendations.find("HAND-1").id)
        assert (hand.body, hand.notes, hand.document_date, hand.cluster_name) == ("CCPR", "", None, None)
    finally:
        services.close()
