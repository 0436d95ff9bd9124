"""The Arabic and English messages of the import service and of the program's own Excel format."""

from __future__ import annotations

from nrtd_desktop.domain.errors import register_field_labels, register_messages

MESSAGES: dict[str, tuple[str, str]] = {
    # Per row or cell (RowProblem keys), after the location.
    "import.unknown_body": (
        "the recommending body '{value}' is not one this program knows (UPR, a treaty body or "
        "special procedures); the row cannot be imported.",
        "الجهة الموصية «{value}» غير معروفة للبرنامج (الاستعراض الدوري الشامل أو إحدى هيئات "
        "المعاهدات أو الإجراءات الخاصة)؛ لا يمكن استيراد الصف.",
    ),
    "import.position_not_upr": (
        "the position '{value}' is left out: only UPR recommendations have a State position.",
        "أُغفل الموقف «{value}»: موقف الدولة يخص توصيات الاستعراض الدوري الشامل وحدها.",
    ),
    "import.unmatched.themes": (
        "the theme '{value}' matches no theme of the reference list.",
        "الموضوع «{value}» لا يطابق أي موضوع في القائمة المرجعية.",
    ),
    "import.unmatched.affected_groups": (
        "the affected group '{value}' matches no group of the reference list.",
        "الفئة المعنية «{value}» لا تطابق أي فئة في القائمة المرجعية.",
    ),
    "import.unmatched.sdg": (
        "'{value}' matches no SDG target (a target looks like 5.2).",
        "«{value}» لا تطابق أي غاية من غايات التنمية المستدامة (الغاية تُكتب مثل 5.2).",
    ),
    "import.unmatched.recommending_states": (
        "the State '{value}' matches no State of the reference list.",
        "الدولة «{value}» لا تطابق أي دولة في القائمة المرجعية.",
    ),
    "import.duplicate_across_files": (
        "the row '{value}' was already read from another file of this import ({first}).",
        "الصف «{value}» قُرئ من قبل من ملف آخر في هذا الاستيراد ({first}).",
    ),
    # Whole-import refusals.
    "import.refused_problems": (
        "Nothing was imported: {rows} row(s) have {count} problem(s). The first: {first}",
        "لم يُستورد شيء: في {rows} صف(اً) {count} مشكلة. أولها: {first}",
    ),
    "import.refused_unmatched": (
        "Nothing was imported: {count} value(s) match nothing in the reference lists. The first: "
        "{first} Correct them, or import anyway leaving those values out (--allow-unmatched).",
        "لم يُستورد شيء: {count} قيمة لا تطابق شيئاً في القوائم المرجعية. أولها: {first} "
        "صحّحها، أو استورد مع إغفال تلك القيم (‎--allow-unmatched‎).",
    ),
    "import.no_files": ("No file was given to import.", "لم يُحدَّد أي ملف للاستيراد."),
    "import.mapping_not_found": (
        "There is no saved column mapping named '{name}'.",
        "لا توجد مطابقة أعمدة محفوظة باسم «{name}».",
    ),
    "import.bad_map_option": (
        "'{value}' is not a column mapping: write target=Header (for example text=Recommendation).",
        "«{value}» ليست مطابقة عمود: اكتب الحقل=العنوان (مثلاً text=Recommendation).",
    ),
    "import.mixed_formats": (
        "The program's own workbooks cannot be imported together with other files in one import.",
        "لا يمكن استيراد مصنفات البرنامج نفسه مع ملفات أخرى في عملية استيراد واحدة.",
    ),
    # The program's own workbook (format "nrtd").
    "nrtd.not_nrtd": (
        "'{path}' is not a workbook exported by NRTD Desktop (its hidden '_nrtd' sheet is missing). "
        "Import it as another format, or through a column mapping.",
        "الملف «{path}» ليس مصنفاً صدّره البرنامج (الورقة المخفية ‎_nrtd‎ غير موجودة). "
        "استورده بصيغة أخرى أو عبر مطابقة الأعمدة.",
    ),
    "nrtd.unknown_value": (
        "{field}: '{value}' is not one of the allowed values.",
        "{field}: القيمة «{value}» ليست من القيم المسموح بها.",
    ),
    "nrtd.unknown_link": (
        "{field}: '{value}' names no {kind} of this workbook or of the database.",
        "{field}: «{value}» لا تشير إلى أي {kind} في هذا المصنف أو في قاعدة البيانات.",
    ),
    "nrtd.bad_value": (
        "{field}: '{value}' cannot be read ({reason}).",
        "{field}: تعذّرت قراءة «{value}» ({reason}).",
    ),
    "nrtd.duplicate": (
        "{field}: '{value}' is used by two rows of this sheet.",
        "{field}: القيمة «{value}» مستخدمة في صفين من هذه الورقة.",
    ),
    "nrtd.reference_taken": (
        "{field}: '{value}' is already the reference of another recommendation in the database.",
        "{field}: «{value}» هو الرمز المرجعي لتوصية أخرى في قاعدة البيانات.",
    ),
    # The preview, as the command line prints it.
    "import.preview.files": ("Files: {files} (format {format})", "الملفات: {files} (الصيغة {format})"),
    # The formats by name, as the preview says them (never the program's internal key).
    "import.format.uhri": (
        "UHRI export (Universal Human Rights Index)", "تصدير الفهرس العالمي لحقوق الإنسان (UHRI)"
    ),
    "import.format.uhri_json": ("UHRI export in JSON", "تصدير الفهرس العالمي لحقوق الإنسان بصيغة JSON"),
    "import.format.upr_info": ("UPR Info database", "قاعدة بيانات UPR Info"),
    "import.format.nrtd": ("workbook exported by this program", "مصنف صدّره هذا البرنامج"),
    "import.format.mapped": ("another spreadsheet, through a column mapping", "جدول آخر عبر مطابقة الأعمدة"),
    "import.format.unknown": ("not recognised", "غير معروفة"),
    "import.preview.counts": (
        "Rows read: {read}; new: {new}; updated: {updated}; unchanged: {unchanged}; rejected: {rejected}",
        "الصفوف المقروءة: {read}؛ جديدة: {new}؛ محدَّثة: {updated}؛ دون تغيير: {unchanged}؛ مرفوضة: {rejected}",
    ),
    "import.preview.sheet": (
        "  {sheet}: new {new}, updated {updated}, unchanged {unchanged}, rejected {rejected}",
        "  {sheet}: جديدة {new}، محدَّثة {updated}، دون تغيير {unchanged}، مرفوضة {rejected}",
    ),
    "import.preview.unmatched": (
        "Values that match nothing in the reference lists: {count}",
        "قيم لا تطابق شيئاً في القوائم المرجعية: {count}",
    ),
    "import.done": (
        "Imported in {seconds} s; snapshot taken before: {backup}",
        "تم الاستيراد في {seconds} ثانية؛ أُخذت نسخة احتياطية قبله: {backup}",
    ),
    "import.dry_run": ("Dry run: nothing was written.", "تجربة فقط: لم يُكتب شيء."),
    "import.nothing_to_do": (
        "Nothing to write: every row is already in the database as the file gives it.",
        "لا شيء للكتابة: كل الصفوف موجودة في قاعدة البيانات كما يعطيها الملف.",
    ),
    "export.done": ("{path}: {counts} ({seconds} s)", "{path}: {counts} ({seconds} ثانية)"),
    "errors.sheet": ("Problems", "المشكلات"),
    "errors.file": ("File", "الملف"),
    "errors.sheet_column": ("Sheet", "الورقة"),
    "errors.row": ("Row", "الصف"),
    "errors.column": ("Column", "العمود"),
    "errors.problem": ("Problem", "المشكلة"),
    "errors.message": ("Message", "الرسالة"),
    # Export.
    "export.no_sheets": ("Choose at least one sheet to export.", "اختر ورقة واحدة على الأقل للتصدير."),
    "export.unknown_sheet": (
        "'{sheet}' is not a sheet of the export (recommendations, clusters, actions, indicators, "
        "progress, challenges, entities).",
        "«{sheet}» ليست من أوراق التصدير (التوصيات، المجموعات، الإجراءات، المؤشرات، التقدم، "
        "التحديات، الجهات).",
    ),
    "export.failed": (
        "The workbook '{path}' could not be written: {reason}",
        "تعذّرت كتابة المصنف «{path}»: {reason}",
    ),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "id": ("Identifier", "المعرّف"),
    "documents": ("document", "الوثيقة"),
    "cluster": ("Cluster", "المجموعة المواضيعية"),
}

register_messages(MESSAGES)
register_field_labels(FIELD_LABELS)
