"""Export to Excel: the register and its plan, one sheet each, linked by reference.

The workbook is the program's own format ("nrtd", see sheets.py): it can be sent to a ministry,
filtered and read in Excel or LibreOffice, and imported back. Written by xlsx_writer.py (rows
streamed into the zip; openpyxl's write-only mode took 8 s for the 41,066 recommendations), into
a temporary file that replaces the target only when complete (atomic.py).

Per sheet: right to left in Arabic, the header row frozen and bold, an auto-filter, column
widths from sheets.py, dates as dates, the allowed values of a column as a drop-down list
(a data validation over a hidden ``_lists`` sheet), and every text made safe against formula
injection (cells.py). With a filter (RecommendationFilter) only the matching recommendations
are written, with the plan rows that belong to them and the clusters they are in.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from nrtd_desktop.atomic import atomic_write
from nrtd_desktop.db.models import (
    Action,
    Challenge,
    Cluster,
    Entity,
    Indicator,
    ProgressUpdate,
    Recommendation,
    action_partners,
    cluster_supporting_entities,
    recommendation_groups,
    recommendation_sdg_targets,
    recommendation_states,
    recommendation_supporting_entities,
    recommendation_themes,
)
from nrtd_desktop.domain import labels
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.exporters.cells import safe_text
from nrtd_desktop.exporters.sheets import (
    BOOL,
    BY_KEY,
    CHOICE,
    DATE,
    FORMAT_VERSION,
    HIDDEN,
    LISTS_SHEET,
    MARKER,
    MARKER_SHEET,
    MULTI,
    SHEET_KEYS,
    Column,
    Sheet,
)
from nrtd_desktop.exporters.xlsx_writer import SheetSpec, StreamingWorkbook, column_letter
from nrtd_desktop.importers import writer_messages as _messages  # noqa: F401  (registers the keys)
from nrtd_desktop.reference.catalog import get_catalog
from nrtd_desktop.services.dto import RecommendationFilter
from nrtd_desktop.services.register_query import filtered_ids

ENTITY_KINDS = ("ministry", "authority", "council", "commission", "other")
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExportOptions:
    sheets: tuple[str, ...] = SHEET_KEYS
    lang: str = "ar"
    filter: RecommendationFilter | None = None  # None or empty: everything


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)  # sheet key -> rows written
    seconds: float = 0.0


def choice_values(vocabulary: str, lang: str) -> list[str]:
    """The drop-down list of a CHOICE column, in the export's language."""
    if vocabulary in labels.VOCABULARIES:
        names = labels.VOCABULARIES[vocabulary]
        index = 0 if lang == "ar" else 1
        return [pair[index] for key, pair in names.items() if key not in ("none", "overdue")]
    if vocabulary == "body":
        return [body.code for body in get_catalog().bodies()]
    if vocabulary == "entity_kind":
        return list(ENTITY_KINDS)
    return []


def choice_label(vocabulary: str, value: Any, lang: str) -> Any:
    if value is None or value == "":
        return None
    if vocabulary in labels.VOCABULARIES:
        return labels.label(vocabulary, str(value), lang)
    return value


# ---- reading the database ------------------------------------------------------------------------


def _links(
    session: Session, table: Table, left: str, right: str, ids: set[str] | None
) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for owner, key in session.execute(select(table.c[left], table.c[right])):
        if ids is None or owner in ids:
            result.setdefault(owner, []).append(key)
    for keys in result.values():
        keys.sort()
    return result


