"""A small streaming .xlsx writer: what the export needs, several times faster than openpyxl.

openpyxl's ``write_only`` mode still builds a Cell object per value and serialises it through
lxml: 8 s for the 41,066 recommendations (820,000 cells) on this machine, where the target is
5 s. The export needs few features (text, numbers, booleans, dates, a bold header, frozen first
row, auto-filter, column widths and hidden columns, right-to-left sheets, drop-down lists over a
hidden sheet), so this module writes SpreadsheetML directly into the zip, row by row: the same
workbook in about a second. Text is written as inline strings (no shared-string table to hold in
memory), escaped for XML (a carriage return as a character reference, so that it survives XML's
line-end normalisation; a literal ``_xHHHH_`` protected as Excel expects). Callers make text safe
against formula injection first (cells.safe_text): a value is never written as a formula here.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

_EPOCH = dt.datetime(1899, 12, 30)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", '"': "&quot;"})
_OOXML_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
# Cell styles (cellXfs): 0 plain, 1 date, 2 header, 3 date and time, 4 wrapped text.
DATE_STYLE, HEADER_STYLE, DATETIME_STYLE = 1, 2, 3

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def escape(text: str) -> str:
    text = text.translate(_ESCAPES)
    if "_x" in text:
        text = _OOXML_ESCAPE.sub("_x005F_", text)
    return text


@dataclass
class SheetSpec:
    name: str
    widths: Sequence[float] = ()
    hidden_columns: Sequence[int] = ()  # 1-based
    right_to_left: bool = False
    hidden: bool = False
    freeze_header: bool = True
    auto_filter: bool = True
    validations: list[tuple[str, str]] = field(default_factory=list)  # (sqref, list formula)


class StreamingWorkbook:
    """Sheets are written one after the other with :meth:`write_sheet`; :meth:`close` finishes."""

    def __init__(self, target: Path | BinaryIO) -> None:
        self._zip = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self._sheets: list[SheetSpec] = []
        self._filters: list[tuple[int, str]] = []

    def write_sheet(
        self, spec: SheetSpec, header: Sequence[str], rows: Iterable[Sequence[Any]], count: int
    ) -> int:
        """Write one sheet: the header (bold) then ``count`` rows; returns the rows written."""
        self._sheets.append(spec)
        number = len(self._sheets)
        width = len(header)
        last_column = column_letter(max(width, 1))
        last_row = max(count + 1, 2)
        letters = [column_letter(i) for i in range(1, width + 1)]
        written = 0
        with self._zip.open(f"xl/worksheets/sheet{number}.xml", "w") as raw:
            out: list[str] = []
            out.append(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS} {REL_NS}>')
            out.append(f'<dimension ref="A1:{last_column}{last_row}"/>')
            view = ' rightToLeft="1"' if spec.right_to_left else ""
            selected = ' tabSelected="1"' if number == 1 else ""
            if spec.freeze_header:
                out.append(
                    f'<sheetViews><sheetView workbookViewId="0"{view}{selected}>'
                    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
                )
            else:
                out.append(f'<sheetViews><sheetView workbookViewId="0"{view}{selected}/></sheetViews>')
            out.append('<sheetFormatPr defaultRowHeight="15"/>')
            if spec.widths or spec.hidden_columns:
                out.append("<cols>")
                hidden = set(spec.hidden_columns)
                for index in range(1, width + 1):
                    size = spec.widths[index - 1] if index - 1 < len(spec.widths) else 10
                    flag = ' hidden="1"' if index in hidden else ""
                    out.append(f'<col min="{index}" max="{index}" width="{size}" customWidth="1"{flag}/>')
                out.append("</cols>")
            out.append('<sheetData><row r="1">')
            for letter, value in zip(letters, header, strict=True):
                out.append(
                    f'<c r="{letter}1" s="{HEADER_STYLE}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
                )
            out.append("</row>")
            raw.write("".join(out).encode("utf-8"))
            chunk: list[str] = []
            for row_number, row in enumerate(rows, start=2):
                chunk.append(f'<row r="{row_number}">')
                for letter, value in zip(letters, row, strict=False):
                    if value is None:
                        continue
                    chunk.append(_cell(f"{letter}{row_number}", value))
                chunk.append("</row>")
                written += 1
                if len(chunk) > 20_000:
                    raw.write("".join(chunk).encode("utf-8"))
                    chunk = []
            chunk.append("</sheetData>")
            if spec.auto_filter:
                reference = f"A1:{last_column}{last_row}"
                chunk.append(f'<autoFilter ref="{reference}"/>')
                self._filters.append((number - 1, reference))
            if spec.validations:
                chunk.append(f'<dataValidations count="{len(spec.validations)}">')
                for sqref, formula in spec.validations:
                    chunk.append(
                        f'<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="{sqref}">'
                        f"<formula1>{escape(formula)}</formula1></dataValidation>"
                    )
                chunk.append("</dataValidations>")
            chunk.append("</worksheet>")
            raw.write("".join(chunk).encode("utf-8"))
        return written

    def close(self) -> None:
        sheets = self._sheets
        content_types = [
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        ]
        for number in range(1, len(sheets) + 1):
            content_types.append(
                f'<Override PartName="/xl/worksheets/sheet{number}.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            )
        content_types.append("</Types>")
        self._zip.writestr("[Content_Types].xml", "".join(content_types))
        self._zip.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        relations = [
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        ]
        entries = []
        for number, spec in enumerate(sheets, start=1):
            relations.append(
                f'<Relationship Id="rId{number}" '
                'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                f'Target="worksheets/sheet{number}.xml"/>'
            )
            state = ' state="hidden"' if spec.hidden else ""
            entries.append(
                f'<sheet name="{escape(spec.name)}" sheetId="{number}"{state} r:id="rId{number}"/>'
            )
        relations.append(
            f'<Relationship Id="rId{len(sheets) + 1}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/></Relationships>'
        )
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{index}" hidden="1">'
            f"'{escape(_quoted(sheets[index].name))}'!{_absolute(reference)}</definedName>"
            for index, reference in self._filters
        )
        self._zip.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS} {REL_NS}>'
            '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{''.join(entries)}</sheets>"
            + (f"<definedNames>{names}</definedNames>" if names else "")
            + "</workbook>",
        )
        self._zip.writestr("xl/_rels/workbook.xml.rels", "".join(relations))
        self._zip.writestr("xl/styles.xml", _STYLES)
        self._zip.close()


def _quoted(name: str) -> str:
    return name.replace("'", "''")


def _absolute(reference: str) -> str:
    start, end = reference.split(":")
    return ":".join(
        "$" + part.rstrip("0123456789") + "$" + part[len(part.rstrip("0123456789")) :]
        for part in (start, end)
    )


def _cell(reference: str, value: Any) -> str:
    kind = type(value)
    if kind is str:
        return f'<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'
    if kind is bool:
        return f'<c r="{reference}" t="b"><v>{int(value)}</v></c>'
    if kind is int or kind is float:
        return f'<c r="{reference}"><v>{value!r}</v></c>'
    if kind is dt.date:
        return f'<c r="{reference}" s="{DATE_STYLE}"><v>{(value - _EPOCH.date()).days}</v></c>'
    if kind is dt.datetime:
        delta = value.replace(tzinfo=None) - _EPOCH
        serial = delta.days + delta.seconds / 86400
        return f'<c r="{reference}" s="{DATETIME_STYLE}"><v>{serial!r}</v></c>'
    return _cell(reference, str(value))


_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f"<styleSheet {NS}>"
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDE6F0"/><bgColor indexed="64"/></patternFill>'
    "</fill>"
    "</fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    "</cellStyleXfs>"
    '<cellXfs count="5">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" '
    'applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment wrapText="1"/></xf>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
