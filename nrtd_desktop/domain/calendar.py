"""Dates as the committee writes them: Gregorian and Hijri (Umm al-Qura), in Arabic or English.

Saudi official documents carry both calendars. The Hijri date comes from the ``hijridate``
library (the Umm al-Qura tables), which covers 1343-1500 AH (1924-08-01 to 2077-11-16); outside
that range the formatters print the Gregorian date alone rather than fail, because a report must
print even when someone typed a date in 1900.

Month names are kept here rather than taken from a locale so that the wording is the one the
committee uses (Levantine-Egyptian Gregorian names such as نوفمبر, as in Saudi official texts).
Digits are Western (0-9), as in the program's data.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from nrtd_desktop.domain.lang import Lang

GREGORIAN_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
GREGORIAN_MONTHS_AR = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)
HIJRI_MONTHS_EN = (
    "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
    "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qa'dah", "Dhu al-Hijjah",
)
HIJRI_MONTHS_AR = (
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
)


class HijriOutOfRange(ValueError):
    """The date is outside the Umm al-Qura tables (before 1924-08-01 or after 2077-11-16)."""


def hijri_date(d: date) -> tuple[int, int, int]:
    """(year, month, day) of ``d`` in the Umm al-Qura calendar; raises :class:`HijriOutOfRange`."""
    from hijridate import Gregorian

    try:
        hijri = Gregorian(d.year, d.month, d.day).to_hijri()
    except OverflowError as exc:
        raise HijriOutOfRange(str(exc)) from exc
    return hijri.year, hijri.month, hijri.day


def format_gregorian(d: date, lang: Lang) -> str:
    """"29 November 2026" or "29 نوفمبر 2026"."""
    months = GREGORIAN_MONTHS_AR if lang == "ar" else GREGORIAN_MONTHS_EN
    return f"{d.day} {months[d.month - 1]} {d.year}"


def format_hijri(d: date, lang: Lang) -> str:
    """"19 جمادى الآخرة 1448 هـ" or "19 Jumada al-Akhirah 1448 AH"; the Gregorian date when out of range."""
    try:
        year, month, day = hijri_date(d)
    except HijriOutOfRange:
        return format_gregorian(d, lang)
    if lang == "ar":
        return f"{day} {HIJRI_MONTHS_AR[month - 1]} {year} هـ"
    return f"{day} {HIJRI_MONTHS_EN[month - 1]} {year} AH"


def format_dual(d: date, lang: Lang) -> str:
    """Both calendars in one line, as official letters write them.

    Arabic puts the Hijri date first: "19 جمادى الآخرة 1448 هـ الموافق 29 نوفمبر 2026 م";
    English puts the Gregorian first: "29 November 2026 (19 Jumada al-Akhirah 1448 AH)".
    Out of the Umm al-Qura range: the Gregorian date alone.
    """
    gregorian = format_gregorian(d, lang)
    try:
        hijri_date(d)
    except HijriOutOfRange:
        return gregorian
    hijri = format_hijri(d, lang)
    if lang == "ar":
        return f"{hijri} الموافق {gregorian} م"
    return f"{gregorian} ({hijri})"


def local_time(at: datetime) -> datetime:
    """A stored moment in this computer's time zone. The database keeps UTC; SQLite gives it back
    without its zone, which ``astimezone`` alone would take for local time."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone()


def format_short(value: date | None, lang: Lang, show_hijri: bool) -> str:
    """The one way the window writes a date: "2026-11-29", and, when the settings ask for the Hijri
    date (``show_hijri``), the Umm al-Qura date after it in the short numeric form Saudi documents
    use in tables: "2026-11-29 (1448/06/19 هـ)". Empty for no date.

    ISO digits keep columns narrow and sortable and read the same in both languages; the long
    form with month names (:func:`format_dual`) is for tooltips and sentences."""
    if value is None:
        return ""
    if not show_hijri:
        return value.isoformat()
    try:
        year, month, day = hijri_date(value)
    except HijriOutOfRange:
        return value.isoformat()
    suffix = "هـ" if lang == "ar" else "AH"
    return f"{value.isoformat()} ({year}/{month:02d}/{day:02d} {suffix})"


def format_moment(at: datetime) -> str:
    """A stored moment as the window writes it: "2026-11-29 09:21", in this computer's time."""
    return local_time(at).strftime("%Y-%m-%d %H:%M")
