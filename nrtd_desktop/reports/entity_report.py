"""The entity sheet: everything one ministry or agency leads or supports, with its deadlines.

What a ministry's focal point takes back to their office: its actions by end date (the overdue
ones marked, with the Hijri date under the Gregorian one), the recommendations and clusters it
leads or supports, and its open challenges.
"""

from __future__ import annotations

from typing import Any

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import RecommendationRow
from nrtd_desktop.dto.reports import EntitySheetData
from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.common_report import (
    DASH,
    ReportOptions,
    Words,
    deadline,
    iso,
    new_document,
    numerals_for,
    percent,
    scope_blocks,
    status_legend,
    title_of,
    vocab,
)

WORDS = {
    "summary": ("ملخص", "Summary"),
    "leads": ("توصية تقودها", "recommendations it leads"),
    "supports": ("توصية تساندها", "recommendations it supports"),
    "actions": ("إجراء", "actions"),
    "overdue_actions": ("إجراء متأخر", "overdue actions"),
    "open_challenges": ("تحدٍّ قائم", "open challenges"),
    "deadlines": ("الإجراءات ومواعيدها", "Actions and deadlines"),
    "deadlines_note": (
        "الإجراءات المتأخرة أولاً، ثم البقية حسب تاريخ الانتهاء؛ والإجراءات غير المؤرخة في آخر الجدول.",
        "Overdue actions first, then the others by end date; actions without dates come last.",
    ),
    "no_actions": ("لا توجد إجراءات تقودها الجهة أو تشارك فيها.", "The entity leads or joins no action."),
    "led": ("التوصيات التي تقودها الجهة", "Recommendations the entity leads"),
    "supported": ("التوصيات التي تساندها الجهة", "Recommendations the entity supports"),
    "clusters": ("المجموعات المواضيعية", "Thematic clusters"),
    "challenges": ("التحديات القائمة", "Open challenges"),
    "no_challenges": ("لا توجد تحديات قائمة.", "No open challenge."),
    "none_listed": ("لا توجد.", "None."),
    "col_end": ("تاريخ الانتهاء", "End date"),
    "col_action": ("الإجراء", "Action"),
    "col_plan": ("التوصية أو المجموعة", "Recommendation or cluster"),
    "col_role": ("دور الجهة", "Role"),
    "col_start": ("تاريخ البدء", "Start date"),
    "col_status": ("الحالة", "Status"),
    "col_reference": ("الرمز", "Reference"),
    "col_recommendation": ("التوصية", "Recommendation"),
    "col_cluster": ("المجموعة", "Cluster"),
    "col_count": ("عدد التوصيات", "Recommendations"),
    "col_category": ("الفئة", "Category"),
    "col_challenge": ("التحدي", "Challenge"),
    "col_concerns": ("يتعلق بـ", "Concerns"),
    "col_support": ("الدعم المطلوب", "Support requested"),
    "role_lead": ("رئيسية", "Lead"),
    "role_partner": ("مساندة", "Supporting"),
    "late": ("متأخر {days} يوماً", "{days} days late"),
}


