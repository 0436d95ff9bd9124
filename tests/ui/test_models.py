"""The register's table model over the real services: lazy pages, service-side sorting."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.ui.recommendation_model import (
    COL_REFERENCE,
    COL_STATUS,
    COL_TEXT,
    COL_THEMES,
    PAGE_SIZE,
    RecommendationTableModel,
)
from tests.ui.sample_data import SAMPLE


class CountingRecommendations:
    """The real service, counting how many rows the model asks for."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self.listed: list[tuple[int, int]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def list(self, *args: Any, **kwargs: Any) -> Any:
        self.listed.append((kwargs.get("offset", 0), kwargs.get("limit", 0)))
        return self._real.list(*args, **kwargs)


class CountingServices:
    def __init__(self, real: Any) -> None:
        self._real = real
        self.recommendations = CountingRecommendations(real.recommendations)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def test_the_model_passes_qtmodeltester(qtmodeltester: Any, app_ar: Any, services: Any) -> None:
    model = RecommendationTableModel(services, "ar")
    qtmodeltester.check(model)
    model.set_filter(RecommendationFilter(search="التعذيب"))
    qtmodeltester.check(model)


def test_rows_show_the_ui_language_and_translated_labels(app_ar: Any, services: Any) -> None:
    model = RecommendationTableModel(services, "ar")
    assert model.rowCount() == len(SAMPLE)
    first = model.row_at(0)
    sample = next(s for s in SAMPLE if s.reference == first.reference)
    assert model.index(0, COL_TEXT).data() == sample.text_ar
    assert sample.text_ar in model.index(0, COL_TEXT).data(Qt.ItemDataRole.ToolTipRole)
    expected_status = {"not_started": "لم يبدأ", "in_progress": "قيد التنفيذ",
                       "partially_implemented": "منفذة جزئياً", "implemented": "منفذة"}[sample.status]
    assert model.index(0, COL_STATUS).data() == expected_status
    theme_name = {t.key: t.name_ar for t in services.reference.themes()}[sample.theme]
    assert model.index(0, COL_THEMES).data() == theme_name
    assert model.headerData(COL_REFERENCE, Qt.Orientation.Horizontal) == "الرمز المرجعي"


def test_sorting_asks_the_service(app_ar: Any, services: Any) -> None:
    model = RecommendationTableModel(services, "ar")
    model.sort(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    shown = [model.index(r, COL_REFERENCE).data() for r in range(model.rowCount())]
    assert shown == sorted((s.reference for s in SAMPLE), key=reference_order, reverse=True)
    assert model.order == ("reference", True)
    model.sort(COL_THEMES, Qt.SortOrder.AscendingOrder)  # not sortable: the order stays
    assert model.order == ("reference", True)


def test_only_the_pages_that_are_looked_at_are_fetched(app_ar: Any, services: Any) -> None:
    """With many rows the model reads one page for the rows shown, not the whole register."""
    counting = CountingServices(services)
    model = RecommendationTableModel(counting, "en")
    assert counting.recommendations.listed == []  # counting is enough to know the size
    model.index(3, COL_TEXT).data()
    model.index(7, COL_REFERENCE).data()
    assert counting.recommendations.listed == [(0, PAGE_SIZE)]


def test_a_damaged_page_paints_empty_rows_once_instead_of_raising(app_ar: Any, services: Any) -> None:
    """The start-up check runs beside the window: the view may meet a damaged page first. The
    cells stay empty (the check then offers the backup); the page is not read on every paint."""
    from nrtd_desktop.domain.errors import DatabaseError

    counting = CountingServices(services)
    model = RecommendationTableModel(counting, "ar")

    def damaged(*_args: Any, **kwargs: Any) -> Any:
        counting.recommendations.listed.append((kwargs.get("offset", 0), kwargs.get("limit", 0)))
        raise DatabaseError("db.corrupt", reason="database disk image is malformed")

    counting.recommendations.list = damaged  # type: ignore[method-assign]
    assert model.rowCount() == len(SAMPLE)
    assert model.index(0, COL_REFERENCE).data() is None
    assert model.index(1, COL_TEXT).data() is None
    assert counting.recommendations.listed == [(0, PAGE_SIZE)]


@pytest.mark.parametrize("column", [COL_REFERENCE, COL_STATUS, COL_TEXT])
@pytest.mark.parametrize("descending", [False, True])
def test_pages_read_from_either_end_give_the_services_order(
    app_ar: Any, services: Any, monkeypatch: pytest.MonkeyPatch, column: int, descending: bool
) -> None:
    """Pages in the second half are read backwards from the end and reversed: every row must
    still be where the services' own order puts it, the last partial page included."""
    from nrtd_desktop.ui import recommendation_model

    monkeypatch.setattr(recommendation_model, "PAGE_SIZE", 5)
    model = RecommendationTableModel(services, "ar")
    model.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    order_by, _ = model.order
    expected = [r.reference for r in services.recommendations.list(
        order_by=order_by, descending=descending, limit=None, lang="ar")]
    assert len(expected) > 10
    assert [model.row_at(row).reference for row in reversed(range(model.rowCount()))] == expected[::-1]
