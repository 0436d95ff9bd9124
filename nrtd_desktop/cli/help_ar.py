# ruff: noqa: E501  (a catalogue of translations: one entry a line reads best)
"""The command line's help in Arabic: every help text, description and placeholder of ``nrtd``,
by its English text (the English stays in the code, beside the option it describes).

``cli/arguments.HelpFormatter`` looks each one up when ``--lang ar`` (or ``NRTD_LANG=ar``) asks for
Arabic; tests/unit/test_cli_language.py checks that none is missing. Option names, file suffixes
and vocabulary keys stay as they are typed.
"""

from __future__ import annotations

# argparse's own words.
ARGPARSE_AR = {
    "usage: ": "الاستخدام: ",
    "positional arguments": "الوسائط",
    "options": "الخيارات",
    "optional arguments": "الخيارات",
    "show this help message and exit": "اعرض هذه المساعدة واخرج",
    "show program's version number and exit": "اعرض رقم إصدار البرنامج واخرج",
}

# The endings add_filter_options and others append to a help text.
SUFFIXES_AR = {
    "; repeat for any of several": "؛ كرّره لأيٍّ من عدة قيم",
    "; repeat (replaces)": "؛ كرّره (يحل محل القائم)",
    "; repeat for several": "؛ كرّره لعدة قيم",
    "; repeat": "؛ كرّره",
}

# Placeholders in the usage lines.
METAVARS_AR = {
    "PATH": "المسار",
    "DB": "قاعدة_البيانات",
    "PASSWORD": "كلمة_المرور",
    "X": "س",
    "ACTOR": "الشخص",
    "COMMAND": "الأمر",
    "VALUE": "القيمة",
    "ACTION": "الإجراء",
    "NAME=VALUE": "الاسم=القيمة",
    "PLAN_COMMAND": "أمر_الخطة",
    "CHALLENGES_COMMAND": "أمر_التحديات",
    "YYYY-MM-DD": "YYYY-MM-DD",
    "FOLDER": "المجلد",
    "OUT": "الملف",
    "FILE": "الملف",
    "REFERENCE": "الرمز_المرجعي",
    "ID": "المعرّف",
    "OUT.pdf": "الملف.pdf",
    "DATE": "التاريخ",
    "NUMBER": "الرقم",
    "NAME": "الاسم",
    "CODE": "الرمز",
    "LAPTOP": "الحاسوب",
    "TARGET=HEADER": "الحقل=العنوان",
    "OUT.xlsx": "الملف.xlsx",
    "KIND": "النوع",
    "WORDS": "الكلمات",
    "CATEGORY": "الفئة",
    "CLUSTER": "المجموعة",
    "DESCRIPTION_AR": "الوصف_بالعربية",
    "DESCRIPTION_EN": "الوصف_بالإنجليزية",
    "ENTITY": "الجهة",
    "LEAD": "الجهة_الرئيسية",
    "LIMIT": "العدد",
    "MIN_SCORE": "أدنى_درجة",
    "NAME_AR": "الاسم_بالعربية",
    "NAME_EN": "الاسم_بالإنجليزية",
    "ORDER": "الترتيب",
    "REASON": "السبب",
    "RECOMMENDATION": "التوصية",
    "REF": "الرمز_المرجعي",
    "SHEET": "الورقة",
    "SHEETS": "الأوراق",
    "STALE_DAYS": "الأيام",
    "STATUS": "الحالة",
    "SUPPORTING": "الجهة_المساندة",
    "THEME": "الموضوع",
    "THRESHOLD": "العتبة",
    "TO": "المجموعة",
    "TODAY": "اليوم",
    "KEY": "المفتاح",
    "DRAFT": "المشروع",
    "SECTION": "القسم",
    "FIRST": "الأولى",
    "SECOND": "الثانية",
    "OUT.docx|OUT.pdf": "الملف.docx|الملف.pdf",
    "BODY": "الهيئة",
    "LABEL": "الوصف",
    "NOTES": "الملاحظات",
    "SYMBOL": "الرمز",
    "TITLE": "العنوان",
    "VERSION": "النسخة",
}

