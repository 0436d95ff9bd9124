"""A report draft as a PDF, through the report engine (issue 22): the same document as the .docx.

    doc = build_draft_document(view, matrix, lang="ar", committee=..., today=...)
    doc.write("draft.pdf")

The draft sheet (word counts per section and in total against the UN's limit, entity and state of
each section) comes first, as in the Word export; the body has the UN's heading numbers and every
paragraph numbered through the document ("1-" in Arabic, "1." in English); the annex (the
implementation matrix) is on landscape pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from nrtd_desktop.domain import labels
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.numbers import Numerals


def _w(key: str, lang: Lang, **params: Any) -> str:
    ar, en = r.EXPORT_WORDS[key]
    return (ar if lang == "ar" else en).format(**params)


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "ar" else pair[1]


def build_draft_document(
    view: Any,
    matrix: Sequence[Any],
    lang: Lang = "ar",
    committee: str = "",
    today: date | None = None,
    digits: str = "western",
    sheet: bool = True,
    annex: bool = True,
    marking: bool = True,
) -> Any:
    from nrtd_desktop.reports.engine import ReportDocument

    fmt = Numerals(digits, lang)
    doc = ReportDocument(
        lang,
        title=view.title(lang),
        committee=committee,
        report_date=today,
        numerals=fmt,
        marking=_w("marking", lang) if marking else "",
        contents=False,
        cover=False,
        footer_note=_w("prepared", lang, date=fmt.date(today or date.today())),
    )
    if sheet:
        doc.extend(sheet_blocks(view, lang, fmt))
        doc.add(b.PageBreak())
    doc.add(b.Heading(view.title(lang), in_contents=False))
    doc.extend(body_blocks(view, lang, fmt))
    if annex and matrix:
        doc.add(b.Orientation("landscape"))
        doc.extend(annex_blocks(matrix, lang, fmt))
    return doc


def sheet_blocks(view: Any, lang: Lang, fmt: Numerals) -> list[b.Block]:
    words = view.words(lang)
    blocks: list[b.Block] = [b.Heading(_w("sheet", lang), in_contents=False)]
    if view.word_limit:
        share = fmt.percent(round(100 * words / view.word_limit))
        blocks.append(
            b.Paragraph(
                _w(
                    "words_total", lang, words=fmt.count(words), limit=fmt.count(view.word_limit), share=share
                ),
                bold=True,
            )
        )
        if words > view.word_limit:
            blocks.append(
                b.Paragraph(_w("words_over", lang, over=fmt.count(words - view.word_limit)), bold=True)
            )
    else:
        blocks.append(b.Paragraph(_w("words_only", lang, words=fmt.count(words)), bold=True))
    rows = []
    for section in view.sections:
        entity = section.entity.label(lang) if section.entity else "—"
        state = _pick(r.SECTION_STATE_NAMES.get(section.state, (section.state, section.state)), lang)
        heading = section.heading(lang) if section.level <= 1 else f"– {section.heading(lang)}"
        rows.append([heading, entity, state, fmt.count(section.words(lang))])
    blocks.append(
        b.Table(
            [_w("col_section", lang), _w("col_entity", lang), _w("col_state", lang), _w("col_words", lang)],
            rows,
            widths=(5, 2.4, 1.4, 1),
            key_column=None,
        )
    )
    blocks.append(b.Paragraph(_w("sheet_note", lang), caption=True))
    return blocks


def body_blocks(view: Any, lang: Lang, fmt: Numerals) -> list[b.Block]:
    blocks: list[b.Block] = []
    level1, level2, number = -1, 0, 0
    for section in view.sections:
        if section.level <= 1:
            level1 += 1
            level2 = 0
            prefix = fmt.digits(r.heading_number(1, level1, lang))
            blocks.append(b.Heading(f"{prefix} {section.heading(lang)}", level=1))
        else:
            prefix = r.heading_number(2, level2, lang)
            level2 += 1
            blocks.append(b.Heading(f"{prefix} {section.heading(lang)}", level=2))
            if section.recommendations:
                sep = "، " if lang == "ar" else ", "
                numbers = [
                    ref.rsplit("-", 1)[-1] if ref.count("-") >= 2 else ref for ref in section.recommendations
                ]
                blocks.append(b.Paragraph(_w("answers", lang, refs=sep.join(numbers)), caption=True))
        for text in section.paragraphs(lang):
            number += 1
            label = fmt.digits(f"{number}-" if lang == "ar" else f"{number}.")
            blocks.append(b.Paragraph(f"{label} {text}"))
    return blocks


def annex_blocks(matrix: Sequence[Any], lang: Lang, fmt: Numerals) -> list[b.Block]:
    with_position = any(m.position for m in matrix)
    headers = [_w("col_number", lang), _w("col_recommendation", lang)]
    widths: list[float] = [1, 5]
    if with_position:
        headers.append(_w("col_position", lang))
        widths.append(1.3)
    headers += [_w("col_status", lang), _w("col_actions", lang), _w("col_lead", lang)]
    widths += [1.3, 4, 1.7]
    sep = "، " if lang == "ar" else ", "

    def row_of(m: Any) -> list[object]:
        text = m.text(lang)
        if m.states:
            text = f"{text}\n{_w('states', lang, states=sep.join(_pick(s, lang) for s in m.states))}"
        cells: list[object] = [m.number, text]
        if with_position:
            cells.append(labels.label("position", m.position, lang) if m.position else "—")
        cells.append(b.Cell(labels.label("status", m.status, lang), [m.status]))
        actions = [
            f"{_pick((a_ar or a_en, a_en or a_ar), lang)} ({labels.label('action_status', s, lang)})"
            for a_ar, a_en, s in m.actions
        ]
        cells.append("\n".join(actions) or _w("none", lang))
        cells.append(_pick((m.lead_ar, m.lead_en), lang) or "—")
        return cells

    return [
        b.Heading(_w("annex", lang)),
        b.Paragraph(_w("annex_note", lang, count=fmt.count(len(matrix)))),
        b.Table(headers, b.LazyRows(list(matrix), row_of), widths=widths),
    ]


def write_draft(
    view: Any,
    matrix: Sequence[Any],
    out: str | Path,
    lang: Lang,
    committee: str,
    day: date | None,
    digits: str = "western",
    sheet: bool = True,
) -> Path:
    """The draft as a Word document or a PDF, by the file's ending, written atomically."""
    target = Path(out)
    if target.suffix.lower() == ".docx":
        from nrtd_desktop.exporters.docx_report import DocxOptions, write_docx

        options = DocxOptions(
            lang=lang, committee=committee, today=day, digits=digits, sheet=sheet, annex=bool(matrix)
        )
        return write_docx(view, matrix, target, options)
    document = build_draft_document(view, matrix, lang, committee, day, digits, sheet, bool(matrix))
    written: Path = document.write(target)
    return written
