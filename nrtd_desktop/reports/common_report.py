"""What the five reports share: their options, the cover and wording helpers.

Each report module lays out the data it is given (``dto/reports.py``) with ``build_document``;
``services.reports`` gathers that data and writes the PDF (the one entry point of the window and
the command line). No Qt, and no services, here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from nrtd_desktop.domain import labels
from nrtd_desktop.domain.calendar import format_dual, format_hijri
from nrtd_desktop.domain.errors import ValidationError, field_label
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.reports.numbers import NUMBER_STYLES, Numerals

REPORT_KINDS = ("plan", "progress", "entity", "challenges", "recommendation")
REPORT_TITLES = {
    "plan": ("الخطة الوطنية لتنفيذ التوصيات", "National plan for implementing the recommendations"),
    "progress": ("تقرير التقدم في تنفيذ التوصيات", "Progress report on implementing the recommendations"),
    "entity": ("بطاقة الجهة", "Entity sheet"),
    "challenges": ("تحليل التحديات والعقبات", "Analysis of challenges and obstacles"),
    "recommendation": ("بطاقة التوصية", "Recommendation sheet"),
}
DASH = "—"
# The marking printed at the top of every page, chosen when printing: key -> (Arabic, English).
MARKINGS = {
    "": ("", ""),
    "draft": ("مسودة", "DRAFT"),
    "for_discussion": ("للنقاش", "FOR DISCUSSION"),
    "restricted": ("مقيَّد", "RESTRICTED"),
    "confidential": ("سري", "CONFIDENTIAL"),
}
APPROVAL_ROLES = {
    "prepared": ("أعدّه", "Prepared by"),
    "reviewed": ("راجعه", "Reviewed by"),
    "approved": ("اعتمده", "Approved by"),
}

FIELD_TEXTS: dict[str, tuple[str, str]] = {
    "report": ("Report", "التقرير"),
    "lang": ("Language", "اللغة"),
    "group_by": ("Grouping", "التجميع"),
    "date_from": ("Start of the period", "بداية الفترة"),
    "date_to": ("End of the period", "نهاية الفترة"),
    "marking": ("Marking", "التصنيف"),
    "number_style": ("Digits", "الأرقام"),
    "approval": ("Approval", "الاعتماد"),
}
NBSP = "\u00a0"


@dataclass(frozen=True)
class Approval:
    """One line of the approval table: who prepared, reviewed or approved the report, and when."""

    role: str  # a key of APPROVAL_ROLES
    name: str = ""
    on: date | None = None

    def __post_init__(self) -> None:
        if self.role not in APPROVAL_ROLES:
            raise ValidationError("validation.invalid_choice", field="approval", value=self.role)


@dataclass(frozen=True)
class ReportOptions:
    """Everything a person chooses for one report. ``committee``/``logo_path`` left empty are
    taken from the settings (``settings.committee_name(lang)``, ``settings.logo_path``)."""

    kind: str
    lang: Lang = "ar"
    filter: RecommendationFilter = field(default_factory=RecommendationFilter)
    group_by: str = "cluster"  # the plan: by cluster or by theme
    entity: str = ""  # the entity sheet: an entity code
    reference: str = ""  # the recommendation sheet
    date_from: date | None = None  # the progress report and the challenges analysis
    date_to: date | None = None
    committee: str = ""
    logo_path: str = ""
    report_date: date | None = None  # the cover's date; default: the services' "today"
    number_style: str = ""  # "western" or "arabic"; empty: the settings' choice
    marking: str = ""  # a key of MARKINGS ("draft", "confidential", ...)
    meeting_number: str = ""
    meeting_date: date | None = None
    approvals: tuple[Approval, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in REPORT_KINDS:
            raise ValidationError("validation.invalid_choice", field="report", value=self.kind)
        if self.lang not in ("ar", "en"):
            raise ValidationError("validation.invalid_choice", field="lang", value=self.lang)
        if self.number_style and self.number_style not in NUMBER_STYLES:
            raise ValidationError("validation.invalid_choice", field="number_style", value=self.number_style)
        if self.marking not in MARKINGS:
            raise ValidationError("validation.invalid_choice", field="marking", value=self.marking)


# ---- the document and its cover ---------------------------------------------------------------


def new_document(
    options: ReportOptions,
    title: str,
    subtitle: str = "",
    orientation: str = "portrait",
    contents: bool = True,
    compact: bool = False,
    cover: bool = True,
) -> Any:
    """A ReportDocument with the committee name and logo of the settings and today's date."""
    from nrtd_desktop.reports.engine import ReportDocument
    from nrtd_desktop.settings import load_settings

    settings = load_settings()
    lang = options.lang
    fmt = numerals_for(options)
    day = options.report_date or date.today()  # the services fill it with their "today"
    doc = ReportDocument(
        lang,
        title=title,
        committee=options.committee or settings.committee_name(lang),
        subtitle=subtitle,
        report_date=day,
        logo_path=options.logo_path or settings.logo_path or None,
        orientation=orientation,
        cover=cover,
        contents=contents,
        footer_note=generated_note(day, lang, fmt),
        numerals=fmt,
        marking=pick2(MARKINGS[options.marking], lang),
        cover_lines=meeting_lines(options, fmt),
        approvals=approval_rows(options, fmt),
    )
    if compact:  # wide tables of many columns: a smaller cell font keeps a row readable
        doc.theme = compact_theme(doc.theme)
    return doc


