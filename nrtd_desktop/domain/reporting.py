"""The reports a State sends to the UN mechanisms: their kinds, word limits, structure and dates.

No database and no Qt: the rules the reporting calendar (``services/reporting_calendar.py``) and
the report drafts (``services/drafts.py``) are built on.

Sources (read in OHCHR's and UPR Info's published pages; figures checked on 2026-12-07):

- UPR national report: Human Rights Council resolution 5/1 and decision 6/102 (general guidelines,
  first cycle), revised by resolution 16/21 and decision 17/119 (second cycle onwards). OHCHR's
  guidance note for national reports repeats the format: at most 10,700 words, in Word, in a UN
  language, sections A, B, C...; a matrix of recommendations may be annexed and annexes and
  endnotes are not counted ("New Guidance Note for States' national reports for the third UPR
  cycle", upr-info.org). The sections of decision 17/119 are the outline of ``UPR_NATIONAL``.
- UPR mid-term report: voluntary (resolution 16/21 encourages a mid-term update); no official
  deadline or length, "around two and a half years after the adoption of the UPR outcome"
  (UPR Info, "Good practices for UPR mid-term reporting", 2018 and 2025). The national report's
  10,700 words are used as the guide.
- Treaty bodies: "Harmonized guidelines on reporting under the international human rights
  treaties" (HRI/GEN/2/Rev.6) and OHCHR's "Guidelines and tools for treaty body reporting": word
  limits 42,400 for a common core document, 31,800 for an initial report and 21,200 for a
  periodic report (both including replies to a list of issues prior to reporting), about 10,700
  for replies to a list of issues.
- Follow-up to concluding observations: OHCHR's "Follow-up to concluding observations": the State
  reports on the paragraphs selected for follow-up within one year (two years for CEDAW and CMW).
  The 3,500-word length is the one the treaty bodies' follow-up notes ask for; we did not find its
  OHCHR text in our reference material, so it is kept here as a setting the committee can change
  on each draft (``word_limit``).
- Periodic report intervals: the usual period each treaty sets (CEDAW art. 18 and CRC art. 44:
  four and five years; CCPR, CAT and CRPD four years; CESCR five; CERD two, reports usually
  combined). Concluding observations state the date of the next report: the committee enters it,
  and the computed date is only the default until it does.
"""

from __future__ import annotations

import calendar as _calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from nrtd_desktop.domain.lang import Lang


class ReportType(StrEnum):
    """What a draft is: it sets the structure of its sections and the UN's word limit."""

    UPR_NATIONAL = "upr_national"
    UPR_MIDTERM = "upr_midterm"
    TB_PERIODIC = "tb_periodic"
    TB_LOI_REPLIES = "tb_loi_replies"
    TB_FOLLOW_UP = "tb_follow_up"


# The UN's limit for each report type (see the module docstring for where each comes from).
WORD_LIMITS: dict[str, int] = {
    ReportType.UPR_NATIONAL: 10_700,
    ReportType.UPR_MIDTERM: 10_700,
    ReportType.TB_PERIODIC: 21_200,
    ReportType.TB_LOI_REPLIES: 10_700,
    ReportType.TB_FOLLOW_UP: 3_500,
}

REPORT_TYPE_NAMES: dict[str, tuple[str, str]] = {
    ReportType.UPR_NATIONAL: ("التقرير الوطني للاستعراض الدوري الشامل", "UPR national report"),
    ReportType.UPR_MIDTERM: ("تقرير منتصف المدة للاستعراض الدوري الشامل", "UPR mid-term report"),
    ReportType.TB_PERIODIC: ("التقرير الدوري إلى هيئة المعاهدة", "Periodic report to a treaty body"),
    ReportType.TB_LOI_REPLIES: ("الردود على قائمة المسائل", "Replies to a list of issues"),
    ReportType.TB_FOLLOW_UP: (
        "تقرير متابعة الملاحظات الختامية",
        "Follow-up report on concluding observations",
    ),
}


