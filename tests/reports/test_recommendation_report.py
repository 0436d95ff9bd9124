"""The recommendation sheet read back from the PDF: its facts, its plan and its latest changes, on
one or two pages (issue 20, 9)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.dto.plan import ProgressInput
from nrtd_desktop.reports.recommendation_report import HISTORY_ROWS
from tests.reports.report_checks import (
    check_fonts_embedded,
    check_pages,
    has_images,
    make,
    missing_phrases,
    raw_text,
)

REF = "UPR-3-122.3"


def test_arabic_sheet_has_fields_actions_indicators_and_progress(demo_services: Any, tmp_path: Path) -> None:
    detail = demo_services.recommendations.find(REF)
    plan = demo_services.plan.plan("recommendation", detail.id)
    actions = [*plan.actions, *plan.cluster_actions]
    indicators = [i for a in actions for i in demo_services.plan.indicators(action_id=a.id)]
    updates = [u for a in actions for u in demo_services.plan.progress(a.id)]
    assert plan.actions and indicators and updates
    pdf = make(demo_services, tmp_path, "recommendation", "ar", reference=REF)
    phrases = [
        detail.text_ar,
        *(a.title_ar for a in actions),
        *(i.name_ar for i in indicators),
        *(u.narrative_ar for u in updates),
        detail.lead_entity.name_ar,
        *(e.name_ar for e in detail.supporting_entities),
        *(t.name_ar for t in detail.themes),
    ]
    assert missing_phrases(pdf, phrases) == []
    assert detail.text_en in " ".join(raw_text(pdf.path).split())  # the English text too, as typed
    assert REF in pdf.pages[0]
    check_pages(pdf, "ar", cover=False)
    check_fonts_embedded(pdf.path)


def test_the_latest_changes_are_printed_with_names(demo_services: Any, tmp_path: Path) -> None:
    detail = demo_services.recommendations.find(REF)
    note = "ملاحظة <i>مهمة</i> & <img src='x'/> للمتابعة"
    demo_services.recommendations.update(detail.id, {"status": "implemented", "notes": note})
    action = demo_services.plan.plan("recommendation", detail.id).actions[0]
    demo_services.plan.add_progress(
        action.id,
        ProgressInput(
            reported_on=demo_services.context.today(),
            narrative_ar="اكتملت المراجعة النهائية للدراسة",
            percent=100,
        ),
    )
    history = demo_services.history.for_reference(REF)
    assert len(history) > HISTORY_ROWS
    pdf = make(demo_services, tmp_path, "recommendation", "ar", reference=REF)
    text = pdf.all()
    assert "سجل التغييرات" in text
    assert (
        missing_phrases(
            pdf, ["تعديل: حالة التنفيذ", "منفذة", "اكتملت المراجعة النهائية للدراسة", "ملاحظة مهمة للمتابعة"]
        )
        == []
    )
    raw = raw_text(pdf.path)
    assert "img src='x" in raw and "& <" in raw  # the tags were drawn as text (bidi moves the brackets)
    assert not has_images(pdf.path)
    # The latest changes, and how many there are in all.
    assert missing_phrases(pdf, [f"آخر {HISTORY_ROWS} من {len(history)} تغييراً مسجلاً"]) == []


def test_every_sheet_of_the_demo_is_one_or_two_portrait_pages(demo_services: Any, tmp_path: Path) -> None:
    """Issue 20 (9): the sheet ran to 5-6 pages (cover, contents, a 24-row table mostly "—", a
    landscape change log among portrait pages)."""
    import pypdf

    for reference in demo_services.recommendations.references()[::3]:  # a third of them: 21 sheets
        for lang in ("ar", "en"):
            pdf = make(demo_services, tmp_path, "recommendation", lang, reference=reference)
            pages = pypdf.PdfReader(pdf.path).pages
            assert 1 <= len(pages) <= 2, (reference, lang)
            assert all(float(p.mediabox.width) < float(p.mediabox.height) for p in pages)
            assert reference in pdf.pages[0]
            assert " — " not in pdf.pages[0].split("Actions" if lang == "en" else "الإجراءات")[0]


def test_english_sheet(demo_services: Any, tmp_path: Path) -> None:
    detail = demo_services.recommendations.find(REF)
    pdf = make(demo_services, tmp_path, "recommendation", "en", reference=REF)
    text = " ".join(raw_text(pdf.path).split())
    for phrase in (
        detail.text_en,
        "History of changes",
        "Universal Periodic Review",
        detail.lead_entity.name_en,
    ):
        assert phrase in text
    check_pages(pdf, "en", cover=False)


def test_unknown_reference_is_refused(demo_services: Any, tmp_path: Path) -> None:
    with pytest.raises(NrtdError) as error:
        make(demo_services, tmp_path, "recommendation", "en", reference="UPR-9-999.9")
    assert "UPR-9-999.9" in error.value.text("en")
    assert list(tmp_path.glob("*.pdf")) == []
