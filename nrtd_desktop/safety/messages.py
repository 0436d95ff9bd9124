"""The messages of the safety package, in English and Arabic."""

from __future__ import annotations

from nrtd_desktop.domain.errors import register_messages

register_messages({
    "db.locked": (
        "The database '{path}' is already open in NRTD Desktop on the computer {host} "
        "(process {pid}, user {user}, since {since}). Close it there first. If that computer is "
        "switched off, delete the file '{lock}' and try again.",
        "قاعدة البيانات «{path}» مفتوحة الآن في البرنامج على الحاسوب {host} "
        "(العملية {pid}، المستخدم {user}، منذ {since}). أغلقها هناك أولاً. وإن كان ذلك الحاسوب "
        "مطفأً فاحذف الملف «{lock}» ثم أعد المحاولة.",
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
})