class _Data:
    """Every row the chosen sheets need, read in one read transaction."""

    def __init__(self, session: Session, options: ExportOptions, today: date) -> None:
        lang = options.lang
        self.lang = lang
        catalog = get_catalog()
        self.entity_code = {row.id: row.code for row in session.execute(select(Entity.id, Entity.code))}
        f = options.filter
        recs = select(Recommendation.__table__)
        if f is not None and not f.is_empty():
            recs = recs.where(Recommendation.id.in_(filtered_ids(session, f, today)))
        self.recommendations = [
            dict(row) for row in session.execute(recs.order_by(Recommendation.reference)).mappings()
        ]
        rec_ids: set[str] | None = {row["id"] for row in self.recommendations}
        filtered = f is not None and not f.is_empty()
        if not filtered:
            rec_ids = None
        self.reference = {row["id"]: row["reference"] for row in self.recommendations}
        if filtered:  # plan rows may point at recommendations outside the filter
            self.reference.update(
                dict(session.execute(select(Recommendation.id, Recommendation.reference)).all())
            )
        clusters = [
            dict(row)
            for row in session.execute(select(Cluster.__table__).order_by(Cluster.name_ar)).mappings()
        ]
        if filtered:
            wanted = {row["cluster_id"] for row in self.recommendations if row["cluster_id"]}
            clusters = [row for row in clusters if row["id"] in wanted]
        self.clusters = clusters
        self.cluster_name = {
            row["id"]: (row["name_ar"] if lang == "ar" else row["name_en"] or row["name_ar"])
            for row in session.execute(select(Cluster.__table__)).mappings()
        }
        cluster_ids = {row["id"] for row in clusters}
        actions = [
            dict(row)
            for row in session.execute(
                select(Action.__table__).order_by(
                    Action.recommendation_id, Action.cluster_id, Action.sort_order
                )
            ).mappings()
        ]
        if filtered:
            actions = [
                row
                for row in actions
                if row["recommendation_id"] in rec_ids or row["cluster_id"] in cluster_ids  # type: ignore[operator]
            ]
        self.actions = actions
        action_ids = {row["id"] for row in actions}
        self.action_title = {
            row["id"]: (row["title_ar"] if lang == "ar" else row["title_en"])
            or row["title_ar"]
            or row["title_en"]
            for row in session.execute(select(Action.id, Action.title_ar, Action.title_en)).mappings()
        }
        indicators = [
            dict(row)
            for row in session.execute(select(Indicator.__table__).order_by(Indicator.id)).mappings()
        ]
        progress = [
            dict(row)
            for row in session.execute(
                select(ProgressUpdate.__table__).order_by(ProgressUpdate.reported_on, ProgressUpdate.id)
            ).mappings()
        ]
        challenges = [
            dict(row)
            for row in session.execute(select(Challenge.__table__).order_by(Challenge.id)).mappings()
        ]
        if filtered:
            indicators = [
                r for r in indicators if r["action_id"] in action_ids or r["recommendation_id"] in rec_ids
            ]  # type: ignore[operator]
            progress = [r for r in progress if r["action_id"] in action_ids]
            challenges = [
                r for r in challenges if r["action_id"] in action_ids or r["recommendation_id"] in rec_ids
            ]  # type: ignore[operator]
        self.indicators, self.progress, self.challenges = indicators, progress, challenges
        self.indicator_name = {
            row["id"]: (row["name_ar"] if lang == "ar" else row["name_en"])
            or row["name_ar"]
            or row["name_en"]
            for row in session.execute(select(Indicator.id, Indicator.name_ar, Indicator.name_en)).mappings()
        }
        self.entities = [
            dict(row) for row in session.execute(select(Entity.__table__).order_by(Entity.code)).mappings()
        ]
        self.rec_links = {
            "themes": _links(session, recommendation_themes, "recommendation_id", "theme_key", rec_ids),
            "affected_groups": _links(
                session, recommendation_groups, "recommendation_id", "group_key", rec_ids
            ),
            "sdg_targets": _links(
                session, recommendation_sdg_targets, "recommendation_id", "target_code", rec_ids
            ),
            "recommending_states": _links(
                session, recommendation_states, "recommendation_id", "state_alpha3", rec_ids
            ),
            "supporting_entities": _links(
                session, recommendation_supporting_entities, "recommendation_id", "entity_id", rec_ids
            ),
        }
        self.cluster_entities = _links(session, cluster_supporting_entities, "cluster_id", "entity_id", None)
        self.action_partners = _links(session, action_partners, "action_id", "entity_id", None)
        themes = {theme.key: theme.label(lang) for theme in catalog.themes()}
        groups = {group.key: group.label(lang) for group in catalog.affected_groups()}
        states = {state.alpha3: state.label(lang) for state in catalog.states()}
        self.names = {"theme": themes, "group": groups, "state": states}

    def rows(self, sheet: str) -> list[dict[str, Any]]:
        return {
            "recommendations": self.recommendations,
            "clusters": self.clusters,
            "actions": self.actions,
            "indicators": self.indicators,
            "progress": self.progress,
            "challenges": self.challenges,
            "entities": self.entities,
        }[sheet]

    # -- one cell ---------------------------------------------------------------------------

    def value(self, sheet: str, column: Column, row: dict[str, Any]) -> Any:
        key = column.key
        if column.kind == MULTI:
            return self._multi(sheet, column, row)
        if key == "theme_keys":
            return "\n".join(self.rec_links["themes"].get(row["id"], ())) or None
        if key in ("lead_entity", "responsible_entity", "entity"):
            column_name = {
                "lead_entity": "lead_entity_id",
                "responsible_entity": "responsible_entity_id",
            }.get(key, "entity_id")
            return self.entity_code.get(row.get(column_name) or "")
        if key == "cluster":
            return self.cluster_name.get(row.get("cluster_id") or "")
        if key == "recommendation":
            return self.reference.get(row.get("recommendation_id") or "")
        if key == "action":
            return self.action_title.get(row.get("action_id") or "")
        if key == "indicator":
            return self.indicator_name.get(row.get("indicator_id") or "")
        value = row.get(key)
        if column.kind == CHOICE:
            return choice_label(column.vocabulary or "", value, self.lang)
        if column.kind == BOOL:
            return True if value else None  # blank means no (fewer cells: faster, and clearer)
        return value

    def _multi(self, sheet: str, column: Column, row: dict[str, Any]) -> str | None:
        if sheet == "recommendations":
            keys = self.rec_links[column.key].get(row["id"], ())
        elif sheet == "clusters":
            keys = self.cluster_entities.get(row["id"], [])
        else:
            keys = self.action_partners.get(row["id"], [])
        if column.vocabulary == "entity":
            shown = sorted(self.entity_code.get(key, key) for key in keys)
        elif column.vocabulary in self.names:
            names = self.names[column.vocabulary]
            shown = [names.get(key, key) for key in keys]
        else:
            shown = list(keys)
        return "\n".join(shown) or None


