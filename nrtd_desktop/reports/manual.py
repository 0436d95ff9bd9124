"""The user guide printed as a manual for the committee's training sessions (issue 27).

    doc = build_manual("ar", committee="اللجنة الدائمة ...")
    doc.write("manual.pdf")

The same chapters the window shows (``guide/content.py``), through the report engine: a cover,
the contents (chapters and their sections), each chapter on a new page with its pictures, the
glossary as a table, and "page X of Y" on every page. Inline emphasis is printed as plain text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.guide.content import Chapter, Item, images_dir, load_guide
from nrtd_desktop.reports import blocks as b

WORDS = {
    "title": {"ar": "دليل المستخدم", "en": "User guide"},
    "subtitle": {"ar": "نظام متابعة التوصيات (NRTD Desktop)", "en": "NRTD Desktop"},
    "training": {"ar": "للدورات التدريبية لأعضاء اللجنة", "en": "For the committee's training sessions"},
}


def build_manual(lang: Lang, committee: str, today: date | None = None, digits: str = "western") -> Any:
    """The ``ReportDocument`` of the manual in ``lang`` ("ar" or "en")."""
    from nrtd_desktop.reports.engine import ReportDocument
    from nrtd_desktop.reports.numbers import Numerals

    doc = ReportDocument(
        lang,
        title=WORDS["title"][lang],
        committee=committee,
        subtitle=WORDS["subtitle"][lang],
        cover_lines=(WORDS["training"][lang],),
        report_date=today,
        numerals=Numerals(digits, lang),
    )
    for number, chapter in enumerate(load_guide(lang)):
        if number:
            doc.add(b.PageBreak())
        doc.extend(chapter_blocks(chapter))
    return doc


def chapter_number(chapter: Chapter) -> str:
    return f"{chapter.number}-" if chapter.lang == "ar" else f"{chapter.number}."


def chapter_blocks(chapter: Chapter) -> list[b.Block]:
    blocks: list[b.Block] = [b.Heading(f"{chapter_number(chapter)} {chapter.title}", level=1)]
    for item in chapter.items():
        blocks += item_blocks(item, chapter.lang)
    return blocks


def item_blocks(item: Item, lang: Lang) -> list[b.Block]:
    if item.kind == "heading":
        return [b.Heading(item.text, level=min(item.level, 3))]
    if item.kind == "paragraph":
        return [b.Paragraph(item.text)]
    if item.kind == "bullet":
        return [b.Paragraph(f"• {item.text}")]
    if item.kind == "number":
        return [b.Paragraph(f"{item.anchor}{'-' if lang == 'ar' else '.'} {item.text}")]
    if item.kind == "image":
        return [b.Figure(str(images_dir() / item.text), caption=item.anchor)]
    if item.kind == "table":
        header, *rows = item.rows
        widths = (2.2, 2.6, 4.2)[: len(header)] if len(header) == 3 else None
        return [b.Table(header, rows, widths=widths, bold_first_column=True, key_column=None)]
    raise ValueError(f"not a guide item: {item.kind}")