HELP_AR = {
    # A committee's shared PostgreSQL server (issue 24).
    "the whole database: copy between a file and a server": "قاعدة البيانات كلها: نسخها بين ملف وخادم",
    "copy a committee between SQLite and PostgreSQL, verified table by table":
        "انسخ بيانات لجنة بين SQLite وPostgreSQL، مع التحقق جدولاً جدولاً",
    "on a server: the coordinator and entity roles, enforced by row-level security":
        "على خادم: أدوار المنسق والجهات، تفرضها حماية الصفوف في قاعدة البيانات",
    "SRC and DST are each a database file or a postgresql://user@host/database URL. "
    "DST must be a new file or an empty database.":
        "كلٌّ من SRC وDST ملف قاعدة بيانات أو عنوان بصيغة postgresql://user@host/database. "
        "ويجب أن يكون DST ملفاً جديداً أو قاعدة بيانات فارغة.",
    "print every table's count and checksum as JSON": "اطبع عدد صفوف كل جدول ومجموعه الاختباري بصيغة JSON",
    "setup: create the group roles, grants and policies (again after an upgrade); add LOGIN: a member's "
    "login, either --coordinator or --entity CODE; list: the logins.":
        "setup: أنشئ أدوار المجموعات وصلاحياتها وسياساتها (وأعِد ذلك بعد كل ترقية)؛ add LOGIN: حساب دخول "
        "لعضو، إما ‎--coordinator وإما ‎--entity CODE؛ list: حسابات الدخول.",
    "the new login's name (add)": "اسم حساب الدخول الجديد (add)",
    "postgresql://administrator@host/database": "عنوان الخادم: postgresql://administrator@host/database",
    "the entity code whose plan the login may change": "رمز الجهة التي يجوز لحساب الدخول تغيير خطتها",
    "the login may change everything": "يجوز لحساب الدخول تغيير كل شيء",
    "the login's password (add)": "كلمة مرور حساب الدخول (add)",
    # The user guide as a printed manual (issue 27).
    "print the user guide as a PDF manual, with its contents and page numbers":
        "اطبع دليل المستخدم كتاباً بصيغة PDF، بفهرسه وأرقام صفحاته",
    "language of the manual and of messages (default: the settings' language)":
        "لغة الدليل والرسائل (الافتراضي: لغة الإعدادات)",
    "NRTD Desktop: follow-up of the human-rights recommendations of the UN mechanisms.":
        "NRTD Desktop: متابعة توصيات آليات الأمم المتحدة لحقوق الإنسان.",
    "the database file (default: $NRTD_DB, else the per-user data folder)":
        "ملف قاعدة البيانات (الافتراضي: ‎$NRTD_DB، وإلا مجلد بيانات المستخدم)",
    "language of messages (default: English, or Arabic when NRTD_LANG=ar)":
        "لغة الرسائل (الافتراضي: الإنجليزية، أو العربية عند NRTD_LANG=ar)",
    "create or upgrade the database": "أنشئ قاعدة البيانات أو حدّثها",
    "counts of the database": "أعداد ما في قاعدة البيانات",
    "the register of recommendations, filtered": "سجل التوصيات، مصفّى",
    "thematic clusters: list, create, merge, split, move, suggest":
        "المجموعات المواضيعية: عرض، إنشاء، دمج، فصل، نقل، اقتراح",
    "priority weights, recompute, explain, override": "أوزان الأولوية: إعادة الحساب، الشرح، التحديد يدوياً",
    "the recommendations most like one, with the reasons": "أكثر التوصيات شبهاً بتوصية، مع الأسباب",
    "possible duplicates across mechanisms and cycles": "التوصيات المكررة المحتملة عبر الآليات والجولات",
    "link two recommendations as related or the same": "اربط توصيتين بوصفهما مترابطتين أو متطابقتين",
    "ministries and agencies: list, add, edit, show": "الوزارات والجهات: عرض، إضافة، تعديل، تفاصيل",
    "the implementation plan: health, roll-up, timeline": "خطة التنفيذ: سلامتها، تجميع الحالة، الجدول الزمني",
    "challenges and obstacles: analysis and lists": "التحديات والعقبات: التحليل والقوائم",
    "where implementation stands: the dashboard's figures": "أين وصل التنفيذ: أرقام لوحة المتابعة",
    "check this installation: temporary database, demo data, an Arabic PDF and an Excel sheet":
        "افحص هذا التثبيت: قاعدة بيانات مؤقتة، وبيانات تجريبية، وملف PDF عربي، وجدول Excel",
    "make a verified backup of the database": "اصنع نسخة احتياطية مُتحقَّقاً منها لقاعدة البيانات",
    "list the backups of the database": "اعرض النسخ الاحتياطية لقاعدة البيانات",
    "replace the database by a backup (the current state is backed up first)":
        "استبدل قاعدة البيانات بنسخة احتياطية (تُنسخ الحالة الحالية أولاً)",
    "check that the database is whole (exit 1 if damaged)": "افحص سلامة قاعدة البيانات (رمز الخروج 1 إن كانت تالفة)",
    "every recorded change of a recommendation and its plan": "كل تغيير مسجَّل على توصية وخطتها",
    "deleted records, and putting a deletion back": "السجلات المحذوفة، واستعادة المحذوف",
    "print a report as PDF: action plan, progress, entity sheet, challenges, recommendation":
        "اطبع تقريراً بصيغة PDF: خطة العمل، التقدم، بطاقة جهة، التحديات، بطاقة توصية",
    "exchange packages with other laptops (no network needed)": "تبادل الحزم مع الحواسيب الأخرى (دون حاجة إلى شبكة)",
    "import recommendations from UHRI, UPR Info or NRTD workbooks":
        "استورد التوصيات من ملفات UHRI أو UPR Info أو مصنفات هذا البرنامج",
    "export the register and its plan": "صدّر السجل وخطته",
    "this database's site and committee; a copied database": "موقع قاعدة البيانات هذه ولجنتها؛ قاعدة بيانات منسوخة",
    "fill a new database with the demo committee data": "املأ قاعدة بيانات جديدة ببيانات اللجنة التجريبية",
    "print one JSON object": "اطبع كائن JSON واحداً",
    "words to find (Arabic-aware)": "الكلمات المطلوب البحث عنها (بمراعاة العربية)",
    "UPR, TB or SP": "UPR أو TB أو SP",
    "body code (UPR, CRC, CEDAW, CAT...)": "رمز الجهة الأممية (UPR، CRC، CEDAW، CAT...)",
    "UPR cycle number": "رقم جولة الاستعراض الدوري الشامل",
    "supported, supported_in_part, noted, pending or none":
        "supported أو supported_in_part أو noted أو pending أو none",
    "not_started, in_progress, partially_implemented or implemented":
        "not_started أو in_progress أو partially_implemented أو implemented",
    "theme key or name": "مفتاح الموضوع أو اسمه",
    "affected group key or name": "مفتاح الفئة المعنية أو اسمها",
    "SDG target (5.2) or goal (5)": "غاية التنمية المستدامة (5.2) أو الهدف (5)",
    "entity code (lead or supporting)": "رمز الجهة (رئيسية أو مساندة)",
    "lead entity code, or none": "رمز الجهة الرئيسية، أو none",
    "cluster name": "اسم المجموعة المواضيعية",
    "high, medium, low or none": "high أو medium أو low أو none",
    "only recommendations with an overdue action": "التوصيات التي لها إجراء متأخر فقط",
    "print a JSON list of objects": "اطبع قائمة JSON من الكائنات",
    "print the number of matching recommendations": "اطبع عدد التوصيات المطابقة",
    "reference, date, status, priority...": "reference أو date أو status أو priority...",
    "relevance (default with --search), reference, date, status, priority...":
        "relevance (الافتراضي مع ‎--search) أو reference أو date أو status أو priority...",
    "at most this many rows": "هذا العدد من الصفوف على الأكثر",
    "every cluster with its size": "كل مجموعة مواضيعية مع عدد توصياتها",
    "a cluster's recommendations by mechanism": "توصيات مجموعة مواضيعية حسب الآلية",
    "a new cluster": "مجموعة مواضيعية جديدة",
    "rename or describe a cluster, or change its entities": "أعد تسمية مجموعة أو صفها أو غيّر جهاتها",
    "merge clusters into the first one named": "ادمج المجموعات في أولاها ذكراً",
    "move chosen recommendations of a cluster into a new cluster": "انقل توصيات مختارة من مجموعة إلى مجموعة جديدة",
    "move recommendations into a cluster, or out of any (--out)": "انقل توصيات إلى مجموعة، أو أخرجها من أي مجموعة (--out)",
    "similar recommendations for a reference or a cluster": "التوصيات المشابهة لرمز مرجعي أو لمجموعة",
    "cluster name (Arabic or English) or id": "اسم المجموعة (بالعربية أو الإنجليزية) أو معرّفها",
    "lead entity code": "رمز الجهة الرئيسية",
    "supporting entity code": "رمز الجهة المساندة",
    "references of the recommendations that leave": "الرموز المرجعية للتوصيات التي تخرج",
    "the cluster they go to": "المجموعة التي تنتقل إليها",
    "take them out of their cluster": "أخرجها من مجموعتها",
    "score every recommendation with the saved weights": "احسب درجة كل توصية بالأوزان المحفوظة",
    "show or change the weights and thresholds": "اعرض الأوزان والعتبات أو غيّرها",
    "a recommendation's score, criterion by criterion": "درجة توصية، معياراً معياراً",
    "set a priority by hand, with the reason": "حدّد أولوية يدوياً مع السبب",
    "give a priority back to the rule": "أعد تحديد الأولوية إلى القاعدة",
    "the committee's own rating of a recommendation, 1-5 (0 clears)": "تقدير اللجنة لتوصية، من 1 إلى 5 (0 يمحوه)",
    "a criterion's weight (position, action_category, urgency, repetition, judgement; 0-10) or a threshold "
    "(high, medium; 0-100); repeat":
        "وزن معيار (position، action_category، urgency، repetition، judgement؛ من 0 إلى 10) أو عتبة "
        "(high، medium؛ من 0 إلى 100)؛ كرّره",
    "the recommendation's reference": "الرمز المرجعي للتوصية",
    "cosine of the texts, 0.3-1 (0.8)": "تشابه النصين (جيب التمام)، من 0.3 إلى 1 (0.8)",
    "at most this many pairs (100)": "هذا العدد من الأزواج على الأكثر (100)",
    "also pairs already linked": "والأزواج المرتبطة من قبل أيضاً",
    "link two recommendations": "اربط توصيتين",
    "unlink two recommendations": "افصل الربط بين توصيتين",
    "the links of a recommendation": "روابط توصية",
    "every entity with what it leads and supports": "كل جهة مع ما تقوده وما تسانده",
    "a new entity": "جهة جديدة",
    "change an entity's code or names": "غيّر رمز جهة أو اسميها",
    "everything an entity leads or supports": "كل ما تقوده جهة أو تسانده",
    "its current code": "رمزها الحالي",
    "the plan of one recommendation or cluster": "خطة توصية أو مجموعة مواضيعية",
    "lists to work from: no lead, no action, overdue...": "قوائم للعمل: بلا جهة رئيسية، بلا إجراءات، متأخرة...",
    "recompute the recommendations' status from their actions": "أعد حساب حالة التوصيات من إجراءاتها",
    "set a recommendation's status by hand, with a reason": "حدّد حالة توصية يدوياً مع السبب",
    "the dated actions, for a cluster, an entity or all": "الإجراءات المؤرخة، لمجموعة أو جهة أو للجميع",
    "print JSON": "اطبع JSON",
    "judge 'overdue' against this date (YYYY-MM-DD)": "احكم بالتأخر قياساً على هذا التاريخ (YYYY-MM-DD)",
    "a cluster's name or id instead of a recommendation": "اسم مجموعة أو معرّفها بدلاً من توصية",
    "indicators with no progress for this long": "المؤشرات التي لم يُبلَّغ عن تقدم فيها طوال هذه المدة",
    "at most this many items per list": "هذا العدد من البنود في كل قائمة على الأكثر",
    "show what would change, change nothing": "اعرض ما سيتغير دون تغيير شيء",
    "why the status is set by hand": "سبب تحديد الحالة يدوياً",
    "give the status back to the roll-up": "أعد الحالة إلى الحساب من الإجراءات",
    "cluster name or id": "اسم المجموعة أو معرّفها",
    "entity code (lead or partner)": "رمز الجهة (رئيسية أو شريكة)",
    "recommendation reference": "الرمز المرجعي للتوصية",
    "counts by category, entity and theme, open first": "الأعداد حسب الفئة والجهة والموضوع، القائمة أولاً",
    "the challenges, open first, filtered": "التحديات، القائمة أولاً، مصفّاة",
    "open, being_addressed or resolved": "open أو being_addressed أو resolved",
    "entity code, or none": "رمز الجهة، أو none",
    "theme key": "مفتاح الموضوع",
    "first day of the progress period": "أول يوم في فترة التقدم",
    "last day of the progress period": "آخر يوم في فترة التقدم",
    "Create a temporary database, write the demo data, print an Arabic PDF and an Excel sheet and check "
    "each one. Exit code 0 when the installation works. Never uses the network and never touches your "
    "own database.":
        "ينشئ قاعدة بيانات مؤقتة ويكتب فيها البيانات التجريبية ويطبع ملف PDF عربياً وجدول Excel ويفحص "
        "كلاً منها. رمز الخروج 0 عندما يعمل التثبيت. لا يستعمل الشبكة ولا يمس قاعدة بياناتك.",
    "keep the files it makes (database, PDF, xlsx) here": "احفظ هنا الملفات التي يصنعها (قاعدة البيانات، PDF، xlsx)",
    "the backup file to write (default: a dated file in the backup folder)":
        "ملف النسخة الاحتياطية المطلوب كتابته (الافتراضي: ملف مؤرخ في مجلد النسخ الاحتياطية)",
    "print a JSON list": "اطبع قائمة JSON",
    "the backup file to restore": "ملف النسخة الاحتياطية المطلوب استعادته",
    "quick_check instead of the full integrity_check": "quick_check بدلاً من الفحص الكامل integrity_check",
    "write a .csv or .xlsx file": "اكتب ملف ‎.csv أو ‎.xlsx",
    "deletions not yet put back, newest first": "المحذوفات التي لم تُستعد بعد، الأحدث أولاً",
    "put back one deletion with everything it took": "استعد محذوفاً واحداً مع كل ما حُذف معه",
    "those already put back too": "والمستعادة أيضاً",
    "the deletion's id (or its first characters)": "معرّف الحذف (أو أوائل حروفه)",
    "which report": "أي تقرير",
    "the PDF file to write": "ملف PDF المطلوب كتابته",
    "language of the report and of messages (default: the settings' language)":
        "لغة التقرير والرسائل (الافتراضي: لغة الإعدادات)",
    "the recommendation's reference (recommendation sheet)": "الرمز المرجعي للتوصية (بطاقة التوصية)",
    "start of the period (YYYY-MM-DD)": "بداية الفترة (YYYY-MM-DD)",
    "end of the period (YYYY-MM-DD)": "نهاية الفترة (YYYY-MM-DD)",
    "the action plan: one table per cluster or per theme": "خطة العمل: جدول لكل مجموعة مواضيعية أو لكل موضوع",
    "a marking printed at the top of every page": "تصنيف يُطبع أعلى كل صفحة",
    "the digits of every number (default: the settings' choice)": "أرقام كل عدد (الافتراضي: اختيار الإعدادات)",
    "the meeting's number": "رقم الاجتماع",
    "the meeting's date (YYYY-MM-DD)": "تاريخ الاجتماع (YYYY-MM-DD)",
    "print the approval table": "اطبع جدول الاعتماد",
    "prepared by (approval table)": "أعدّه (جدول الاعتماد)",
    "the date it was prepared (YYYY-MM-DD)": "تاريخ الإعداد (YYYY-MM-DD)",
    "reviewed by (approval table)": "راجعه (جدول الاعتماد)",
    "the date it was reviewed (YYYY-MM-DD)": "تاريخ المراجعة (YYYY-MM-DD)",
    "approved by (approval table)": "اعتمده (جدول الاعتماد)",
    "the date it was approved (YYYY-MM-DD)": "تاريخ الاعتماد (YYYY-MM-DD)",
    "write a package for another laptop": "اكتب حزمة لحاسوب آخر",
    "review and merge a package from another laptop": "راجع حزمة من حاسوب آخر وادمجها",
    "the package file to write (.nrtdpkg)": "ملف الحزمة المطلوب كتابته (‎.nrtdpkg)",
    "an entity's slice of the plan": "حصة جهة من الخطة",
    "the whole plan (coordinator)": "الخطة كلها (المنسق)",
    "only what changed since the last package received or sent": "ما تغيّر فقط منذ آخر حزمة وردت أو أُرسلت",
    "for one laptop that sent you a package (its person's name or site id): with --all --since-last, "
    "everything that changed since the last exchange with it":
        "لحاسوب أرسل إليك حزمة (اسم صاحبه أو معرّف موقعه): مع ‎--all --since-last، كل ما تغيّر منذ آخر "
        "تبادل معه",
    "the package file (.nrtdpkg)": "ملف الحزمة (‎.nrtdpkg)",
    "show what would change; write nothing": "اعرض ما سيتغير؛ لا تكتب شيئاً",
    "settle every conflict with this laptop's value (mine) or the package's (theirs)":
        "احسم كل تعارض بقيمة هذا الحاسوب (mine) أو بقيمة الحزمة (theirs)",
    "the package is another committee's: make this laptop join that committee":
        "الحزمة للجنة أخرى: اجعل هذا الحاسوب ينضم إلى تلك اللجنة",
    "the package was made for another entity: apply it on this laptop anyway":
        "أُعدّت الحزمة لجهة أخرى: طبّقها على هذا الحاسوب مع ذلك",
    "the files (.xlsx or .csv); several make one import": "الملفات (‎.xlsx أو ‎.csv)؛ عدة ملفات تصنع استيراداً واحداً",
    "the files' format (default: detect)": "صيغة الملفات (الافتراضي: اكتشافها)",
    "a saved column mapping (format 'mapped')": "مطابقة أعمدة محفوظة (الصيغة mapped)",
    "save the --map columns under this name": "احفظ أعمدة ‎--map بهذا الاسم",
    "one column of a mapping: the field (text, themes, position...) and the file's header":
        "عمود واحد من المطابقة: الحقل (text، themes، position...) وعنوانه في الملف",
    "the sheet of a mapped workbook (default: the first)": "ورقة المصنف المطابَق (الافتراضي: الأولى)",
    "keep only the recommendations addressed to this State": "أبقِ التوصيات الموجهة إلى هذه الدولة فقط",
    "show what would be imported; write nothing": "اعرض ما سيُستورد؛ لا تكتب شيئاً",
    "import even if some themes, groups, SDGs or States match nothing (they are left out)":
        "استورد حتى لو لم تطابق بعض المواضيع أو الفئات أو غايات التنمية أو الدول شيئاً (تُترك)",
    "save every problem found in a workbook": "احفظ كل مشكلة وُجدت في مصنف",
    "an Excel workbook: one sheet each, linked by reference": "مصنف Excel: ورقة لكل نوع، مرتبطة بالرمز المرجعي",
    "comma-separated: recommendations,clusters,actions,indicators,progress,challenges,entities (default: all)":
        "مفصولة بفواصل: recommendations,clusters,actions,indicators,progress,challenges,entities "
        "(الافتراضي: كلها)",
    "the site id, this installation and the committee": "معرّف الموقع وهذا التثبيت واللجنة",
    "make this database (a copy from another computer) a new site": "اجعل قاعدة البيانات هذه (نسخة من حاسوب آخر) موقعاً جديداً",
    "this computer replaces the one the database was copied from": "هذا الحاسوب يحل محل الحاسوب الذي نُسخت منه قاعدة البيانات",
    "legislative, institutional, financial, human_capacity, data_statistics, social_cultural, coordination or other":
        "legislative أو institutional أو financial أو human_capacity أو data_statistics أو social_cultural أو "
        "coordination أو other",
    "imported values no vocabulary knew: list and map them": "قيم مستوردة لا تعرفها المفردات: اعرضها وطابقها",
    "State under review: code or name (SAU, Saudi Arabia, السعودية)":
        "الدولة قيد الاستعراض: رمزها أو اسمها (SAU، Saudi Arabia، السعودية)",
    "special-procedure mandate: code or name (SR_POVERTY, 'SR Poverty')":
        "ولاية الإجراءات الخاصة: رمزها أو اسمها (SR_POVERTY، 'SR Poverty')",
    "kept for older scripts: values no vocabulary knows never refuse an import any more (they are kept as "
    "labels; see 'nrtd vocabulary')":
        "أُبقي للنصوص البرمجية القديمة: القيم التي لا تعرفها المفردات لم تعد ترفض الاستيراد (تُحفظ "
        "تسمياتٍ؛ انظر nrtd vocabulary)",
    "the kept labels, with the records carrying each": "التسميات المحفوظة، مع السجلات التي تحمل كلاً منها",
    "map a label to a known value, on every record carrying it": "طابق تسمية مع قيمة معروفة في كل سجل يحملها",
    "only this vocabulary": "هذه المفردات فقط",
    "the label as imported": "التسمية كما استُوردت",
    "a key, code or name of the vocabulary; '-' for none": "مفتاح في المفردات أو رمز أو اسم؛ '-' لا شيء",
    "print the register in the chosen language, whole (not cut to the terminal's width)":
        "اطبع السجل باللغة المختارة كاملاً (دون قصه على عرض الطرفية)",
    # The reporting calendar and the drafts of the national reports (issue 22).
    "the reporting calendar: reviews, reports due, follow-ups": "تقويم التقارير: الاستعراضات والتقارير المستحقة والمتابعة",
    "draft the national reports: UPR, treaty bodies, follow-up": "صياغة مشاريع التقارير الوطنية: الاستعراض الدوري الشامل وهيئات المعاهدات والمتابعة",
    "also the entries marked not applicable": "والمواعيد المعلَّمة بأنها لا تنطبق أيضاً",
    "enter the committee's date, status or symbol for an entry": "أدخل تاريخ اللجنة أو الحالة أو الرمز لموعد",
    "forget the committee's changes to a computed entry": "أزل تعديلات اللجنة على موعد محسوب",
    "a date the register cannot give: a planned visit, a report decided on": "موعد لا يستخرجه السجل: زيارة مقررة أو تقرير تقرر إعداده",
    "a new draft for a calendar entry, written from the data": "مشروع جديد لموعد في التقويم، يُكتب من البيانات",
    "the drafts": "المشاريع",
    "a draft's sections: words, state, entity, changes in the data": "أقسام المشروع: الكلمات والحالة والجهة وما تغيّر في البيانات",
    "the draft as a Word document (.docx) or a PDF": "المشروع مستنداً من Word ‏(.docx) أو ملف PDF",
    "change one section: its state, entity or text": "عدّل قسماً واحداً: حالته أو جهته أو نصه",
    "write the sections again from the data": "اكتب الأقسام من البيانات من جديد",
    "keep the draft as it stands as a numbered version": "احفظ المشروع كما هو نسخةً مرقّمة",
    "two versions section by section": "قارن نسختين قسماً قسماً",
    "the calendar entry (nrtd calendar)": "الموعد في التقويم (nrtd calendar)",
    "the report (default: the one the entry is for)": "التقرير (الافتراضي: التقرير الذي وُضع له الموعد)",
    "UPR reports: the recommendations by cluster or by theme": "تقارير الاستعراض الدوري الشامل: التوصيات حسب المجموعة أو حسب الموضوع",
    "language of the document and of messages (default: the settings' language)": "لغة المستند والرسائل (الافتراضي: لغة الإعدادات)",
    "print the text of every section": "اطبع نص كل قسم",
    "a frozen version (its number) instead of the current draft": "نسخة محفوظة (برقمها) بدل المشروع الحالي",
    "leave out the first page (word counts, states)": "دون الصفحة الأولى (عدد الكلمات والحالات)",
    "leave out the implementation matrix": "دون مصفوفة التنفيذ",
    "the digits of the numbering (default: the settings' choice)": "أرقام الترقيم (الافتراضي: اختيار الإعدادات)",
    "the date printed as the date of preparation (YYYY-MM-DD)": "التاريخ المطبوع تاريخاً للإعداد (YYYY-MM-DD)",
    "the section's key or id": "مفتاح القسم أو معرّفه",
    "the entity's code ('' to unassign)": "رمز الجهة ('' لإلغاء الإسناد)",
    "the section's new text (UTF-8), in --lang": "نص القسم الجديد (UTF-8) باللغة المحددة في ‎--lang",
    "also replace this edited section's text (repeat for several)": "استبدل نص هذا القسم المعدَّل أيضاً (كرّره لعدة أقسام)",
    "replace every edited section's text": "استبدل نص كل قسم معدَّل",
    "what the version is (e.g. 'sent to the ministries')": "ما هذه النسخة (مثلاً: 'أُرسلت إلى الوزارات')",
    "a version number, or 'current'": "رقم نسخة، أو 'current' للحالية",
    "the entry's key, as the listing shows it": "مفتاح الموعد كما تعرضه القائمة",
    "the due date": "تاريخ الاستحقاق",
    "where it stands": "ما وصل إليه",
    "the day the report was sent": "يوم إرسال التقرير",
    "the UN symbol of the report sent": "رمز الأمم المتحدة للتقرير المرسل",
    "a note": "ملاحظة",
    "the UN body's code (UPR, CRC, CEDAW, SP...)": "رمز هيئة الأمم المتحدة (UPR أو CRC أو CEDAW أو SP...)",
    "what it is (in the language of --lang)": "ما هو (بلغة ‎--lang)",
    "its date": "تاريخه",
    # nrtd encrypt | decrypt | passphrase (issue 26)
    "encrypt the database and its backups with a passphrase": "شفّر قاعدة البيانات ونسخها الاحتياطية بعبارة مرور",
    "make the database and its backups plain again": "أعد قاعدة البيانات ونسخها الاحتياطية غير مشفّرة",
    "change the passphrase; remember or forget the key": "غيّر عبارة المرور؛ أو تذكّر المفتاح أو انسه",
    "make a new database, encrypted from the start": "أنشئ قاعدة بيانات جديدة مشفّرة من البداية",
    "keep the key in this computer's keyring": "احفظ المفتاح في سلسلة مفاتيح هذا الحاسوب",
    "really decrypt": "فك التشفير فعلاً",
    "keep the key in this computer's keyring only": "احفظ المفتاح في سلسلة مفاتيح هذا الحاسوب فقط",
    "remove the key from this computer's keyring": "احذف المفتاح من سلسلة مفاتيح هذا الحاسوب",
    "print a new recovery key": "اطبع مفتاح استرداد جديداً",
    "open with the printed recovery key (a forgotten passphrase)": "افتح بمفتاح الاسترداد المطبوع (عند نسيان عبارة المرور)",
    # nrtd suggest (issue 23)
    "suggested themes, affected groups and SDG targets: list, accept, train": "المواضيع والفئات المعنية وغايات التنمية المستدامة المقترحة: عرضها وقبولها وتدريب نماذجها",
    "the lowest confidence listed or accepted, 0-1 (default: each model's threshold)": "أدنى درجة ثقة تُعرض أو تُقبل، من 0 إلى 1 (الافتراضي: عتبة كل نموذج)",
    "accept every suggestion listed": "اقبل كل اقتراح معروض",
    "who accepts (default: the configured name)": "من يقبل (الافتراضي: الاسم المضبوط في الإعدادات)",
    "who rejects (default: the configured name)": "من يرفض (الافتراضي: الاسم المضبوط في الإعدادات)",
    "the models in use, their date and held-out figures": "النماذج المستعملة وتاريخها وأرقامها على بيانات لم تُدرَّب عليها",
    "train the models on the committee's labelled register": "درّب النماذج على سجل اللجنة المصنّف",
    "never suggest a label for a recommendation again": "لا تقترح تصنيفاً لتوصية مرة أخرى",
    "the key or code (theme key, group key, SDG target such as 5.2)": "المفتاح أو الرمز (مفتاح الموضوع أو الفئة، أو غاية التنمية المستدامة مثل 5.2)",
}

