"""A newer version of a source row updates the source's fields and never the committee's work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from nrtd_desktop.db.models import HistoryEntry
from nrtd_desktop.dto.plan import ActionInput
from nrtd_desktop.services.imports import ImportRequest
from tests.importers.builders import UHRI_ROWS, write_uhri
from tests.transfer.conftest import history_count

SAUDI_SESSION_4_ROW = b"Saudi Arabia"


def _committee_works_on(services: Any, reference: str) -> dict[str, Any]:
    """Classify, prioritise, assign and plan one recommendation as a committee would."""
    services.entities.create("MOJ", "وزارة العدل", "Ministry of Justice", "ministry")
    services.entities.create("HRC", "هيئة حقوق الإنسان", "Human Rights Commission", "commission")
    cluster = services.clusters.create("حقوق المرأة", "Women's rights")
    record = services.recommendations.find(reference)
    services.recommendations.update(
        record.id,
        {
            "cluster": cluster.id,
            "priority": "high",
            "notes": "ناقشتها اللجنة في اجتماعها الثالث",
            "lead_entity": "MOJ",
            "supporting_entities": ("HRC",),
            "text_ar": "نص عربي أضافته اللجنة",
        },
    )
    services.plan.create_action(
        "recommendation", record.id, ActionInput(title_ar="مراجعة النظام", lead_entity="MOJ")
    )
    detail = services.recommendations.find(reference)
    return {
        "cluster_id": detail.cluster_id,
        "priority": detail.priority,
        "notes": detail.notes,
        "lead": detail.lead_entity.code if detail.lead_entity else None,
        "supporting": tuple(e.code for e in detail.supporting_entities),
        "text_ar": detail.text_ar,
        "status": detail.status,
        "actions": [a.title_ar for a in services.plan.actions("recommendation", record.id)],
    }


def _committee_view(services: Any, reference: str) -> dict[str, Any]:
    detail = services.recommendations.find(reference)
    return {
        "cluster_id": detail.cluster_id,
        "priority": detail.priority,
        "notes": detail.notes,
        "lead": detail.lead_entity.code if detail.lead_entity else None,
        "supporting": tuple(e.code for e in detail.supporting_entities),
        "text_ar": detail.text_ar,
        "status": detail.status,
        "actions": [a.title_ar for a in services.plan.actions("recommendation", detail.id)],
    }


def test_uhri_newer_text_updates_the_source_and_keeps_the_plan(new_services: Any, tmp_path: Path) -> None:
    first = write_uhri(tmp_path / "uhri-2019.xlsx")
    assert new_services.imports.run(ImportRequest((first,))).preview.new == len(UHRI_ROWS)
    reference = "A/HRC/40/4 para. 122.45"
    work = _committee_works_on(new_services, reference)

    rows = [dict(row) for row in UHRI_ROWS]
    rows[0]["Text"] = rows[0]["Text"].replace("Continue its efforts", "Strengthen its efforts")
    rows[0]["Themes"] += "\n- Human rights education and training"
    rows[0]["UPR Position"] = "Noted"
    newer = write_uhri(tmp_path / "uhri-2020.xlsx", rows)
    preview = new_services.imports.preview(new_services.imports.prepare(ImportRequest((newer,))))
    assert (preview.new, preview.updated, preview.unchanged) == (0, 1, len(UHRI_ROWS) - 1)
    assert preview.changes[0].reference == reference
    assert set(preview.changes[0].fields) == {"text_en", "position", "position_source", "themes"}

    new_services.imports.run(ImportRequest((newer,)))
    detail = new_services.recommendations.find(reference)
    assert detail.text_en.startswith("122.45 Strengthen its efforts")
    assert detail.position == "noted"
    assert {"uhri.womens_rights", "uhri.human_rights_education_trainings_and_awareness_raising"} <= {
        t.key for t in detail.themes
    }
    assert _committee_view(new_services, reference) == work
    with new_services.context.read() as session:
        changed = session.execute(
            select(HistoryEntry.field, HistoryEntry.origin, HistoryEntry.origin_detail).where(
                HistoryEntry.record_id == detail.id, HistoryEntry.field == "text_en"
            )
        ).all()
    assert [(c.origin, c.origin_detail) for c in changed] == [("import", "uhri-2020.xlsx")]
    # The same newer file again: nothing more.
    before = history_count(new_services)
    again = new_services.imports.run(ImportRequest((newer,)))
    assert (again.preview.updated, again.preview.new) == (0, 0) and history_count(new_services) == before


def test_upr_info_new_response_and_issues_update_position_and_themes(
    new_services: Any, upr_info_files: tuple[Path, ...], tmp_path: Path
) -> None:
    source = next(path for path in upr_info_files if path.name == "1-5.csv")
    new_services.imports.run(ImportRequest((source,), country="SAU"))
    rows = new_services.recommendations.list(limit=None, lang="en")
    assert len(rows) == 113
    target = next(row for row in rows if row.position == "supported")
    work = _committee_works_on(new_services, target.reference)

    # A copy of the published file (Mac Roman, bare CR) where that row's response is now "Noted".
    data = source.read_bytes()
    lines = data.split(b"\r")
    snippet = target.text_en[:60].encode("mac_roman")
    hits = [n for n, line in enumerate(lines) if snippet in line and SAUDI_SESSION_4_ROW in line]
    assert len(hits) == 1
    lines[hits[0]] = lines[hits[0]].replace(b",Accepted,", b",Noted,", 1)
    copy = tmp_path / "1-5.csv"
    copy.write_bytes(b"\r".join(lines))

    outcome = new_services.imports.run(ImportRequest((copy,), country="SAU"))
    assert (outcome.preview.new, outcome.preview.updated, outcome.preview.unchanged) == (0, 1, 112)
    detail = new_services.recommendations.find(target.reference)
    assert detail.position == "noted"
    assert _committee_view(new_services, target.reference) == work
    assert new_services.stats().recommendations == 113
