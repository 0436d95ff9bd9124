"""Issue 18: a special procedure's recommendation names its mandate wherever a person reads it:
the detail of the record, the register's lines (``nrtd list``), the recommendation sheet and the
plan's recommendation cell, in Arabic and English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.cli.main import main
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.reference.catalog import get_catalog
from nrtd_desktop.services.imports import ImportRequest
from tests.importers.builders import UHRI_HEADERS, write_uhri
from tests.reports.report_checks import make, missing_phrases
from tests.transfer.test_uhri_as_published import REAL_ROWS

POVERTY = "A/HRC/41/39"  # "- SR Poverty"
DETENTION = "A/HRC/45/16"  # "- WG on Arbitrary Detention\n- SR on the right to food"


@pytest.fixture
def with_uhri(demo_services: Any, tmp_path: Path) -> Any:
    path = write_uhri(tmp_path / "uhri.xlsx", REAL_ROWS, UHRI_HEADERS)
    demo_services.imports.run(ImportRequest((path,)))
    return demo_services


def _row(services: Any, symbol: str, lang: str = "en") -> Any:
    rows = services.recommendations.list(RecommendationFilter(search=symbol), limit=None, lang=lang)
    return next(row for row in rows if row.document_symbol == symbol)


def test_the_record_and_the_register_name_the_mandates(with_uhri: Any) -> None:
    catalog = get_catalog()
    poverty, food, wgad = (catalog.mandate(code) for code in ("SR_POVERTY", "SR_FOOD", "WGAD"))
    row = _row(with_uhri, POVERTY)
    assert row.body_shown("en") == f"SP: {poverty.short_en}"
    assert row.body_shown("ar") == f"SP: {poverty.name_ar}"
    detail = with_uhri.recommendations.get(row.id)
    assert [(m.key, m.label("ar"), m.label("en")) for m in detail.mandates] == [
        ("SR_POVERTY", poverty.name_ar, poverty.name_en)
    ]
    joint = _row(with_uhri, DETENTION)
    assert {m.key for m in joint.mandates} == {"WGAD", "SR_FOOD"}
    assert food.short_en in joint.body_shown("en") and wgad.short_en in joint.body_shown("en")
    # A treaty body's recommendation reads as before.
    assert _row(with_uhri, "CRC/C/PER/CO/6-7").body_shown("en") == "CRC"


def test_nrtd_list_prints_the_mandate_not_just_sp(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.transfer.conftest import open_db

    services = open_db(demo_db)
    try:
        services.imports.run(ImportRequest((write_uhri(tmp_path / "uhri.xlsx", REAL_ROWS, UHRI_HEADERS),)))
    finally:
        services.close()
    db = str(demo_db)
    assert main(["--db", db, "list", "--mandate", "SR Poverty"]) == 0
    out = capsys.readouterr().out
    assert "SP: SR on extreme poverty" in out
    assert main(["--db", db, "list", "--mandate", "WGAD", "--json"]) == 0
    assert '"mandates": [' in capsys.readouterr().out


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_recommendation_sheet_and_the_plan_print_the_mandate(
    with_uhri: Any, tmp_path: Path, lang: str
) -> None:
    poverty = get_catalog().mandate("SR_POVERTY")
    row = _row(with_uhri, POVERTY, lang)
    sheet = make(with_uhri, tmp_path, "recommendation", lang, reference=row.reference)
    title = poverty.name_ar if lang == "ar" else poverty.name_en
    assert missing_phrases(sheet, [title]) == []
    plan = make(with_uhri, tmp_path, "plan", lang, filter=RecommendationFilter(mechanism=("SP",)))
    assert missing_phrases(plan, [poverty.name_ar if lang == "ar" else poverty.short_en]) == []
