"""The program's own workbook (format "nrtd"): its sheets and columns, for the writer and reader.

One sheet per kind of record, linked by what people read: a recommendation's reference, an
entity's code, a cluster's name. Each sheet also carries hidden technical columns (the record's
``id`` and the ids of what it links to) so that export then import gives back exactly the same
records; a row a person adds by hand leaves them blank and is linked by the visible columns.

Headers are written in the export's language; the reader knows a column by its header in either
language or by its technical key. Closed vocabularies (status, priority...) are written as their
names in the export's language, offered as drop-down lists, and read back in either language or
as their codes. A hidden sheet ``_nrtd`` marks the workbook (detect() recognises it by that).
"""

from __future__ import annotations

from dataclasses import dataclass

from nrtd_desktop.domain.lang import Lang

MARKER_SHEET = "_nrtd"
LISTS_SHEET = "_lists"
MARKER = "NRTD Desktop workbook"
FORMAT_VERSION = 1

# Kinds of column: how a value is written and read.
TEXT, DATE, INT, FLOAT, BOOL, CHOICE, MULTI, LINK, HIDDEN = (
    "text",
    "date",
    "int",
    "float",
    "bool",
    "choice",
    "multi",
    "link",
    "hidden",
)


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the technical name (a database column, or a link)
    en: str
    ar: str
    kind: str = TEXT
    width: int = 16
    vocabulary: str | None = None  # labels.VOCABULARIES key for CHOICE; list name for drop-downs
    hidden: bool = False

    def header(self, lang: Lang) -> str:
        return self.ar if lang == "ar" else self.en


def _hidden(key: str) -> Column:
    return Column(key, key, key, HIDDEN, 10, hidden=True)


@dataclass(frozen=True, slots=True)
class Sheet:
    key: str
    en: str
    ar: str
    columns: tuple[Column, ...]

    def title(self, lang: Lang) -> str:
        return self.ar if lang == "ar" else self.en


RECOMMENDATIONS = Sheet(
    "recommendations",
    "Recommendations",
    "التوصيات",
    (
        Column("reference", "Reference", "الرمز المرجعي", TEXT, 22),
        Column("text_ar", "Arabic text", "النص العربي", TEXT, 60),
        Column("text_en", "English text", "النص الإنجليزي", TEXT, 60),
        Column("mechanism", "Mechanism", "الآلية", CHOICE, 18, "mechanism"),
        Column("body_code", "Body", "الجهة الأممية", CHOICE, 10, "body"),
        Column("mandates", "Special procedure mandates", "ولايات الإجراءات الخاصة", MULTI, 24, "mandate"),
        Column("document_symbol", "Document symbol", "رمز الوثيقة", TEXT, 20),
        Column("publication_date", "Publication date", "تاريخ النشر", DATE, 12),
        Column("cycle", "Cycle", "الجولة", INT, 7),
        Column("session", "Session", "الدورة", TEXT, 8),
        Column("paragraph", "Paragraph", "الفقرة", TEXT, 9),
        Column("annotation_type", "Annotation type", "نوع الملاحظة", CHOICE, 14, "annotation_type"),
        Column("position", "Position", "موقف الدولة", CHOICE, 14, "position"),
        Column("position_source", "Source of the position", "مصدر الموقف", TEXT, 18),
        Column("action_category", "Action category", "فئة الإجراء", INT, 9, "action_category"),
        Column("recommending_states", "Recommending States", "الدول الموصية", MULTI, 20, "state"),
        Column("countries", "States under review", "الدول موضع الاستعراض", MULTI, 20, "state"),
        Column("regions", "Regions", "المناطق", MULTI, 20, "region"),
        Column("themes", "Themes", "المواضيع", MULTI, 28, "theme"),
        Column("affected_groups", "Affected persons", "الفئات المعنية", MULTI, 22, "group"),
        Column("sdg_goals", "SDG goals", "أهداف التنمية المستدامة", MULTI, 20, "sdg_goal"),
        Column("sdg_targets", "SDG targets", "غايات التنمية المستدامة", MULTI, 12, "sdg"),
        Column("priority", "Priority", "الأولوية", CHOICE, 10, "priority"),
        Column("priority_score", "Priority score", "درجة الأولوية", FLOAT, 9),
        Column("priority_overridden", "Priority set by hand", "أولوية محددة يدوياً", BOOL, 9),
        Column("priority_reason", "Reason for the priority", "سبب الأولوية", TEXT, 20),
        Column("priority_judgement", "Committee rating (1-5)", "تقدير اللجنة (1-5)", INT, 9, "rating"),
        Column("status", "Status", "حالة التنفيذ", CHOICE, 16, "status"),
        Column("status_overridden", "Status set by hand", "حالة محددة يدوياً", BOOL, 9),
        Column("status_override_reason", "Reason for the status", "سبب الحالة", TEXT, 20),
        Column("follow_up", "Follow-up procedure", "إجراء المتابعة", BOOL, 9),
        Column("follow_up_due", "Follow-up due", "موعد المتابعة", DATE, 12),
        Column("notes", "Notes", "ملاحظات", TEXT, 30),
        Column("cluster", "Cluster", "المجموعة المواضيعية", LINK, 24, "cluster"),
        Column("lead_entity", "Lead entity", "الجهة الرئيسية", LINK, 12, "entity"),
        Column("supporting_entities", "Supporting entities", "الجهات المساندة", MULTI, 16, "entity"),
        Column("source_format", "Source", "المصدر", TEXT, 9),
        Column("source_key", "Source identifier", "معرّف المصدر", TEXT, 14),
        _hidden("id"),
        _hidden("cluster_id"),
        _hidden("theme_keys"),
    ),
)

