"""A report draft as a Word document (.docx), in Arabic right to left or in English (issue 22).

Built with python-docx on its own template; what python-docx has no API for is written in
WordprocessingML directly (its ``oxml`` elements, and the package after it is saved):

- right to left: ``w:bidi`` on every paragraph (through the document defaults and styles) and on
  the section (the page's layout), ``w:rtl`` on the runs of Arabic text, ``w:bidiVisual`` on
  tables (python-docx ``Table.table_direction``). A left-to-right token inside Arabic text ("A/HRC/
  56/16", "2026-11-05", "60%") is its own run without ``w:rtl`` and between left-to-right marks,
  so that neither Word nor LibreOffice turns a date into 05-11-2026 after an Arabic word;
- the Arabic font: Amiri (the program's own, OFL) embedded in the file as Word embeds fonts
  (``word/fonts/*.odttf``, obfuscated with the key named in ``fontTable.xml``, ECMA-376 Part 1
  17.8.1), so the document looks the same on a computer that does not have it; English uses Times
  New Roman as UN documents do;
- numbered paragraphs: one paragraph style whose numbering (``numbering.xml``) runs through the
  whole body, so a paragraph added in Word in that style takes the next number ("1-" in Arabic,
  "1." in English, in the document's digits);
- the headings numbered the UN's way (أولاً-/ألف-, I./A.), the recommendations each section
  answers under its heading, and the annex (the implementation matrix) on landscape pages.

The first page (``sheet``) is the draft's own record: word counts per section and in total
against the UN's limit, the entity and state of each section. Leave it out for the copy sent.

Speed: paragraphs and table rows are made as XML text and parsed in one go (python-docx's
``add_paragraph``/``add_row`` cost about a millisecond per row); a 10,000-word draft with a
1,000-recommendation annex is written in well under a second (tests/bench/docx_bench.py).
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from nrtd_desktop.atomic import atomic_write
from nrtd_desktop.domain import labels
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.calendar import format_dual
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "docx.write_failed": (
        "The Word document could not be saved to '{path}': {reason}",
        "تعذّر حفظ مستند Word في «{path}»: {reason}",
    ),
}

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:w="{W}"'
ARABIC_FONT = "Amiri"
ENGLISH_FONT = "Times New Roman"
NUMBERED_STYLE = "NRTDNumbered"  # the style of the numbered paragraphs
REFERENCES_STYLE = "NRTDReferences"
LRM = "\u200e"
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
# A left-to-right token: no Arabic letter, at least one Latin letter or Western digit; several
# such tokens separated by spaces stay one run ("A/HRC/56/16", "UPR 4th cycle", "2026-11-05").
_LTR_TOKEN = f"[^\\s{_RTL}]*[A-Za-z0-9\u00c0-\u024f][^\\s{_RTL}]*"
_LTR_RUN = re.compile(f"{_LTR_TOKEN}(?: +{_LTR_TOKEN})*")
_OPENERS = "([{«\"'“‘"
_TRAILING = ".,;:!?،؛؟)]}»\"'”’"
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

WORDS = r.EXPORT_WORDS


@dataclass(frozen=True)
class DocxOptions:
    lang: Lang = "ar"
    committee: str = ""
    today: date | None = None
    digits: str = "western"  # "western" or "arabic" (Arabic-Indic, in an Arabic document)
    sheet: bool = True  # the first page: word counts, entities and states
    annex: bool = True
    marking: bool = True  # "مسودة"/"DRAFT" at the top of every page


def _w(key: str, lang: Lang, **params: Any) -> str:
    ar, en = WORDS[key]
    return (ar if lang == "ar" else en).format(**params)


class _Writer:
    """Makes WordprocessingML for one document language."""

    def __init__(self, options: DocxOptions) -> None:
        self.o = options
        self.lang = options.lang
        self.rtl = options.lang == "ar"
        self.indic = self.rtl and options.digits == "arabic"

    # -- text --------------------------------------------------------------------------------
    def number(self, value: int | str) -> str:
        text = f"{value:,}" if isinstance(value, int) else str(value)
        return text.translate(_INDIC) if self.indic else text

    def runs(self, text: str, props: str = "") -> str:
        """Runs of ``text``: in Arabic, left-to-right tokens apart, without ``w:rtl``."""
        text = _XML_BAD.sub("", text or "")
        if not text:
            return ""
        if not self.rtl:
            return self._run(text, props, rtl=False)
        out, last = [], 0
        for found in _LTR_RUN.finditer(text):
            start, end = found.start(), found.end()
            # Brackets and the punctuation after a token belong to the Arabic sentence: in a
            # right-to-left run they are mirrored and placed as an Arabic reader expects.
            while start < end and text[start] in _OPENERS:
                start += 1
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
            if start == end:
                continue
            if start > last:
                out.append(self._run(text[last:start], props, rtl=True))
            token = text[start:end].replace(LRM, "")
            if any(ch.isdigit() for ch in token):
                token = f"{LRM}{token}{LRM}"
            out.append(self._run(token, props, rtl=False))
            last = end
        if last < len(text):
            out.append(self._run(text[last:], props, rtl=True))
        return "".join(out)

    @staticmethod
    def _run(text: str, props: str, rtl: bool) -> str:
        direction = "<w:rtl/>" if rtl else '<w:rtl w:val="0"/>'
        return f'<w:r><w:rPr>{props}{direction}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def paragraph(
        self,
        text: str,
        style: str | None = None,
        props: str = "",
        run_props: str = "",
        page_break_before: bool = False,
    ) -> str:
        parts = []
        if style:
            parts.append(f'<w:pStyle w:val="{style}"/>')
        if page_break_before:
            parts.append("<w:pageBreakBefore/>")
        if self.rtl:
            parts.append("<w:bidi/>")
        parts.append(props)
        return f"<w:p><w:pPr>{''.join(parts)}</w:pPr>{self.runs(text, run_props)}</w:p>"

    # -- tables -------------------------------------------------------------------------------
    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[str]],
        widths: Sequence[int],
        header_fill: str = "1F3864",
    ) -> str:
        """A table in twentieths of a point (``widths``), its header row repeated on every page."""
        bidi = "<w:bidiVisual/>" if self.rtl else ""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        borders = "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="8A8A8A"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        out = [
            f'<w:tbl><w:tblPr>{bidi}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
            f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        ]
        head_props = '<w:b/><w:bCs/><w:color w:val="FFFFFF"/>'
        cells = "".join(
            self._cell(text, width, head_props, fill=header_fill)
            for text, width in zip(headers, widths, strict=True)
        )
        out.append(f"<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>{cells}</w:tr>")
        for n, row in enumerate(rows):
            fill = "F2F4F7" if n % 2 else None
            cells = "".join(
                self._cell(text, width, "", fill=fill) for text, width in zip(row, widths, strict=True)
            )
            out.append(f"<w:tr>{cells}</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def _cell(self, text: str, width: int, run_props: str, fill: str | None = None) -> str:
        shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        lines = (text or "").split("\n") or [""]
        paragraphs = "".join(self.paragraph(line, "NRTDCell", run_props=run_props) for line in lines)
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>{paragraphs}</w:tc>'


def _body(writer: _Writer, view: Any, options: DocxOptions) -> list[str]:
    lang = writer.lang
    out = [writer.paragraph(view.title(lang), "Title", page_break_before=options.sheet)]
    level1 = -1
    level2 = 0
    for section in view.sections:
        heading = section.heading(lang)
        if section.level <= 1:
            level1 += 1
            level2 = 0
            number = r.heading_number(1, level1, lang)
            out.append(writer.paragraph(f"{writer.number(number)} {heading}", "Heading1"))
        else:
            number = r.heading_number(2, level2, lang)
            level2 += 1
            out.append(writer.paragraph(f"{number} {heading}", "Heading2"))
        if section.recommendations and section.level > 1:
            numbers = _numbers_of(section.recommendations)
            sep = "، " if lang == "ar" else ", "
            out.append(writer.paragraph(_w("answers", lang, refs=sep.join(numbers)), REFERENCES_STYLE))
        for text in section.paragraphs(lang):
            out.append(writer.paragraph(text, NUMBERED_STYLE))
    return out


def _numbers_of(references: Sequence[str]) -> list[str]:
    """ "UPR-4-38.5" -> "38.5": the UN numbering is the reference's last part."""
    return [ref.rsplit("-", 1)[-1] if ref.count("-") >= 2 else ref for ref in references]


