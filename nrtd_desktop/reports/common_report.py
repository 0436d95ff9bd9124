"""What the five reports share: their options, the cover, wording helpers, and the one entry point.

    options = ReportOptions("plan", lang="ar", filter=f, group_by="theme")
    doc = build_report(services, options)       # a ReportDocument (engine.py), not yet written
    path, pages = write_report(services, options, "plan.pdf")   # atomic

The window (ui/reports_page.py) and the command line (cli/report.py) both go through
``build_report``, so a report is the same whichever way it was asked for. No Qt here.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from nrtd_desktop.domain import labels
from nrtd_desktop.domain.calendar import format_dual, format_hijri
from nrtd_desktop.domain.errors import ValidationError, field_label, register_field_labels
from nrtd_desktop.services.dto import EntityRef, RecommendationFilter

REPORT_KINDS = ("plan", "progress", "entity", "challenges", "recommendation")
REPORT_TITLES = {
    "plan": ("الخطة الوطنية لتنفيذ التوصيات", "National plan for implementing the recommendations"),
    "progress": ("تقرير التقدم في تنفيذ التوصيات", "Progress report on implementing the recommendations"),
    "entity": ("بطاقة الجهة", "Entity sheet"),
    "challenges": ("تحليل التحديات والعقبات", "Analysis of challenges and obstacles"),
    "recommendation": ("بطاقة التوصية", "Recommendation sheet"),
}
DASH = "—"

register_field_labels(
    {
        "report": ("Report", "التقرير"),
        "lang": ("Language", "اللغة"),
        "group_by": ("Grouping", "التجميع"),
        "date_from": ("Start of the period", "بداية الفترة"),
        "date_to": ("End of the period", "نهاية الفترة"),
    }
)
NBSP = "\u00a0"


@dataclass(frozen=True)
class ReportOptions:
    """Everything a person chooses for one report. ``committee``/``logo_path`` left empty are
    taken from the settings (``settings.committee_name(lang)``, ``settings.logo_path``)."""

    kind: str
    lang: str = "ar"
    filter: RecommendationFilter = field(default_factory=RecommendationFilter)
    group_by: str = "cluster"  # the plan: by cluster or by theme
    entity: str = ""  # the entity sheet: an entity code
    reference: str = ""  # the recommendation sheet
    date_from: date | None = None  # the progress report and the challenges analysis
    date_to: date | None = None
    committee: str = ""
    logo_path: str = ""
    report_date: date | None = None  # the cover's date; default: the services' "today"

    def __post_init__(self) -> None:
        if self.kind not in REPORT_KINDS:
            raise ValidationError("validation.invalid_choice", field="report", value=self.kind)
        if self.lang not in ("ar", "en"):
            raise ValidationError("validation.invalid_choice", field="lang", value=self.lang)


def build_report(services: Any, options: ReportOptions) -> Any:
    """The ``ReportDocument`` of ``options`` (data read now; nothing written yet)."""
    module = importlib.import_module(f"nrtd_desktop.reports.{options.kind}_report")
    return module.build(services, options)


def write_report(services: Any, options: ReportOptions, path: str | Path) -> tuple[Path, int]:
    """Build and write the report atomically; returns the path and the number of pages."""
    doc = build_report(services, options)
    target = doc.write(path)
    return target, doc.pages


# ---- the document and its cover ---------------------------------------------------------------


def new_document(
    services: Any,
    options: ReportOptions,
    title: str,
    subtitle: str = "",
    orientation: str = "portrait",
    contents: bool = True,
    compact: bool = False,
) -> Any:
    """A ReportDocument with the committee name and logo of the settings and today's date."""
    from nrtd_desktop.reports.engine import ReportDocument
    from nrtd_desktop.settings import load_settings

    settings = load_settings()
    lang = options.lang
    doc = ReportDocument(
        lang,
        title=title,
        committee=options.committee or settings.committee_name(lang),
        subtitle=subtitle,
        report_date=options.report_date or services.context.today(),
        logo_path=options.logo_path or settings.logo_path or None,
        orientation=orientation,
        contents=contents,
        footer_note=generated_note(options.report_date or services.context.today(), lang),
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


def title_of(kind: str, lang: str) -> str:
    return pick2(REPORT_TITLES[kind], lang)


def generated_note(day: date, lang: str) -> str:
    return f"أُعدّ في {day.isoformat()}" if lang == "ar" else f"Prepared on {day.isoformat()}"


# ---- words ---------------------------------------------------------------------------------------


def pick2(pair: tuple[str, str], lang: str) -> str:
    """The Arabic or English one of an (Arabic, English) pair."""
    return pair[0] if lang == "ar" else pair[1]


class Words:
    """A report's vocabulary: ``words["key"]`` in the report's language."""

    def __init__(self, table: dict[str, tuple[str, str]], lang: str) -> None:
        self.table = {**COMMON_WORDS, **table}
        self.lang = lang

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


def vocab(vocabulary: str, value: str | None, lang: str) -> str:
    return labels.label(vocabulary, value, lang) if value is not None else DASH


def names(refs: Iterable[EntityRef | None], lang: str) -> str:
    sep = "، " if lang == "ar" else ", "
    return sep.join(r.label(lang) for r in refs if r is not None)


def iso(day: date | None) -> str:
    return day.isoformat() if day else DASH


def deadline(day: date | None, lang: str) -> str:
    """An end date as officials read it: Gregorian (ISO) with the Hijri date under it."""
    if day is None:
        return DASH
    hijri = format_hijri(day, lang)
    if hijri == format_dual(day, lang):  # out of the Umm al-Qura range: the Gregorian date alone
        return day.isoformat()
    return f"{day.isoformat()}\n{hijri.replace(' ', NBSP)}"  # the Hijri date never breaks


def period_lines(start: date | None, end: date | None, lang: str) -> str:
    """A period in Gregorian on one line and in Hijri on the next (each date kept on one line)."""
    from nrtd_desktop.domain.calendar import format_gregorian

    def one(day: date | None, hijri: bool) -> str:
        if day is None:
            return DASH
        text = (
            format_hijri(day, lang) if hijri else format_gregorian(day, lang) + (" م" if lang == "ar" else "")
        )
        return text.replace(" ", NBSP)

    words = (
        ("من {start} إلى {end}", "from {start} to {end}") if lang == "ar" else ("", "from {start} to {end}")
    )
    template = words[0] if lang == "ar" else words[1]
    first = template.format(start=one(start, False), end=one(end, False))
    second = template.format(start=one(start, True), end=one(end, True))
    return first if second == first else f"{first}\n{second}"


def span(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return DASH
    return f"{iso(start)} – {iso(end)}"


def percent(value: float | None) -> str:
    if value is None:
        return DASH
    return f"{value:.0f}%" if float(value).is_integer() else f"{value:.1f}%"


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


def filter_lines(f: RecommendationFilter, lang: str) -> list[str]:
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


def scope_blocks(f: RecommendationFilter, lang: str) -> list[Any]:
    """A short paragraph saying which recommendations the report covers."""
    from nrtd_desktop.reports import blocks as b

    w = Words({}, lang)
    lines = filter_lines(f, lang)
    text = "\n".join(lines) if lines else w["all_recommendations"]
    return [b.Paragraph(w["selection"], bold=True), b.Paragraph(text)]
