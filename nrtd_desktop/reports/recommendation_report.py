"""The recommendation sheet: one recommendation with all its fields, its plan and its whole history.

Both texts (Arabic and English) are printed, as the record holds them. Actions come with their
indicators and progress updates; the actions of its cluster follow, marked as shared. The history
table lists every recorded change of the recommendation and of its plan, newest first, with
stored identifiers (entities) and codes (statuses) turned back into names.
"""

from __future__ import annotations

from typing import Any

from nrtd_desktop.domain import labels
from nrtd_desktop.domain.errors import field_label
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.history import HistoryRow
from nrtd_desktop.dto.plan import ActionRow
from nrtd_desktop.dto.register import pick
from nrtd_desktop.dto.reports import RecommendationSheetData
from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.common_report import (
    DASH,
    ReportOptions,
    Words,
    deadline,
    indicator_value,
    iso,
    names,
    new_document,
    percent,
    span,
    status_legend,
    title_of,
    vocab,
)

WORDS = {
    "fields": ("بيانات التوصية", "The recommendation"),
    "field": ("الحقل", "Field"),
    "value": ("القيمة", "Value"),
    "text_ar": ("النص العربي", "Arabic text"),
    "text_en": ("النص الإنجليزي", "English text"),
    "document": ("الوثيقة", "Document"),
    "session": ("الدورة", "Session"),
    "paragraph": ("الفقرة", "Paragraph"),
    "states": ("الدول الموصية", "Recommending States"),
    "mandates": ("ولاية الإجراءات الخاصة", "Special procedure mandate"),
    "position_source": ("مصدر الموقف", "Source of the position"),
    "priority_reason": ("سبب الأولوية", "Reason for the priority"),
    "override": ("سبب تحديد الحالة يدوياً", "Reason the status was set by hand"),
    "follow_up": ("متابعة", "Follow-up"),
    "yes_until": ("نعم، حتى {day}", "Yes, by {day}"),
    "yes": ("نعم", "Yes"),
    "no": ("لا", "No"),
    "groups": ("الفئات المعنية", "Affected groups"),
    "notes": ("ملاحظات", "Notes"),
    "created": ("أُنشئت", "Created"),
    "updated": ("آخر تعديل", "Last changed"),
    "by": ("{when} بواسطة {who}", "{when} by {who}"),
    "actions": ("الإجراءات", "Actions"),
    "no_actions": ("لا توجد إجراءات لهذه التوصية.", "This recommendation has no action."),
    "cluster_actions": (
        "إجراءات المجموعة المواضيعية «{name}» (تنطبق على جميع توصياتها)",
        "Actions of the cluster “{name}” (they apply to all its recommendations)",
    ),
    "description": ("الوصف", "Description"),
    "partners": ("الجهات المساندة", "Supporting entities"),
    "timeline": ("الإطار الزمني", "Timeline"),
    "budget": ("الميزانية", "Budget"),
    "output": ("المخرج المتوقع", "Expected output"),
    "latest": ("آخر نسبة إنجاز", "Latest completion"),
    "indicators": ("المؤشرات", "Indicators"),
    "rec_indicators": ("مؤشرات التوصية", "Indicators of the recommendation"),
    "progress": ("تحديثات التقدم", "Progress updates"),
    "challenges": ("التحديات", "Challenges"),
    "history": ("سجل التغييرات", "History of changes"),
    "no_history": ("لا توجد تغييرات مسجلة.", "No change is recorded."),
    "col_name": ("المؤشر", "Indicator"),
    "col_type": ("النوع", "Type"),
    "col_baseline": ("خط الأساس", "Baseline"),
    "col_target": ("المستهدف", "Target"),
    "col_current": ("القيمة الحالية", "Current"),
    "col_source": ("مصدر البيانات", "Data source"),
    "col_due": ("الموعد", "Due"),
    "col_date": ("التاريخ", "Date"),
    "col_percent": ("النسبة", "Percent"),
    "col_narrative": ("ما أُنجز", "What was done"),
    "col_entity": ("الجهة", "Entity"),
    "col_evidence": ("الأدلة", "Evidence"),
    "col_category": ("الفئة", "Category"),
    "col_challenge": ("التحدي", "Challenge"),
    "col_mitigation": ("إجراءات المعالجة", "Mitigation"),
    "col_status": ("الحالة", "Status"),
    "col_when": ("الوقت", "When"),
    "col_who": ("بواسطة", "By"),
    "col_record": ("السجل", "Record"),
    "col_change": ("التغيير", "Change"),
    "col_old": ("القيمة السابقة", "Old value"),
    "col_new": ("القيمة الجديدة", "New value"),
    "col_no": ("م", "No."),
    "col_action": ("الإجراء", "Action"),
    "col_entities": ("الجهة الرئيسية", "Lead entity"),
    "col_indicators": ("المؤشرات", "Indicators"),
    "cluster_mark": ("م", "C"),
    "cluster_note": (
        "الإجراءات المرقمة بـ«م» إجراءات المجموعة المواضيعية «{name}» وتنطبق على جميع توصياتها.",
        "Actions numbered C are those of the cluster “{name}”: they apply to all its recommendations.",
    ),
    "target_word": ("المستهدف", "target"),
    "current_word": ("الحالي", "now"),
    "facts_separator": ("؛ ", "; "),
    "history_cut": (
        "آخر {shown} من {total} تغييراً مسجلاً؛ ويعرض البرنامج السجل كاملاً.",
        "The latest {shown} of {total} recorded changes; the program shows the whole history.",
    ),
}
TABLE_NAMES = {
    "recommendations": ("التوصية", "Recommendation"),
    "actions": ("إجراء", "Action"),
    "indicators": ("مؤشر", "Indicator"),
    "progress_updates": ("تحديث تقدم", "Progress update"),
    "challenges": ("تحدٍّ", "Challenge"),
}
OPERATIONS = {"create": ("إنشاء", "Created"), "update": ("تعديل", "Changed"), "delete": ("حذف", "Deleted")}
# Stored codes whose names the history prints: column -> vocabulary of labels.py.
VALUE_VOCABULARIES = {
    "status": "status",
    "position": "position",
    "priority": "priority",
    "mechanism": "mechanism",
    "category": "challenge_category",
    "indicator_type": "indicator_type",
    "annotation_type": "annotation_type",
}
HISTORY_VALUE_LIMIT = 160  # characters of an old or new value; a long text is cut


