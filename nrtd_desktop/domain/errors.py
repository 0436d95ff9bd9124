"""User-facing errors that carry their message in Arabic and English.

The core has no Qt, so it cannot use Qt's translator; instead each error names a message key
whose Arabic and English templates live in one catalogue (``MESSAGES``), with named
placeholders filled from ``params``. The interface and the command line pick the language.
Modules add their own keys with :func:`register_messages` at import time.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import Any

from nrtd_desktop.domain.lang import Lang

# key -> (English template, Arabic template). Placeholders are str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    "validation.required": ("{field} is required.", "الحقل «{field}» مطلوب."),
    "validation.invalid_choice": (
        "{field}: '{value}' is not one of the allowed values.",
        "{field}: القيمة «{value}» ليست من القيم المسموح بها.",
    ),
    "validation.out_of_range": (
        "{field} must be between {low} and {high}.",
        "يجب أن تكون قيمة «{field}» بين {low} و{high}.",
    ),
    "validation.duplicate": (
        "{field}: '{value}' is already used by another record.",
        "{field}: القيمة «{value}» مستخدمة في سجل آخر.",
    ),
    "validation.unknown": (
        "{field}: '{value}' was not found.",
        "{field}: لم يُعثر على «{value}».",
    ),
    "validation.invalid_date": (
        "{field}: '{value}' is not a valid date (YYYY-MM-DD).",
        "{field}: «{value}» ليس تاريخاً صحيحاً (YYYY-MM-DD).",
    ),
    "validation.date_order": (
        "The end date must not be before the start date.",
        "يجب ألا يسبق تاريخ الانتهاء تاريخ البدء.",
    ),
    "validation.position_upr_only": (
        "Only Universal Periodic Review recommendations have a State position.",
        "موقف الدولة يخص توصيات الاستعراض الدوري الشامل وحدها.",
    ),
    "record.not_found": ("The {kind} '{key}' was not found.", "لم يُعثر على {kind} «{key}»."),
    "server.refused": (
        "The database server refused this change: the login {login} may change only the actions, "
        "indicators, progress updates and challenges of its own entity. Nothing was saved.",
        "رفض خادم قاعدة البيانات هذا التغيير: لا يجوز لحساب الدخول {login} أن يغيّر إلا الإجراءات "
        "والمؤشرات وتحديثات التقدم والتحديات الخاصة بجهته. لم يُحفظ شيء.",
    ),
    "record.stale": (
        "The {kind} '{key}' was changed elsewhere since you opened it; reload it and try again.",
        "تغيّر {kind} «{key}» في مكان آخر منذ فتحه؛ أعد تحميله ثم حاول مرة أخرى.",
    ),
    "record.stale_values": (
        "The {kind} '{key}' was changed by someone else since you opened it (version {theirs_version}, "
        "you opened {yours_version}). Saved meanwhile / yours: {values}. Nothing of yours was saved; "
        "reload it and apply your change again.",
        "غيّر شخص آخر {kind} «{key}» منذ فتحه (الإصدار {theirs_version}، وقد فتحتَ {yours_version}). "
        "المحفوظ في الأثناء / قيمتك: {values}. لم يُحفظ شيء من تعديلك؛ أعد تحميله ثم طبّق تعديلك من جديد.",
    ),
    "db.newer_schema": (
        "This database was written by a newer version of NRTD Desktop (schema {found}); "
        "this program knows schema {known}. Install the newer version to open it.",
        "كُتبت قاعدة البيانات هذه بإصدار أحدث من البرنامج (المخطط {found})؛ "
        "هذا البرنامج يعرف المخطط {known}. ثبّت الإصدار الأحدث لفتحها.",
    ),
    "db.not_a_database": (
        "'{path}' is not an NRTD Desktop database (or it is damaged).",
        "الملف «{path}» ليس قاعدة بيانات للبرنامج (أو أنه تالف).",
    ),
    "db.cannot_open": (
        "The database '{path}' cannot be opened: {reason}",
        "تعذّر فتح قاعدة البيانات «{path}»: {reason}",
    ),
}

# Field names shown inside messages, so that "text_en is required" reads naturally in both
# languages. Unknown field names are shown as they are.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "reference": ("Reference", "الرمز المرجعي"),
    "text": ("Text", "النص"),
    "text_ar": ("Arabic text", "النص العربي"),
    "text_en": ("English text", "النص الإنجليزي"),
    "mechanism": ("Mechanism", "الآلية"),
    "body": ("Body", "الجهة الأممية"),
    "position": ("Position", "موقف الدولة"),
    "status": ("Status", "حالة التنفيذ"),
    "priority": ("Priority", "الأولوية"),
    "action_category": ("Action category", "فئة الإجراء"),
    "annotation_type": ("Annotation type", "نوع الملاحظة"),
    "cycle": ("Cycle", "الجولة"),
    "code": ("Short code", "الرمز المختصر"),
    "name_ar": ("Arabic name", "الاسم العربي"),
    "name_en": ("English name", "الاسم الإنجليزي"),
    "title_ar": ("Arabic title", "العنوان العربي"),
    "title_en": ("English title", "العنوان الإنجليزي"),
    "lead_entity": ("Lead entity", "الجهة الرئيسية"),
    "supporting_entities": ("Supporting entities", "الجهات المساندة"),
    "cluster": ("Cluster", "المجموعة المواضيعية"),
    "theme": ("Theme", "الموضوع"),
    "affected_group": ("Affected group", "الفئة المعنية"),
    "sdg_target": ("SDG target", "غاية التنمية المستدامة"),
    "start_date": ("Start date", "تاريخ البدء"),
    "end_date": ("End date", "تاريخ الانتهاء"),
    "percent": ("Progress percentage", "نسبة الإنجاز"),
    "category": ("Category", "الفئة"),
    "indicator_type": ("Indicator type", "نوع المؤشر"),
    "name": ("Name", "الاسم"),
    "recommendation": ("recommendation", "التوصية"),
    "entity": ("entity", "الجهة"),
    "action": ("action", "الإجراء"),
    "indicator": ("indicator", "المؤشر"),
    "progress_update": ("progress update", "تحديث التقدم"),
    "challenge": ("challenge", "التحدي"),
}


def register_messages(messages: Mapping[str, tuple[str, str]]) -> None:
    """Add a module's message templates; a key may be registered once."""
    for key, templates in messages.items():
        if key in MESSAGES and MESSAGES[key] != templates:
            raise ValueError(f"message key registered twice with different text: {key}")
        MESSAGES[key] = templates