# Short names, for titles: "مشروع تقرير منتصف المدة – ..." / "Draft mid-term report – ...".
REPORT_SHORT_NAMES: dict[str, tuple[str, str]] = {
    ReportType.UPR_NATIONAL: ("التقرير الوطني", "National report"),
    ReportType.UPR_MIDTERM: ("تقرير منتصف المدة", "Mid-term report"),
    ReportType.TB_PERIODIC: ("التقرير الدوري", "Periodic report"),
    ReportType.TB_LOI_REPLIES: ("الردود على قائمة المسائل", "Replies to the list of issues"),
    ReportType.TB_FOLLOW_UP: ("تقرير المتابعة", "Follow-up report"),
}


class EventKind(StrEnum):
    """A date of the reporting calendar. Deliverables are what the State writes and sends."""

    UPR_REVIEW = "upr_review"
    UPR_ADOPTION = "upr_adoption"
    UPR_MIDTERM = "upr_midterm"
    UPR_NATIONAL_REPORT = "upr_national_report"
    TB_PERIODIC = "tb_periodic"
    TB_FOLLOW_UP = "tb_follow_up"
    TB_LOIPR = "tb_loipr"
    SP_VISIT = "sp_visit"
    SP_FOLLOW_UP = "sp_follow_up"
    OTHER = "other"


DELIVERABLES: dict[str, str] = {
    EventKind.UPR_MIDTERM: ReportType.UPR_MIDTERM,
    EventKind.UPR_NATIONAL_REPORT: ReportType.UPR_NATIONAL,
    EventKind.TB_PERIODIC: ReportType.TB_PERIODIC,
    EventKind.TB_FOLLOW_UP: ReportType.TB_FOLLOW_UP,
    EventKind.SP_FOLLOW_UP: ReportType.TB_FOLLOW_UP,
    EventKind.OTHER: ReportType.UPR_MIDTERM,
}

EVENT_NAMES: dict[str, tuple[str, str]] = {
    EventKind.UPR_REVIEW: ("الاستعراض أمام الفريق العامل", "Review by the Working Group"),
    EventKind.UPR_ADOPTION: (
        "اعتماد نتائج الاستعراض في مجلس حقوق الإنسان",
        "Outcome adopted by the Human Rights Council",
    ),
    EventKind.UPR_MIDTERM: ("تقرير منتصف المدة", "Mid-term report"),
    EventKind.UPR_NATIONAL_REPORT: ("التقرير الوطني", "National report"),
    EventKind.TB_PERIODIC: ("التقرير الدوري", "Periodic report"),
    EventKind.TB_FOLLOW_UP: ("تقرير المتابعة", "Follow-up report"),
    EventKind.TB_LOIPR: ("قائمة المسائل السابقة لتقديم التقرير", "List of issues prior to reporting"),
    EventKind.SP_VISIT: ("تقرير الزيارة القُطرية", "Country visit report"),
    EventKind.SP_FOLLOW_UP: ("متابعة توصيات الزيارة", "Follow-up to the visit"),
    EventKind.OTHER: ("موعد آخر", "Other date"),
}


class EventStatus(StrEnum):
    PLANNED = "planned"
    IN_PREPARATION = "in_preparation"
    SUBMITTED = "submitted"
    NOT_APPLICABLE = "not_applicable"  # a computed date that does not apply: it stays hidden


EVENT_STATUS_NAMES: dict[str, tuple[str, str]] = {
    EventStatus.PLANNED: ("مخطط", "Planned"),
    EventStatus.IN_PREPARATION: ("قيد الإعداد", "In preparation"),
    EventStatus.SUBMITTED: ("قُدِّم", "Submitted"),
    EventStatus.NOT_APPLICABLE: ("لا ينطبق", "Not applicable"),
}
OPEN_EVENT_STATUSES = (EventStatus.PLANNED, EventStatus.IN_PREPARATION)