def build_document(options: ReportOptions, data: RecommendationSheetData) -> Any:
    """One or two portrait pages: no cover, no contents. The facts that are filled in, one table
    of the actions (with their indicators and latest progress), the challenges, and the latest
    changes of the history (the whole history is in the program)."""
    lang = options.lang
    d = data.detail
    title = f"{title_of('recommendation', lang)} {d.reference}"
    doc = new_document(options, title, d.document_symbol or "", contents=False, compact=True, cover=False
    )
    w = Words(WORDS, lang, doc.numerals)
    doc.add(b.Heading(title, in_contents=False))
    for line in doc.cover_lines:  # the meeting, as the cover would have said
        doc.add(b.Paragraph(line, caption=True))
    doc.add(
        b.Table([w["field"], w["value"]], field_rows(data, lang, w), widths=(1.2, 5), bold_first_column=True,
                key_column=None),
    )
    doc.add(b.Heading(w["actions"], level=2))
    if data.plan.actions or data.plan.cluster_actions:
        doc.add(status_legend(lang))
    actions = [(w.n.digits(str(n)), a) for n, a in enumerate(data.plan.actions, start=1)]
    actions += [
        (w["cluster_mark"] + w.n.digits(str(n)), a) for n, a in enumerate(data.plan.cluster_actions, start=1)
    ]
    if actions:
        doc.add(
            b.Table(
                [w["col_no"], w["col_action"], w["col_entities"], w["timeline"], w["col_indicators"],
                 w["col_status"]],
                [action_row(number, action, data, lang, w) for number, action in actions],
                widths=(0.5, 3.4, 2.0, 1.4, 2.5, 1.3),
                key_column=1,
            )
        )
        if data.plan.cluster_actions:
            doc.add(b.Paragraph(w["cluster_note"].format(name=d.cluster_name or ""), caption=True))
    else:
        doc.add(b.Paragraph(w["no_actions"]))
    updates = latest_updates(actions, data)
    if updates:
        doc.add(b.Heading(w["progress"], level=2))
        doc.add(
            b.Table(
                [w["col_date"], w["col_no"], w["col_percent"], w["col_narrative"], w["col_entity"]],
                [
                    [
                        iso(u.reported_on, w.n),
                        number,
                        percent(u.percent, w.n),
                        u.narrative(lang) or DASH,
                        reporter(u, lang),
                    ]
                    for number, u in updates
                ],
                widths=(1.3, 0.5, 0.8, 5, 1.8),
                key_column=None,
            )
        )
    if data.plan.indicators:
        doc.add(b.Heading(w["rec_indicators"], level=2))
        doc.add(indicator_table(data.plan.indicators, lang, w))
    if data.plan.challenges:
        doc.add(b.Heading(w["challenges"], level=2))
        doc.add(
            b.Table(
                [w["col_category"], w["col_challenge"], w["col_mitigation"], w["col_status"]],
                [
                    [
                        vocab("challenge_category", c.category, lang),
                        c.description(lang),
                        pick(lang, c.mitigation_ar, c.mitigation_en) or DASH,
                        b.Cell(vocab("challenge_status", c.status, lang), [c.status]),
                    ]
                    for c in data.plan.challenges
                ],
                widths=(1.3, 4, 3, 1.2),
            )
        )
    doc.add(b.Heading(w["history"], level=2))
    if data.history:
        shown = data.history[:HISTORY_ROWS]
        doc.add(
            b.Table(
                [w["col_when"], w["col_who"], w["col_change"], w["col_old"], w["col_new"]],
                [history_row(row, data, lang, w.n) for row in shown],
                widths=(1.5, 1.3, 2.8, 2.2, 2.2),
                key_column=None,
            )
        )
        if len(data.history) > len(shown):
            doc.add(
                b.Paragraph(
                    w["history_cut"].format(shown=w.n.count(len(shown)), total=w.n.count(len(data.history))),
                    caption=True,
                )
            )
    else:
        doc.add(b.Paragraph(w["no_history"]))
    return doc