def build_document(options: ReportOptions, data: EntitySheetData) -> Any:
    lang = options.lang
    w = Words(WORDS, lang, numerals_for(options))
    n = w.n
    name = data.entity.label(lang)
    doc = new_document(options, f"{title_of('entity', lang)}: {name}", data.entity.code)
    overdue = [a for a in data.actions if a.overdue]
    doc.add(
        b.Heading(w["summary"]),
        b.KeyFigures(
            [
                b.KeyFigure(n.count(len(data.leads)), w["leads"]),
                b.KeyFigure(n.count(len(data.supports)), w["supports"]),
                b.KeyFigure(n.count(len(data.actions)), w["actions"]),
                b.KeyFigure(n.count(len(overdue)), w["overdue_actions"]),
                b.KeyFigure(n.count(len(data.challenges)), w["open_challenges"]),
            ]
        ),
        *scope_blocks(data.filter, lang),
    )
    doc.add(b.Heading(w["deadlines"]))
    if data.actions:
        doc.add(b.Paragraph(w["deadlines_note"], caption=True), status_legend(lang))
        rows = []
        for action in data.actions:
            role = (
                w["role_lead"]
                if action.lead_entity and action.lead_entity.id == data.entity.id
                else w["role_partner"]
            )
            status = vocab("action_status", action.status, lang)
            if action.latest_percent is not None and action.status not in ("completed", "cancelled"):
                status += f" {percent(action.latest_percent, n)}"
            if action.overdue and action.end_date:
                status += "\n" + w["late"].format(days=n.count((data.today - action.end_date).days))
            rows.append(
                [
                    deadline(action.end_date, lang, n),
                    action.title(lang),
                    action.owner.label(lang),
                    role,
                    iso(action.start_date, n),
                    b.Cell(status, ["overdue" if action.overdue else action.status]),
                ]
            )
        doc.add(
            b.Table(
                [
                    w["col_end"],
                    w["col_action"],
                    w["col_plan"],
                    w["col_role"],
                    w["col_start"],
                    w["col_status"],
                ],
                rows,
                widths=(2.3, 4.2, 2.0, 1.1, 1.5, 1.8),
                key_column=1,
            )
        )
    else:
        doc.add(b.Paragraph(w["no_actions"]))
    doc.add(b.Heading(w["led"]))
    doc.extend(recommendation_table(data.leads, lang, w))
    doc.add(b.Heading(w["supported"]))
    doc.extend(recommendation_table(data.supports, lang, w))
    doc.add(b.Heading(w["clusters"]))
    cluster_rows = [
        [c.label(lang), w["role_lead"], n.count(c.recommendation_count)] for c in data.lead_clusters
    ]
    cluster_rows += [
        [c.label(lang), w["role_partner"], n.count(c.recommendation_count)] for c in data.supporting_clusters
    ]
    if cluster_rows:
        doc.add(
            b.Table([w["col_cluster"], w["col_role"], w["col_count"]], cluster_rows, widths=(5, 1.5, 1.5))
        )
    else:
        doc.add(b.Paragraph(w["none_listed"]))
    doc.add(b.Heading(w["challenges"]))
    if data.challenges:
        rows = []
        for c in data.challenges:
            concerns = c.recommendation_reference or ""
            title = c.action_title_ar if lang == "ar" else c.action_title_en
            title = title or c.action_title_en or c.action_title_ar
            if title:
                concerns = f"{concerns}\n{title}".strip()
            support = (
                (c.support_needed_ar if lang == "ar" else c.support_needed_en)
                or c.support_needed_ar
                or c.support_needed_en
            )
            rows.append(
                [
                    vocab("challenge_category", c.category, lang),
                    c.description(lang),
                    concerns or DASH,
                    vocab("challenge_status", c.status, lang),
                    support or DASH,
                ]
            )
        doc.add(
            b.Table(
                [w["col_category"], w["col_challenge"], w["col_concerns"], w["col_status"], w["col_support"]],
                rows,
                widths=(1.3, 4.2, 2.2, 1.2, 3),
            )
        )
    else:
        doc.add(b.Paragraph(w["no_challenges"]))
    return doc


def status_cell(status: str, lang: Lang) -> b.Cell:
    return b.Cell(vocab("status", status, lang), [status])


def recommendation_table(rows: tuple[RecommendationRow, ...], lang: Lang, w: Words) -> list[b.Block]:
    if not rows:
        return [b.Paragraph(w["none_listed"])]
    return [
        b.Table(
            [w["col_reference"], w["col_recommendation"], w["col_cluster"], w["col_status"]],
            [[r.reference, r.text(lang), r.cluster or DASH, status_cell(r.status, lang)] for r in rows],
            widths=(2.1, 6, 2, 1.4),
        )
    ]
