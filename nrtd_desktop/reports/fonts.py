"""The report fonts: Amiri, shipped in ``resources/fonts`` and registered with ReportLab once.

Amiri is the one font that has Arabic, the presentation forms produced by arabic-reshaper, Latin
letters, digits and brackets (see /work/shared/ARABIC.md). ReportLab's ``TTFont`` embeds only the
glyphs used (a subset), so a report never depends on fonts installed on the reader's machine.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

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

_lock = threading.Lock()
_registered = False


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
            from reportlab.pdfbase.ttfonts import TTFont

            folder = fonts_dir()
            for name, filename in _FILES.items():
                path = folder / filename
                if not path.is_file():
                    raise FileNotFoundError(f"report font missing: {path}")
                pdfmetrics.registerFont(TTFont(name, str(path)))
            pdfmetrics.registerFontFamily(
                REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return FontSet()
