"""The national action plan: for each cluster (or theme) a landscape table of its recommendations.

Columns, in reading order: recommendation (reference, text, mechanism and body, position) |
actions | lead and supporting entities | timeline | indicators | status. A recommendation's
actions are numbered, and the same number starts the matching line in the entities, timeline,
indicators and status cells, so a reader can follow one action across the row.

A cluster-level action applies to every recommendation of its cluster: it is printed once, in a
table of its own above the cluster's recommendations (by theme: once per theme, with its cluster
named), never repeated in each row.
"""

from __future__ import annotations

from typing import Any

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.plan import ActionRow, IndicatorRow
from nrtd_desktop.dto.register import EntityRef, RecommendationRow
from nrtd_desktop.dto.reports import PlanData, PlanGroup, PlanItem
from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.common_report import (
    DASH,
    ReportOptions,
    Words,
    indicator_value,
    names,
    new_document,
    percent,
    pick2,
    scope_blocks,
    span,
    status_legend,
    title_of,
    vocab,
)

WORDS = {
    "by_cluster": ("حسب المجموعات المواضيعية", "By thematic cluster"),
    "by_theme": ("حسب المواضيع", "By theme"),
    "summary": ("ملخص الخطة", "Summary of the plan"),
    "recommendations": ("توصية", "recommendations"),
    "actions": ("إجراء", "actions"),
    "overdue_actions": ("إجراء متأخر", "overdue actions"),
    "groups_cluster": ("مجموعة مواضيعية", "clusters"),
    "groups_theme": ("موضوعاً", "themes"),
    "how_to_read": (
        "يتضمن كل صف توصية واحدة بإجراءاتها المرقمة؛ ويبدأ كل سطر في أعمدة الجهات والإطار الزمني "
        "والمؤشرات والحالة برقم الإجراء الذي يخصه. وتُعرض إجراءات المجموعة المواضيعية التي تنطبق على "
        "جميع توصياتها مرة واحدة في جدول مستقل قبل توصيات المجموعة.",
        "Each row is one recommendation with its numbered actions; each line of the entities, timeline, "
        "indicators and status columns starts with the number of the action it belongs to. Actions of a "
        "thematic cluster apply to all its recommendations and are shown once, in their own table before "
        "the cluster's recommendations.",
    ),
    "theme_note": (
        "تظهر التوصية المرتبطة بأكثر من موضوع تحت كل موضوع من مواضيعها.",
        "A recommendation with several themes appears under each of them.",
    ),
    "col_recommendation": ("التوصية", "Recommendation"),
    "col_actions": ("الإجراءات", "Actions"),
    "col_entities": ("الجهة الرئيسية والجهات المساندة", "Lead and supporting entities"),
    "col_timeline": ("الإطار الزمني", "Timeline"),
    "col_indicators": ("المؤشرات", "Indicators"),
    "col_status": ("الحالة", "Status"),
    "col_action": ("الإجراء", "Action"),
    "col_cluster": ("المجموعة", "Cluster"),
    "cluster_actions": (
        "إجراءات على مستوى المجموعة (تنطبق على توصياتها جميعاً)",
        "Cluster-level actions (they apply to all its recommendations)",
    ),
    "cluster_actions_theme": (
        "إجراءات المجموعات المواضيعية التي تنطبق على توصيات هذا الموضوع",
        "Cluster-level actions that apply to the recommendations of this theme",
    ),
    "group_entities": (
        "الجهة الرئيسية: {lead}؛ الجهات المساندة: {supporting}",
        "Lead entity: {lead}; supporting entities: {supporting}",
    ),
    "group_count": ("عدد التوصيات: {count}", "Recommendations: {count}"),
    "no_action": ("لا توجد إجراءات بعد", "No action yet"),
    "position": ("الموقف", "Position"),
    "priority": ("الأولوية", "Priority"),
    "states": ("الدول الموصية", "Recommending States"),
    "more_states": ("و{count} دولة أخرى", "and {count} more"),
    "legend": ("ألوان الحالة في الجداول:", "Status colours in the tables:"),
    "recommendation_status": ("التوصية", "Recommendation"),
    "empty": ("لا توجد توصيات تطابق نطاق التقرير.", "No recommendation matches the scope of the report."),
}

