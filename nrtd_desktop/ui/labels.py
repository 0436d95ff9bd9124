"""People's names for the stored enum values in the window: read from the core's catalogue
(``domain/labels.py``) in the window's language, so that the window, the reports, the exports
and the command line name each value alike (issue 19).

Each call builds the table afresh so that a language switch (``application.install_translations``
sets the default locale) shows the new words without restarting. Unknown values are shown as
they are stored.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from nrtd_desktop.domain import labels as catalogue
from nrtd_desktop.domain.lang import Lang


def window_lang() -> Lang:
    """The window's language: the one ``install_translations`` set the default locale to
    (English when none was set, as Qt's untranslated strings are)."""
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


def position_labels() -> dict[str, str]:
    return catalogue.names("position", window_lang())


def status_labels() -> dict[str, str]:
    return catalogue.names("status", window_lang())


def priority_labels() -> dict[str, str]:
    return catalogue.names("priority", window_lang())


def mechanism_labels() -> dict[str, str]:
    return catalogue.names("mechanism", window_lang())


def annotation_labels() -> dict[str, str]:
    return catalogue.names("annotation_type", window_lang())


def action_category_labels() -> dict[int, str]:
    index = 0 if window_lang() == "ar" else 1
    return {number: pair[index] for number, pair in catalogue.ACTION_CATEGORIES.items()}


def label_of(table: dict[str, str], value: str | None) -> str:
    if value is None:
        return ""
    return table.get(value, value)
