"""The report engine: a list of blocks in, an Arabic or English A4 PDF out. No Qt.

Usage::

    doc = ReportDocument("ar", title="خطة التنفيذ", committee="اللجنة الدائمة ...", subtitle="2025-2027")
    doc.add(Heading("مقدمة"), Paragraph(text), Table(headers, rows, widths=(1, 4, 2)))
    doc.write(path)

``write`` is atomic: the PDF is built in a temporary file next to the target, flushed to disk
and renamed over it, so a failed or interrupted build leaves any earlier file untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from nrtd_desktop.atomic import atomic_write
from nrtd_desktop.domain.calendar import format_gregorian, format_hijri, hijri_date
from nrtd_desktop.domain.errors import NrtdError, os_reason
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.numbers import Numerals
from nrtd_desktop.reports.styles import Theme

log = logging.getLogger(__name__)


WORDS = {
    "contents": {"ar": "المحتويات", "en": "Contents"},
    "no_contents": {"ar": "لا توجد عناوين", "en": "No headings"},
    "cell_cut": {
        "ar": "(… بقية النص غير مطبوعة: {omitted} حرف)",
        "en": "(… {omitted} more characters not printed)",
    },
    "gregorian_suffix": {"ar": " م", "en": ""},
    "continued": {"ar": "تابع", "en": "continued"},
    "approvals": {"ar": "الاعتماد", "en": "Approval"},
    "approval_role": {"ar": "الصفة", "en": "Role"},
    "approval_name": {"ar": "الاسم", "en": "Name"},
    "approval_date": {"ar": "التاريخ", "en": "Date"},
    "signature": {"ar": "التوقيع", "en": "Signature"},
}


@dataclass
class ReportDocument:
    """One report: its cover information, its blocks, and how to print them.

    ``max_cell_chars`` caps a table cell (``None``: no cap); the rest of a longer cell is
    replaced by a visible note. Body paragraphs are never capped: they flow across pages.
    ``numerals`` writes every number the engine adds (page numbers, dates of the cover);
    ``marking`` ("مسودة", "DRAFT", a classification) is printed at the top of every page;
    ``cover_lines`` (the meeting) go under the subtitle; ``approvals`` are (role, name, date)
    rows of a signature table on the cover (at the end when there is no cover).
    """

    lang: Lang
    title: str
    committee: str
    subtitle: str = ""
    report_date: date | None = None
    logo_path: str | Path | None = None
    orientation: str = "portrait"
    cover: bool = True
    contents: bool = True
    footer_note: str = ""
    max_cell_chars: int | None = 10_000
    theme: Theme = field(default_factory=Theme)
    numerals: Numerals = field(default_factory=Numerals)
    marking: str = ""
    cover_lines: Sequence[str] = ()
    approvals: Sequence[tuple[str, str, str]] = ()
    blocks: list[b.Block] = field(default_factory=list)
    # A password the member chose (issue 26): the PDF is encrypted with AES-256 on its way to the
    # file (exporters/protect.py), laid out in memory, never written unprotected.
    password: str = field(default="", repr=False)
    pages: int = field(default=0, init=False)  # the number of pages of the last render/write

    def __post_init__(self) -> None:
        if self.lang not in ("ar", "en"):
            raise ValueError(f"report language must be 'ar' or 'en', not {self.lang!r}")
        if self.orientation not in ("portrait", "landscape"):
            raise ValueError(f"orientation must be 'portrait' or 'landscape', not {self.orientation!r}")

    def add(self, *blocks: b.Block) -> ReportDocument:
        self.blocks.extend(blocks)
        return self

    def extend(self, blocks: Iterable[b.Block]) -> ReportDocument:
        self.blocks.extend(blocks)
        return self

    def word(self, key: str) -> str:
        return WORDS[key][self.lang]

    def cover_dates(self) -> list[str]:
        """The cover's date lines: Hijri first in Arabic, Gregorian first in English."""
        day = self.report_date or date.today()
        gregorian = format_gregorian(day, self.lang) + self.word("gregorian_suffix")
        try:
            hijri_date(day)
        except ValueError:
            return [gregorian]
        hijri = format_hijri(day, self.lang)
        return [hijri, gregorian] if self.lang == "ar" else [gregorian, hijri]

    # --- output -------------------------------------------------------------------------
    def render(self, target: str, progress: Callable[[int, int], None] | None = None) -> int:
        """Build the PDF into the file ``target`` (not atomic) and return its number of pages."""
        from nrtd_desktop.reports.render import render_document

        self.pages = render_document(self, target, progress)
        return self.pages

    def write(self, path: str | Path, progress: Callable[[int, int], None] | None = None) -> Path:
        """Write the PDF to ``path`` atomically and return the path.

        ``progress(done, total)`` is called as the pages are laid out; whatever it raises (the
        person cancelled) stops the build and leaves no file, and any earlier file unchanged.
        Raises ``NrtdError("report.write_failed")`` when the file cannot be written (folder
        missing, disk full, no permission); the previous file at ``path``, if any, is unchanged.
        """
        from reportlab.platypus.doctemplate import LayoutError

        target = Path(path)
        try:
            with atomic_write(target) as tmp:
                if self.password:
                    self._write_protected(tmp, progress)
                else:
                    self.render(str(tmp), progress)
        except OSError as exc:
            raise NrtdError("report.write_failed", path=str(target), reason=os_reason(exc)) from exc
        except LayoutError as exc:
            raise NrtdError("report.layout_failed", reason=str(exc)[:200]) from exc
        return target

    def _write_protected(self, tmp: Path, progress: Callable[[int, int], None] | None) -> None:
        import io

        from nrtd_desktop.exporters.protect import pdf_bytes_protected, write_bytes
        from nrtd_desktop.reports.render import render_document

        buffer = io.BytesIO()
        self.pages = render_document(self, buffer, progress)  # type: ignore[arg-type]
        write_bytes(tmp, pdf_bytes_protected(buffer.getvalue(), self.password))