def _sheet(writer: _Writer, view: Any, options: DocxOptions) -> list[str]:
    lang = writer.lang
    day = options.today or date.today()
    out = [
        writer.paragraph(options.committee, "Subtitle"),
        writer.paragraph(view.title(lang), "Title"),
        writer.paragraph(_w("prepared", lang, date=writer.number(format_dual(day, lang))), "Subtitle"),
        writer.paragraph(_w("sheet", lang), "Heading1"),
    ]
    words = view.words(lang)
    if view.word_limit:
        share = f"{round(100 * words / view.word_limit)}%"
        out.append(
            writer.paragraph(
                _w(
                    "words_total",
                    lang,
                    words=writer.number(words),
                    limit=writer.number(view.word_limit),
                    share=writer.number(share),
                ),
                run_props="<w:b/><w:bCs/>",
            )
        )
        if words > view.word_limit:
            out.append(
                writer.paragraph(
                    _w("words_over", lang, over=writer.number(words - view.word_limit)),
                    run_props='<w:b/><w:bCs/><w:color w:val="B23A1E"/>',
                )
            )
    else:
        out.append(writer.paragraph(_w("words_only", lang, words=writer.number(words))))
    rows = []
    for section in view.sections:
        indent = "" if section.level <= 1 else "    "
        entity = section.entity.label(lang) if section.entity else "—"
        state = labels_pick(r.SECTION_STATE_NAMES.get(section.state, (section.state, section.state)), lang)
        rows.append([indent + section.heading(lang), entity, state, writer.number(section.words(lang))])
    out.append(
        writer.table(
            [_w("col_section", lang), _w("col_entity", lang), _w("col_state", lang), _w("col_words", lang)],
            rows,
            (4600, 2200, 1300, 950),
        )
    )
    out.append(writer.paragraph(_w("sheet_note", lang), REFERENCES_STYLE))
    return out


