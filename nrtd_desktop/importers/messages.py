"""The Arabic and English messages of the file-reading layer, registered once at import time.

Every reader module imports this module, so a key is always known before an error that uses
it can be raised or rendered.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Whole-file refusals (safety.py, readers).
    "import.file_missing": ("The file '{path}' does not exist.", "الملف «{path}» غير موجود."),
    "import.file_empty": ("The file '{path}' is empty.", "الملف «{path}» فارغ."),
    "import.is_directory": (
        "'{path}' is a folder, not a file: choose the file to import inside it.",
        "«{path}» مجلد وليس ملفاً: اختر الملف المراد استيراده من داخله.",
    ),
    "import.json_malformed": (
        "'{path}' is not a well-formed UHRI JSON export (line {line}): {reason}",
        "الملف «{path}» ليس ملف JSON سليماً مُصدَّراً من الفهرس العالمي لحقوق الإنسان (السطر {line}): {reason}",
    ),
    "import.json_not_object": (
        "the element is not an annotation (an object with AnnotationId and Text).",
        "العنصر ليس ملاحظة (كائناً يحتوي على AnnotationId وText).",
    ),
    "import.not_xlsx": (
        "'{path}' is not a valid .xlsx file.",
        "الملف «{path}» ليس ملف ‎.xlsx‎ صالحاً.",
    ),
    "import.not_xlsx_old_xls": (
        "'{path}' is not a valid .xlsx file: it is an old Excel 97-2003 (.xls) workbook. "
        "Open it in Excel or LibreOffice and save it as .xlsx, then import it again.",
        "الملف «{path}» ليس ملف ‎.xlsx‎ صالحاً: إنه مصنف Excel قديم بصيغة ‎.xls‎ (97-2003). "
        "افتحه في Excel أو LibreOffice واحفظه بصيغة ‎.xlsx‎ ثم استورده مرة أخرى.",
    ),
    "import.not_xlsx_encrypted": (
        "'{path}' is not a valid .xlsx file: it is protected by a password. "
        "Remove the password in Excel (File, Info, Protect Workbook) and import it again.",
        "الملف «{path}» ليس ملف ‎.xlsx‎ صالحاً: إنه محمي بكلمة مرور. "
        "أزل كلمة المرور في Excel (ملف، معلومات، حماية المصنف) ثم استورده مرة أخرى.",
    ),
    "import.zip_too_many_entries": (
        "'{path}' was refused: it holds {count} parts, more than the {limit} a workbook may have.",
        "رُفض الملف «{path}»: يحتوي على {count} جزءاً، وهذا أكثر من الحد المسموح به للمصنف ({limit}).",
    ),
    "import.zip_too_large": (
        "'{path}' was refused: unpacked it would take {size_mb} MB, more than the limit of {limit_mb} MB.",
        "رُفض الملف «{path}»: حجمه بعد فك الضغط {size_mb} ميغابايت، وهذا أكبر من الحد المسموح به "
        "({limit_mb} ميغابايت).",
    ),
    "import.zip_bomb": (
        "'{path}' was refused: its part '{entry}' is compressed {ratio} times, which only a "
        "malicious file (a 'zip bomb') does.",
        "رُفض الملف «{path}»: الجزء «{entry}» مضغوط بنسبة {ratio} ضعفاً، ولا يفعل ذلك إلا ملف "
        "خبيث (قنبلة ضغط).",
    ),
    "import.xml_entities": (
        "'{path}' was refused: its part '{entry}' declares XML entities (a document type "
        "definition), which a real workbook never does and which can exhaust the memory "
        "(a 'billion laughs' attack).",
        "رُفض الملف «{path}»: الجزء «{entry}» يعرّف كيانات XML (تعريف نوع المستند)، وهو ما لا "
        "يفعله أي مصنف حقيقي وقد يستنفد الذاكرة (هجوم «مليار ضحكة»).",
    ),
    "import.xlsx_damaged": (
        "'{path}' cannot be read: the workbook is damaged ({reason}).",
        "تعذّرت قراءة الملف «{path}»: المصنف تالف ({reason}).",
    ),
    "import.sheet_too_large": (
        "'{path}' was refused: the sheet '{sheet}' has {rows} rows and {columns} columns; "
        "the limit is {row_limit} rows and {column_limit} columns.",
        "رُفض الملف «{path}»: الورقة «{sheet}» تحتوي على {rows} صفاً و{columns} عموداً؛ "
        "والحد المسموح به {row_limit} صف و{column_limit} عمود.",
    ),
    "import.sheet_not_found": (
        "The workbook '{path}' has no sheet named '{sheet}'.",
        "لا يحتوي المصنف «{path}» على ورقة باسم «{sheet}».",
    ),
    "import.no_header": (
        "'{path}' has no header row: the first row must name the columns.",
        "لا يحتوي الملف «{path}» على صف عناوين: يجب أن يسمّي الصف الأول الأعمدة.",
    ),
    "import.csv_too_large": (
        "'{path}' was refused: it is {size_mb} MB, more than the limit of {limit_mb} MB for a CSV file.",
        "رُفض الملف «{path}»: حجمه {size_mb} ميغابايت، وهذا أكبر من الحد المسموح به لملف CSV "
        "({limit_mb} ميغابايت).",
    ),
    "import.csv_undecodable": (
        "'{path}' cannot be read as text: its character encoding is not one this program knows "
        "(UTF-8, UTF-16, Windows Arabic, Windows or Mac Western). Save it as 'CSV UTF-8' and try again.",
        "تعذّرت قراءة الملف «{path}» نصاً: ترميز أحرفه غير معروف للبرنامج (UTF-8 أو UTF-16 أو "
        "ويندوز العربي أو الغربي لويندوز أو ماك). احفظه بصيغة ‎CSV UTF-8‎ ثم حاول مرة أخرى.",
    ),
    "import.csv_malformed": (
        "'{path}' is not a well-formed CSV file (line {line}): {reason}",
        "الملف «{path}» ليس ملف CSV سليماً (السطر {line}): {reason}",
    ),
    "import.csv_field_too_long": (
        "'{path}' is not a well-formed CSV file: the row starting on line {line} has a cell longer "
        "than {limit} characters, most often a quotation mark that is opened and never closed.",
        "الملف «{path}» ليس ملف CSV سليماً: في الصف الذي يبدأ في السطر {line} خلية أطول من {limit} "
        "حرف، وسبب ذلك في الغالب علامة تنصيص فُتحت ولم تُغلق.",
    ),
    "import.csv_nul": (
        "'{path}' is not a well-formed CSV file: the row starting on line {line} holds a NUL "
        "character, which a text file never does.",
        "الملف «{path}» ليس ملف CSV سليماً: الصف الذي يبدأ في السطر {line} يحتوي على محرف NUL، "
        "ولا يحتوي ملف نصي على مثله.",
    ),
    "import.unsupported_file_type": (
        "'{path}' cannot be imported: only .xlsx, .csv and UHRI .json files are read.",
        "لا يمكن استيراد الملف «{path}»: لا تُقرأ إلا ملفات ‎.xlsx‎ و‎.csv‎ وملفات ‎.json‎ من الفهرس العالمي.",
    ),
    "import.unknown_format": (
        "The columns of '{path}' are not those of a UHRI export or of the UPR Info database "
        "(found: {headers}). Import it with a column mapping.",
        "أعمدة الملف «{path}» ليست أعمدة ملف مُصدَّر من الفهرس العالمي لحقوق الإنسان ولا من قاعدة "
        "بيانات UPR Info (الأعمدة الموجودة: {headers}). استورده باستخدام مطابقة الأعمدة.",
    ),
    "import.format_not_supported": (
        "'{format}' is not a file format this program can read (use auto, uhri, upr_info or mapped).",
        "«{format}» ليست صيغة ملف يقرؤها البرنامج (استخدم auto أو uhri أو upr_info أو mapped).",
    ),
    "import.missing_columns": (
        "'{path}' lacks the column(s) {columns} that a {format} file must have.",
        "ينقص الملف «{path}» العمود (الأعمدة) {columns} التي يجب أن يحتويها ملف {format}.",
    ),
    "import.mapping_needed": (
        "A column mapping is needed to import '{path}' as a mapped file.",
        "يلزم تحديد مطابقة للأعمدة لاستيراد الملف «{path}».",
    ),
    "import.mapping_unknown_target": (
        "The column mapping '{mapping}' names '{target}', which is not a field of a recommendation.",
        "تشير مطابقة الأعمدة «{mapping}» إلى «{target}»، وهو ليس حقلاً من حقول التوصية.",
    ),
    "import.mapping_no_text": (
        "The column mapping '{mapping}' must say which column holds the text of the recommendation.",
        "يجب أن تحدد مطابقة الأعمدة «{mapping}» العمود الذي يحتوي على نص التوصية.",
    ),
    "import.mapping_bad_json": (
        "The saved column mapping cannot be read: {reason}",
        "تعذّرت قراءة مطابقة الأعمدة المحفوظة: {reason}",
    ),
    # Problems of one cell or row (RowProblem), shown after their location.
    "import.cell.formula": (
        "cell {cell} holds a formula ({formula}); formulas are not imported. Replace it with its value.",
        "تحتوي الخلية {cell} على معادلة ({formula})؛ ولا تُستورد المعادلات. ضع قيمتها مكانها.",
    ),
    "import.cell.error_value": (
        "cell {cell} holds an error value ({value}) instead of data.",
        "تحتوي الخلية {cell} على قيمة خطأ ({value}) بدلاً من البيانات.",
    ),
    "import.cell.required": ("{field} is empty; it is required.", "الحقل «{field}» فارغ وهو مطلوب."),
    "import.cell.bad_number": (
        "{field}: '{value}' is not a whole number.",
        "{field}: «{value}» ليس عدداً صحيحاً.",
    ),
    "import.cell.out_of_range": (
        "{field}: '{value}' must be between {low} and {high}.",
        "{field}: يجب أن تكون القيمة «{value}» بين {low} و{high}.",
    ),
    "import.cell.bad_date": (
        "{field}: '{value}' is not a date this program can read.",
        "{field}: «{value}» ليس تاريخاً يمكن للبرنامج قراءته.",
    ),
    "import.cell.unknown_position": (
        "{field}: '{value}' is not a known position (supported, supported in part, noted, pending).",
        "{field}: «{value}» ليس موقفاً معروفاً (مؤيَّدة، مؤيَّدة جزئياً، أُحيط بها علماً، قيد النظر).",
    ),
    "import.cell.unknown_mechanism": (
        "{field}: '{value}' is not a mechanism kind (UPR, TB, SP).",
        "{field}: «{value}» ليس نوعاً من أنواع الآليات (UPR أو TB أو SP).",
    ),
    "import.cell.duplicate_key": (
        "{field}: '{value}' was already used on row {first_row}.",
        "{field}: القيمة «{value}» مستخدمة من قبل في الصف {first_row}.",
    ),
    "import.cell.extra_cells": (
        "the row has {count} more cell(s) than the header has columns.",
        "يحتوي الصف على {count} خلية زائدة عن عدد أعمدة صف العناوين.",
    ),
    "import.cell.duplicate_header": (
        "the column name '{value}' appears twice; the second is read as '{renamed}'.",
        "اسم العمود «{value}» مكرر؛ يُقرأ الثاني باسم «{renamed}».",
    ),
    "import.cell.too_long": (
        "{field} is {length} characters long, more than the limit of {limit}.",
        "طول الحقل «{field}» {length} حرفاً، وهذا أكثر من الحد المسموح به ({limit}).",
    ),
    # Locations of a RowProblem.
    "import.where.sheet_row_column": (
        "Sheet '{sheet}', row {row}, column '{column}'",
        "الورقة «{sheet}»، الصف {row}، العمود «{column}»",
    ),
    "import.where.sheet_row": ("Sheet '{sheet}', row {row}", "الورقة «{sheet}»، الصف {row}"),
    "import.where.row_column": ("Row {row}, column '{column}'", "الصف {row}، العمود «{column}»"),
    "import.where.row": ("Row {row}", "الصف {row}"),
    "import.where.sheet": ("Sheet '{sheet}'", "الورقة «{sheet}»"),
    "import.where.file": ("The file", "الملف"),
    "import.where.in_file": ("{where} (file '{file}')", "{where} (الملف «{file}»)"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "source_key": ("Identifier", "المعرّف"),
    "document_symbol": ("Document symbol", "رمز الوثيقة"),
    "paragraph": ("Paragraph", "الفقرة"),
    "publication_date": ("Publication date", "تاريخ النشر"),
    "upr_session": ("UPR session", "دورة الاستعراض"),
    "countries_concerned": ("Countries concerned", "الدول المعنية"),
    "recommending_states": ("Recommending States", "الدول الموصية"),
    "mechanism_kind": ("Mechanism kind", "نوع الآلية"),
    "themes": ("Themes", "المواضيع"),
    "affected_groups": ("Affected persons", "الفئات المعنية"),
    "sdg": ("SDG targets", "غايات التنمية المستدامة"),
    "regions_concerned": ("Regions concerned", "المناطق المعنية"),
    "recommending_regions": ("Recommending regions", "مناطق الدول الموصية"),
    "uhri_published": ("Date of publication on UHRI", "تاريخ النشر في الفهرس العالمي"),
}

