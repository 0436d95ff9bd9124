"""The progress report for a period: headline figures, charts, overdue actions, latest updates.

Every number and chart comes from ``services.figures`` (the dashboard's own source), so what the
committee sees on screen and what it reads on paper never disagree. The figures are the state at
the report date; the period bounds the progress-over-time chart and the list of updates.
"""

from __future__ import annotations

from typing import Any

from nrtd_desktop.domain.calendar import GREGORIAN_MONTHS_AR, GREGORIAN_MONTHS_EN
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.figures import BreakdownRow
from nrtd_desktop.dto.reports import MAX_UPDATES, ProgressData
from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.charts import BarChart, LineChart, PieChart, Series
from nrtd_desktop.reports.common_report import (
    DASH,
    ReportOptions,
    Words,
    iso,
    new_document,
    numerals_for,
    percent,
    period_lines,
    scope_blocks,
    title_of,
    vocab,
)
from nrtd_desktop.reports.numbers import Numerals

WORDS = {
    "period_word": ("الفترة", "Period"),
    "headline": ("الأرقام الرئيسية", "Headline figures"),
    "state_note": (
        "الأرقام تبيّن الوضع في تاريخ التقرير؛ وتقتصر الفترة على مخطط التقدم عبر الزمن وقائمة تحديثات التقدم.",
        "The figures show the state on the date of the report; the period bounds the progress chart and "
        "the list of progress updates.",
    ),
    "status_share": ("توزيع التوصيات حسب حالة التنفيذ", "Recommendations by implementation status"),
    "by_mechanism": ("حالة التنفيذ حسب الآلية", "Implementation status by mechanism"),
    "by_theme": ("حالة التنفيذ حسب الموضوع", "Implementation status by theme"),
    "by_entity": ("حالة التنفيذ حسب الجهة الرئيسية", "Implementation status by lead entity"),
    "over_time": ("التقدم عبر الزمن", "Progress over time"),
    "updates_per_month": ("عدد تحديثات التقدم في كل شهر", "Progress updates per month"),
    "average_percent": ("متوسط نسبة الإنجاز المبلّغ عنها (%)", "Average reported completion (%)"),
    "updates_series": ("تحديثات التقدم", "Progress updates"),
    "average_series": ("متوسط نسبة الإنجاز", "Average completion"),
    "top_note": (
        "يعرض المخطط أكبر {shown} فئة؛ ويتضمن الجدول جميع الفئات.",
        "The chart shows the {shown} largest; the table lists them all.",
    ),
    "overdue": ("الإجراءات المتأخرة", "Overdue actions"),
    "no_overdue": ("لا توجد إجراءات متأخرة.", "No action is overdue."),
    "updates": ("أحدث تحديثات التقدم في الفترة", "Latest progress updates in the period"),
    "no_updates": ("لم تُسجل تحديثات تقدم في هذه الفترة.", "No progress update was recorded in this period."),
    "col_category": ("الفئة", "Category"),
    "col_total": ("المجموع", "Total"),
    "col_action": ("الإجراء", "Action"),
    "col_plan": ("التوصية أو المجموعة", "Recommendation or cluster"),
    "col_lead": ("الجهة الرئيسية", "Lead entity"),
    "col_end": ("تاريخ الانتهاء", "End date"),
    "col_late": ("التأخر", "Delay"),
    "col_progress": ("آخر نسبة إنجاز", "Latest completion"),
    "col_date": ("التاريخ", "Date"),
    "col_entity": ("الجهة", "Entity"),
    "col_narrative": ("ما أُنجز", "What was done"),
    "col_percent": ("النسبة", "Percent"),
    "days": ("{days} يوماً", "{days} days"),
}
TOP = 10  # categories drawn in a chart; the table under it lists them all


def build_document(options: ReportOptions, data: ProgressData) -> Any:
    lang = options.lang
    fmt = numerals_for(options)
    w = Words(WORDS, lang, fmt)
    n = w.n
    period = f"{w['period_word']} {period_lines(data.period_from, data.period_to, lang, fmt)}"
    doc = new_document(options, title_of("progress", lang), period)
    figures = data.figures
    head = figures.headline
    doc.add(b.Heading(w["headline"]))
    doc.add(
        b.KeyFigures(
            [b.KeyFigure(n.count(head.recommendations.count), n.digits(head.recommendations.label(lang)))]
            + [b.KeyFigure(n.count(f.count), n.digits(f.label(lang))) for f in head.by_status]
        )
    )
    doc.add(
        b.KeyFigures(
            [
                b.KeyFigure(n.count(f.count), n.digits(f.label(lang)))  # "خلال 90 يوماً"
                for f in (
                    head.overdue,
                    head.actions_overdue,
                    head.actions_due_30,
                    head.actions_due_90,
                    head.open_challenges,
                )
            ]
        )
    )
    doc.add(*scope_blocks(data.filter, lang), b.Paragraph(w["state_note"], caption=True))
    if head.recommendations.count:
        doc.add(
            b.ChartBlock(
                PieChart(
                    [f.label(lang) for f in head.by_status],
                    [f.count for f in head.by_status],
                    title=w["status_share"],
                    colours=[f.key for f in head.by_status],
                ),
                width_fraction=1.0,
            )
        )
    doc.extend(breakdown_blocks(w["by_mechanism"], figures.status_by_mechanism, lang, w, keep_empty=False))
    doc.extend(breakdown_blocks(w["by_theme"], figures.status_by_theme, lang, w))
    doc.extend(breakdown_blocks(w["by_entity"], figures.status_by_lead_entity, lang, w))
    doc.extend(over_time_blocks(data, lang, w))
    doc.extend(overdue_blocks(data, lang, w))
    doc.extend(update_blocks(data, lang, w))
    return doc