CLUSTERS = Sheet(
    "clusters",
    "Clusters",
    "المجموعات",
    (
        Column("name_ar", "Arabic name", "الاسم العربي", TEXT, 30),
        Column("name_en", "English name", "الاسم الإنجليزي", TEXT, 30),
        Column("description_ar", "Arabic description", "الوصف العربي", TEXT, 40),
        Column("description_en", "English description", "الوصف الإنجليزي", TEXT, 40),
        Column("lead_entity", "Lead entity", "الجهة الرئيسية", LINK, 12, "entity"),
        Column("supporting_entities", "Supporting entities", "الجهات المساندة", MULTI, 16, "entity"),
        _hidden("id"),
    ),
)

ACTIONS = Sheet(
    "actions",
    "Actions",
    "الإجراءات",
    (
        Column("recommendation", "Recommendation", "التوصية", LINK, 22, "recommendation"),
        Column("cluster", "Cluster", "المجموعة المواضيعية", LINK, 24, "cluster"),
        Column("title_ar", "Arabic title", "العنوان العربي", TEXT, 36),
        Column("title_en", "English title", "العنوان الإنجليزي", TEXT, 36),
        Column("description_ar", "Arabic description", "الوصف العربي", TEXT, 36),
        Column("description_en", "English description", "الوصف الإنجليزي", TEXT, 36),
        Column("lead_entity", "Lead entity", "الجهة الرئيسية", LINK, 12, "entity"),
        Column("partners", "Partner entities", "الجهات الشريكة", MULTI, 16, "entity"),
        Column("start_date", "Start date", "تاريخ البدء", DATE, 12),
        Column("end_date", "End date", "تاريخ الانتهاء", DATE, 12),
        Column("status", "Status", "الحالة", CHOICE, 14, "action_status"),
        Column("budget", "Resources and budget", "الموارد والميزانية", TEXT, 20),
        Column("expected_output_ar", "Arabic expected output", "المخرج المتوقع بالعربية", TEXT, 30),
        Column("expected_output_en", "English expected output", "المخرج المتوقع بالإنجليزية", TEXT, 30),
        Column("sort_order", "Order", "الترتيب", INT, 7),
        _hidden("id"),
        _hidden("recommendation_id"),
        _hidden("cluster_id"),
    ),
)

INDICATORS = Sheet(
    "indicators",
    "Indicators",
    "المؤشرات",
    (
        Column("recommendation", "Recommendation", "التوصية", LINK, 22, "recommendation"),
        Column("action", "Action", "الإجراء", LINK, 30, "action"),
        Column("indicator_type", "Indicator type", "نوع المؤشر", CHOICE, 12, "indicator_type"),
        Column("name_ar", "Arabic name", "الاسم العربي", TEXT, 36),
        Column("name_en", "English name", "الاسم الإنجليزي", TEXT, 36),
        Column("baseline", "Baseline", "خط الأساس", TEXT, 14),
        Column("target", "Target", "القيمة المستهدفة", TEXT, 14),
        Column("current_value", "Current value", "القيمة الحالية", TEXT, 14),
        Column("unit", "Unit", "الوحدة", TEXT, 10),
        Column("data_source", "Data source", "مصدر البيانات", TEXT, 20),
        Column("frequency", "Reporting frequency", "دورية الإبلاغ", TEXT, 12),
        Column("due_date", "Due date", "تاريخ الاستحقاق", DATE, 12),
        Column("responsible_entity", "Responsible entity", "الجهة المسؤولة", LINK, 12, "entity"),
        _hidden("id"),
        _hidden("recommendation_id"),
        _hidden("action_id"),
    ),
)

