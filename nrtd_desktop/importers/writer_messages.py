"""The Arabic and English messages of the import service and of the program's own Excel format."""

from __future__ import annotations

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
    # A value no vocabulary knows: kept on the record as an imported label, to map later.
    "import.unmatched.themes": (
        "the theme '{value}' is not in the reference list: kept as an imported label, to map later.",
        "الموضوع «{value}» غير موجود في القائمة المرجعية: حُفظ تسميةً مستوردة لتُطابَق لاحقاً.",
    ),
    "import.unmatched.affected_groups": (
        "the affected group '{value}' is not in the reference list: kept as an imported label, to map later.",
        "الفئة المعنية «{value}» غير موجودة في القائمة المرجعية: حُفظت تسميةً مستوردة لتُطابَق لاحقاً.",
    ),
    "import.unmatched.sdg": (
        "'{value}' is no SDG goal or target the program knows: kept as an imported label, to map later.",
        "«{value}» ليست هدفاً ولا غاية من أهداف التنمية المستدامة يعرفها البرنامج: حُفظت تسميةً "
        "مستوردة لتُطابَق لاحقاً.",
    ),
    "import.unmatched.recommending_states": (
        "the State '{value}' is not in the reference list: kept as an imported label, to map later.",
        "الدولة «{value}» غير موجودة في القائمة المرجعية: حُفظت تسميةً مستوردة لتُطابَق لاحقاً.",
    ),
    "import.unmatched.countries_concerned": (
        "the State under review '{value}' is not in the reference list: kept as an imported label, "
        "to map later.",
        "الدولة محل الاستعراض «{value}» غير موجودة في القائمة المرجعية: حُفظت تسميةً مستوردة "
        "لتُطابَق لاحقاً.",
    ),
    "import.unmatched.regions_concerned": (
        "the region '{value}' is not in the reference list: kept as an imported label, to map later.",
        "المنطقة «{value}» غير موجودة في القائمة المرجعية: حُفظت تسميةً مستوردة لتُطابَق لاحقاً.",
    ),
    "import.unmatched.mandate": (
        "the special procedure '{value}' is not in the list of mandates: imported under special "
        "procedures, its name kept as a label to map later.",
        "الإجراء الخاص «{value}» غير موجود في قائمة الولايات: استُورد ضمن الإجراءات الخاصة وحُفظ "
        "اسمه تسميةً لتُطابَق لاحقاً.",
    ),
    "import.unmatched.body": (
        "the body '{value}' is not one the program knows: imported under its family of mechanisms, "
        "its name kept as a label to map later.",
        "الجهة «{value}» غير معروفة للبرنامج: استُوردت ضمن فئتها وحُفظ اسمها تسميةً لتُطابَق لاحقاً.",
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
    "import.unknown_country": (
        "'{value}' is not a State this program knows. The closest names: {closest}.",
        "«{value}» ليست دولة يعرفها البرنامج. أقرب الأسماء إليها: {closest}.",
    ),
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
    "import.preview.kept_labels": (
        "Values not in the program's vocabularies: {count} in the rows, {values} different. They are "
        "imported as labels of their records; map them in Vocabulary (nrtd vocabulary unmatched).",
        "قيم غير موجودة في مفردات البرنامج: {count} في الصفوف، منها {values} مختلفة. تُستورد تسمياتٍ "
        "لتوصياتها؛ طابِقها في شاشة المفردات (nrtd vocabulary unmatched).",
    ),
    "import.preview.matched": (
        "Matched to an existing record (another source of the same recommendation): {count}, of "
        "which {unsure} to check",
        "مطابَقة مع توصية موجودة (مصدر آخر للتوصية نفسها): {count}، منها {unsure} للتحقق",
    ),
    "import.preview.match_pair": (
        "  {reference} (similarity {score}): '{incoming}' = '{existing}'",
        "  {reference} (التشابه {score}): «{incoming}» = «{existing}»",
    ),
    "import.preview.value_to_map": (
        "  {vocabulary}: '{label}' ({rows} row(s))",
        "  {vocabulary}: «{label}» ({rows} صف)",
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
    "errors.sheet": ("Problems", "المشكلات"),
    "errors.file": ("File", "الملف"),
    "errors.sheet_column": ("Sheet", "الورقة"),
    "errors.row": ("Row", "الصف"),
    "errors.column": ("Column", "العمود"),
    "errors.problem": ("Problem", "المشكلة"),
    "errors.message": ("Message", "الرسالة"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "id": ("Identifier", "المعرّف"),
    "documents": ("document", "الوثيقة"),
    "cluster": ("Cluster", "المجموعة المواضيعية"),
}