# Relative widths, in reading order.
REC_WIDTHS = (5.2, 4.0, 2.8, 2.1, 3.4, 1.9)
CLUSTER_WIDTHS = (5.0, 3.0, 2.1, 3.6, 1.9)


def build_document(options: ReportOptions, data: PlanData) -> Any:
    """The plan's document. Its tables hold their recommendations as ``LazyRows``: each row is
    made when its page is laid out and the recommendation is then let go, so ``data`` is not
    kept once this returns (a 41,066-recommendation plan is written in bounded memory)."""
    lang = options.lang
    grouping = WORDS["by_cluster"] if data.group_by == "cluster" else WORDS["by_theme"]
    doc = new_document(options, title_of("plan", lang), grouping[lang != "ar"], orientation="landscape",
        compact=True,
    )
    w = Words(WORDS, lang, doc.numerals)
    n = w.n
    groups_word = w["groups_cluster"] if data.group_by == "cluster" else w["groups_theme"]
    doc.add(
        b.Heading(w["summary"]),
        b.KeyFigures(
            [
                b.KeyFigure(n.count(data.recommendations), w["recommendations"]),
                b.KeyFigure(n.count(data.actions), w["actions"]),
                b.KeyFigure(n.count(data.overdue_actions), w["overdue_actions"]),
                b.KeyFigure(n.count(data.real_groups), groups_word),
            ]
        ),
        *scope_blocks(data.filter, lang),
        b.Paragraph(w["how_to_read"], caption=True),
        b.Paragraph(w["legend"], caption=True),
        status_legend(lang),
    )
    if data.group_by == "theme":
        doc.add(b.Paragraph(w["theme_note"], caption=True))
    if not data.groups:
        doc.add(b.Paragraph(w["empty"], bold=True))
    for group in data.groups:
        doc.extend(group_blocks(group, data.group_by, lang, w))
    return doc


def group_blocks(group: PlanGroup, group_by: str, lang: Lang, w: Words) -> list[b.Block]:
    blocks: list[b.Block] = [b.Heading(group.label(lang))]
    facts = [w["group_count"].format(count=w.n.count(len(group.items)))]
    if group.lead_entity or group.supporting_entities:
        facts.append(
            w["group_entities"].format(
                lead=group.lead_entity.label(lang) if group.lead_entity else DASH,
                supporting=names(group.supporting_entities, lang) or DASH,
            )
        )
    blocks.append(b.Paragraph("\n".join(facts)))
    if group.description(lang):
        blocks.append(b.Paragraph(group.description(lang), caption=True))
    if group.cluster_actions:
        by_theme = group_by == "theme"
        blocks.append(b.Heading(w["cluster_actions_theme"] if by_theme else w["cluster_actions"], level=3))
        blocks.append(cluster_actions_table(group, lang, w, with_cluster=by_theme))
    blocks.append(
        b.Table(
            [
                w["col_recommendation"],
                w["col_actions"],
                w["col_entities"],
                w["col_timeline"],
                w["col_indicators"],
                w["col_status"],
            ],
            b.LazyRows(group.items, lambda item: recommendation_row(item, lang, w)),
            widths=REC_WIDTHS,
        )
    )
    return blocks


def cluster_actions_table(group: PlanGroup, lang: Lang, w: Words, with_cluster: bool) -> b.Table:
    rows = []
    for action in group.cluster_actions:
        mine = [i for i in group.cluster_indicators if i.action_id == action.id]
        title = action.title(lang)
        if with_cluster:
            title = f"{title}\n({w['col_cluster']}: {action.owner.label(lang)})"
        rows.append(
            [
                title,
                action_entities(action, lang, w),
                span(action.start_date, action.end_date, w.n),
                "\n".join(indicator_text(i, lang, w) for i in mine) or DASH,
                b.Cell(action_status(action, lang, w), [status_key(action.status, action.overdue)]),
            ]
        )
    return b.Table(
        [w["col_action"], w["col_entities"], w["col_timeline"], w["col_indicators"], w["col_status"]],
        rows,
        widths=CLUSTER_WIDTHS,
    )


def status_key(status: str, overdue: bool) -> str:
    """The colour of a status square: overdue wins over the status itself."""
    return "overdue" if overdue else status