CALENDAR_DESCRIPTION_AR = """nrtd calendar: تقويم التقارير.

    nrtd calendar [--json] [--all]             كل المواعيد: الاستعراضات والتقارير المستحقة والمتابعة والزيارات
    nrtd calendar set المفتاح [--date التاريخ] [--status الحالة] [--submitted-on التاريخ] [--symbol الرمز] [--notes النص]
    nrtd calendar reset المفتاح                 أزل تعديلات اللجنة على تاريخ محسوب
    nrtd calendar add --kind sp_visit --body SP --title النص --date التاريخ   موعد لا يستخرجه السجل

المفتاح هو ما تعرضه القائمة (‎upr:4:midterm أو ‎tb:CEDAW/C/SAU/CO/3-4:periodic). تُحسب المواعيد من
وثائق السجل حتى تُدخل اللجنة مواعيدها، وتذكر القائمة كيف حُسب كل موعد. و‎--all يعرض أيضاً المواعيد
المعلَّمة بأنها لا تنطبق. و‎--today يحكم على التأخر بتاريخ آخر.
"""

DRAFT_DESCRIPTION_AR = """nrtd draft: مشاريع التقارير الوطنية، تُصاغ من السجل والخطة.

    nrtd draft new المفتاح [--type النوع] [--group-by cluster|theme]     مشروع لموعد في التقويم
    nrtd draft list [--json]
    nrtd draft show المشروع [--lang ar|en] [--text] [--json]          الأقسام والكلمات والحالات والتغييرات
    nrtd draft export المشروع الملف.docx|الملف.pdf [--lang ar|en] [--version رقم] [--no-sheet] [--no-annex]
    nrtd draft section المشروع القسم [--state الحالة] [--entity الرمز] [--text-file الملف --lang ar|en]
    nrtd draft regenerate المشروع [--replace القسم ...] [--replace-all]
    nrtd draft freeze المشروع [--label النص]
    nrtd draft compare المشروع الأولى [الثانية] [--lang ar|en]          النسخ بأرقامها، أو "current"

المفتاح مفتاح موعد في التقويم (يعرضها ‎nrtd calendar: ‎upr:4:midterm). والمشروع معرّفه أو أوائل
أحرفه (‎nrtd draft list)، أو مفتاح الموعد الذي كُتب له. والقسم مفتاحه (‎group:…، ‎paragraph:CEDAW-2018-16،
‎methodology) أو معرّفه. و‎--lang لغة المستند (الافتراضي: لغة الإعدادات). لا تستبدل إعادة الصياغة قسماً
عدّله أحد إلا إذا سُمّي في ‎--replace (أو ‎--replace-all).
"""

