"""The five reports as the committee prints them: the data gathered here (``report_data``), laid
out by ``nrtd_desktop/reports`` (which knows nothing of the services), written atomically.

    doc = services.reports.document(ReportOptions("plan", lang="ar", group_by="theme"))
    path, pages = services.reports.write(options, "plan.pdf", progress)

The window (ui/reports_page.py) and the command line (cli/report.py) both come here, so a report is
the same whichever way it was asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nrtd_desktop.services import report_data

if TYPE_CHECKING:
    from nrtd_desktop.reports.common_report import ReportOptions
    from nrtd_desktop.services import Services


def _data(services: Services, options: ReportOptions) -> Any:
    kind = options.kind
    if kind == "plan":
        return report_data.plan_data(services, options.filter, options.group_by)
    if kind == "progress":
        return report_data.progress_data(services, options.filter, options.date_from, options.date_to)
    if kind == "entity":
        return report_data.entity_data(services, options.entity, options.filter, options.lang)
    if kind == "challenges":
        return report_data.challenges_data(services, options.filter, options.date_from, options.date_to)
    return report_data.recommendation_data(services, options.reference)


class ReportService:
    """Over the whole facade: a report reads through several services."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def document(self, options: ReportOptions) -> Any:
        """The ``ReportDocument`` of ``options`` (data read now; nothing written yet)."""
        options = replace(options, report_date=options.report_date or self._services.context.today())
        data = _data(self._services, options)
        module = importlib.import_module(f"nrtd_desktop.reports.{options.kind}_report")
        return module.build_document(options, data)

    def write(
        self, options: ReportOptions, path: str | Path, progress: Callable[[int, int], None] | None = None
    ) -> tuple[Path, int]:
        """Build and write the report atomically; returns the path and the number of pages.
        ``progress(done, total)`` follows the layout (see ``ReportDocument.write``)."""
        doc = self.document(options)
        target = doc.write(path, progress)
        return target, doc.pages