def recommendation_row(item: PlanItem, lang: Lang, w: Words) -> list[object]:
    rec = item.recommendation
    number = {a.id: w.n.digits(str(n)) for n, a in enumerate(item.actions, start=1)}
    actions = "\n".join(f"{number[a.id]}. {a.title(lang)}" for a in item.actions) or w["no_action"]
    entity_lines = []
    if item.lead_entity:
        entity_lines.append(f"{w['lead']}: {item.lead_entity.label(lang)}")
    if item.supporting_entities:
        entity_lines.append(f"{w['supporting']}: {names(item.supporting_entities, lang)}")
    known = {e.id for e in (item.lead_entity, *item.supporting_entities) if e is not None}
    for action in item.actions:
        own = [e for e in (action.lead_entity, *action.partner_entities) if e is not None]
        if own and {e.id for e in own} - known:
            entity_lines.append(f"{number[action.id]}. {action_entities(action, lang, w)}")
    timeline = "\n".join(f"{number[a.id]}. {span(a.start_date, a.end_date, w.n)}" for a in item.actions)
    timeline = timeline or DASH
    indicator_lines = []
    for indicator in item.indicators:
        prefix = f"{number[indicator.action_id]}. " if indicator.action_id in number else "• "
        indicator_lines.append(prefix + indicator_text(indicator, lang, w))
    status = vocab("status", rec.status, lang) + (
        f" – {vocab('status', 'overdue', lang)}" if item.overdue else ""
    )
    status_lines = [f"{w['recommendation_status']}: {status}"]
    status_lines += [f"{number[a.id]}. {action_status(a, lang, w)}" for a in item.actions]
    marks = [status_key(rec.status, item.overdue)] + [status_key(a.status, a.overdue) for a in item.actions]
    return [
        recommendation_text(rec, lang, w, item.states),
        actions,
        "\n".join(entity_lines) or DASH,
        timeline,
        "\n".join(indicator_lines) or DASH,
        b.Cell("\n".join(status_lines), marks),
    ]


MAX_STATES = 6  # recommending States named in a row; the rest are counted


def recommendation_text(
    rec: RecommendationRow, lang: Lang, w: Words, states: tuple[tuple[str, str], ...] = ()
) -> str:
    """Reference, text, then mechanism, position and priority, then the recommending States."""
    mechanism = vocab("mechanism", rec.mechanism, lang)
    if rec.body and rec.body != rec.mechanism:
        mechanism = f"{mechanism} ({rec.body})"
    if rec.mandates:  # a special procedure: the Rapporteur or Working Group behind it
        mechanism += " – " + w["list_separator"].join(m.label(lang) for m in rec.mandates)
    facts = [mechanism]
    if rec.position:
        facts.append(f"{w['position']}: {vocab('position', rec.position, lang)}")
    if rec.priority:
        facts.append(f"{w['priority']}: {vocab('priority', rec.priority, lang)}")
    lines = [rec.reference, rec.text(lang), " – ".join(facts)]
    if states:
        shown = [pick2(s, lang) for s in states[:MAX_STATES]]
        text = w["list_separator"].join(shown)
        if len(states) > MAX_STATES:
            text += " " + w["more_states"].format(count=w.n.count(len(states) - MAX_STATES))
        lines.append(f"{w['states']}: {text}")
    return "\n".join(lines)


def action_entities(action: ActionRow, lang: Lang, w: Words) -> str:
    lead: EntityRef | None = action.lead_entity
    text = lead.label(lang) if lead else DASH
    if action.partner_entities:
        text += f" ({w['supporting']}: {names(action.partner_entities, lang)})"
    return text


def action_status(action: ActionRow, lang: Lang, w: Words) -> str:
    text = vocab("action_status", action.status, lang)
    if action.latest_percent is not None and action.status not in ("completed", "cancelled"):
        text += f" {percent(action.latest_percent, w.n)}"
    if action.overdue:
        text += f" – {w['overdue']}"
    return text


def indicator_text(indicator: IndicatorRow, lang: Lang, w: Words) -> str:
    """"Name (target: 2,000)", "(المستهدف: 100%)", "(المستهدف: مصدَّق)": the unit in the report's
    language, or none when the value says it already (a count, a status)."""
    text = indicator.name(lang)
    if indicator.target:
        target = indicator_value(indicator.target, indicator.unit, lang, w.n)
        text += f" ({w['target']}: {target})"
    return text