def labels_pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "ar" else pair[1]


def _annex(writer: _Writer, matrix: Sequence[Any]) -> list[str]:
    lang = writer.lang
    with_position = any(row.position for row in matrix)
    headers = [_w("col_number", lang), _w("col_recommendation", lang)]
    widths = [1000, 5300 if with_position else 6600]  # twips: the landscape page holds 14,700
    if with_position:
        headers.append(_w("col_position", lang))
        widths.append(1300)
    headers += [_w("col_status", lang), _w("col_actions", lang), _w("col_lead", lang)]
    widths += [1300, 4000, 1700]
    sep = "، " if lang == "ar" else ", "

    def row_of(m: Any) -> list[str]:
        text = m.text(lang)
        if m.states:
            states = sep.join(labels_pick(s, lang) for s in m.states)
            text = f"{text}\n{_w('states', lang, states=states)}"
        cells = [m.number, text]
        if with_position:
            cells.append(labels.label("position", m.position, lang) if m.position else "—")
        cells.append(labels.label("status", m.status, lang))
        actions = [
            f"{labels_pick((a_ar or a_en, a_en or a_ar), lang)} ({labels.label('action_status', s, lang)})"
            for a_ar, a_en, s in m.actions
        ]
        cells.append("\n".join(actions) or _w("none", lang))
        cells.append(labels_pick((m.lead_ar, m.lead_en), lang) or "—")
        return cells

    return [
        writer.paragraph(_w("annex", lang), "Heading1"),
        writer.paragraph(_w("annex_note", lang, count=writer.number(len(matrix)))),
        writer.table(headers, (row_of(m) for m in matrix), widths),
    ]


# ---- the document ---------------------------------------------------------------------------------