PROGRESS = Sheet(
    "progress",
    "Progress",
    "التقدم",
    (
        Column("action", "Action", "الإجراء", LINK, 30, "action"),
        Column("indicator", "Indicator", "المؤشر", LINK, 24, "indicator"),
        Column("reported_on", "Reported on", "تاريخ التحديث", DATE, 12),
        Column("narrative_ar", "Arabic narrative", "السرد بالعربية", TEXT, 40),
        Column("narrative_en", "English narrative", "السرد بالإنجليزية", TEXT, 40),
        Column("percent", "Percent done", "نسبة الإنجاز", INT, 8),
        Column("evidence", "Evidence", "الشواهد", TEXT, 24),
        Column("entity", "Entity", "الجهة", LINK, 12, "entity"),
        Column("reporter", "Reported by", "المُبلِّغ", TEXT, 16),
        _hidden("id"),
        _hidden("action_id"),
        _hidden("indicator_id"),
    ),
)

CHALLENGES = Sheet(
    "challenges",
    "Challenges",
    "التحديات",
    (
        Column("recommendation", "Recommendation", "التوصية", LINK, 22, "recommendation"),
        Column("action", "Action", "الإجراء", LINK, 30, "action"),
        Column("entity", "Entity", "الجهة", LINK, 12, "entity"),
        Column("category", "Category", "الفئة", CHOICE, 16, "challenge_category"),
        Column("description_ar", "Arabic description", "الوصف العربي", TEXT, 36),
        Column("description_en", "English description", "الوصف الإنجليزي", TEXT, 36),
        Column("effect_ar", "Arabic effect", "الأثر بالعربية", TEXT, 24),
        Column("effect_en", "English effect", "الأثر بالإنجليزية", TEXT, 24),
        Column("mitigation_ar", "Arabic mitigation", "إجراءات المعالجة بالعربية", TEXT, 24),
        Column("mitigation_en", "English mitigation", "إجراءات المعالجة بالإنجليزية", TEXT, 24),
        Column("support_needed_ar", "Arabic support needed", "الدعم المطلوب بالعربية", TEXT, 24),
        Column("support_needed_en", "English support needed", "الدعم المطلوب بالإنجليزية", TEXT, 24),
        Column("status", "Status", "الحالة", CHOICE, 14, "challenge_status"),
        Column("reported_on", "Reported on", "تاريخ الرصد", DATE, 12),
        _hidden("id"),
        _hidden("recommendation_id"),
        _hidden("action_id"),
    ),
)

ENTITIES = Sheet(
    "entities",
    "Entities",
    "الجهات",
    (
        Column("code", "Code", "الرمز", TEXT, 12),
        Column("name_ar", "Arabic name", "الاسم العربي", TEXT, 36),
        Column("name_en", "English name", "الاسم الإنجليزي", TEXT, 36),
        Column("kind", "Kind", "النوع", CHOICE, 12, "entity_kind"),
        Column("notes", "Notes", "ملاحظات", TEXT, 30),
        _hidden("id"),
    ),
)

# The UN documents the recommendations cite: their titles exist nowhere else in the workbook (the
# recommendations name a document by its symbol), and a round trip must not lose them.
DOCUMENTS = Sheet(
    "documents",
    "Documents",
    "الوثائق",
    (
        Column("symbol", "Document symbol", "رمز الوثيقة", TEXT, 22),
        Column("body_code", "Body", "الجهة الأممية", CHOICE, 10, "body"),
        Column("title_ar", "Arabic title", "العنوان العربي", TEXT, 50),
        Column("title_en", "English title", "العنوان الإنجليزي", TEXT, 50),
        Column("date", "Date", "التاريخ", DATE, 12),
        Column("cycle", "Cycle", "الجولة", INT, 7),
        Column("session", "Session", "الدورة", TEXT, 8),
        _hidden("id"),
    ),
)

# Export order; import order is parents first (entities, documents, clusters, recommendations,
# the plan).
SHEETS = (RECOMMENDATIONS, CLUSTERS, ACTIONS, INDICATORS, PROGRESS, CHALLENGES, ENTITIES, DOCUMENTS)
SHEET_KEYS = tuple(sheet.key for sheet in SHEETS)
BY_KEY = {sheet.key: sheet for sheet in SHEETS}
IMPORT_ORDER = (
    "entities",
    "documents",
    "clusters",
    "recommendations",
    "actions",
    "indicators",
    "progress",
    "challenges",
)
TABLE_OF = {
    "documents": "documents",
    "recommendations": "recommendations",
    "clusters": "clusters",
    "actions": "actions",
    "indicators": "indicators",
    "progress": "progress_updates",
    "challenges": "challenges",
    "entities": "entities",
}

# Characters a spreadsheet reads as the start of a formula (docs/design/RELIABILITY.md, test 12).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
