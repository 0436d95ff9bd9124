"""The exchange's user-facing sentences, in English and Arabic (see domain/errors.py)."""
# ruff: noqa: E501  (whole sentences in both languages are easier to check on one line)

from __future__ import annotations

from nrtd_desktop.domain.errors import NrtdError

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "exchange.wrong_passphrase": (
        "The passphrase is wrong, or the package is damaged: nothing was imported.",
        "عبارة المرور غير صحيحة، أو أن الحزمة تالفة: لم يُستورد شيء.",
    ),
    "exchange.tampered": (
        "The package '{path}' was changed or damaged after it was made ({part}): nothing was imported.",
        "تغيّرت الحزمة «{path}» أو تلفت بعد إعدادها ({part}): لم يُستورد شيء.",
    ),
    "exchange.not_a_package": (
        "'{path}' is not an NRTD exchange package ({reason}).",
        "الملف «{path}» ليس حزمة تبادل للبرنامج ({reason}).",
    ),
    "exchange.unsafe_entry": (
        "The package '{path}' holds an unsafe file name '{name}': it was refused.",
        "تحتوي الحزمة «{path}» على اسم ملف غير آمن «{name}»: رُفضت الحزمة.",
    ),
    "exchange.too_large": (
        "The package '{path}' is too large or holds too many files: it was refused.",
        "الحزمة «{path}» كبيرة جداً أو تحتوي على ملفات كثيرة جداً: رُفضت.",
    ),
    "exchange.newer_format": (
        "The package was made by a newer version of NRTD Desktop (format {found}, schema {schema}); "
        "install the newer version to import it.",
        "أُعدّت الحزمة بإصدار أحدث من البرنامج (الصيغة {found}، المخطط {schema})؛ "
        "ثبّت الإصدار الأحدث لاستيرادها.",
    ),
    "exchange.short_passphrase": (
        "The committee passphrase must have at least {minimum} characters.",
        "يجب ألا تقل عبارة مرور اللجنة عن {minimum} أحرف.",
    ),
    "exchange.own_package": (
        "This package was made on this laptop; import it on the receiving laptop.",
        "أُعدّت هذه الحزمة على هذا الحاسوب نفسه؛ استوردها على الحاسوب المستلم.",
    ),
    "exchange.member_to_member": (
        "Packages between members go through the coordinator: this package comes from another member ({entity}).",
        "تمر الحزم بين الأعضاء عبر المنسّق: هذه الحزمة واردة من عضو آخر ({entity}).",
    ),
    "exchange.member_cannot_resolve": (
        "Only the coordinator resolves conflicts; this laptop keeps its own values and sends them back.",
        "المنسّق وحده يحسم التعارضات؛ يحتفظ هذا الحاسوب بقيمه ويعيدها إليه في الحزمة التالية.",
    ),
    "exchange.member_scope": (
        "A member exports the work of their own entity ({entity}) or what changed since the last package.",
        "يصدّر العضو عمل جهته ({entity}) أو ما تغيّر منذ آخر حزمة.",
    ),
    "exchange.no_scope": (
        "Say what the package carries: one or more entities, the whole plan, or the changes since the last package.",
        "حدّد ما تحمله الحزمة: جهة أو أكثر، أو الخطة كاملة، أو التغييرات منذ آخر حزمة.",
    ),
    "exchange.unresolved": (
        "{count} conflict(s) are not resolved yet: choose a value for each before applying.",
        "لم يُحسم {count} من التعارضات بعد: اختر قيمة لكل منها قبل التطبيق.",
    ),
    "exchange.unknown_conflict": (
        "There is no conflict '{conflict}' on field '{field}' in this review.",
        "لا يوجد تعارض «{conflict}» في الحقل «{field}» ضمن هذه المراجعة.",
    ),
    "exchange.blocked": (
        "The package cannot be applied: {reason}",
        "لا يمكن تطبيق الحزمة: {reason}",
    ),
    "exchange.missing_parent": (
        "{kind} '{label}' needs a record this laptop does not have ({parent}); import the earlier package first.",
        "يحتاج {kind} «{label}» إلى سجل غير موجود على هذا الحاسوب ({parent})؛ استورد الحزمة السابقة أولاً.",
    ),
    "exchange.duplicate_key": (
        "{kind} '{label}' has the same {field} as a different record on this laptop.",
        "{kind} «{label}» له {field} نفسه لسجل مختلف على هذا الحاسوب.",
    ),
    "exchange.changed_since_review": (
        "The database changed since the review was prepared; review the package again.",
        "تغيّرت قاعدة البيانات منذ إعداد المراجعة؛ راجع الحزمة مرة أخرى.",
    ),
    "exchange.unknown_peer": (
        "No package was ever received from a laptop called '{peer}'.",
        "لم تصل قط حزمة من حاسوب باسم «{peer}».",
    ),
    "exchange.unknown_entity": (
        "There is no entity with the code '{code}'.",
        "لا توجد جهة بالرمز «{code}».",
    ),
    "exchange.other_committee": (
        "This package comes from another committee (committee {theirs}, sent by {sender}); this laptop belongs to committee {mine}. Nothing was imported. Join that committee only if this laptop is to work for it from now on.",
        "هذه الحزمة واردة من لجنة أخرى (اللجنة {theirs}، أرسلها {sender})، وهذا الحاسوب تابع للجنة {mine}. لم يُستورد شيء. لا تنضم إلى تلك اللجنة إلا إذا كان هذا الحاسوب سيعمل لها من الآن.",
    ),
    "exchange.other_committee_cli": (
        "Add --join-committee to make this laptop join that committee and import the package.",
        "أضف الخيار --join-committee ليلتحق هذا الحاسوب بتلك اللجنة ويستورد الحزمة.",
    ),
    "exchange.same_site_copy": (
        "This package was made on another computer ({computer}) that holds a copy of this database with the same site identity. Make one of the two a new site (command line: 'nrtd site new'), then make the package again.",
        "أُعدّت هذه الحزمة على حاسوب آخر ({computer}) يحمل نسخة من قاعدة البيانات هذه بهوية الموقع نفسها. اجعل أحدهما موقعاً جديداً (في سطر الأوامر: 'nrtd site new') ثم أعد إعداد الحزمة.",
    ),
    "exchange.confirm_other_entity": (
        "This package was made for the entity {entity}, and this laptop is {mine}'s: confirm that it is to be applied here.",
        "أُعدّت هذه الحزمة للجهة {entity}، وهذا الحاسوب للجهة {mine}: أكّد أنها ستُطبّق هنا.",
    ),
    "exchange.confirm_other_entity_cli": (
        "Add --accept-other-entity to apply it on this laptop anyway.",
        "أضف الخيار --accept-other-entity لتطبيقها على هذا الحاسوب رغم ذلك.",
    ),
}