def _style_xml(writer: _Writer) -> dict[str, str]:
    """The paragraph styles the writer uses, made or replaced in styles.xml."""
    font = ARABIC_FONT if writer.rtl else ENGLISH_FONT
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>'
    bidi = "<w:bidi/>" if writer.rtl else ""
    body = 28 if writer.rtl else 22  # half-points: 14 pt Arabic, 11 pt English
    lang = '<w:lang w:val="en-GB" w:bidi="ar-SA"/>'

    def style(style_id: str, name: str, ppr: str, rpr: str, based: str = "Normal", extra: str = "") -> str:
        return (
            f'<w:style {NSDECL} w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
            f'<w:name w:val="{name}"/><w:basedOn w:val="{based}"/>{extra}<w:qFormat/>'
            f"<w:pPr>{bidi}{ppr}</w:pPr><w:rPr>{fonts}{rpr}</w:rPr></w:style>"
        )


    def size(half: int) -> str:
        return f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'

    return {
        "Normal": (
            f'<w:style {NSDECL} w:type="paragraph" w:default="1" w:styleId="Normal">'
            f'<w:name w:val="Normal"/><w:qFormat/><w:pPr>{bidi}<w:spacing w:after="120" w:line="264" '
            f'w:lineRule="auto"/></w:pPr><w:rPr>{fonts}{size(body)}{lang}</w:rPr></w:style>'
        ),
        "Title": style(
            "Title",
            "Title",
            '<w:jc w:val="center"/><w:spacing w:before="240" w:after="240"/>',
            f'<w:b/><w:bCs/><w:color w:val="1F3864"/>{size(body + 12)}',
        ),
        "Subtitle": style(
            "Subtitle",
            "Subtitle",
            '<w:jc w:val="center"/><w:spacing w:after="120"/>',
            f'<w:color w:val="404040"/>{size(body)}',
        ),
        "Heading1": style(
            "Heading1",
            "heading 1",
            '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
            f'<w:b/><w:bCs/><w:color w:val="1F3864"/>{size(body + 4)}',
        ),
        "Heading2": style(
            "Heading2",
            "heading 2",
            '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
            f'<w:b/><w:bCs/><w:color w:val="2E4A7D"/>{size(body + 2)}',
        ),
        NUMBERED_STYLE: style(
            NUMBERED_STYLE,
            "NRTD numbered paragraph",
            '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr><w:jc w:val="both"/>',
            "",
        ),
        REFERENCES_STYLE: style(
            REFERENCES_STYLE,
            "NRTD recommendations answered",
            '<w:keepNext/><w:spacing w:after="80"/>',
            f'<w:i/><w:iCs/><w:color w:val="555555"/>{size(body - 4)}',
        ),
        "NRTDCell": style(
            "NRTDCell",
            "NRTD table cell",
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            size(body - 6),
        ),
    }


