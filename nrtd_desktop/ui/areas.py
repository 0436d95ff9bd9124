"""The registry of the main window's areas (recommendations, clusters, plan, entities, ...).

An area is a page of the main window. Each is declared here in ``AREAS`` by an :class:`AreaSpec`
whose ``build`` names its page's module and function (:class:`PageBuilder`): the window lists
every area at start without importing its page, and imports a page (the dashboard's QtCharts,
the plan's editors, the reports' PDF code...) only when the member first opens it, or when
something asks for it (``window.areas["plan"]``). Only the first area, the register, is built at
start: importing every page took about half of the start's CPU (issue 25).

An area added by a module of its own may still register itself at import time
(``register_area``) and add its module name to ``AREA_MODULES``: those modules are imported at
start. Prefer a line in ``AREAS``.

The window builds each area every time it is built (at start, and again after a language
switch), so areas must build their widgets from the ``AreaContext`` and hold no state outside
them. Only areas that exist are registered: the window shows no placeholder pages.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QStyle, QWidget

from nrtd_desktop.domain.lang import Lang

if TYPE_CHECKING:
    from nrtd_desktop.services import Services
    from nrtd_desktop.settings import Settings

# Modules that register an area when imported (``register_area``): imported at start. The
# program's own areas are declared in ``AREAS`` below instead.
AREA_MODULES: list[str] = []

# Suggested order numbers, so that areas appear in the domain's order.
ORDER = {"recommendations": 10, "clusters": 20, "plan": 30, "entities": 40, "dashboard": 50, "reports": 60}


@dataclass(frozen=True)
class AreaContext:
    """What an area gets to build itself; ``window`` is the MainWindow (status bar, run_task)."""

    services: Services
    settings: Settings
    lang: Lang
    undo_stack: QUndoStack
    window: Any


@dataclass(frozen=True)
class AreaSpec:
    """``title`` is called after the translators are installed, e.g.
    ``lambda: QCoreApplication.translate("Areas", "Clusters")``."""

    key: str
    title: Callable[[], str]
    build: Callable[[AreaContext], QWidget]  # a PageBuilder: the page imported when first built
    icon: QStyle.StandardPixmap | str | None = None  # a standard icon, or a file in resources/icons
    order: int = 100


@dataclass(frozen=True)
class PageBuilder:
    """``build`` of a declared area: imports ``module`` when called (the first time the area is
    shown or asked for) and calls its ``function(context)``."""

    module: str
    function: str = "build"

    def __call__(self, context: AreaContext) -> QWidget:
        build: Callable[[AreaContext], QWidget] = getattr(importlib.import_module(self.module), self.function)
        return build(context)


_icons = QStyle.StandardPixmap
# Every area of the program, without importing a page: one line per area (each title read when
# the navigation is filled, in the window's language).
AREAS: list[AreaSpec] = [
    AreaSpec("recommendations", lambda: QCoreApplication.translate("Areas", "Recommendations"),
             PageBuilder("nrtd_desktop.ui.register_page"),
             _icons.SP_FileDialogListView, ORDER["recommendations"]),
    AreaSpec("clusters", lambda: QCoreApplication.translate("Areas", "Clusters"),
             PageBuilder("nrtd_desktop.ui.cluster_page"),
             _icons.SP_DirLinkIcon, ORDER["clusters"]),
    AreaSpec("plan", lambda: QCoreApplication.translate("Areas", "Implementation plan"),
             PageBuilder("nrtd_desktop.ui.plan_page"),
             _icons.SP_FileDialogContentsView, ORDER["plan"]),
    AreaSpec("entities", lambda: QCoreApplication.translate("Areas", "Entities"),
             PageBuilder("nrtd_desktop.ui.entities_page"),
             _icons.SP_DirHomeIcon, ORDER["entities"]),
    AreaSpec("dashboard", lambda: QCoreApplication.translate("Areas", "Dashboard"),
             PageBuilder("nrtd_desktop.ui.dashboard_page"),
             _icons.SP_FileDialogInfoView, ORDER["dashboard"]),
    AreaSpec("reports", lambda: QCoreApplication.translate("Areas", "Reports"),
             PageBuilder("nrtd_desktop.ui.reports_page"),
             _icons.SP_FileDialogDetailedView, ORDER["reports"]),
    AreaSpec("drafting", lambda: QCoreApplication.translate("Areas", "Report drafts"),
             PageBuilder("nrtd_desktop.ui.drafting_page"),
             _icons.SP_FileDialogDetailedView, ORDER["reports"] + 5),
    AreaSpec("vocabulary", lambda: QCoreApplication.translate("Areas", "Vocabulary"),
             PageBuilder("nrtd_desktop.ui.vocabulary_page"),
             _icons.SP_FileDialogDetailedView, 85),
    AreaSpec("backups", lambda: QCoreApplication.translate("Areas", "Backups"),
             PageBuilder("nrtd_desktop.ui.backup_page"),
             _icons.SP_DriveHDIcon, 90),
]

_REGISTRY: dict[str, AreaSpec] = {}


def register_area(spec: AreaSpec) -> None:
    """An area of a module of its own (listed in ``AREA_MODULES``); replaces a declared one of
    the same key."""
    _REGISTRY[spec.key] = spec


def registered_areas() -> list[AreaSpec]:
    """Every area in the window's order; no page is imported (but ``AREA_MODULES``)."""
    for module in AREA_MODULES:
        importlib.import_module(module)
    specs = {spec.key: spec for spec in AREAS} | _REGISTRY
    return sorted(specs.values(), key=lambda spec: (spec.order, spec.key))


def icon_for(spec_icon: QStyle.StandardPixmap | str | QIcon | None, style: QStyle) -> QIcon:
    from nrtd_desktop.ui.locations import icons_dir

    if spec_icon is None:
        return QIcon()
    if isinstance(spec_icon, QIcon):
        return spec_icon
    if isinstance(spec_icon, str):
        return QIcon(str(icons_dir() / spec_icon))
    return style.standardIcon(spec_icon)
