"""The registry of the main window's areas (recommendations, clusters, plan, entities, ...).

An area is a page of the main window. Its module registers an :class:`AreaSpec` at import time
and adds its module name to ``AREA_MODULES``; the window imports those modules and builds each
registered area every time it is built (at start, and again after a language switch), so areas
must build their widgets from the ``AreaContext`` and hold no state outside them.

Only areas that exist are registered: the window shows no placeholder pages.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QStyle, QWidget

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.services import Services

if TYPE_CHECKING:
    from nrtd_desktop.settings import Settings

# Modules that register an area. Other areas add their module here (one line each).
AREA_MODULES: list[str] = [
    "nrtd_desktop.ui.register_page",
    "nrtd_desktop.ui.dashboard_page",
    "nrtd_desktop.ui.plan_page",
    "nrtd_desktop.ui.backup_page",
    "nrtd_desktop.ui.cluster_page",
    "nrtd_desktop.ui.entities_page",
    "nrtd_desktop.ui.reports_page",
    "nrtd_desktop.ui.vocabulary_page",
    "nrtd_desktop.ui.drafting_page",
]

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
    build: Callable[[AreaContext], QWidget]
    icon: QStyle.StandardPixmap | str | None = None  # a standard icon, or a file in resources/icons
    order: int = 100


_REGISTRY: dict[str, AreaSpec] = {}


def register_area(spec: AreaSpec) -> None:
    _REGISTRY[spec.key] = spec


def registered_areas() -> list[AreaSpec]:
    for module in AREA_MODULES:
        importlib.import_module(module)
    return sorted(_REGISTRY.values(), key=lambda spec: (spec.order, spec.key))


def icon_for(spec_icon: QStyle.StandardPixmap | str | QIcon | None, style: QStyle) -> QIcon:
    from nrtd_desktop.ui.locations import icons_dir

    if spec_icon is None:
        return QIcon()
    if isinstance(spec_icon, QIcon):
        return spec_icon
    if isinstance(spec_icon, str):
        return QIcon(str(icons_dir() / spec_icon))
    return style.standardIcon(spec_icon)
