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
from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.common_report import (
    DASH,
    ReportOptions,
    Words,
    deadline,
    iso,
    names,
    new_document,
    percent,
    span,
    title_of,
    vocab,
)
from nrtd_desktop.services.dto import pick
from nrtd_desktop.services.history import HistoryRow
from nrtd_desktop.services.plan_dto import ActionRow
from nrtd_desktop.services.report_data import RecommendationSheetData, recommendation_data

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
HISTORY_VALUE_LIMIT = 400  # characters of an old or new value; a long text is cut with a note


def build(services: Any, options: ReportOptions) -> Any:
    data = recommendation_data(services, options.reference)
    return build_document(services, options, data)


def build_document(services: Any, options: ReportOptions, data: RecommendationSheetData) -> Any:
    lang = options.lang
    w = Words(WORDS, lang)
    d = data.detail
    doc = new_document(
        services, options, f"{title_of('recommendation', lang)} {d.reference}", d.document_symbol or ""
    )
    doc.add(
        b.Heading(w["fields"]),
        b.Table([w["field"], w["value"]], field_rows(data, lang, w), widths=(1.3, 5), bold_first_column=True),
    )
    doc.add(b.Heading(w["actions"]))
    if not data.plan.actions:
        doc.add(b.Paragraph(w["no_actions"]))
    for number, action in enumerate(data.plan.actions, start=1):
        doc.extend(action_blocks(number, action, data, lang, w))
    if data.plan.cluster_actions:
        doc.add(b.Heading(w["cluster_actions"].format(name=d.cluster_name or "")))
        for number, action in enumerate(data.plan.cluster_actions, start=1):
            doc.extend(action_blocks(number, action, data, lang, w))
    if data.plan.indicators:
        doc.add(b.Heading(w["rec_indicators"], level=2))
        doc.add(indicator_table(data.plan.indicators, lang, w))
    if data.plan.challenges:
        doc.add(b.Heading(w["challenges"]))
        doc.add(
            b.Table(
                [w["col_category"], w["col_challenge"], w["col_mitigation"], w["col_status"]],
                [
                    [
                        vocab("challenge_category", c.category, lang),
                        c.description(lang),
                        pick(lang, c.mitigation_ar, c.mitigation_en) or DASH,
                        vocab("challenge_status", c.status, lang),
                    ]
                    for c in data.plan.challenges
                ],
                widths=(1.3, 4, 3, 1.2),
            )
        )
    doc.add(b.Orientation("landscape"), b.Heading(w["history"]))
    if data.history:
        doc.add(
            b.Table(
                [w["col_when"], w["col_who"], w["col_record"], w["col_change"], w["col_old"], w["col_new"]],
                [history_row(row, data, lang) for row in data.history],
                widths=(1.7, 1.8, 1.4, 1.8, 4, 4),
            )
        )
    else:
        doc.add(b.Paragraph(w["no_history"]))
    return doc


def field_rows(data: RecommendationSheetData, lang: str, w: Words) -> list[list[str]]:
    d = data.detail
    mechanism = vocab("mechanism", d.mechanism, lang)
    document = " – ".join(
        p for p in (d.document_symbol or "", iso(d.document_date) if d.document_date else "") if p
    )
    rows = [
        [field_label("reference", lang), d.reference],
        [w["text_ar"], d.text_ar or DASH],
        [w["text_en"], d.text_en or DASH],
        [field_label("mechanism", lang), mechanism],
        [field_label("body", lang), d.body],
        [w["document"], document or DASH],
        [field_label("cycle", lang), pick(lang, *labels.cycle_names(d.cycle)) if d.cycle else DASH],
        [w["session"], d.session or DASH],
        [w["paragraph"], d.paragraph or DASH],
        [field_label("annotation_type", lang), vocab("annotation_type", d.annotation_type, lang)],
        [w["states"], names(d.recommending_states, lang) or DASH],  # type: ignore[arg-type]
        [field_label("position", lang), vocab("position", d.position, lang) if d.position else DASH],
        [w["position_source"], d.position_source or DASH],
        [field_label("action_category", lang), str(d.action_category) if d.action_category else DASH],
        [field_label("priority", lang), vocab("priority", d.priority, lang) if d.priority else DASH],
        [w["priority_reason"], d.priority_reason or DASH],
        [
            field_label("status", lang),
            vocab("status", d.status, lang)
            + (f" – {vocab('status', 'overdue', lang)}" if data.plan.overdue else ""),
        ],
        [w["override"], d.status_override_reason or DASH],
        [
            w["follow_up"],
            (w["yes_until"].format(day=iso(d.follow_up_due)) if d.follow_up_due else w["yes"])
            if d.follow_up
            else w["no"],
        ],
        [field_label("theme", lang), names(d.themes, lang) or DASH],  # type: ignore[arg-type]
        [w["groups"], names(d.affected_groups, lang) or DASH],  # type: ignore[arg-type]
        [field_label("sdg_target", lang), names(d.sdg_targets, lang) or DASH],  # type: ignore[arg-type]
        [field_label("lead_entity", lang), d.lead_entity.label(lang) if d.lead_entity else DASH],
        [field_label("supporting_entities", lang), names(d.supporting_entities, lang) or DASH],
        [field_label("cluster", lang), d.cluster_name or DASH],
        [w["notes"], d.notes or DASH],
        [w["created"], w["by"].format(when=_when(d.created_at), who=d.created_by or DASH)],
        [w["updated"], w["by"].format(when=_when(d.updated_at), who=d.updated_by or DASH)],
    ]
    return rows


