"""The challenges analysis: obstacles by category and by entity, the support requested, the list.

Each challenge is counted once under its category and once under one entity (the rule of
``services/challenges.py``: the entity it names, else its action's lead, else its
recommendation's, else its cluster's), so the figures of both tables add up to the total. The
support requested (for instance technical cooperation with OHCHR) gets its own table: it is what
the committee asks partners for.
"""

from __future__ import annotations

from typing import Any

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.plan import ChallengeRow, CountRow
from nrtd_desktop.dto.register import pick
from nrtd_desktop.dto.reports import ChallengesData
from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.charts import BarChart, Series
from nrtd_desktop.reports.common_report import (
    DASH,
    ReportOptions,
    Words,
    iso,
    new_document,
    numerals_for,
    period_lines,
    scope_blocks,
    title_of,
    vocab,
)

WORDS = {
    "summary": ("ملخص", "Summary"),
    "total": ("تحدياً مسجلاً", "challenges recorded"),
    "support_count": ("طلب دعم", "requests for support"),
    "period": ("التحديات المبلّغ عنها", "Challenges reported"),
    "by_category": ("التحديات حسب الفئة", "Challenges by category"),
    "by_entity": ("التحديات حسب الجهة", "Challenges by entity"),
    "entity_note": (
        "تُحسب كل عقبة مرة واحدة: تحت الجهة التي حُددت لها، وإلا تحت الجهة الرئيسية لإجرائها "
        "أو لتوصيتها أو لمجموعتها.",
        "Each challenge is counted once: under the entity it names, else the lead entity of its action, "
        "recommendation or cluster.",
    ),
    "support": ("الدعم المطلوب", "Support requested"),
    "no_support": ("لم يُطلب دعم في التحديات المسجلة.", "No challenge asks for support."),
    "list": ("قائمة التحديات", "The challenges"),
    "none": ("لا توجد تحديات تطابق نطاق التقرير.", "No challenge matches the scope of the report."),
    "col_category": ("الفئة", "Category"),
    "col_entity": ("الجهة", "Entity"),
    "col_total": ("المجموع", "Total"),
    "col_challenge": ("التحدي", "Challenge"),
    "col_concerns": ("يتعلق بـ", "Concerns"),
    "col_effect": ("الأثر", "Effect"),
    "col_mitigation": ("إجراءات المعالجة", "Mitigation"),
    "col_status": ("الحالة", "Status"),
    "col_support": ("الدعم المطلوب", "Support requested"),
    "col_reported": ("تاريخ الإبلاغ", "Reported on"),
}


def build_document(options: ReportOptions, data: ChallengesData) -> Any:
    lang = options.lang
    w = Words(WORDS, lang, numerals_for(options))
    n = w.n
    subtitle = ""
    if data.period_from or data.period_to:
        subtitle = f"{w['period']} {period_lines(data.period_from, data.period_to, lang, n)}"
    doc = new_document(options, title_of("challenges", lang), subtitle)
    statuses = ("open", "being_addressed", "resolved")
    counts = {s: sum(1 for c in data.challenges if c.status == s) for s in statuses}
    doc.add(
        b.Heading(w["summary"]),
        b.KeyFigures(
            [b.KeyFigure(n.count(len(data.challenges)), w["total"])]
            + [b.KeyFigure(n.count(counts[s]), vocab("challenge_status", s, lang)) for s in statuses]
            + [b.KeyFigure(n.count(len(data.support_requested)), w["support_count"])]
        ),
        *scope_blocks(data.filter, lang),
    )
    if not data.challenges:
        doc.add(b.Paragraph(w["none"], bold=True))
        return doc
    doc.extend(count_blocks(w["by_category"], w["col_category"], data.by_category, lang, w))
    doc.extend(count_blocks(w["by_entity"], w["col_entity"], data.by_entity, lang, w))
    doc.add(b.Paragraph(w["entity_note"], caption=True))
    doc.add(b.Heading(w["support"]))
    if data.support_requested:
        doc.add(
            b.Table(
                [w["col_challenge"], w["col_entity"], w["col_support"], w["col_status"]],
                [
                    [
                        c.description(lang),
                        entity_name(c, data, lang),
                        support_text(c, lang),
                        status_cell(c.status, lang),
                    ]
                    for c in data.support_requested
                ],
                widths=(4.5, 2.2, 4.5, 1.3),
            )
        )
    else:
        doc.add(b.Paragraph(w["no_support"]))
    doc.add(b.Orientation("landscape"), b.Heading(w["list"]))
    for row in data.by_category:
        members = [c for c in data.challenges if c.category == row.key]
        doc.add(b.Heading(f"{row.label(lang)} ({n.count(row.total)})", level=2))
        doc.add(
            b.Table(
                [
                    w["col_challenge"],
                    w["col_concerns"],
                    w["col_entity"],
                    w["col_effect"],
                    w["col_mitigation"],
                    w["col_status"],
                    w["col_reported"],
                ],
                [
                    [
                        c.description(lang),
                        concerns(c, lang),
                        entity_name(c, data, lang),
                        pick(lang, c.effect_ar, c.effect_en) or DASH,
                        pick(lang, c.mitigation_ar, c.mitigation_en) or DASH,
                        status_cell(c.status, lang),
                        iso(c.reported_on, n),
                    ]
                    for c in members
                ],
                widths=(4.2, 2.2, 2, 3.2, 3.2, 1.3, 1.5),
            )
        )
    return doc


def count_blocks(title: str, column: str, rows: tuple[CountRow, ...], lang: Lang, w: Words) -> list[b.Block]:
    statuses = ("open", "being_addressed", "resolved")
    names = [vocab("challenge_status", s, lang) for s in statuses]
    top = rows[:10]
    chart = BarChart(
        [r.label(lang) for r in top],
        [Series(name, [getattr(r, s) for r in top]) for name, s in zip(names, statuses, strict=True)],
        horizontal=True,
        stacked=True,
        height=max(140.0, 26.0 * len(top) + 60),
        colours=statuses,
    )
    n = w.n
    return [
        b.Heading(title),
        b.ChartBlock(chart),
        b.Table(
            [column, *names, w["col_total"]],
            [[r.label(lang), *(n.count(getattr(r, k)) for k in (*statuses, "total"))] for r in rows],
            widths=(4, 1.3, 1.3, 1.3, 1.2),
        ),
    ]


def entity_name(c: ChallengeRow, data: ChallengesData, lang: Lang) -> str:
    key = data.entity_of.get(c.id, "none")
    for row in data.by_entity:
        if row.key == key:
            return row.label(lang)
    return DASH


def concerns(c: ChallengeRow, lang: Lang) -> str:
    parts = [c.recommendation_reference or ""]
    title = pick(lang, c.action_title_ar, c.action_title_en)
    if title:
        parts.append(title)
    return "\n".join(p for p in parts if p) or DASH


def status_cell(status: str, lang: Lang) -> b.Cell:
    return b.Cell(vocab("challenge_status", status, lang), [status])


def support_text(c: ChallengeRow, lang: Lang) -> str:
    return pick(lang, c.support_needed_ar, c.support_needed_en) or DASH
