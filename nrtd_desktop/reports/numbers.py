"""One way of writing numbers for a whole report: counts, percentages, dates and page numbers.

The style is chosen in the settings (``Settings.number_style``): Western digits (the default, as
the data is typed) or Arabic-Indic digits. Counts always carry a thousands separator, a
percentage has its sign after the number with no space, a date is ISO (year-month-day):

    western        41,066    40%    2027-01-15    صفحة 3 من 12
    arabic-indic   ٤١٬٠٦٦    ٤٠٪    ٢٠٢٧-٠١-١٥    صفحة ٣ من ١٢

Arabic-Indic digits are used in Arabic reports only; an English report always prints Western
digits. Only numbers the report formats change: references, codes and SDG targets ("UPR-3-122.45",
"16.a") are identifiers and keep the digits they were typed with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nrtd_desktop.domain.lang import Lang

NUMBER_STYLES = ("western", "arabic")
_INDIC = str.maketrans("0123456789,.%", "٠١٢٣٤٥٦٧٨٩٬٫٪")
_INDIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@dataclass(frozen=True)
class Numerals:
    style: str = "western"
    lang: Lang = "ar"

    def __post_init__(self) -> None:
        if self.style not in NUMBER_STYLES:
            raise ValueError(f"number style must be one of {NUMBER_STYLES}, not {self.style!r}")

    @property
    def indic(self) -> bool:
        return self.style == "arabic" and self.lang == "ar"

    def digits(self, text: str) -> str:
        """``text`` (made by the report: a date line, a page number) in the document's digits."""
        return text.translate(_INDIC_DIGITS) if self.indic else text

    def count(self, value: int | float) -> str:
        """41,066 / ٤١٬٠٦٦; a fraction keeps one decimal (2.5)."""
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
        return text.translate(_INDIC) if self.indic else text

    def percent(self, value: float | None, empty: str = "—") -> str:
        """40% / ٤٠٪ (no space; one decimal when there is one)."""
        if value is None:
            return empty
        number = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
        return f"{number}%".translate(_INDIC) if self.indic else f"{number}%"

    def date(self, day: date | None, empty: str = "—") -> str:
        """2027-01-15 / ٢٠٢٧-٠١-١٥."""
        return self.digits(day.isoformat()) if day else empty

    def value(self, text: str) -> str:
        """A value typed by someone (an indicator's target): a plain number gets the document's
        separators and digits ("300000" -> "300,000"); anything else is printed as typed."""
        raw = text.strip()
        plain = raw.replace(",", "")
        try:
            number = float(plain)
        except ValueError:
            return raw
        if not plain.replace(".", "", 1).lstrip("-").isdigit():
            return raw  # "1e3", "nan", "inf" are not what a person meant as a number
        if "." in plain and not number.is_integer():
            decimals = len(plain.split(".", 1)[1])
            text = f"{number:,.{decimals}f}"
            return text.translate(_INDIC) if self.indic else text
        return self.count(number)