# ---- writing ------------------------------------------------------------------------------------


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return safe_text(value) if value else None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return value


def _write_sheet(
    book: StreamingWorkbook,
    spec: Sheet,
    rows: Sequence[dict[str, Any]],
    data: _Data,
    lists: dict[str, str],
    tick: Callable[[int], None],
) -> int:
    lang = data.lang
    columns = spec.columns
    validations = []
    for index, column in enumerate(columns, start=1):
        if column.kind == CHOICE and column.vocabulary in lists:
            letter = column_letter(index)
            validations.append((f"{letter}2:{letter}{max(len(rows) + 1000, 1001)}", lists[column.vocabulary]))
    sheet = SheetSpec(
        name=spec.title(lang),
        widths=[column.width for column in columns],
        hidden_columns=[index for index, column in enumerate(columns, start=1) if column.hidden],
        right_to_left=lang == "ar",
        validations=validations,
    )
    header = [column.header(lang) if column.kind != HIDDEN else column.key for column in columns]
    plain = {DATE, "text", "int", "float", HIDDEN}
    direct = [column.kind in plain for column in columns]
    value = data.value
    key = spec.key

    def values() -> Iterator[list[Any]]:
        for number, row in enumerate(rows, start=1):
            yield [
                _cell(row.get(column.key) if simple else value(key, column, row))
                for column, simple in zip(columns, direct, strict=True)
            ]
            if number % 2000 == 0:
                tick(2000)
        tick(len(rows) % 2000)

    return book.write_sheet(sheet, header, values(), len(rows))


def _list_table(sheets: Iterable[Sheet], lang: str) -> dict[str, list[str]]:
    vocabularies = sorted(
        {c.vocabulary for s in sheets for c in s.columns if c.kind == CHOICE and c.vocabulary}
    )
    table = {name: choice_values(name, lang) for name in vocabularies}
    return {name: values for name, values in table.items() if values}


def _write_lists(book: StreamingWorkbook, sheets: Sequence[Sheet], lang: str) -> None:
    """The hidden sheet of drop-down values, one column per vocabulary."""
    table = _list_table(sheets, lang)
    names = list(table)
    height = max((len(values) for values in table.values()), default=0)
    rows = [
        [table[name][index] if index < len(table[name]) else None for name in names]
        for index in range(height)
    ]
    spec = SheetSpec(LISTS_SHEET, hidden=True, freeze_header=False, auto_filter=False)
    book.write_sheet(spec, names, rows, len(rows))


def export_workbook(
    context: Any, path: Path | str, options: ExportOptions = ExportOptions(), progress: Progress | None = None
) -> ExportResult:
    """Write the workbook to ``path`` (atomically); ``context`` is a ServiceContext."""
    started = time.perf_counter()
    unknown = [key for key in options.sheets if key not in BY_KEY]
    if unknown:
        raise NrtdError("export.unknown_sheet", sheet=unknown[0])
    if not options.sheets:
        raise NrtdError("export.no_sheets")
    chosen = [BY_KEY[key] for key in SHEET_KEYS if key in options.sheets]
    with context.read() as session:
        data = _Data(session, options, context.today())
    total = sum(len(data.rows(spec.key)) for spec in chosen)
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total, "")

    counts: dict[str, int] = {}
    # The sheets people read come first, the hidden ones after them: the ranges of the lists
    # are known before the lists sheet is written.
    lists = _list_formulas(chosen, options.lang)
    marker_rows = [
        ["lang", options.lang],
        ["exported", datetime.now().replace(microsecond=0)],
        ["sheets", ",".join(spec.key for spec in chosen)],
    ]
    path = Path(path)
    try:
        with atomic_write(path) as tmp:
            book = StreamingWorkbook(tmp)
            for spec in chosen:
                counts[spec.key] = _write_sheet(book, spec, data.rows(spec.key), data, lists, tick)
            _write_lists(book, chosen, options.lang)
            marker = SheetSpec(MARKER_SHEET, hidden=True, freeze_header=False, auto_filter=False)
            book.write_sheet(marker, [MARKER, str(FORMAT_VERSION)], marker_rows, len(marker_rows))
            book.close()
    except OSError as error:
        raise NrtdError("export.failed", path=str(path), reason=error.strerror or str(error)) from error
    return ExportResult(path, counts, time.perf_counter() - started)


def _list_formulas(sheets: Sequence[Sheet], lang: str) -> dict[str, str]:
    """vocabulary -> the range of its values on the lists sheet (see _write_lists)."""
    formulas = {}
    for position, (name, values) in enumerate(_list_table(sheets, lang).items(), start=1):
        letter = column_letter(position)
        formulas[name] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(values) + 1}"
    return formulas
