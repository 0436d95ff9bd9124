"""The report fonts: Amiri, shipped in ``resources/fonts`` and registered with ReportLab once.

Amiri is the one font that has Arabic, the presentation forms produced by arabic-reshaper, Latin
letters, digits and brackets (see docs/design/ARABIC.md). ReportLab's ``TTFont`` embeds only the
glyphs used (a subset), so a report never depends on fonts installed on the reader's machine.

Two things are changed on the way in (``LogicalTTFont``):

* Copying and searching. The text is drawn as presentation forms (the joined shapes), and a PDF
  reader gives back what the font's ToUnicode table says each drawn code stands for. ReportLab
  writes the presentation form itself (ﺍﻟﻠﺠﻨﺔ), which no one types and no search finds. Here every
  presentation form reads back as its letter (NFKC). A lam-alef ligature is one glyph for two
  letters: a two-letter entry comes back reversed from poppler, so the ligature reads as its alef
  and a zero-width glyph drawn right after it (``arabic_text.LAM_MARK``) reads as the lam.
  Readers then put the letters in logical order themselves, as they do for any Arabic PDF.
  A bracket in right-to-left text is drawn mirrored ("(" looks like ")"); it is written with an
  alias code that draws the mirrored glyph and reads back as the bracket typed.
* Tatweel. Amiri's U+0640 is an empty glyph of no width (the font stretches words with its own
  features), so «بـ» and «هـ» printed as a stub. Its code is drawn with Amiri's own short
  kashida glyph instead.
"""

from __future__ import annotations

import struct
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

from nrtd_desktop.paths_resources import fonts_dir

REGULAR = "Amiri"
BOLD = "Amiri-Bold"
ITALIC = "Amiri-Slanted"
BOLD_ITALIC = "Amiri-BoldSlanted"

_FILES = {
    REGULAR: "Amiri-Regular.ttf",
    BOLD: "Amiri-Bold.ttf",
    ITALIC: "Amiri-Slanted.ttf",
    BOLD_ITALIC: "Amiri-BoldSlanted.ttf",
}

LAM_MARK = 0xE644  # arabic_text.LAM_MARK
MIRROR_BASE = 0xE000  # arabic_text.MIRROR_BASE: a bracket drawn mirrored, read as typed
MIRRORED = dict(zip("()[]{}«»<>", ")(][}{»«><", strict=True))
TATWEEL = 0x0640
KASHIDA_GLYPH = "uni0640.1"  # Amiri's shortest visible kashida (0.185 em)
_ZERO_WIDTH_GLYPH = 0x200B  # the zero-width space: no ink, no advance (Amiri draws ZWJ and ZWNJ)

_lock = threading.Lock()
_registered = False


def logical_text(code: int) -> str:
    """What a drawn code reads back as: presentation forms as their letters, a lam-alef ligature
    as its alef (the lam comes from ``LAM_MARK``)."""
    if code == LAM_MARK:
        return "\u0644"
    if MIRROR_BASE <= code < MIRROR_BASE + 0x100:
        return chr(code - MIRROR_BASE)
    char = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        letters = unicodedata.normalize("NFKC", char)
        if len(letters) == 2 and letters[0] == "\u0644":  # lam-alef
            return letters[1]
        return letters if len(letters) == 1 else char
    return char


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap of a subset, with every code mapped to ``logical_text``."""
    entries = [
        f"<{i:02X}> <{logical_text(code).encode('utf-16-be').hex().upper()}>" for i, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({font_name})",
            f"/Ordering ({font_name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def glyph_index(face: Any, name: str) -> int | None:
    """The index of the glyph called ``name`` in a TrueType font (its 'post' table, format 2)."""
    data = face.get_table("post")
    if struct.unpack(">I", data[:4])[0] != 0x00020000:
        return None
    count = struct.unpack(">H", data[32:34])[0]
    indexes = struct.unpack(f">{count}H", data[34 : 34 + 2 * count])
    names, pos = [], 34 + 2 * count
    while pos < len(data):
        length = data[pos]
        names.append(data[pos + 1 : pos + 1 + length].decode("latin-1"))
        pos += 1 + length
    try:
        wanted = names.index(name) + 258  # the first 258 names are the standard Macintosh set
    except ValueError:
        return None
    return indexes.index(wanted) if wanted in indexes else None


def _logical_font_class() -> type:
    from reportlab.pdfbase.ttfonts import TTFont

    class LogicalTTFont(TTFont):
        """A TTFont whose text reads back as the letters typed (see the module's docstring)."""

        def __init__(self, name: str, filename: str) -> None:
            super().__init__(name, filename)
            face = self.face
            kashida = glyph_index(face, KASHIDA_GLYPH)
            if kashida is not None:
                face.charToGlyph[TATWEEL] = kashida
                face.charWidths[TATWEEL] = face.hmetrics[kashida][0] * 1000 // face.unitsPerEm
            for bracket, mirror in MIRRORED.items():
                alias = MIRROR_BASE + ord(bracket)
                face.charToGlyph[alias] = face.charToGlyph[ord(mirror)]
                face.charWidths[alias] = face.charWidths[ord(mirror)]
            if _ZERO_WIDTH_GLYPH in face.charToGlyph:
                # The lam mark, and the joiners (Amiri draws a visible symbol for them), print as
                # nothing.
                for code in (LAM_MARK, 0x200C, 0x200D):
                    face.charToGlyph[code] = face.charToGlyph[_ZERO_WIDTH_GLYPH]
                    face.charWidths[code] = 0

        def addObjects(self, doc: Any) -> None:
            from reportlab.pdfbase.ttfonts import SUBSETN

            state = self.state.get(doc)
            subsets = [list(subset) for subset in state.subsets] if state is not None else []
            super().addObjects(doc)
            for n, subset in enumerate(subsets):
                # The subset's name as ReportLab's addObjects gives it.
                name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
                stream = doc.idToObject.get("toUnicodeCMap:" + name)
                if stream is not None:
                    stream.content = to_unicode_cmap(name, subset)

    return LogicalTTFont


@dataclass(frozen=True)
class FontSet:
    regular: str = REGULAR
    bold: str = BOLD
    italic: str = ITALIC
    bold_italic: str = BOLD_ITALIC


def register_fonts() -> FontSet:
    """Register Amiri with ReportLab (idempotent, thread-safe) and return the font names.

    Raises ``FileNotFoundError`` naming the missing file when the resources are incomplete:
    a broken installation must say so instead of printing empty boxes.
    """
    global _registered
    with _lock:
        if not _registered:
            from reportlab.pdfbase import pdfmetrics

            font_class = _logical_font_class()
            folder = fonts_dir()
            for name, filename in _FILES.items():
                path = folder / filename
                if not path.is_file():
                    raise FileNotFoundError(f"report font missing: {path}")
                pdfmetrics.registerFont(font_class(name, str(path)))
            pdfmetrics.registerFontFamily(
                REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return FontSet()