def register_field_labels(labels: Mapping[str, tuple[str, str]]) -> None:
    FIELD_LABELS.update(labels)


def field_label(field: str, lang: Lang) -> str:
    en, ar = FIELD_LABELS.get(field, (field, field))
    return ar if lang == "ar" else en


class Localized(str):
    """A parameter of a message that has its own words in both languages (a reason such as "file
    not found"): a ``str`` (its English) so that it travels like any other parameter, rendered in
    the message's language by :func:`render_message`."""

    arabic: str

    def __new__(cls, english: str, arabic: str) -> Localized:
        made = super().__new__(cls, english)
        made.arabic = arabic
        return made

    def text(self, lang: Lang) -> str:
        return self.arabic if lang == "ar" else str(self)


NOT_FOUND = Localized("file not found", "الملف غير موجود")
# The operating system's reasons (its own sentence is English): the ones a person meets.
_OS_REASONS = {
    errno.ENOENT: NOT_FOUND,
    errno.EACCES: Localized("permission denied", "لا إذن بالوصول إليه"),
    errno.EPERM: Localized("operation not permitted", "العملية غير مسموح بها"),
    errno.ENOSPC: Localized("no space left on the disk", "لا مساحة متبقية على القرص"),
    errno.EROFS: Localized("the disk is read-only", "القرص للقراءة فقط"),
    errno.EISDIR: Localized("it is a folder, not a file", "هذا مجلد وليس ملفاً"),
    errno.ENOTDIR: Localized("a part of the path is not a folder", "جزء من المسار ليس مجلداً"),
    errno.EEXIST: Localized("it exists already", "موجود من قبل"),
    errno.EBUSY: Localized("it is in use", "قيد الاستعمال"),
    errno.EIO: Localized("the disk could not be read or written", "تعذّرت القراءة من القرص أو الكتابة عليه"),
    errno.ENAMETOOLONG: Localized("the name is too long", "الاسم أطول مما ينبغي"),
}


def os_reason(error: BaseException) -> str:
    """Why a file operation failed, in words of both languages when the system's are known."""
    code = getattr(error, "errno", None)
    if code in _OS_REASONS:
        return _OS_REASONS[code]
    if isinstance(error, OSError) and code is not None:
        english = error.strerror or str(error)
        return Localized(english, f"خطأ في نظام الملفات (رقم {code})")
    return str(error)


def render_message(key: str, params: Mapping[str, Any], lang: Lang) -> str:
    """The message for ``key`` in ``lang`` ("ar" or "en"), with field names translated."""
    en, ar = MESSAGES.get(key, (key, key))
    template = ar if lang == "ar" else en
    values = {
        name: field_label(value, lang) if name in ("field", "kind") and isinstance(value, str)
        else value.text(lang) if isinstance(value, Localized) else value
        for name, value in params.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


class NrtdError(Exception):
    """An error a person can read: a message key, its parameters, and optionally the field."""

    def __init__(self, key: str, /, field: str | None = None, **params: Any) -> None:
        self.key = key
        self.field = field
        self.params: dict[str, Any] = dict(params)
        if field is not None:
            self.params.setdefault("field", field)
        super().__init__(self.text("en"))

    def text(self, lang: Lang = "en") -> str:
        return render_message(self.key, self.params, lang)


class ValidationError(NrtdError):
    """Bad input for one field: nothing was changed."""


class NotFoundError(NrtdError):
    def __init__(self, kind: str, key: object) -> None:
        super().__init__("record.not_found", kind=kind, key=str(key))


class StaleRecordError(NrtdError):
    """The record's version moved since the caller read it (optimistic concurrency).

    ``values``: (field, the value saved meanwhile, the caller's value) of each field the caller
    changed that differs from what is stored now: the conflict shows both values."""

    def __init__(self, kind: str, key: object, values: tuple[tuple[str, object, object], ...] = (),
                 versions: tuple[int, int] | None = None) -> None:
        self.values = values
        if values and versions is not None:
            shown = "; ".join(f"{field}: «{theirs}» / «{yours}»" for field, theirs, yours in values)
            super().__init__("record.stale_values", kind=kind, key=str(key), values=shown,
                             theirs_version=versions[0], yours_version=versions[1])
        else:
            super().__init__("record.stale", kind=kind, key=str(key))


class RefusedError(NrtdError):
    """The database server refused a change the login may not make (issue 24: roles and
    row-level security, ``db/roles.py``); nothing of the change was written."""

    def __init__(self, login: str, detail: str = "") -> None:
        self.detail = detail
        super().__init__("server.refused", login=login)


class DatabaseError(NrtdError):
    """The database file cannot be used (newer schema, damaged, locked...)."""