def _numbering_xml(writer: _Writer, abstract_id: int, num_id: int) -> tuple[str, str]:
    """The numbering of the body's paragraphs: "1-" (Arabic) or "1." (English), one level."""
    fmt = "hindiNumbers" if writer.indic else "decimal"
    text = "%1-" if writer.rtl else "%1."
    abstract = (
        f'<w:abstractNum {NSDECL} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    )
    num = f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    return abstract, num


def build_document(view: Any, matrix: Sequence[Any], options: DocxOptions) -> bytes:
    """The .docx file of a draft view (``services.draft_dto.DraftView``) as bytes."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import parse_xml
    from docx.shared import Mm

    writer = _Writer(options)
    document = docx.Document()
    styles = document.styles.element
    numbering = document.part.numbering_part.element
    abstract_id = 1 + max(
        (int(a.get(f"{{{W}}}abstractNumId")) for a in numbering.findall(f"{{{W}}}abstractNum")), default=0
    )
    num_id = 1 + max((int(n.get(f"{{{W}}}numId")) for n in numbering.findall(f"{{{W}}}num")), default=0)
    abstract, num = _numbering_xml(writer, abstract_id, num_id)
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(parse_xml(abstract))  # abstractNum elements come before num elements
    else:
        numbering.append(parse_xml(abstract))
    numbering.append(parse_xml(num))
    for style_id, xml in _style_xml(writer).items():
        xml = xml.replace("{num_id}", str(num_id))
        old = styles.find(f"{{{W}}}style[@{{{W}}}styleId='{style_id}']")
        new = parse_xml(xml)
        if old is not None:
            old.addprevious(new)
            styles.remove(old)
        else:
            styles.append(new)
    _document_defaults(styles, writer)

    body = document.element.body
    parts: list[str] = []
    if options.sheet:
        parts += _sheet(writer, view, options)
    parts += _body(writer, view, options)
    fragments = {BODY_MARK: "".join(parts)}
    document.add_paragraph(BODY_MARK)

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(25))
    section.top_margin, section.bottom_margin = Mm(25), Mm(22)
    _decorate(section, writer, options)
    if options.annex and matrix:
        # The body's section ends here; the annex is a new section on landscape pages.
        document.add_section()
        annex_section = document.sections[-1]
        annex_section.orientation = WD_ORIENT.LANDSCAPE
        annex_section.page_width, annex_section.page_height = Mm(297), Mm(210)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(annex_section, side, Mm(18))
        fragments[ANNEX_MARK] = "".join(_annex(writer, matrix))
        document.add_paragraph(ANNEX_MARK)
    for sect_pr in body.iter(f"{{{W}}}sectPr"):
        if writer.rtl and sect_pr.find(f"{{{W}}}bidi") is None:
            _insert_in_sect(sect_pr, parse_xml(f"<w:bidi {NSDECL}/>"))
    core = document.core_properties
    core.title = view.title(options.lang)
    core.author = options.committee
    core.language = "ar-SA" if writer.rtl else "en-GB"
    out = io.BytesIO()
    document.save(out)
    return _finish_package(out.getvalue(), fragments, ARABIC_FONT if writer.rtl else None)


# The body and the annex are XML text put in place of these paragraphs in the saved package:
# moving thousands of parsed elements into python-docx's tree cost 5 s for a 1,000-row annex.
BODY_MARK = "NRTD-BODY-7f3c"
ANNEX_MARK = "NRTD-ANNEX-7f3c"


def _replace_paragraph(xml: str, mark: str, fragment: str) -> str:
    """``xml`` with the paragraph holding the text ``mark`` replaced by ``fragment``."""
    at = xml.index(f">{mark}<")
    start = max(xml.rfind("<w:p>", 0, at), xml.rfind("<w:p ", 0, at))
    end = xml.index("</w:p>", at) + len("</w:p>")
    return xml[:start] + fragment + xml[end:]


def _insert_in_sect(sect_pr: Any, element: Any) -> None:
    """``w:bidi`` goes before ``w:rtlGutter``/``w:docGrid`` and the like (schema order)."""
    later = ("rtlGutter", "docGrid", "printerSettings", "sectPrChange")
    for child in sect_pr:
        if child.tag.split("}")[-1] in later:
            child.addprevious(element)
            return
    sect_pr.append(element)


def _document_defaults(styles: Any, writer: _Writer) -> None:
    """Right to left and the font as the document's defaults, so that text typed in Word after the
    last paragraph, or in a new table, keeps them."""
    from docx.oxml import parse_xml

    font = ARABIC_FONT if writer.rtl else ENGLISH_FONT
    defaults = styles.find(f"{{{W}}}docDefaults")
    if defaults is None:
        return
    rpr_default = defaults.find(f"{{{W}}}rPrDefault")
    if rpr_default is not None:
        defaults.remove(rpr_default)
    rtl = "<w:rtl/>" if writer.rtl else ""
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>'
    new = parse_xml(
        f"<w:rPrDefault {NSDECL}><w:rPr>{fonts}{rtl}"
        '<w:lang w:val="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    )
    defaults.insert(0, new)
    if writer.rtl:
        ppr_default = defaults.find(f"{{{W}}}pPrDefault")
        if ppr_default is None:
            ppr_default = parse_xml(f"<w:pPrDefault {NSDECL}><w:pPr/></w:pPrDefault>")
            new.addnext(ppr_default)
        ppr = ppr_default.find(f"{{{W}}}pPr")
        if ppr.find(f"{{{W}}}bidi") is None:
            ppr.insert(0, parse_xml(f"<w:bidi {NSDECL}/>"))


def _decorate(section: Any, writer: _Writer, options: DocxOptions) -> None:
    """The header (marking and committee) and the footer (page number) of every page."""
    from docx.oxml import parse_xml

    lang = writer.lang
    header = section.header
    header.is_linked_to_previous = False
    text = options.committee
    if options.marking:
        text = f"{_w('marking', lang)} – {text}" if text else _w("marking", lang)
    header_p = header.paragraphs[0]._p
    header_p.addprevious(
        parse_xml(
            writer.paragraph(text, "Header", props='<w:jc w:val="center"/>').replace(
                "<w:p>", f"<w:p {NSDECL}>", 1
            )
        )
    )
    header_p.getparent().remove(header_p)
    footer = section.footer
    footer.is_linked_to_previous = False
    footer_p = footer.paragraphs[0]._p
    bidi = "<w:bidi/>" if writer.rtl else ""
    rtl = "<w:rtl/>" if writer.rtl else ""
    field = (
        f'<w:r><w:rPr>{rtl}</w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:rPr>{rtl}</w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r><w:rPr>{rtl}</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:rPr>{rtl}</w:rPr><w:t>1</w:t></w:r>"
        f'<w:r><w:rPr>{rtl}</w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
    )
    page = _w("page", lang)
    footer_p.addprevious(
        parse_xml(
            f'<w:p {NSDECL}><w:pPr><w:pStyle w:val="Footer"/>{bidi}<w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr>{rtl}</w:rPr><w:t xml:space="preserve">{page} </w:t></w:r>{field}</w:p>'
        )
    )
    footer_p.getparent().remove(footer_p)


# ---- the embedded font ------------------------------------------------------------------------------

_FONT_FILES = (("embedRegular", "Amiri-Regular.ttf"), ("embedBold", "Amiri-Bold.ttf"))
FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
ODTTF = "application/vnd.openxmlformats-officedocument.obfuscatedFont"


def obfuscate(font: bytes, key: str) -> bytes:
    """The font as Word stores it embedded: its first 32 bytes XOR the GUID ``key`` read backwards."""
    guid = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(b ^ guid[i % 16] for i, b in enumerate(font[:32]))
    return head + font[32:]


def _finish_package(data: bytes, fragments: dict[str, str], font: str | None) -> bytes:
    """The saved package with the body and annex in place and, for ``font``, the font embedded."""
    source = zipfile.ZipFile(io.BytesIO(data))
    files = {item.filename: source.read(item.filename) for item in source.infolist()}
    document = files["word/document.xml"].decode("utf-8")
    for mark, fragment in fragments.items():
        document = _replace_paragraph(document, mark, fragment)
    files["word/document.xml"] = document.encode("utf-8")
    if font is not None:
        _embed_fonts(files, font)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as target:
        for filename, content in files.items():
            target.writestr(filename, content)
    return out.getvalue()


def _embed_fonts(files: dict[str, bytes], name: str) -> None:
    """Add the Amiri files to the package (``files``, changed in place) and name them in
    ``fontTable.xml``."""
    from nrtd_desktop.paths_resources import fonts_dir

    rels_name = "word/_rels/fontTable.xml.rels"
    rels: list[str] = []
    embeds: list[str] = []
    for n, (element, filename) in enumerate(_FONT_FILES, start=1):
        path = Path(fonts_dir()) / filename
        if not path.is_file():
            continue
        key = "{" + str(uuid.uuid4()).upper() + "}"
        files[f"word/fonts/font{n}.odttf"] = obfuscate(path.read_bytes(), key)
        rels.append(f'<Relationship Id="rIdNrtdFont{n}" Type="{FONT_REL}" Target="fonts/font{n}.odttf"/>')
        embeds.append(f'<w:{element} r:id="rIdNrtdFont{n}" w:fontKey="{key}"/>')
    if not embeds:
        return
    files[rels_name] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    ).encode()
    table = files["word/fontTable.xml"].decode("utf-8")
    entry = (
        f'<w:font w:name="{name}"><w:charset w:val="B2"/><w:family w:val="auto"/>'
        f'<w:pitch w:val="variable"/>{"".join(embeds)}</w:font>'
    )
    if 'xmlns:r="' not in table.split(">", 2)[1]:
        table = table.replace("<w:fonts ", f'<w:fonts xmlns:r="{R_NS}" ', 1)
    files["word/fontTable.xml"] = table.replace("</w:fonts>", entry + "</w:fonts>").encode()
    types = files["[Content_Types].xml"].decode("utf-8")
    if 'Extension="odttf"' not in types:
        types = types.replace("<Default ", f'<Default Extension="odttf" ContentType="{ODTTF}"/><Default ', 1)
    files["[Content_Types].xml"] = types.encode()
    settings = files["word/settings.xml"].decode("utf-8")
    if "embedTrueTypeFonts" not in settings:
        # Schema order: after w:writeProtection, w:view and w:zoom, before everything else here.
        embed = '<w:embedTrueTypeFonts/><w:saveSubsetFonts w:val="0"/>'
        zoom = re.search(r"<w:zoom[^>]*/>", settings)
        if zoom:
            settings = settings[: zoom.end()] + embed + settings[zoom.end() :]
        else:
            settings = re.sub(r"(<w:settings[^>]*>)", lambda m: m.group(1) + embed, settings, count=1)
    files["word/settings.xml"] = settings.encode()


def write_docx(view: Any, matrix: Sequence[Any], path: str | Path, options: DocxOptions) -> Path:
    """Write the document atomically: a failed export leaves any earlier file as it was."""
    target = Path(path)
    data = build_document(view, matrix, options)
    try:
        with atomic_write(target) as tmp:
            tmp.write_bytes(data)
    except OSError as exc:
        raise NrtdError("docx.write_failed", path=str(target), reason=exc.strerror or str(exc)) from exc
    return target