REPORT_DESCRIPTION_AR = """nrtd report النوع الملف.pdf: التقارير المطبوعة من سطر الأوامر.

    nrtd report plan plan.pdf --lang ar --group-by theme [عوامل تصفية السجل]
    nrtd report progress progress.pdf --from 2026-01-01 --to 2026-06-30 [عوامل تصفية السجل]
    nrtd report entity moj.pdf --entity MOJ
    nrtd report challenges challenges.pdf --cluster "Women's empowerment and gender equality"
    nrtd report recommendation rec.pdf --ref UPR-3-122.45

وثيقة اجتماع: ‎--marking draft (أو for_discussion أو restricted أو confidential) على كل صفحة،
و‎--meeting 12/1448 --meeting-date 2026-12-15 على الغلاف، و‎--prepared-by الاسم --prepared-on التاريخ
(وكذلك reviewed وapproved؛ و‎--approval-table وحده يطبع جدولاً فارغاً للتوقيع)، و‎--digits arabic
للأرقام العربية الهندية (الافتراضي: اختيار الإعدادات).

عوامل تصفية السجل (‎--theme و‎--status و‎--entity و‎--cluster و‎--search...) تختار التوصيات التي
يشملها التقرير؛ وفي بطاقة الجهة يسمّي ‎--entity الجهة. و‎--lang لغة التقرير (الافتراضي: لغة
الإعدادات). الجهة أو المجموعة أو الرمز المرجعي غير المعروف، أو التاريخ غير الصحيح، جملة واحدة على
stderr ورمز خروج 1، ولا يُكتب أي ملف (يُبنى PDF في ملف مؤقت ولا يُعاد تسميته إلا عند اكتماله).
"""


