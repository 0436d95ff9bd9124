"""Issue 18: UN files import as they are, once.

UHRI records as the UN publishes them (the export's spellings, "- " lists, goal-level SDGs, a
special procedure named by its short mandate name; the JSON export with OHCHR's field names) for
each body type; the Saudi rows of UPR Info and of UHRI making 348 records, not 696; the register
filtered by the State under review.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from nrtd_desktop.domain.errors import NrtdError, ValidationError
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.importers.detect import read_files
from nrtd_desktop.services.imports import ImportRequest
from tests.bench.uhri_saudi import json_record, uhri_rows, write_xlsx
from tests.importers.builders import UHRI_HEADERS, write_uhri

# Three annotations as the UHRI export writes them: a treaty body's concern, a UPR
# recommendation, a special procedure's recommendation whose body is the mandate's short name.
REAL_ROWS: tuple[dict[str, Any], ...] = (
    {
        "Text": "4.The Committee reminds the State party of the indivisibility and interdependence of all "
        "the rights enshrined in the Convention and emphasizes the importance of all the "
        "recommendations contained in the present concluding observations.",
        "Countries Concerned": "- Peru",
        "Reccomending Body": "- CRC",
        "Document Symbol": "CRC/C/PER/CO/6-7",
        "Themes": "- Violence against women\n- Rights related to name, identity & nationality\n"
        "- Administration of justice & fair trial\n- Children: protection against exploitation\n"
        "- Sexual & gender-based violence",
        "Affected Persons": "- Disappeared persons\n- Children\n- Youth & juveniles\n- Women & girls",
        "Sdgs": "- 16.2 - Protect children from abuse, exploitation, trafficking and violence\n"
        "- 5.2 - End all violence against and exploitation of women\n"
        "- 16.9 - Universal legal identity and birth registration",
        "Document Publication Date": 45700,
        "Type": "- Concerns/Observations",
        "OHCHR Annotation Id": "a9ceae8c-fe1c-40f9-a326-1529e0ab678f",
        "Regions Concerned": "- Latin America and the Caribbean",
    },
    {
        "Text": "140.145 Increase the budget on environmental protection to improve the implementation "
        "and enforcement of environmental laws and policies (Timor-Leste);",
        "Countries Concerned": "- Slovenia",
        "Reccomending Body": "- UPR",
        "Document Symbol": "A/HRC/59/15",
        "Themes": "- Human rights & the environment\n- Legal & institutional reform\n"
        "- 2030 Agenda & other voluntary commitments\n"
        "- Budget & resources (for human rights implementation)",
        "Affected Persons": "- Public officials\n- Vulnerable persons/groups\n- Social workers",
        "Sdgs": "- 3 - GOOD HEALTH AND WELL-BEING\n- 13 - CLIMATE ACTION",
        "Document Publication Date": 45740,
        "UPR Reccomending States": "- Timor-Leste",
        "UPR Position": "Supported",
        "Type": "Recommendation",
        "OHCHR Annotation Id": "0c6f51a2-5a9e-4b53-9d4f-8d1d44b2c001",
        "UPR Session": "48",
        "Regions Concerned": "- Eastern European States",
        "Recommending Regions": "- Asia-Pacific States",
    },
    {
        "Text": "The Special Rapporteur recommends that the Government adopt a social protection floor "
        "and end the criminalization of homelessness.",
        "Countries Concerned": "- United States of America",
        "Reccomending Body": "- SR Poverty",
        "Document Symbol": "A/HRC/41/39",
        "Themes": "- Human rights & poverty\n- Right to social security\n- Rule of law & impunity",
        "Affected Persons": "- Persons living in poverty",
        "Sdgs": "- 1 - NO POVERTY\n- 1.3 - Implement nationally appropriate social protection systems",
        "Document Publication Date": 43600,
        "Type": "Recommendation",
        "OHCHR Annotation Id": "7d0e1c55-2b1e-4a73-8f0e-3c2d9a1b2c03",
        "Regions Concerned": "- Western European and other States",
    },
    {
        "Text": "The Working Group recommends the release of all persons detained for the peaceful "
        "exercise of their rights, and the right to food of detainees.",
        "Countries Concerned": "- Saudi Arabia",
        "Reccomending Body": "- WG on Arbitrary Detention\n- SR on the right to food",
        "Document Symbol": "A/HRC/45/16",
        "Themes": "- Liberty & security of the person\n- Right to food\n- Right to the moon",
        "Affected Persons": "- Persons deprived of their liberty & detainees",
        "Sdgs": "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",
        "Document Publication Date": 44050,
        "Type": "Recommendation",
        "OHCHR Annotation Id": "7d0e1c55-2b1e-4a73-8f0e-3c2d9a1b2c04",
        "Regions Concerned": "- Middle East and North Africa",
    },
)


def _details(services: Any) -> dict[str, Any]:
    rows = services.recommendations.list(limit=None, lang="en")
    return {row.document_symbol: services.recommendations.get(row.id) for row in rows}


def _links(services: Any, table: str, column: str) -> dict[str, set[str]]:
    with services.context.engine.connect() as connection:
        rows = connection.execute(
            text(
                f"SELECT r.document_symbol, t.{column} FROM {table} t "
                "JOIN recommendations r ON r.id = t.recommendation_id"
            )
        ).all()
    found: dict[str, set[str]] = {}
    for symbol, key in rows:
        found.setdefault(symbol, set()).add(str(key))
    return found


def test_real_uhri_records_of_every_body_type_import_whole(new_services: Any, tmp_path: Path) -> None:
    path = write_uhri(tmp_path / "uhri-export.xlsx", REAL_ROWS, UHRI_HEADERS)
    prepared = new_services.imports.prepare(ImportRequest((path,)))
    preview = new_services.imports.preview(prepared)
    assert preview.can_import and preview.problem_count == 0 and preview.new == 4
    # Only the one invented theme is unknown: the whole UHRI vocabulary is there.
    assert preview.unmatched_values == (("theme", "Right to the moon", 1),)
    new_services.imports.apply(prepared, preview=preview)
    details = _details(new_services)
    crc, upr, poverty, wgad = (
        details[s] for s in ("CRC/C/PER/CO/6-7", "A/HRC/59/15", "A/HRC/41/39", "A/HRC/45/16")
    )
    assert (crc.mechanism, crc.body, crc.annotation_type) == ("TB", "CRC", "observation")
    assert (upr.mechanism, upr.body, upr.position, upr.session) == ("UPR", "UPR", "supported", "48")
    assert (poverty.mechanism, poverty.body) == ("SP", "SP")
    assert (wgad.mechanism, wgad.body) == ("SP", "SP")
    mandates = _links(new_services, "recommendation_mandates", "mandate_code")
    assert mandates == {"A/HRC/41/39": {"SR_POVERTY"}, "A/HRC/45/16": {"WGAD", "SR_FOOD"}}
    countries = _links(new_services, "recommendation_countries", "state_alpha3")
    assert countries == {
        "CRC/C/PER/CO/6-7": {"PER"},
        "A/HRC/59/15": {"SVN"},
        "A/HRC/41/39": {"USA"},
        "A/HRC/45/16": {"SAU"},
    }
    goals = _links(new_services, "recommendation_sdg_goals", "goal")
    assert goals == {"A/HRC/59/15": {"3", "13"}, "A/HRC/41/39": {"1"}, "A/HRC/45/16": {"16"}}
    assert {t.key for t in poverty.sdg_targets} == {"1.3"}
    assert {g.key for g in upr.affected_groups} == {
        "public_officials",
        "vulnerable_persons",
        "social_workers",
    }
    assert {t.key for t in upr.themes} >= {
        "uhri.legal_and_institutional_reform",
        "uhri.agenda_2030_and_voluntary_commitments",
        "uhri.human_rights_and_the_environment",
    }
    assert "youth" in {g.key for g in crc.affected_groups}
    assert new_services.vocabulary.unmatched()[0].label == "Right to the moon"
    # The register filters by State under review and by mandate.
    assert new_services.recommendations.count(RecommendationFilter(country=("PER",))) == 1
    assert new_services.recommendations.count(RecommendationFilter(mandate=("SR Poverty",))) == 1
    assert new_services.recommendations.count(RecommendationFilter(country=("السعودية",))) == 1


def test_the_json_export_gives_the_same_records_as_the_xlsx(new_services: Any, tmp_path: Path) -> None:
    rows = uhri_rows(_saudi_records()[:20])
    xlsx = write_xlsx(rows, tmp_path / "saudi.xlsx")
    data = [json_record(row) for row in rows]
    data[0]["Text"] = "<p>" + data[0]["Text"][3:-4].replace(" (", " <br/>(") + "</p>"
    path = tmp_path / "export-full-en.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    first = new_services.imports.run(ImportRequest((path,)))
    assert first.preview.new == 20 and first.preview.format == "uhri"
    again = new_services.imports.run(ImportRequest((xlsx,)))
    assert (again.preview.new, again.preview.matched) == (0, 0)
    assert new_services.stats().recommendations == 20


@pytest.fixture(scope="module")
def saudi() -> tuple[Any, ...]:
    return _saudi_records()


def _saudi_records() -> tuple[Any, ...]:
    from tests.importers.builders import UPR_INFO_DIR

    return read_files(sorted(UPR_INFO_DIR.glob("*.csv")), country="Saudi Arabia").records


@pytest.mark.parametrize("noise", [0.0, 1.0])
def test_saudi_rows_of_upr_info_then_uhri_are_348_records(
    new_services: Any, upr_info_files: tuple[Path, ...], saudi: tuple[Any, ...], tmp_path: Path, noise: float
) -> None:
    """The UHRI side is built from the UPR Info rows as UHRI writes them (bench/uhri_saudi.py);
    with ``noise`` every text also differs as two editions of it do."""
    assert len(saudi) == 348
    new_services.imports.run(ImportRequest(upr_info_files, country="Saudi Arabia"))
    rows = uhri_rows(saudi, noise=noise)
    path = write_xlsx(rows, tmp_path / "uhri-saudi.xlsx")
    prepared = new_services.imports.prepare(ImportRequest((path,)))
    preview = new_services.imports.preview(prepared)
    assert (preview.new, preview.matched) == (0, 348)
    new_services.imports.apply(prepared, preview=preview)
    assert new_services.stats().recommendations == 348
    with new_services.context.engine.connect() as connection:
        record_of = dict(
            connection.execute(text("SELECT source_key, recommendation_id FROM recommendation_sources")).all()
        )
    correct = sum(record_of[row.cells["OHCHR Annotation Id"]] == record_of[row.source_key] for row in rows)
    assert correct == 348  # every pair is the right one: precision and recall 1.0 on this set
    # The UHRI file again: every row known by its own key now, nothing to write.
    again = new_services.imports.run(ImportRequest((path,)))
    assert again.backup is None and new_services.stats().recommendations == 348
    assert new_services.recommendations.count(RecommendationFilter(country=("SAU",))) == 348


def test_uhri_first_then_upr_info_is_one_record_each_and_other_states_never_match(
    new_services: Any, upr_info_files: tuple[Path, ...], saudi: tuple[Any, ...], tmp_path: Path
) -> None:
    path = write_xlsx(uhri_rows(saudi), tmp_path / "uhri-saudi.xlsx")
    new_services.imports.run(ImportRequest((path,)))
    outcome = new_services.imports.run(ImportRequest(upr_info_files, country="SAU"))
    assert (outcome.preview.new, outcome.preview.matched) == (0, 348)
    # Bahrain's rows share session 4 with Saudi Arabia's but not the State: all new.
    bahrain = new_services.imports.run(ImportRequest(upr_info_files, country="Bahrain"))
    assert bahrain.preview.matched == 0 and bahrain.preview.new > 0


def test_an_unknown_country_names_the_closest_states(
    new_services: Any, upr_info_files: tuple[Path, ...]
) -> None:
    with pytest.raises(NrtdError) as refused:
        new_services.imports.prepare(ImportRequest(upr_info_files[:1], country="Saudi Arabai"))
    assert refused.value.key == "import.unknown_country"
    assert "Saudi Arabia" in refused.value.text("en") and "المملكة العربية السعودية" in refused.value.text(
        "ar"
    )
    with pytest.raises(ValidationError) as listed:
        new_services.recommendations.count(RecommendationFilter(country=("Sudia",)))
    assert "Sudan" in listed.value.text("en")


def _joint_rows(saudi: tuple[Any, ...]) -> tuple[list[Any], dict[str, list[str]]]:
    """The UHRI form of the Saudi rows with each joint recommendation as UHRI writes it: UPR Info
    lists "Ratify the ICCPR and ICESCR" (session 17) once for France and once for Lithuania, the
    Working Group's report and UHRI once, "(France) (Lithuania);", both States in one cell.
    Returns the rows and, per joint annotation id, the UPR Info keys it stands for."""
    rows = uhri_rows(saudi)
    groups: dict[tuple[Any, str], list[int]] = {}
    for index, record in enumerate(saudi):
        text_key = " ".join((record.text_en or "").split()).rstrip(". ")
        groups.setdefault((record.upr_session, text_key), []).append(index)
    dropped: set[int] = set()
    joint: dict[str, list[str]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        first = rows[members[0]]
        names = [rows[i].cells["UPR Reccomending States"][2:] for i in members]
        body = first.cells["Text"].rsplit(" (", 1)[0]
        first.cells["Text"] = body + " " + " ".join(f"({name})" for name in names) + ";"
        first.cells["UPR Reccomending States"] = "\n".join(f"- {name}" for name in names)
        joint[first.cells["OHCHR Annotation Id"]] = [rows[i].source_key for i in members]
        dropped.update(members[1:])
    return [row for index, row in enumerate(rows) if index not in dropped], joint


def _states_by_key(services: Any) -> dict[str, set[str]]:
    """source key -> the recommending States of the record it belongs to."""
    with services.context.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT s.source_key, t.state_alpha3 FROM recommendation_sources s "
                "JOIN recommendation_states t ON t.recommendation_id = s.recommendation_id"
            )
        ).all()
    found: dict[str, set[str]] = {}
    for key, alpha3 in rows:
        found.setdefault(key, set()).add(alpha3)
    return found


def test_a_joint_upr_recommendation_of_uhri_is_one_record_with_all_its_states(
    new_services: Any, upr_info_files: tuple[Path, ...], saudi: tuple[Any, ...], tmp_path: Path
) -> None:
    """UHRI first: the joint annotation makes one record holding its recommending States, and
    the UPR Info row of each of those States is found to be that record (one record, all keys)."""
    rows, joint = _joint_rows(saudi)
    assert len(joint) == 7 and len(rows) == 338  # 17 UPR Info rows are 7 joint recommendations
    new_services.imports.run(ImportRequest((write_xlsx(rows, tmp_path / "uhri-joint.xlsx"),)))
    assert new_services.stats().recommendations == 338
    outcome = new_services.imports.run(ImportRequest(upr_info_files, country="SAU"))
    assert (outcome.preview.new, outcome.preview.matched) == (0, 348)
    assert new_services.stats().recommendations == 338
    with new_services.context.engine.connect() as connection:
        record_of = dict(
            connection.execute(text("SELECT source_key, recommendation_id FROM recommendation_sources")).all()
        )
    for annotation, upr_keys in joint.items():
        assert {record_of[key] for key in upr_keys} == {record_of[annotation]}
    states = _states_by_key(new_services)
    assert {frozenset(states[keys[0]]) for keys in joint.values()} >= {
        frozenset({"FRA", "LTU"}),  # "Ratify the ICCPR and ICESCR", session 17
        frozenset({"CAN", "NZL", "KOR"}),  # "Become a party to the ICCPR and ICESCR", session 4
    }


def test_upr_info_first_keeps_a_record_per_state_and_the_joint_annotation_joins_one(
    new_services: Any, upr_info_files: tuple[Path, ...], saudi: tuple[Any, ...], tmp_path: Path
) -> None:
    """UPR Info first: its records (one per recommending State, perhaps planned apart by the
    committee) are never merged by an import. The joint annotation's key goes to one of them, and
    the other States are not added to it: each State stays on the one record that has it."""
    rows, joint = _joint_rows(saudi)
    new_services.imports.run(ImportRequest(upr_info_files, country="SAU"))
    before = _states_by_key(new_services)
    outcome = new_services.imports.run(ImportRequest((write_xlsx(rows, tmp_path / "uhri-joint.xlsx"),)))
    assert (outcome.preview.new, outcome.preview.matched) == (0, 338)
    assert new_services.stats().recommendations == 348
    after = _states_by_key(new_services)
    assert {key: after[key] for key in before} == before  # no record gained a recommending State
    for annotation, upr_keys in joint.items():
        assert after[annotation] in [before[key] for key in upr_keys]
