"""The QApplication: shipped fonts, translations and the layout direction, set once.

The program never depends on fonts installed on the machine: Amiri is registered from
``resources/fonts`` and made the application font. Translations are the program's own
``i18n/nrtd_<lang>.qm`` plus Qt's ``qtbase_<lang>.qm`` (standard buttons, dialogs); Arabic sets the
whole layout right-to-left.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.ui.locations import fonts_dir, i18n_dir

log = logging.getLogger(__name__)

APP_FONT_FAMILY = "Amiri"
APP_FONT_POINT_SIZE = 11
ORGANIZATION = "NRTD"
APPLICATION = "NRTD Desktop"

_installed: list[QTranslator] = []


def register_fonts() -> list[str]:
    """Add the shipped font files to Qt's database; return the families they provide."""
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be registered", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def install_translations(app: QCoreApplication, lang: Lang) -> list[QTranslator]:
    """Replace the installed translators by those of ``lang`` and set the layout direction.

    Called at start and again when the person switches language (the window is then rebuilt).
    English needs Qt's translator only for plural forms, so a missing English .qm is fine.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # The main catalogue, then one per area (plan_ar.qm, safety_ar.qm...): areas keep their own
    # .ts files so that their translations can be edited independently.
    area_catalogues = sorted(p.stem for p in i18n_dir().glob(f"*_{lang}.qm") if p.stem != f"nrtd_{lang}")
    candidates = [(f"nrtd_{lang}", str(i18n_dir())), *((stem, str(i18n_dir())) for stem in area_catalogues)]
    if lang != "en":
        candidates.append((f"qtbase_{lang}", qt_folder))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif lang != "en":
            log.warning("translation %s not found in %s", name, folder)
    # Arabic as written in the United Arab Emirates: Arabic month and day names with the Western
    # digits the program writes everywhere (plain Arabic would turn spin boxes into ٠٫٤٠).
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.UnitedArabEmirates) if lang == "ar"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if isinstance(app, QApplication):
        direction = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    return list(_installed)


def create_application(argv: Sequence[str] | None = None, lang: Lang = "ar", *,
                       sentences: bool = True) -> QApplication:
    """The one QApplication, or the existing one (tests create theirs through pytest-qt).

    ``sentences``: load the core's sentences now (``catalogue.load``), before the first dialog can
    say one. The launcher leaves them to ``open_services`` when it paints a database's first
    rows before SQLAlchemy is imported (``nrtd_desktop/opening.py``): the catalogue imports every area's
    messages, SQLAlchemy's models with them (issue 25)."""
    if sentences:
        from nrtd_desktop import catalogue

        catalogue.load()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    families = register_fonts()
    if APP_FONT_FAMILY in families:
        app.setFont(QFont(APP_FONT_FAMILY, APP_FONT_POINT_SIZE))
    else:
        log.warning("the shipped font %s is missing; falling back to the system font", APP_FONT_FAMILY)
    install_translations(app, lang)
    return app