def compact_theme(theme: Any) -> Any:
    from dataclasses import replace

    return replace(
        theme,
        cell=theme.cell.but(font_size=8.5, leading=12.5),
        cell_header=theme.cell_header.but(font_size=8.5, leading=12.5),
        cell_padding=3.0,
    )


def title_of(kind: str, lang: Lang) -> str:
    return pick2(REPORT_TITLES[kind], lang)


def generated_note(day: date, lang: Lang, fmt: Numerals | None = None) -> str:
    when = (fmt or Numerals(lang=lang)).date(day)
    return f"أُعدّ في {when}" if lang == "ar" else f"Prepared on {when}"


def numerals_for(options: ReportOptions) -> Numerals:
    """The number style of the report: the one chosen for it, else the settings' one."""
    style = options.number_style
    if not style:
        from nrtd_desktop.settings import load_settings

        style = load_settings().number_style
    return Numerals(style, options.lang)


def meeting_lines(options: ReportOptions, fmt: Numerals) -> tuple[str, ...]:
    """"الاجتماع رقم 12 – 2026-12-15" for the cover, when a meeting is named."""
    number, day = options.meeting_number.strip(), options.meeting_date
    if not number and day is None:
        return ()
    lang = options.lang
    parts = []
    if number:
        parts.append(f"الاجتماع رقم {fmt.digits(number)}" if lang == "ar" else f"Meeting no. {number}")
    elif lang == "ar":
        parts.append("الاجتماع")
    else:
        parts.append("Meeting")
    if day is not None:
        parts.append(f"بتاريخ {fmt.date(day)}" if lang == "ar" else f"of {fmt.date(day)}")
    return (" ".join(parts),)


def approval_rows(options: ReportOptions, fmt: Numerals) -> tuple[tuple[str, str, str], ...]:
    """(role, name, date) lines of the approval table, in the order prepared, reviewed, approved;
    roles left without a name and date keep their line, empty, to be signed by hand."""
    if not options.approvals:
        return ()
    given = {a.role: a for a in options.approvals}
    rows = []
    for role, names in APPROVAL_ROLES.items():
        approval = given.get(role)
        name = approval.name.strip() if approval else ""
        day = fmt.date(approval.on, "") if approval and approval.on else ""
        rows.append((pick2(names, options.lang), name, day))
    return tuple(rows)


# ---- words ---------------------------------------------------------------------------------------


def pick2(pair: tuple[str, str], lang: Lang) -> str:
    """The Arabic or English one of an (Arabic, English) pair."""
    return pair[0] if lang == "ar" else pair[1]


class Words:
    """A report's vocabulary: ``words["key"]`` in the report's language, and ``words.n`` the
    report's number style (``numbers.Numerals``)."""

    def __init__(self, table: dict[str, tuple[str, str]], lang: Lang, n: Numerals | None = None) -> None:
        self.table = {**COMMON_WORDS, **table}
        self.lang = lang
        self.n = n or Numerals(lang=lang)

    def __getitem__(self, key: str) -> str:
        return pick2(self.table[key], self.lang)