def breakdown_blocks(
    title: str, rows: tuple[BreakdownRow, ...], lang: Lang, w: Words, keep_empty: bool = True
) -> list[b.Block]:
    shown = [r for r in rows if keep_empty or r.total]
    if not keep_empty:
        shown = [r for r in rows if r.total] or list(rows)
    blocks: list[b.Block] = [b.Heading(title, level=2)]
    if not shown:
        return [*blocks, b.Paragraph(DASH)]
    statuses = [s.label(lang) for s in shown[0].segments]
    top = shown[:TOP]
    chart = BarChart(
        [r.label(lang) for r in top],
        [Series(name, [r.segments[i].count for r in top]) for i, name in enumerate(statuses)],
        horizontal=True,
        stacked=True,
        height=max(150.0, 26.0 * len(top) + 60),
        colours=[s.key for s in shown[0].segments],
    )
    blocks.append(b.ChartBlock(chart))
    if len(shown) > TOP:
        blocks.append(b.Paragraph(w["top_note"].format(shown=w.n.count(TOP)), caption=True))
    blocks.append(
        b.Table(
            [w["col_category"], *statuses, w["col_total"]],
            [[r.label(lang), *(w.n.count(s.count) for s in r.segments), w.n.count(r.total)] for r in shown],
            widths=(4, *([1.4] * len(statuses)), 1.2),
        )
    )
    return blocks


def month_label(day: Any, lang: Lang, fmt: Numerals | None = None) -> str:
    months = GREGORIAN_MONTHS_AR if lang == "ar" else GREGORIAN_MONTHS_EN
    name = months[day.month - 1]
    text = f"{name} {day.year}" if lang == "ar" else f"{name[:3]} {day.year}"
    return fmt.digits(text) if fmt else text


def over_time_blocks(data: ProgressData, lang: Lang, w: Words) -> list[b.Block]:
    points = data.figures.progress_by_month
    periods = [w.n.digits(p.month.isoformat()[:7]) for p in points]  # "2026-03": names do not fit
    blocks: list[b.Block] = [b.Heading(w["over_time"], level=2)]
    blocks.append(
        b.ChartBlock(
            BarChart(
                periods,
                [Series(w["updates_series"], [p.updates for p in points])],
                title=w["updates_per_month"],
                height=200,
            )
        )
    )
    averages = [p.average_percent for p in points]
    if any(a is not None for a in averages):
        blocks.append(
            b.ChartBlock(
                LineChart(
                    periods,
                    [Series(w["average_series"], [a if a is not None else None for a in averages])],  # type: ignore[misc]
                    title=w["average_percent"],
                    height=200,
                    value_min=0,
                    value_max=100,
                )
            )
        )
    blocks.append(
        b.Table(
            [w["col_date"], w["updates_series"], w["average_series"]],
            [
                [month_label(p.month, lang, w.n), w.n.count(p.updates), percent(p.average_percent, w.n)]
                for p in points
            ],
            widths=(2, 1.5, 1.5),
        )
    )
    return blocks


def overdue_blocks(data: ProgressData, lang: Lang, w: Words) -> list[b.Block]:
    blocks: list[b.Block] = [b.Heading(w["overdue"])]
    if not data.overdue_actions:
        return [*blocks, b.Paragraph(w["no_overdue"])]
    rows = []
    for action in data.overdue_actions:
        late = (data.today - action.end_date).days if action.end_date else 0
        status = vocab("action_status", action.status, lang)
        if action.latest_percent is not None:
            status += f" {percent(action.latest_percent, w.n)}"
        rows.append(
            [
                action.title(lang),
                action.owner.label(lang),
                action.lead_entity.label(lang) if action.lead_entity else DASH,
                iso(action.end_date, w.n),
                w["days"].format(days=w.n.count(late)),
                b.Cell(status, ["overdue"]),
            ]
        )
    blocks.append(
        b.Table(
            [w["col_action"], w["col_plan"], w["col_lead"], w["col_end"], w["col_late"], w["col_progress"]],
            rows,
            widths=(4.5, 1.9, 2.4, 1.6, 1.2, 1.7),
        )
    )
    return blocks


def update_blocks(data: ProgressData, lang: Lang, w: Words) -> list[b.Block]:
    blocks: list[b.Block] = [b.Heading(w["updates"])]
    if not data.updates:
        return [*blocks, b.Paragraph(w["no_updates"])]
    rows = [
        [
            iso(line.update.reported_on, w.n),
            f"{line.action_title(lang)}\n({line.owner.label(lang)})",
            line.update.entity.label(lang) if line.update.entity else DASH,
            line.update.narrative(lang) or DASH,
            percent(line.update.percent, w.n),
        ]
        for line in data.updates
    ]
    blocks.append(
        b.Table(
            [w["col_date"], w["col_action"], w["col_entity"], w["col_narrative"], w["col_percent"]],
            rows,
            widths=(1.5, 3.4, 2.2, 5, 1),
        )
    )
    if data.updates_total > MAX_UPDATES:
        blocks.append(
            b.Paragraph(
                w["cut"].format(shown=w.n.count(MAX_UPDATES), total=w.n.count(data.updates_total)),
                caption=True,
            )
        )
    return blocks