FIELD_TEXTS: dict[str, tuple[str, str]] = {
    "entities": ("entity", "الجهة"),
    "documents": ("document", "الوثيقة"),
    "clusters": ("cluster", "المجموعة المواضيعية"),
    "recommendations": ("recommendation", "التوصية"),
    "recommendation_links": ("link between recommendations", "الربط بين التوصيات"),
    "actions": ("action", "الإجراء"),
    "indicators": ("indicator", "المؤشر"),
    "progress_updates": ("progress update", "تحديث التقدم"),
    "challenges": ("challenge", "التحدي"),
    "reporting_events": ("reporting calendar entry", "موعد التقارير"),
    "report_drafts": ("report draft", "مشروع التقرير"),
    "report_sections": ("report section", "فرع التقرير"),
    "report_versions": ("report version", "نسخة التقرير"),
}


class ExchangeError(NrtdError):
    """A package that cannot be read or applied: nothing was written."""


WARNING_TEXTS: dict[str, tuple[str, str]] = {
    "exchange.warn_already_applied": (
        "This package (number {sequence} from {sender}) was already imported: importing it again changes nothing.",
        "استُوردت هذه الحزمة (رقم {sequence} من {sender}) من قبل: استيرادها مرة أخرى لا يغيّر شيئاً.",
    ),
    "exchange.warn_gap": (
        "Package number {sequence} from {sender} arrives before number(s) {missing}: it is accepted, because every "
        "record carries its version; an older package imported later cannot undo newer changes.",
        "وصلت الحزمة رقم {sequence} من {sender} قبل الحزمة (الحزم) {missing}: قُبلت لأن كل سجل يحمل إصداره؛ "
        "والحزمة الأقدم إذا استُوردت لاحقاً لا تلغي التغييرات الأحدث.",
    ),
    "exchange.warn_out_of_order": (
        "Package number {sequence} from {sender} is older than number {latest}, already imported: records it holds "
        "in an older version are skipped, the rest is merged.",
        "الحزمة رقم {sequence} من {sender} أقدم من الحزمة رقم {latest} المستوردة من قبل: تُتخطّى سجلاتها "
        "ذات الإصدار الأقدم ويُدمج الباقي.",
    ),
    "exchange.warn_other_entity": (
        "This package was made for the entity {entity}, and this laptop is {mine}'s: apply it here only if that is intended.",
        "أُعدّت هذه الحزمة للجهة {entity}، وهذا الحاسوب للجهة {mine}: لا تطبّقها هنا إلا إذا كان ذلك مقصوداً.",
    ),
    "exchange.warn_no_committee": (
        "This package was made by an older version of NRTD Desktop ({sender}): its committee cannot be checked.",
        "أُعدّت هذه الحزمة بإصدار أقدم من البرنامج ({sender}): لا يمكن التحقق من لجنتها.",
    ),
    "exchange.warn_joining": (
        "Applying this package makes this laptop join committee {theirs} (it leaves committee {mine}).",
        "تطبيق هذه الحزمة يجعل هذا الحاسوب ينضم إلى اللجنة {theirs} (ويغادر اللجنة {mine}).",
    ),
    "exchange.warn_deferred": (
        "This laptop is a member's: the {count} conflict(s) keep this laptop's values and go back to the "
        "coordinator with the next package.",
        "هذا الحاسوب لعضو: تحتفظ التعارضات ({count}) بقيم هذا الحاسوب وتعود إلى المنسّق مع الحزمة التالية.",
    ),
}


