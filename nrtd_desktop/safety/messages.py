"""The messages of the safety package, in English and Arabic."""

from __future__ import annotations

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "db.locked": (
        "The database '{path}' is already open in NRTD Desktop on the computer {host} "
        "(process {pid}, user {user}, since {since}). Close it there first, then try again.",
        "قاعدة البيانات «{path}» مفتوحة الآن في البرنامج على الحاسوب {host} "
        "(العملية {pid}، المستخدم {user}، منذ {since}). أغلقها هناك أولاً ثم أعد المحاولة.",
    ),
    "db.locked_no_file": (
        "The database '{path}' is open in another program on this computer, although its lock file "
        "'{lock}' is missing. Close NRTD Desktop wherever it is open, then try again.",
        "قاعدة البيانات «{path}» مفتوحة في برنامج آخر على هذا الحاسوب، مع أن ملف القفل «{lock}» "
        "مفقود. أغلق البرنامج حيثما كان مفتوحاً ثم أعد المحاولة.",
    ),
    "db.locked_elsewhere": (
        "The lock file '{lock}' says that the database '{path}' is open in NRTD Desktop on the computer "
        "{host} (process {pid}, user {user}, since {since}); this computer cannot check that program. "
        "Close it there first. Only if the program is certainly closed on that computer (for example "
        "the computer is switched off), delete the file '{lock}' and try again.",
        "يفيد ملف القفل «{lock}» بأن قاعدة البيانات «{path}» مفتوحة في البرنامج على الحاسوب {host} "
        "(العملية {pid}، المستخدم {user}، منذ {since})، ولا يستطيع هذا الحاسوب التحقق من ذلك البرنامج. "
        "أغلقها هناك أولاً. ولا تحذف الملف «{lock}» ثم تُعِد المحاولة إلا إذا تيقّنت أن البرنامج مغلق "
        "على ذلك الحاسوب (كأن يكون الحاسوب مطفأً).",
    ),
    "db.reader_cannot_write": (
        "This command only reads the database (it was opened for reading): it cannot change it.",
        "هذا الأمر يقرأ قاعدة البيانات فقط (فُتحت للقراءة): لا يمكنه تغييرها.",
    ),
    "db.reader_needs_upgrade": (
        "The database '{path}' was made by an older version of NRTD Desktop and must be upgraded before "
        "it can be read, but another program has it open for writing now. Open it in NRTD Desktop "
        "first (the program upgrades it), or try again once that program is closed.",
        "أُنشئت قاعدة البيانات «{path}» بإصدار أقدم من البرنامج ويجب تحديثها قبل قراءتها، لكن برنامجاً "
        "آخر يفتحها للكتابة الآن. افتحها في البرنامج أولاً (فهو يحدّثها)، أو أعد المحاولة بعد إغلاق "
        "ذلك البرنامج.",
    ),
    "db.reader_upgraded": (
        "Note: the database was made by an older version; it was upgraded (after a snapshot) before "
        "being read.",
        "تنبيه: أُنشئت قاعدة البيانات بإصدار أقدم، فحُدّثت (بعد أخذ نسخة احتياطية) قبل قراءتها.",
    ),
    "db.reader_note": (
        "Note: NRTD Desktop has this database open for writing (computer {host}, process {pid}, user "
        "{user}): what is shown is the data saved by {time}, and may be a moment old.",
        "تنبيه: قاعدة البيانات مفتوحة للكتابة في البرنامج (الحاسوب {host}، العملية {pid}، المستخدم "
        "{user})؛ المعروض هو ما حُفظ حتى {time}، وقد تكون البيانات متأخرة لحظات.",
    ),
    "db.reader_note_unnamed": (
        "Note: another program has this database open for writing: what is shown is the data saved by "
        "{time}, and may be a moment old.",
        "تنبيه: برنامج آخر يفتح قاعدة البيانات للكتابة؛ المعروض هو ما حُفظ حتى {time}، وقد تكون "
        "البيانات متأخرة لحظات.",
    ),
    "site.copied": (
        "This database is the site of another computer ({computer}): it was copied here. Two "
        "computers must never share one site, or the packages between them are refused or mistaken "
        "for each other. Make this copy a new site of the same committee (its data stays as it is); "
        "or, only if this computer replaces that one for good, keep the site.",
        "قاعدة البيانات هذه هي موقع حاسوب آخر ({computer}) ونُسخت إلى هنا. لا يجوز أن يشترك حاسوبان "
        "في موقع واحد، وإلا رُفضت الحزم بينهما أو اختلطت. اجعل هذه النسخة موقعاً جديداً للجنة نفسها "
        "(تبقى بياناتها كما هي)؛ أو أبقِ الموقع فقط إذا كان هذا الحاسوب يحل محل ذلك الحاسوب نهائياً.",
    ),
    "site.copied_cli": (
        "This database is the site of another computer ({computer}): it was copied here, and two "
        "computers must never share one site. Run 'nrtd site new' to make this copy a new site of the "
        "same committee (its data stays as it is), or 'nrtd site keep' only if this computer replaces "
        "that one for good. Commands that only read work meanwhile.",
        "قاعدة البيانات هذه هي موقع حاسوب آخر ({computer}) ونُسخت إلى هنا، ولا يجوز أن يشترك حاسوبان "
        "في موقع واحد. نفّذ الأمر 'nrtd site new' لتجعل هذه النسخة موقعاً جديداً للجنة نفسها (تبقى "
        "بياناتها كما هي)، أو 'nrtd site keep' فقط إذا كان هذا الحاسوب يحل محل ذلك الحاسوب نهائياً. "
        "وتعمل أوامر القراءة في الأثناء.",
    ),
    "site.unknown_computer": ("unknown", "غير معروف"),
    "site.new_done": (
        "This database is now a new site: {site} (the former site {former} is remembered for exchanges).",
        "أصبحت قاعدة البيانات هذه موقعاً جديداً: {site} (ويُحتفظ بالموقع السابق {former} لأغراض التبادل).",
    ),
    "site.kept": (
        "This computer now holds the site {site}; do not use the database on the other computer again.",
        "صار هذا الحاسوب يحمل الموقع {site}؛ لا تستخدم قاعدة البيانات على الحاسوب الآخر بعد الآن.",
    ),
    "site.show": (
        "Site {site} (this installation: {installation}); committee {committee}{provisional}.",
        "الموقع {site} (هذا التثبيت: {installation})؛ اللجنة {committee}{provisional}.",
    ),
    "site.provisional": (
        " (provisional: it gives way to the coordinator's)",
        " (مؤقتة: تحل محلها لجنة المنسّق)",
    ),
    "db.open_here": (
        "The database '{path}' is open in this program; close it before restoring a backup.",
        "قاعدة البيانات «{path}» مفتوحة في هذا البرنامج؛ أغلقها قبل استعادة نسخة احتياطية.",
    ),
    "db.damaged_with_backup": (
        "The database '{path}' is damaged ({problems}). Nothing was written to it. The newest backup "
        "that passes the check is from {backup_date} ({backup_count} recommendations): restore it; "
        "the damaged file will be kept beside it.",
        "قاعدة البيانات «{path}» تالفة ({problems}). لم يُكتب فيها شيء. أحدث نسخة احتياطية سليمة "
        "مؤرخة {backup_date} ({backup_count} توصية): استعدها، وسيُحتفظ بالملف التالف بجانبها.",
    ),
    "db.damaged_no_backup": (
        "The database '{path}' is damaged ({problems}). Nothing was written to it, and no backup "
        "passes the check. Keep the file and ask for technical help.",
        "قاعدة البيانات «{path}» تالفة ({problems}). لم يُكتب فيها شيء، ولا توجد نسخة احتياطية "
        "سليمة. احتفظ بالملف واطلب المساعدة الفنية.",
    ),
    "db.writes_blocked": (
        "The database '{path}' is damaged ({problems}): the start-up check found it, so this change "
        "was not saved and nothing is written to the file. Restore the newest good backup.",
        "قاعدة البيانات «{path}» تالفة ({problems}): كشفها فحص بدء التشغيل، فلم يُحفظ هذا التغيير "
        "ولن يُكتب في الملف شيء. استعد أحدث نسخة احتياطية سليمة.",
    ),
    "db.disk_full": (
        "The disk is full (or the database reached its size limit): the change was not saved and "
        "nothing was half-written. Free some space and try again.",
        "القرص ممتلئ (أو بلغت قاعدة البيانات حدّها الأقصى): لم يُحفظ التغيير ولم يُكتب شيء منه "
        "ناقصاً. أفرغ بعض المساحة ثم أعد المحاولة.",
    ),
    "db.io_error": (
        "The disk could not be read or written ({reason}): the change was not saved.",
        "تعذّرت القراءة من القرص أو الكتابة عليه ({reason}): لم يُحفظ التغيير.",
    ),
    "db.read_only": (
        "The database file cannot be written (it is read-only): the change was not saved.",
        "لا يمكن الكتابة في ملف قاعدة البيانات (للقراءة فقط): لم يُحفظ التغيير.",
    ),
    "db.corrupt": (
        "The database is damaged ({reason}): the change was not saved. Close the program; the "
        "check at the next start will offer the newest good backup.",
        "قاعدة البيانات تالفة ({reason}): لم يُحفظ التغيير. أغلق البرنامج؛ وسيعرض الفحص عند "
        "التشغيل التالي أحدث نسخة احتياطية سليمة.",
    ),
    "db.busy": (
        "The database is busy in another program; the change was not saved. Try again.",
        "قاعدة البيانات مشغولة ببرنامج آخر؛ لم يُحفظ التغيير. أعد المحاولة.",
    ),
    "backup.failed": (
        "The backup '{path}' could not be written: {reason}",
        "تعذّرت كتابة النسخة الاحتياطية «{path}»: {reason}",
    ),
    "backup.check_failed": (
        "The file '{path}' failed the check ({problems}); it cannot be used.",
        "لم يجتز الملف «{path}» الفحص ({problems})؛ لا يمكن استخدامه.",
    ),
    "backup.unknown_reason": (
        "'{reason}' is not a kind of backup.",
        "«{reason}» ليس نوعاً من أنواع النسخ الاحتياطية.",
    ),
    "backup.not_found": ("The backup '{path}' was not found.", "لم يُعثر على النسخة الاحتياطية «{path}»."),
    "restore.no_good_backup": (
        "No backup of '{path}' passes the check.",
        "لا توجد نسخة احتياطية سليمة من «{path}».",
    ),
    "location.network": (
        "The database '{path}' is on a network share ({detail}). A dropped connection can damage it: "
        "keep it in the local data folder.",
        "قاعدة البيانات «{path}» على مجلد شبكي مشترك ({detail}). انقطاع الاتصال قد يتلفها: "
        "احفظها في مجلد البيانات المحلي.",
    ),
    "location.cloud": (
        "The database '{path}' is in a cloud-synchronised folder ({detail}). The synchronisation can "
        "copy it half-written or overwrite it: keep it in the local data folder.",
        "قاعدة البيانات «{path}» في مجلد تزامن سحابي ({detail}). قد ينسخها التزامن وهي نصف "
        "مكتوبة أو يكتب فوقها: احفظها في مجلد البيانات المحلي.",
    ),
    "location.removable": (
        "The database '{path}' is on a removable drive ({detail}). Pulling the drive out can damage "
        "it: keep it in the local data folder.",
        "قاعدة البيانات «{path}» على قرص قابل للإزالة ({detail}). نزع القرص قد يتلفها: "
        "احفظها في مجلد البيانات المحلي.",
    ),
    "location.target_exists": (
        "There is already a database at '{path}'; choose another place or move that file first.",
        "توجد قاعدة بيانات في «{path}»؛ اختر مكاناً آخر أو انقل ذلك الملف أولاً.",
    ),
    "file.write_failed": (
        "The file '{path}' could not be written: {reason}",
        "تعذّرت كتابة الملف «{path}»: {reason}",
    ),
    "history.unknown_format": (
        "History can be exported as .csv or .xlsx, not '{suffix}'.",
        "يمكن تصدير السجل بصيغة ‎.csv أو ‎.xlsx فقط، لا «{suffix}».",
    ),
}