HISTORY_ROWS = 6  # the latest changes printed; the program keeps and shows the whole history
MAX_UPDATES = 6  # progress updates printed: the latest of each action first


def field_rows(data: RecommendationSheetData, lang: Lang, w: Words) -> list[list[str]]:
    """The recommendation's facts that are filled in (an empty field is left out, not printed
    as a dash), the related ones joined on one line."""
    d = data.detail
    n = w.n
    mechanism = vocab("mechanism", d.mechanism, lang)
    if d.body and d.body != d.mechanism:
        mechanism = f"{mechanism} ({d.body})"
    if d.cycle:
        mechanism += f" – {pick(lang, *labels.cycle_names(d.cycle))}"
    document = " – ".join(
        p
        for p in (
            d.document_symbol or "",
            iso(d.document_date, n) if d.document_date else "",
            f"{w['session']} {d.session}" if d.session else "",
            f"{w['paragraph']} {d.paragraph}" if d.paragraph else "",
        )
        if p
    )
    position = vocab("position", d.position, lang) if d.position else ""
    if position and d.position_source:
        position += f" ({d.position_source})"
    priority = vocab("priority", d.priority, lang) if d.priority else ""
    if priority and d.priority_reason:
        priority += f" – {d.priority_reason}"
    status = vocab("status", d.status, lang)
    if data.plan.overdue:
        status += f" – {vocab('status', 'overdue', lang)}"
    if d.status_override_reason:
        status += f"\n{w['override']}: {d.status_override_reason}"
    follow_up = ""
    if d.follow_up:
        follow_up = w["yes_until"].format(day=iso(d.follow_up_due, n)) if d.follow_up_due else w["yes"]
    entities = d.lead_entity.label(lang) if d.lead_entity else ""
    if d.supporting_entities:
        entities += f"\n{w['partners']}: {names(d.supporting_entities, lang)}"
    rows: list[list[Any]] = [
        [w["text_ar"], d.text_ar],
        [w["text_en"], d.text_en],
        [field_label("mechanism", lang), mechanism],
        [w["mandates"], names(d.mandates, lang)],
        [w["document"], document],
        [w["states"], names(d.recommending_states, lang)],
        [field_label("annotation_type", lang), vocab("annotation_type", d.annotation_type, lang)],
        [field_label("position", lang), position],
        [field_label("priority", lang), priority],
        [field_label("status", lang), b.Cell(status, ["overdue" if data.plan.overdue else d.status])],
        [field_label("lead_entity", lang), entities],
        [field_label("cluster", lang), d.cluster_name or ""],
        [field_label("theme", lang), names(d.themes, lang)],
        [w["groups"], names(d.affected_groups, lang)],
        [field_label("sdg_target", lang), names(d.sdg_targets, lang)],
        [field_label("action_category", lang), n.count(d.action_category) if d.action_category else ""],
        [w["follow_up"], follow_up],
        [w["notes"], d.notes or ""],
        [w["updated"], w["by"].format(when=_when(d.updated_at, n), who=d.updated_by or DASH)],
    ]
    return [row for row in rows if str(row[1]).strip()]


def reporter(update: Any, lang: Lang) -> str:
    parts = (update.entity.label(lang) if update.entity else "", update.reporter)
    return "\n".join(p for p in parts if p) or DASH