MANUAL_DESCRIPTION_AR = """nrtd manual الملف.pdf: دليل المستخدم مطبوعاً كتاباً للدورات التدريبية.

    nrtd manual manual.pdf --lang ar
    nrtd manual manual-en.pdf --lang en

فصول «مساعدة ← دليل المستخدم» بصورها، مع غلاف وفهرس وأرقام الصفحات؛ ولا تُقرأ أي قاعدة بيانات.
يُبنى ملف PDF في ملف مؤقت ولا يُعاد تسميته إلا عند اكتماله.
"""


# The commands whose description is their module's docstring, by its first words.
DESCRIPTIONS_AR = {
    "``nrtd manual OUT.pdf``": MANUAL_DESCRIPTION_AR,
    "``nrtd report KIND OUT.pdf``": REPORT_DESCRIPTION_AR,
    "``nrtd calendar``": CALENDAR_DESCRIPTION_AR,
    "``nrtd draft``": DRAFT_DESCRIPTION_AR,
}


def help_ar(text: str) -> str | None:
    """The Arabic of an English help text, with its "; repeat..." ending; None when unknown."""
    if text in HELP_AR:
        return HELP_AR[text]
    for start, description in DESCRIPTIONS_AR.items():
        if text.startswith(start):
            return description
    for suffix, arabic in SUFFIXES_AR.items():
        if text.endswith(suffix) and text[: -len(suffix)] in HELP_AR:
            return HELP_AR[text[: -len(suffix)]] + arabic
    return None
