"""The importer writes with SQLAlchemy Core in bulk, a vocabulary mapping adds links with Core,
a newer source row updates fields in bulk: the counts the database keeps (db/counts.py) still
equal the records (tests/dashboard/test_kept_counts.py says how they are compared)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.services.imports import ImportRequest
from tests.dashboard.test_kept_counts import agree
from tests.importers.builders import UHRI_ROWS, write_uhri


def test_imports_mappings_and_source_updates_keep_the_counts(upr_info_services: Any, tmp_path: Path) -> None:
    services = upr_info_services
    path = Path(services.context.engine.url.database)
    agree(services, path)  # 41,066 rows written by the bulk importer

    rows = [dict(row) for row in UHRI_ROWS]
    rows[2]["Themes"] = "- Right to the moon\n- Women's rights"
    rows[3]["Themes"] = "- Right to the moon"
    services.imports.run(ImportRequest((write_uhri(tmp_path / "uhri.xlsx", rows),)))
    agree(services, path)
    assert services.vocabulary.map("theme", "Right to the moon", "Right to development") == 2
    agree(services, path)

    noted = services.recommendations.count(RecommendationFilter(position=("noted",)))
    rows[0]["UPR Position"] = "Noted"  # the same annotation again, as a newer edition says it
    rows[0]["Themes"] = "- Right to development"
    services.imports.run(ImportRequest((write_uhri(tmp_path / "uhri-2.xlsx", rows[:1]),)))
    assert services.recommendations.count(RecommendationFilter(position=("noted",))) == noted + 1
    agree(services, path)