def action_row(
    number: str, action: ActionRow, data: RecommendationSheetData, lang: Lang, w: Words
) -> list[object]:
    """One action on one row: what, who, when, how it is measured, where it stands."""
    n = w.n
    # The title, what it should produce and its budget (the description is in the program).
    output = pick(lang, action.expected_output_ar, action.expected_output_en)
    details = [
        f"{w['output']}: {output}" if output else "",
        f"{w['budget']}: {action.budget}" if action.budget else "",
    ]
    what = "\n".join([action.title(lang), *(p for p in details if p)])
    who = action.lead_entity.label(lang) if action.lead_entity else DASH
    if action.partner_entities:
        who += f"\n{w['partners']}: {names(action.partner_entities, lang)}"
    indicators = []
    for i in data.action_indicators.get(action.id, ()):
        facts = [f"{w['target_word']}: {indicator_value(i.target, i.unit, lang, n)}"]
        if i.current_value:
            facts.append(f"{w['current_word']}: {indicator_value(i.current_value, i.unit, lang, n)}")
        indicators.append(f"• {i.name(lang)} ({w['facts_separator'].join(facts)})")
    status = vocab("action_status", action.status, lang)
    if action.latest_percent is not None and action.status not in ("completed", "cancelled"):
        status += f" {percent(action.latest_percent, n)}"
    if action.overdue:
        status += f"\n{w['overdue']}"
    return [
        number,
        what,
        who,
        span(action.start_date, action.end_date, n),
        "\n".join(indicators) or DASH,
        b.Cell(status, ["overdue" if action.overdue else action.status]),
    ]


def latest_updates(
    actions: list[tuple[str, ActionRow]], data: RecommendationSheetData
) -> list[tuple[str, Any]]:
    """The latest progress update of each action, then earlier ones, newest first, at most
    ``MAX_UPDATES``."""
    latest, earlier = [], []
    for number, action in actions:
        updates = data.progress.get(action.id, ())
        latest += [(number, u) for u in updates[:1]]
        earlier += [(number, u) for u in updates[1:]]
    newest_first = sorted(latest, key=lambda p: p[1].reported_on, reverse=True)
    newest_first += sorted(earlier, key=lambda p: p[1].reported_on, reverse=True)
    return newest_first[:MAX_UPDATES]


def indicator_table(indicators: Any, lang: Lang, w: Words) -> b.Table:
    n = w.n
    return b.Table(
        [
            w["col_name"],
            w["col_type"],
            w["col_baseline"],
            w["col_target"],
            w["col_current"],
            w["col_source"],
            w["col_due"],
        ],
        [
            [
                i.name(lang),
                vocab("indicator_type", i.indicator_type, lang),
                indicator_value(i.baseline, i.unit, lang, n),
                indicator_value(i.target, i.unit, lang, n),
                indicator_value(i.current_value, i.unit, lang, n),
                i.data_source or DASH,
                deadline(i.due_date, lang, n),
            ]
            for i in indicators
        ],
        widths=(3.4, 1.1, 1.1, 1.1, 1.1, 2.2, 1.8),
    )


def history_row(row: HistoryRow, data: RecommendationSheetData, lang: Lang, fmt: Any = None) -> list[str]:
    record = pick(lang, *TABLE_NAMES.get(row.table_name, (row.table_name, row.table_name)))
    operation = pick(lang, *OPERATIONS.get(row.operation, (row.operation, row.operation)))
    change = operation if not row.field else f"{operation}: {_field_name(row.field, lang)}"
    who = "\n".join(p for p in (row.actor, row.actor_entity) if p) or DASH
    return [
        _when(row.at, fmt),
        who,
        f"{record} – {change}",
        _value(row.field, row.old_value, data, lang),
        _value(row.field, row.new_value, data, lang),
    ]


def _field_name(field: str, lang: Lang) -> str:
    key = field[:-3] if field.endswith("_id") else field
    return field_label(key, lang)


def _value(field: str, value: str | None, data: RecommendationSheetData, lang: Lang) -> str:
    if value is None or value == "":
        return DASH
    if field.endswith("entity_id") and value in data.entity_names:
        return pick(lang, *data.entity_names[value])
    vocabulary = VALUE_VOCABULARIES.get(field)
    if vocabulary == "status" and value in {str(k) for k in labels.ACTION_STATUSES} - {
        str(k) for k in labels.STATUSES
    }:
        vocabulary = "action_status"
    if vocabulary and value in {str(k) for k in labels.VOCABULARIES[vocabulary]}:
        return labels.label(vocabulary, value, lang)
    if len(value) > HISTORY_VALUE_LIMIT:
        return value[:HISTORY_VALUE_LIMIT].rstrip() + " …"
    return value


def _when(moment: Any, fmt: Any = None) -> str:
    """A stored timestamp as "2026-11-29 09:21" (UTC, as recorded)."""
    if not moment:
        return DASH
    text = moment.strftime("%Y-%m-%d %H:%M")
    return str(fmt.digits(text)) if fmt else text