def action_blocks(
    number: int, action: ActionRow, data: RecommendationSheetData, lang: str, w: Words
) -> list[b.Block]:
    status = vocab("action_status", action.status, lang)
    if action.overdue:
        status += f" – {w['overdue']}"
    rows = [
        [w["description"], pick(lang, action.description_ar, action.description_en) or DASH],
        [field_label("lead_entity", lang), action.lead_entity.label(lang) if action.lead_entity else DASH],
        [w["partners"], names(action.partner_entities, lang) or DASH],
        [w["timeline"], span(action.start_date, action.end_date)],
        [field_label("status", lang), status],
        [w["latest"], percent(action.latest_percent)],
        [w["budget"], action.budget or DASH],
        [w["output"], pick(lang, action.expected_output_ar, action.expected_output_en) or DASH],
    ]
    blocks: list[b.Block] = [
        b.Heading(f"{number}. {action.title(lang)}", level=2),
        b.Table([w["field"], w["value"]], rows, widths=(1.3, 5), bold_first_column=True),
    ]
    indicators = data.action_indicators.get(action.id, ())
    if indicators:
        blocks += [b.Heading(w["indicators"], level=3), indicator_table(indicators, lang, w)]
    updates = data.progress.get(action.id, ())
    if updates:
        blocks.append(b.Heading(w["progress"], level=3))
        blocks.append(
            b.Table(
                [w["col_date"], w["col_percent"], w["col_narrative"], w["col_entity"], w["col_evidence"]],
                [
                    [
                        u.reported_on.isoformat(),
                        percent(u.percent),
                        u.narrative(lang) or DASH,
                        "\n".join(p for p in (u.entity.label(lang) if u.entity else "", u.reporter) if p)
                        or DASH,
                        u.evidence or DASH,
                    ]
                    for u in updates
                ],
                widths=(1.4, 0.9, 4.2, 1.8, 2.2),
            )
        )
    return blocks


def indicator_table(indicators: Any, lang: str, w: Words) -> b.Table:
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
                _with_unit(i.baseline, i.unit),
                _with_unit(i.target, i.unit),
                _with_unit(i.current_value, i.unit),
                i.data_source or DASH,
                deadline(i.due_date, lang),
            ]
            for i in indicators
        ],
        widths=(3.4, 1.1, 1.1, 1.1, 1.1, 2.2, 1.8),
    )


def history_row(row: HistoryRow, data: RecommendationSheetData, lang: str) -> list[str]:
    record = pick(lang, *TABLE_NAMES.get(row.table_name, (row.table_name, row.table_name)))
    operation = pick(lang, *OPERATIONS.get(row.operation, (row.operation, row.operation)))
    change = operation if not row.field else f"{operation}: {_field_name(row.field, lang)}"
    who = "\n".join(p for p in (row.actor, row.actor_entity) if p) or DASH
    return [
        _when(row.at),
        who,
        record,
        change,
        _value(row.field, row.old_value, data, lang),
        _value(row.field, row.new_value, data, lang),
    ]


def _field_name(field: str, lang: str) -> str:
    key = field[:-3] if field.endswith("_id") else field
    return field_label(key, lang)


def _value(field: str, value: str | None, data: RecommendationSheetData, lang: str) -> str:
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


def _when(moment: Any) -> str:
    """A stored timestamp as "2026-11-29 09:21" (UTC, as recorded)."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment else DASH


def _with_unit(value: str, unit: str) -> str:
    return f"{value} {unit}".strip() if value else DASH