COMMON_WORDS: dict[str, tuple[str, str]] = {
    "selection": ("نطاق التقرير", "Scope of the report"),
    "all_recommendations": ("جميع التوصيات المسجلة", "All recorded recommendations"),
    "lead": ("الرئيسية", "Lead"),
    "supporting": ("المساندة", "Supporting"),
    "none": ("لا يوجد", "None"),
    "overdue": ("متأخر", "Overdue"),
    "days_late": ("متأخر {days} يوماً", "{days} days late"),
    "target": ("المستهدف", "target"),
    "total": ("المجموع", "Total"),
    "period": ("الفترة من {start} إلى {end}", "Period from {start} to {end}"),
    "list_separator": ("، ", ", "),
    "cut": ("(اقتصرت القائمة على أول {shown} من {total})", "(the list shows the first {shown} of {total})"),
}


def vocab(vocabulary: str, value: str | None, lang: Lang) -> str:
    return labels.label(vocabulary, value, lang) if value is not None else DASH


class Labelled(Protocol):
    """A record named in both languages (an entity, a theme, a mandate...)."""

    def label(self, lang: Lang) -> str: ...


def names(refs: Iterable[Labelled | None], lang: Lang) -> str:
    sep = "، " if lang == "ar" else ", "
    return sep.join(r.label(lang) for r in refs if r is not None)


def iso(day: date | None, fmt: Numerals | None = None) -> str:
    return (fmt or Numerals()).date(day, DASH)


def deadline(day: date | None, lang: Lang, fmt: Numerals | None = None) -> str:
    """An end date as officials read it: Gregorian (ISO) with the Hijri date under it."""
    fmt = fmt or Numerals(lang=lang)
    if day is None:
        return DASH
    hijri = format_hijri(day, lang)
    if hijri == format_dual(day, lang):  # out of the Umm al-Qura range: the Gregorian date alone
        return fmt.date(day)
    return f"{fmt.date(day)}\n{fmt.digits(hijri)}"


def period_lines(start: date | None, end: date | None, lang: Lang, fmt: Numerals | None = None) -> str:
    """A period in Gregorian on one line and in Hijri on the next (each date kept on one line)."""
    from nrtd_desktop.domain.calendar import format_gregorian

    fmt = fmt or Numerals(lang=lang)

    def one(day: date | None, hijri: bool) -> str:
        if day is None:
            return DASH
        text = (
            format_hijri(day, lang) if hijri else format_gregorian(day, lang) + (" م" if lang == "ar" else "")
        )
        return fmt.digits(text).replace(" ", NBSP)

    words = (
        ("من {start} إلى {end}", "from {start} to {end}") if lang == "ar" else ("", "from {start} to {end}")
    )
    template = words[0] if lang == "ar" else words[1]
    first = template.format(start=one(start, False), end=one(end, False))
    second = template.format(start=one(start, True), end=one(end, True))
    return first if second == first else f"{first}\n{second}"


def span(start: date | None, end: date | None, fmt: Numerals | None = None) -> str:
    if start is None and end is None:
        return DASH
    return f"{iso(start, fmt)} – {iso(end, fmt)}"


def percent(value: float | None, fmt: Numerals | None = None) -> str:
    return (fmt or Numerals()).percent(value, DASH)


# Units of indicators as committees type them (in Arabic): how a value reads with each.
# key (normalised) -> (kind, Arabic unit, English unit); kind "count" and "status" print no unit.
UNITS: dict[str, tuple[str, str, str]] = {
    "عدد": ("count", "", ""),
    "number": ("count", "", ""),
    "count": ("count", "", ""),
    "%": ("percent", "", ""),
    "نسبه": ("percent", "", ""),
    "نسبه مئويه": ("percent", "", ""),
    "percent": ("percent", "", ""),
    "percentage": ("percent", "", ""),
    "حاله": ("status", "", ""),
    "status": ("status", "", ""),
    "نعم/لا": ("yes_no", "", ""),
    "yes/no": ("yes_no", "", ""),
    "ساعه": ("unit", "ساعة", "hours"),
    "ساعات": ("unit", "ساعة", "hours"),
    "يوما": ("unit", "يوماً", "days"),
    "يوم": ("unit", "يوماً", "days"),
    "ايام": ("unit", "يوماً", "days"),
    "شهر": ("unit", "شهراً", "months"),
    "منطقه": ("unit", "منطقة", "regions"),
    "طلب سنويا": ("unit", "طلب سنوياً", "requests a year"),
    "طلب": ("unit", "طلب", "requests"),
    "شخص": ("unit", "شخص", "people"),
    "مستفيد": ("unit", "مستفيد", "beneficiaries"),
    "جهه": ("unit", "جهة", "entities"),
    "دوره": ("unit", "دورة", "courses"),
    "ورشه": ("unit", "ورشة", "workshops"),
    "ريال": ("unit", "ريال", "SAR"),
}
YES_NO = {"نعم": ("نعم", "Yes"), "لا": ("لا", "No"), "yes": ("نعم", "Yes"), "no": ("لا", "No")}


