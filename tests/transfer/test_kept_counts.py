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
    agree(services)  # 41,066 rows written by the bulk importer

    rows = [dict(row) for row in UHRI_ROWS]
    rows[2]["Themes"] = "- Right to the moon\n- Women's rights"
    rows[3]["Themes"] = "- Right to the moon"
    services.imports.run(ImportRequest((write_uhri(tmp_path / "uhri.xlsx", rows),)))
    agree(services)
    assert services.vocabulary.map("theme", "Right to the moon", "Right to development") == 2
    agree(services)

    noted = services.recommendations.count(RecommendationFilter(position=("noted",)))
    rows[0]["UPR Position"] = "Noted"  # the same annotation again, as a newer edition says it
    rows[0]["Themes"] = "- Right to development"
    services.imports.run(ImportRequest((write_uhri(tmp_path / "uhri-2.xlsx", rows[:1]),)))
    assert services.recommendations.count(RecommendationFilter(position=("noted",))) == noted + 1
    agree(services)


def test_mappings_of_states_mandates_regions_and_bodies_keep_the_counts(
    upr_info_services: Any, tmp_path: Path
) -> None:
    """The vocabularies main added (issue 18): a State under review, a special-procedure mandate,
    a region and a body mapped after the import move records between the counted links and columns."""
    services = upr_info_services
    rows = [dict(row) for row in UHRI_ROWS]
    rows[1]["Countries Concerned"] = "- Atlantis"
    rows[1]["Regions Concerned"] = "- Lunar States"
    rows[2]["Reccomending Body"] = "- SR on lunar affairs"
    rows[3]["Reccomending Body"] = "- Committee on the Rights of Lunar Persons"
    services.imports.run(ImportRequest((write_uhri(tmp_path / "uhri.xlsx", rows),)))
    agree(services)
    labels = {(u.vocabulary, u.label) for u in services.vocabulary.unmatched()}
    assert ("country", "Atlantis") in labels
    assert ("region", "Lunar States") in labels
    mandate = services.vocabulary.choices("mandate")[0].key
    saudi = RecommendationFilter(country=("SAU",))
    before = services.recommendations.count(saudi)
    assert services.vocabulary.map("country", "Atlantis", "SAU") == 1
    assert services.recommendations.count(saudi) == before + 1
    agree(services)
    region = services.vocabulary.choices("region")[0].key
    assert services.vocabulary.map("region", "Lunar States", region) == 1
    agree(services)
    assert ("mandate", "SR on lunar affairs") in labels  # a special procedure the catalogue lacks
    assert services.vocabulary.map("mandate", "SR on lunar affairs", mandate) == 1
    agree(services)
    chosen = RecommendationFilter(mandate=(mandate,))
    assert services.recommendations.count(chosen) == len(services.recommendations.ids(chosen)) >= 1
    assert services.vocabulary.map("body", "Committee on the Rights of Lunar Persons", "CRC") == 1
    agree(services)
