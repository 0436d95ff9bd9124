"""Where the program's read-only resources (fonts, icons, styles) live.

One lookup for the whole program, so the reports and the interface find the same files in a
source checkout and in a PyInstaller bundle. Qt-free on purpose: the PDF engine uses it too.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder: inside the bundle when frozen, else at the repository root.

    PyInstaller unpacks data files under ``sys._MEIPASS`` (onedir: the ``_internal`` folder), and
    the spec copies ``resources/`` there under the same name. In a checkout the folder sits next
    to the ``nrtd_desktop`` package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidate = Path(bundle) / "resources"
        if candidate.is_dir():
            return candidate
    return Path(__file__).resolve().parent.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