# Names of the fields a merge review shows, for those no other area has named yet (the
# catalogue adds only the missing ones).
EXCHANGED_FIELDS: dict[str, tuple[str, str]] = {
    "action_id": ("Action", "الإجراء"),
    "affected_groups": ("Affected groups", "الفئات المعنية"),
    "baseline": ("Baseline", "خط الأساس"),
    "body_code": ("Body", "الجهة الأممية"),
    "budget": ("Budget", "الميزانية"),
    "cluster_id": ("Cluster", "المجموعة المواضيعية"),
    "current_value": ("Current value", "القيمة الحالية"),
    "data_source": ("Data source", "مصدر البيانات"),
    "description_ar": ("Arabic description", "الوصف العربي"),
    "description_en": ("English description", "الوصف الإنجليزي"),
    "document_id": ("Document", "الوثيقة"),
    "document_symbol": ("Document symbol", "رمز الوثيقة"),
    "effect_ar": ("Effect (Arabic)", "الأثر (بالعربية)"),
    "effect_en": ("Effect (English)", "الأثر (بالإنجليزية)"),
    "entity_id": ("Entity", "الجهة"),
    "evidence": ("Evidence", "الشواهد"),
    "expected_output_ar": ("Expected output (Arabic)", "المخرج المتوقع (بالعربية)"),
    "expected_output_en": ("Expected output (English)", "المخرج المتوقع (بالإنجليزية)"),
    "follow_up": ("Follow-up", "المتابعة"),
    "follow_up_due": ("Follow-up due", "موعد المتابعة"),
    "indicator_id": ("Indicator", "المؤشر"),
    "lead_entity_id": ("Lead entity", "الجهة الرئيسية"),
    "mitigation_ar": ("Mitigation (Arabic)", "المعالجة (بالعربية)"),
    "mitigation_en": ("Mitigation (English)", "المعالجة (بالإنجليزية)"),
    "narrative_ar": ("Narrative (Arabic)", "السرد (بالعربية)"),
    "narrative_en": ("Narrative (English)", "السرد (بالإنجليزية)"),
    "notes": ("Notes", "الملاحظات"),
    "paragraph": ("Paragraph", "الفقرة"),
    "partners": ("Partners", "الشركاء"),
    "position_source": ("Source of the position", "مصدر الموقف"),
    "publication_date": ("Publication date", "تاريخ الإصدار"),
    "recommendation_id": ("Recommendation", "التوصية"),
    "recommending_states": ("Recommending States", "الدول الموصية"),
    "reporter": ("Reported by", "مقدّم التحديث"),
    "responsible_entity_id": ("Responsible entity", "الجهة المسؤولة"),
    "sdg_targets": ("SDG targets", "غايات التنمية المستدامة"),
    "status_override_reason": ("Reason for the status", "سبب الحالة"),
    "support_needed_ar": ("Support needed (Arabic)", "الدعم المطلوب (بالعربية)"),
    "support_needed_en": ("Support needed (English)", "الدعم المطلوب (بالإنجليزية)"),
    "themes": ("Themes", "المواضيع"),
    "unit": ("Unit", "الوحدة"),
}

