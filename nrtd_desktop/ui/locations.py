"""Where the interface's shipped files are: fonts and icons in ``resources/``, translations in ``i18n/``.

Both folders sit side by side, at the repository root in a checkout and under ``sys._MEIPASS``
in a PyInstaller bundle; ``paths_resources`` already knows which, so ``i18n/`` is found beside it.
"""

from __future__ import annotations

from pathlib import Path

from nrtd_desktop.paths_resources import fonts_dir, resources_dir

__all__ = ["fonts_dir", "i18n_dir", "icons_dir", "resources_dir"]


def i18n_dir() -> Path:
    return resources_dir().parent / "i18n"


def icons_dir() -> Path:
    return resources_dir() / "icons"