def indicator_value(value: str | None, unit: str | None, lang: Lang, fmt: Numerals) -> str:
    """A baseline, target or current value as it reads with its unit, in the report's language:
    "2,000" (a count), "40%", "24 hours" / "24 ساعة", "معتمد" (a status), "Yes"; "—" when empty.
    A unit the program does not know is printed as typed after the value."""
    from nrtd_desktop.domain.arabic import normalize

    text = (value or "").strip()
    if not text:
        return DASH
    raw_unit = (unit or "").strip()
    kind, unit_ar, unit_en = UNITS.get(normalize(raw_unit), ("unit", raw_unit, raw_unit))
    number = fmt.value(text)
    numeric = number != text or text.replace(".", "", 1).isdigit()
    if kind == "percent":
        try:
            return fmt.percent(float(text.rstrip("%").replace(",", "")))
        except ValueError:
            return text
    if kind == "yes_no":
        pair = YES_NO.get(normalize(text))
        return pick2(pair, lang) if pair else text
    if kind in ("count", "status") or not numeric:
        return number if numeric else text
    label = pick2((unit_ar, unit_en), lang)
    return f"{number}{NBSP}{label}" if label else number


def status_legend(lang: Lang, action_statuses: bool = True) -> Any:
    """The legend of the status squares used in the tables."""
    from nrtd_desktop.reports import blocks as b

    items = [(str(key), pick2(names, lang)) for key, names in labels.STATUSES.items()]
    if action_statuses:
        seen = {key for key, _ in items}
        items += [
            (str(key), pick2(names, lang))
            for key, names in labels.ACTION_STATUSES.items()
            if str(key) not in seen
        ]
    return b.Legend(items)


def numbered(lines: Sequence[str]) -> str:
    return "\n".join(f"{n}. {line}" for n, line in enumerate(lines, start=1))


_VOCAB_FACETS = {"mechanism": "mechanism", "position": "position", "status": "status", "priority": "priority"}
_FACET_FIELDS = (
    "mechanism",
    "body",
    "cycle",
    "position",
    "status",
    "priority",
    "theme",
    "affected_group",
    "sdg",
    "entity",
    "lead_entity",
    "cluster",
)


def filter_lines(f: RecommendationFilter, lang: Lang) -> list[str]:
    """The register filter in words, one facet a line (an empty filter: "all recommendations")."""
    lines = []
    if f.search.strip():
        label = "البحث" if lang == "ar" else "Search"
        lines.append(f"{label}: «{f.search.strip()}»" if lang == "ar" else f'{label}: "{f.search.strip()}"')
    sep = "، " if lang == "ar" else ", "
    for facet in _FACET_FIELDS:
        values = getattr(f, facet)
        if not values:
            continue
        vocabulary = _VOCAB_FACETS.get(facet)
        shown = [labels.label(vocabulary, str(v), lang) if vocabulary else str(v) for v in values]
        lines.append(f"{field_label(facet, lang)}: {sep.join(shown)}")
    if f.overdue is not None:
        yes = ("متأخرة فقط", "overdue only") if f.overdue else ("غير المتأخرة فقط", "not overdue only")
        lines.append(f"{field_label('status', lang)}: {pick2(yes, lang)}")
    if f.ids:
        lines.append(
            f"عدد التوصيات المختارة: {len(f.ids)}"
            if lang == "ar"
            else f"Chosen recommendations: {len(f.ids)}"
        )
    return lines


def scope_blocks(f: RecommendationFilter, lang: Lang) -> list[Any]:
    """A short paragraph saying which recommendations the report covers."""
    from nrtd_desktop.reports import blocks as b

    w = Words({}, lang)
    lines = filter_lines(f, lang)
    text = "\n".join(lines) if lines else w["all_recommendations"]
    return [b.Paragraph(w["selection"], bold=True), b.Paragraph(text)]