class SectionState(StrEnum):
    DRAFTING = "drafting"
    IN_REVIEW = "in_review"
    APPROVED = "approved"


SECTION_STATE_NAMES: dict[str, tuple[str, str]] = {
    SectionState.DRAFTING: ("قيد الصياغة", "Drafting"),
    SectionState.IN_REVIEW: ("قيد المراجعة", "In review"),
    SectionState.APPROVED: ("معتمد", "Approved"),
}

# ---- dates -------------------------------------------------------------------------------------

# The month of each UPR Working Group session (year, month): cycle 1 (sessions 1-12), 2 (13-26),
# 3 (27-40) and 4 (41-54). Later sessions are estimated three a year (January, May, November).
UPR_SESSIONS: dict[int, tuple[int, int]] = {
    1: (2008, 4), 2: (2008, 5), 3: (2008, 12), 4: (2009, 2), 5: (2009, 5), 6: (2009, 11),
    7: (2010, 2), 8: (2010, 5), 9: (2010, 11), 10: (2011, 1), 11: (2011, 5), 12: (2011, 10),
    13: (2012, 5), 14: (2012, 10), 15: (2013, 1), 16: (2013, 4), 17: (2013, 10), 18: (2014, 1),
    19: (2014, 4), 20: (2014, 10), 21: (2015, 1), 22: (2015, 5), 23: (2015, 11), 24: (2016, 1),
    25: (2016, 5), 26: (2016, 11), 27: (2017, 5), 28: (2017, 11), 29: (2018, 1), 30: (2018, 5),
    31: (2018, 11), 32: (2019, 1), 33: (2019, 5), 34: (2019, 11), 35: (2020, 1), 36: (2020, 11),
    37: (2021, 1), 38: (2021, 5), 39: (2021, 11), 40: (2022, 1), 41: (2022, 11), 42: (2023, 1),
    43: (2023, 5), 44: (2023, 11), 45: (2024, 1), 46: (2024, 5), 47: (2024, 11), 48: (2025, 1),
    49: (2025, 5), 50: (2025, 11), 51: (2026, 1), 52: (2026, 5), 53: (2026, 11), 54: (2027, 1),
}  # fmt: skip
_SESSION_MONTHS = (1, 5, 11)
MIDTERM_MONTHS = 30  # "around two and a half years after the adoption of the outcome"
NATIONAL_REPORT_LEAD = timedelta(weeks=12)  # OHCHR sets each session's deadline; about this far ahead
# The usual interval to the next periodic report, in months, by treaty body.
PERIODIC_MONTHS: dict[str, int] = {
    "CCPR": 48, "CESCR": 60, "CERD": 24, "CEDAW": 48, "CAT": 48, "CRC": 60, "CMW": 60, "CRPD": 48,
}  # fmt: skip
# The follow-up procedure: one year, two for CEDAW and CMW (OHCHR). CESCR, CRC and CRPD have none.
FOLLOW_UP_MONTHS: dict[str, int] = {"CCPR": 12, "CAT": 12, "CERD": 12, "CED": 12, "CEDAW": 24, "CMW": 24}
LOIPR_MONTHS_BEFORE = 12  # the reply to a list of issues prior to reporting is due a year after it
SP_FOLLOW_UP_MONTHS = 24


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, the day clamped to the month's length (31 Jan + 1 = 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def upr_session_month(session: int) -> tuple[int, int]:
    """(year, month) of a UPR Working Group session, from the table or estimated after it."""
    if session in UPR_SESSIONS:
        return UPR_SESSIONS[session]
    last = max(UPR_SESSIONS)
    year, month = UPR_SESSIONS[last]
    position = _SESSION_MONTHS.index(month)
    steps = session - last
    position += steps
    return year + position // 3, _SESSION_MONTHS[position % 3]


def upr_review_date(session: int) -> date:
    """The first day of the month of the session: the calendar shows it as a month."""
    year, month = upr_session_month(session)
    return date(year, month, 1)


