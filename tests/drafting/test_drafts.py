"""Report drafts: written from the data in the UN's structure, edited by people and never
overwritten without asking, counted against the UN's limits, frozen and compared (issue 22)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select

from nrtd_desktop.db.models import Entity, Recommendation, ReportSection, ReportVersion
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.errors import StaleRecordError, ValidationError
from nrtd_desktop.dto.drafts import SectionInput


def midterm(services: Any) -> Any:
    return services.drafts.get("upr:4:midterm")


def group_of(view: Any, reference: str) -> Any:
    return next(s for s in view.sections if reference in s.recommendations and s.key.startswith("group:"))


def test_the_demo_has_a_mid_term_draft_in_the_structure_of_the_guidelines(demo_services: Any) -> None:
    view = midterm(demo_services)
    assert view.report_type == r.ReportType.UPR_MIDTERM and view.word_limit == 10_700
    chapters = [s.key for s in view.sections if s.level == 1]
    assert chapters == ["methodology", "implementation", "achievements", "challenges", "priorities"]
    clusters = [s for s in view.sections if s.key.startswith("group:")]
    assert len(clusters) == 7  # one per thematic cluster, under "implementation"
    assert view.title_ar == "مشروع تقرير منتصف المدة – الجولة الرابعة من الاستعراض الدوري الشامل"


def test_a_section_says_what_the_data_says_with_the_un_numbering(demo_services: Any) -> None:
    view = midterm(demo_services)
    section = group_of(view, "UPR-4-38.5")
    with demo_services.context.read() as session:
        rec = session.scalar(select(Recommendation).where(Recommendation.reference == "UPR-4-38.5"))
        lead = session.get(Entity, rec.cluster.lead_entity_id)
    text = section.text_ar.replace("\u200e", "")  # the marks that keep dates left to right
    assert "فيما يتعلق بالتوصية 38.5 (مؤيَّدة)" in text  # the UN numbering and the State's position
    plan = demo_services.plan.plan("recommendation", rec.id)
    done = [a for a in plan.actions if a.status == "completed"]
    assert done and all(f"«{a.title_ar}»" in text for a in done)  # the actions done
    updates = [u for a in plan.actions for u in demo_services.plan.progress(a.id)]
    newest = max(updates, key=lambda u: u.reported_on)
    assert f"({newest.reported_on.isoformat()}) بما يلي: {newest.narrative_ar}" in text  # the latest report
    assert "60%" in text and "المستهدف 100%" in text  # an indicator with its value and target
    assert section.entity is not None and section.entity.code == lead.code  # the cluster's lead entity
    # Dates and percentages stay left to right after an Arabic word, on screen and in Word.
    assert f"(\u200e{newest.reported_on.isoformat()}\u200e)" in section.text_ar
    assert "\u200e60%\u200e" in section.text_ar and "\u200e" not in section.text_en
    assert section.text_en.startswith("This group brings together recommendations 38.5")
    assert "UPR-4-38.5" in section.recommendations


def test_words_are_counted_per_section_and_against_the_limit(demo_services: Any) -> None:
    view = midterm(demo_services)
    section = view.sections[0]
    assert section.words("en") == r.word_count(section.heading_en) + r.word_count(section.text_en)
    assert view.words("ar") == r.word_count(view.title_ar) + sum(s.words("ar") for s in view.sections)
    assert not view.over_limit("ar")
    tight = demo_services.drafts.set_word_limit(view.id, 500)
    assert tight.over_limit("ar") and tight.over_limit("en")
    assert r.word_count("التوصية 122.3 (A/HRC/40/4) مؤيَّدة.") == 4


def test_an_edited_section_is_kept_and_shows_what_changed_in_the_data(demo_services: Any) -> None:
    view = midterm(demo_services)
    edited = group_of(view, "UPR-4-38.5")
    untouched = group_of(view, "UPR-4-38.85")
    mine = edited.text_ar + "\nفقرة أضافتها الجهة بعد مراجعة المسودة."
    demo_services.drafts.update_section(
        edited.id, SectionInput(text_ar=mine), expected_version=edited.version
    )
    with demo_services.context.read() as session:
        rec_38_5 = session.scalar(select(Recommendation.id).where(Recommendation.reference == "UPR-4-38.5"))
        rec_38_85 = session.scalar(select(Recommendation.id).where(Recommendation.reference == "UPR-4-38.85"))
    demo_services.plan.override_status(rec_38_5, "implemented", "صدر المرسوم")
    demo_services.plan.override_status(rec_38_85, "implemented", "اكتمل")

    changes = demo_services.drafts.changes(view.id)
    assert any(
        c.text("en") == "38.5 – status: Partially implemented → Implemented" for c in changes[edited.id]
    )
    result = demo_services.drafts.regenerate(view.id)
    after = demo_services.drafts.get(view.id)
    assert after.section(edited.id).text_ar == mine  # never overwritten without asking
    assert edited.id in result.kept and edited.id not in result.updated
    assert untouched.id in result.updated
    assert "فيما يتعلق بالتوصية 38.85 (مؤيَّدة)، نُفِّذت التوصية." in after.section(untouched.id).text_ar
    assert demo_services.drafts.changes(view.id)[edited.id]  # still shown until acted on

    # Keep my text, take the new figures as seen:
    demo_services.drafts.regenerate(view.id, accept=[edited.id])
    assert edited.id not in demo_services.drafts.changes(view.id)
    assert demo_services.drafts.get(view.id).section(edited.id).text_ar == mine
    # Or let the data's text replace mine, when asked to:
    demo_services.drafts.regenerate(view.id, replace=[edited.id])
    replaced = demo_services.drafts.get(view.id).section(edited.id)
    assert replaced.text_ar == replaced.generated_ar and "فقرة أضافتها الجهة" not in replaced.text_ar
    assert "فيما يتعلق بالتوصية 38.5 (مؤيَّدة)، نُفِّذت التوصية." in replaced.text_ar


def test_sections_are_assigned_and_move_through_review(demo_services: Any) -> None:
    section = midterm(demo_services).sections[0]
    saved = demo_services.drafts.update_section(section.id, SectionInput(entity="moj", state="in_review"))
    assert (saved.entity.code, saved.state) == ("MOJ", "in_review")
    with pytest.raises(ValidationError) as bad_state:
        demo_services.drafts.update_section(section.id, SectionInput(state="finished"))
    assert "finished" in bad_state.value.text("ar")
    with pytest.raises(ValidationError):
        demo_services.drafts.update_section(section.id, SectionInput(entity="NOPE"))
    with pytest.raises(StaleRecordError):  # someone else saved it since it was read
        demo_services.drafts.update_section(
            section.id, SectionInput(text_ar="x"), expected_version=section.version
        )
    assert demo_services.drafts.get("upr:4:midterm").section(section.id).state == "in_review"


def test_versions_are_frozen_and_compared_section_by_section(demo_services: Any) -> None:
    view = midterm(demo_services)
    first = demo_services.drafts.freeze(view.id, "أُرسلت إلى الجهات")
    section = view.sections[0]
    demo_services.drafts.update_section(section.id, SectionInput(text_ar=section.text_ar + "\nفقرة جديدة."))
    second = demo_services.drafts.freeze(view.id)
    assert (first.number, second.number) == (1, 2)
    assert second.words_ar == first.words_ar + 2
    rows = {row.key: row for row in demo_services.drafts.compare(view.id, "1", "2", "ar")}
    assert rows[section.key].status == "changed"
    assert ("+", "فقرة جديدة.") in rows[section.key].lines
    assert all(row.status == "same" for key, row in rows.items() if key != section.key)
    # A frozen version does not move when the draft does.
    demo_services.drafts.update_section(section.id, SectionInput(text_ar="نص آخر"))
    frozen = demo_services.drafts.version(first.id)
    assert frozen.sections[0].text_ar == section.text_ar
    assert demo_services.drafts.compare(view.id, "2")[0].status == "changed"  # against the current text


def test_a_follow_up_draft_answers_only_the_paragraphs_selected_for_follow_up(demo_services: Any) -> None:
    view = demo_services.drafts.create("tb:CEDAW/C/SAU/CO/3-4:follow_up")
    assert view.report_type == "tb_follow_up" and view.word_limit == 3_500
    paragraphs = [s for s in view.sections if s.key.startswith("paragraph:")]
    assert sorted(s.recommendations[0] for s in paragraphs) == [
        "CEDAW-2018-16",
        "CEDAW-2018-30",
        "CEDAW-2018-44",
    ]
    assert paragraphs[0].heading_ar.startswith("الفقرة 16:")
    periodic = demo_services.drafts.create("tb:CEDAW/C/SAU/CO/3-4:periodic")
    assert len([s for s in periodic.sections if s.key.startswith("paragraph:")]) == 6  # every paragraph


def test_deleting_a_draft_takes_its_sections_and_versions_and_undo_brings_them_back(
    demo_services: Any,
) -> None:
    view = midterm(demo_services)
    demo_services.drafts.freeze(view.id)

    def count(model: Any) -> int:
        with demo_services.context.read() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

    sections, versions = count(ReportSection), count(ReportVersion)
    deletion = demo_services.drafts.delete(view.id)
    assert (count(ReportSection), count(ReportVersion)) == (sections - len(view.sections), versions - 1)
    demo_services.deletions.restore(deletion)

    def content(sections: Any) -> list[Any]:  # versions move on by design (db/deletions.restore)
        return [replace(s, version=0, updated_at=None) for s in sections]

    back = demo_services.drafts.get(view.id)
    assert content(back.sections) == content(view.sections) and len(back.versions) == 1


def test_deleting_an_entity_leaves_its_sections_unassigned(demo_services: Any) -> None:
    view = midterm(demo_services)
    section = next(s for s in view.sections if s.entity is not None)
    demo_services.entities.delete(section.entity.id)
    assert demo_services.drafts.get(view.id).section(section.id).entity is None
