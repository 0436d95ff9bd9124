"""A report draft's frozen versions read back as drafts, and two versions compared section by
section, paragraph by paragraph (``services.drafts.version`` and ``compare``)."""

from __future__ import annotations

import difflib
import json

from nrtd_desktop.db.models import ReportVersion
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.drafts import DraftView, SectionComparison, SectionView


def frozen_view(draft: DraftView, version: ReportVersion) -> DraftView:
    from dataclasses import replace

    from nrtd_desktop.dto.register import EntityRef

    content = json.loads(version.content or "{}")
    sections = []
    for n, s in enumerate(content.get("sections", [])):
        entity = s.get("entity")
        sections.append(
            SectionView(
                id=f"{version.id}:{n}",
                version=version.version,
                draft_id=draft.id,
                key=s["key"],
                level=int(s.get("level", 1)),
                sort_order=n * 10,
                heading_ar=s.get("heading_ar", ""),
                heading_en=s.get("heading_en", ""),
                text_ar=s.get("text_ar", ""),
                text_en=s.get("text_en", ""),
                generated_ar=s.get("text_ar", ""),
                generated_en=s.get("text_en", ""),
                recommendations=tuple(s.get("recommendations", ())),
                entity=EntityRef("", entity[0], entity[1], entity[2]) if entity else None,
                state=s.get("state", r.SectionState.DRAFTING),
                generated_at=None,
            )
        )
    return replace(
        draft,
        title_ar=content.get("title_ar", draft.title_ar),
        title_en=content.get("title_en", draft.title_en),
        word_limit=int(content.get("word_limit", draft.word_limit)),
        sections=tuple(sections),
        versions=(),
        updated_at=version.created_at,
    )


def compare_views(before: DraftView, after: DraftView, lang: Lang) -> list[SectionComparison]:
    old = {s.key: s for s in before.sections}
    new = {s.key: s for s in after.sections}
    keys = [s.key for s in after.sections] + [s.key for s in before.sections if s.key not in new]
    found = []
    for key in keys:
        a, b = old.get(key), new.get(key)
        shown = b or a  # a key of one of the two
        assert shown is not None
        heading = shown.heading(lang)
        if a is None:
            assert b is not None
            lines = tuple(("+", p) for p in b.paragraphs(lang))
            found.append(SectionComparison(key, heading, "added", 0, b.words(lang), lines, "", b.state))
            continue
        if b is None:
            lines = tuple(("-", p) for p in a.paragraphs(lang))
            found.append(SectionComparison(key, heading, "removed", a.words(lang), 0, lines, a.state, ""))
            continue
        first, second = a.paragraphs(lang), b.paragraphs(lang)
        diff: list[tuple[str, str]] = []
        matcher = difflib.SequenceMatcher(a=first, b=second, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                diff += [("=", p) for p in first[i1:i2]]
            else:
                diff += [("-", p) for p in first[i1:i2]]
                diff += [("+", p) for p in second[j1:j2]]
        same = first == second and a.heading(lang) == b.heading(lang)
        found.append(
            SectionComparison(
                key,
                heading,
                "same" if same else "changed",
                a.words(lang),
                b.words(lang),
                tuple(diff),
                a.state,
                b.state,
            )
        )
    return found