def next_upr_session(session: int, cycle: int | None) -> int:
    """The session in which the State is reviewed next: its place in the next cycle (cycle 1 had
    twelve sessions, the later cycles fourteen)."""
    return session + (13 if cycle == 1 else 14)


_HRC_SYMBOL = re.compile(r"^A/HRC/(\d+)/")


def hrc_session(symbol: str | None) -> int | None:
    """The Human Rights Council session of a document symbol: A/HRC/56/16 -> 56."""
    found = _HRC_SYMBOL.match((symbol or "").strip())
    return int(found.group(1)) if found else None


def hrc_session_date(session: int) -> date:
    """The month a regular session of the Council opens (three a year since 2007: March, June,
    September; session 4 was March 2007). The UPR outcomes are adopted during it."""
    index = session - 4
    return date(2007 + index // 3, (3, 6, 9)[index % 3], 1)


# ---- the structure of each report ------------------------------------------------------------


@dataclass(frozen=True)
class Outline:
    """One part of a report's structure: ``key`` names what the generator puts in it."""

    key: str
    heading_ar: str
    heading_en: str


# Decision 17/119, annex (sections A to G of the national report).
UPR_NATIONAL = (
    Outline("methodology", "منهجية إعداد التقرير وعملية التشاور", "Methodology and consultation process"),
    Outline("developments", "التطورات منذ الاستعراض السابق", "Developments since the previous review"),
    Outline("implementation", "تنفيذ التوصيات المقبولة", "Implementation of the recommendations"),
    Outline("achievements", "الإنجازات والممارسات الجيدة", "Achievements and good practices"),
    Outline("challenges", "التحديات والقيود", "Challenges and constraints"),
    Outline(
        "priorities",
        "الأولويات والمبادرات والالتزامات الوطنية",
        "National priorities, initiatives and commitments",
    ),
    Outline("assistance", "بناء القدرات والمساعدة التقنية", "Capacity-building and technical assistance"),
)
UPR_MIDTERM = (
    Outline("methodology", "مقدمة ومنهجية إعداد التقرير", "Introduction and methodology"),
    Outline(
        "implementation",
        "تنفيذ التوصيات حسب المجموعات المواضيعية",
        "Implementation of the recommendations by theme",
    ),
    Outline("achievements", "الإنجازات والممارسات الجيدة", "Achievements and good practices"),
    Outline("challenges", "التحديات والقيود", "Challenges and constraints"),
    Outline("priorities", "الخطوات المقبلة والمساعدة التقنية", "Next steps and technical assistance"),
)
TB_PERIODIC = (
    Outline("methodology", "مقدمة: إعداد التقرير والتشاور", "Introduction: preparation and consultation"),
    Outline(
        "developments", "التطورات العامة منذ الحوار السابق", "General developments since the last dialogue"
    ),
    Outline(
        "paragraphs", "متابعة الملاحظات الختامية السابقة", "Follow-up to the previous concluding observations"
    ),
    Outline("challenges", "التحديات والقيود", "Challenges and constraints"),
)
TB_LOI_REPLIES = (
    Outline("methodology", "مقدمة", "Introduction"),
    Outline("paragraphs", "الردود على المسائل", "Replies to the issues"),
)
TB_FOLLOW_UP = (
    Outline("methodology", "مقدمة", "Introduction"),
    Outline(
        "paragraphs",
        "المعلومات عن الفقرات المختارة للمتابعة",
        "Information on the paragraphs selected for follow-up",
    ),
)
OUTLINES: dict[str, tuple[Outline, ...]] = {
    ReportType.UPR_NATIONAL: UPR_NATIONAL,
    ReportType.UPR_MIDTERM: UPR_MIDTERM,
    ReportType.TB_PERIODIC: TB_PERIODIC,
    ReportType.TB_LOI_REPLIES: TB_LOI_REPLIES,
    ReportType.TB_FOLLOW_UP: TB_FOLLOW_UP,
}

# The words of an exported draft (the Word document and the PDF say the same): key -> (ar, en).
EXPORT_WORDS: dict[str, tuple[str, str]] = {
    "sheet": ("بيانات المشروع", "About this draft"),
    "sheet_note": (
        "هذه الصفحة للجنة ولا تُرسل مع التقرير. لا يدخل في عدد الكلمات المرفق ولا سطور أرقام التوصيات.",
        "This page is for the committee and is not sent with the report. The word count leaves out the "
        "annex and the lines listing the recommendations answered.",
    ),
    "words_total": (
        "عدد الكلمات: {words} من الحد الأقصى {limit} ({share})",
        "Words: {words} of the limit of {limit} ({share})",
    ),
    "words_over": ("يتجاوز المشروع الحد بـ {over} كلمة.", "The draft is {over} words over the limit."),
    "words_only": ("عدد الكلمات: {words}", "Words: {words}"),
    "col_section": ("الفرع", "Section"),
    "col_entity": ("الجهة", "Entity"),
    "col_state": ("الحالة", "State"),
    "col_words": ("الكلمات", "Words"),
    "prepared": ("أُعدّ في {date}", "Prepared on {date}"),
    "marking": ("مسودة", "DRAFT"),
    "answers": ("التوصيات التي يجيب عنها: {refs}", "Recommendations answered: {refs}"),
    "annex": ("المرفق: جدول تنفيذ التوصيات", "Annex: implementation matrix"),
    "annex_note": (
        "كل توصية بموقف المملكة منها وحالة تنفيذها والإجراءات المتخذة لتنفيذها (عددها {count}).",
        "Every recommendation with the State's position, its implementation status and the actions "
        "taken ({count} in all).",
    ),
    "col_number": ("الرقم", "No."),
    "col_recommendation": ("التوصية", "Recommendation"),
    "col_position": ("الموقف", "Position"),
    "col_status": ("حالة التنفيذ", "Status"),
    "col_actions": ("الإجراءات", "Actions"),
    "col_lead": ("الجهة الرئيسية", "Lead entity"),
    "states": ("الدول الموصية: {states}", "Recommending States: {states}"),
    "none": ("لا توجد", "None"),
    "page": ("صفحة", "Page"),
}


# ---- words and paragraphs --------------------------------------------------------------------

def word_count(text: str) -> int:
    """Words as Word counts them: runs of characters between spaces ("A/HRC/40/4", "122.3",
    "مؤيَّدة" with its marks, "(2026-11-05)" are one word each); a dash or a bracket standing alone
    is not a word."""
    return sum(1 for token in (text or "").split() if any(ch.isalnum() for ch in token))


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a section's text: one per non-empty line (the editor's Enter)."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


_ORDINALS_AR = ("أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً")
_LETTERS_AR = (
    "ألف",
    "باء",
    "جيم",
    "دال",
    "هاء",
    "واو",
    "زاي",
    "حاء",
    "طاء",
    "ياء",
    "كاف",
    "لام",
    "ميم",
    "نون",
    "سين",
    "عين",
    "فاء",
    "صاد",
    "قاف",
    "راء",
    "شين",
    "تاء",
    "ثاء",
    "خاء",
    "ذال",
    "ضاد",
)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def heading_number(level: int, index: int, lang: Lang) -> str:
    """The UN's heading numbers: "أولاً-"/"I." for chapters, "ألف-"/"A." for their parts."""
    if level <= 1:
        if lang == "ar":
            return f"{_ORDINALS_AR[index]}-" if index < len(_ORDINALS_AR) else f"{index + 1}-"
        return f"{_ROMAN[index]}." if index < len(_ROMAN) else f"{index + 1}."
    if lang == "ar":
        return f"{_LETTERS_AR[index]}-" if index < len(_LETTERS_AR) else f"{index + 1}-"
    return f"{chr(ord('A') + index)}." if index < 26 else f"{index + 1}."
