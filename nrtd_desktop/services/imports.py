"""Import recommendations from files, and export the register to Excel: the use cases.

An import has three steps, so that a person sees what will happen before anything is written:

1. ``prepare(request)`` reads the files (importers/detect.read_file: safety checks, formats) and
   matches every row to the reference data (writer_match); nothing touches the database.
2. ``preview(prepared)`` compares with the database: new, updated, unchanged and rejected rows,
   and why (an ``ImportPreview`` the command line prints and the wizard shows).
3. ``apply(prepared)`` refuses if any row was rejected, takes a snapshot of the database
   (safety.backup_before "before-import"), then writes everything in ONE transaction: all the
   files of the import, or nothing. A value no vocabulary knows refuses nothing: it is kept on
   the record as an imported label, counted in the preview, and mapped later (VocabularyService).
   A row that is a record of another source (the same UPR recommendation from UPR Info and from
   UHRI) adds its key to that record: the preview lists those matches, with both texts when the
   match is not sure.

Saved column mappings (format 4) live in the ``meta`` table as ``import_mapping:<name>``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from nrtd_desktop.db import vocabulary
from nrtd_desktop.db.models import MetaValue
from nrtd_desktop.db.written import collecting
from nrtd_desktop.domain.errors import MESSAGES, Localized, NrtdError, ValidationError, render_message
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.importers.detect import read_file
from nrtd_desktop.importers.formats.mapped import ColumnMapping
from nrtd_desktop.importers.gc_pause import collector_paused
from nrtd_desktop.importers.keys import KeyMaker
from nrtd_desktop.importers.nrtd_format import NrtdBook
from nrtd_desktop.importers.records import RowProblem
from nrtd_desktop.importers.writer import SourcePlan, Stamp, plan_sources, write_sources
from nrtd_desktop.importers.writer_match import Incoming, Matcher
from nrtd_desktop.importers.writer_nrtd import NrtdPlan, plan_nrtd, write_nrtd
from nrtd_desktop.importers.writer_sources import known_digests, unchanged_row, update_digests
from nrtd_desktop.services.base import Service

if TYPE_CHECKING:  # the exporter imports the services' query helpers: imported when used
    from nrtd_desktop.exporters.xlsx import ExportOptions, ExportResult

MAPPING_PREFIX = "import_mapping:"
MAX_LISTED = 1000  # problems and changes kept for display; the counts stay exact
Progress = Callable[[int, int, str], None]
# The formats as the command line spells them.
FORMAT_NAMES = {
    "auto": "auto",
    "uhri": "uhri",
    "upr-info": "upr_info",
    "upr_info": "upr_info",
    "nrtd": "nrtd",
    "mapped": "mapped",
}


@dataclass(frozen=True)
class ImportRequest:
    paths: tuple[Path, ...]
    format: str = "auto"
    mapping: ColumnMapping | None = None
    country: str | None = None
    # Kept for the command line's --allow-unmatched: values that match nothing no longer refuse
    # an import (they are kept as imported labels), so this changes nothing.
    allow_unmatched: bool = False


@dataclass(frozen=True)
class SheetCounts:
    sheet: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0


@dataclass(frozen=True)
class RecordChange:
    """One updated record and the fields that change."""

    reference: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class MatchPair:
    """An incoming row found to be a record the database has from another source."""

    reference: str  # the record's
    file: str | None
    row: int
    score: float
    incoming_text: str
    existing_text: str
    sure: bool


@dataclass(frozen=True)
class ImportPreview:
    """What the import would do, before anything is written."""

    files: tuple[str, ...]
    format: str
    country: str | None
    rows_read: int
    new: int
    updated: int
    unchanged: int
    rejected: int  # rows refused (each has at least one problem)
    problems: tuple[RowProblem, ...]  # why rows were rejected (first MAX_LISTED)
    problem_count: int
    unmatched: tuple[RowProblem, ...]  # values that match no reference data (first MAX_LISTED)
    unmatched_count: int
    notes: tuple[RowProblem, ...] = ()  # not blocking: a value left out for a reason
    changes: tuple[RecordChange, ...] = ()  # first MAX_LISTED updated records
    sheets: tuple[SheetCounts, ...] = ()
    allow_unmatched: bool = False
    matched: int = 0  # rows that are records of another source (their key is added)
    matches: tuple[MatchPair, ...] = ()  # the unsure ones first, then the others (first MAX_LISTED)
    unmatched_values: tuple[tuple[str, str, int], ...] = ()  # (vocabulary, label, rows), to map later
    digests: int = 0  # unchanged rows whose digest the database lacks (kept, without a snapshot)

    @property
    def can_import(self) -> bool:
        return self.problem_count == 0

    @property
    def unsure(self) -> int:
        return sum(1 for pair in self.matches if not pair.sure)

    @property
    def has_work(self) -> bool:
        return any(counts.new or counts.updated for counts in self.sheets) or self.matched > 0

    @property
    def all_problems(self) -> tuple[RowProblem, ...]:
        return self.problems + self.unmatched + self.notes

    def refusal(self) -> NrtdError | None:
        """Why the import cannot run, as an error to raise (its first problem quoted in both
        languages, so that the error reads whole in either); None when it can."""
        if self.problem_count:
            rows = self.rejected or self.problem_count
            # Both languages: the error raised by ``apply`` is shown in whichever the person reads.
            first: str = (Localized(self.problems[0].text("en"), self.problems[0].text("ar"))
                          if self.problems else "")
            return NrtdError("import.refused_problems", rows=rows, count=self.problem_count, first=first)
        return None

    def summary(self, lang: Lang = "en") -> list[str]:
        """The lines the command line prints."""
        lines = [
            render_message(
                "import.preview.files",
                {"files": ", ".join(self.files), "format": format_name(self.format, lang)},
                lang,
            ),
            render_message(
                "import.preview.counts",
                {
                    "read": self.rows_read,
                    "new": self.new,
                    "updated": self.updated,
                    "unchanged": self.unchanged,
                    "rejected": self.rejected,
                },
                lang,
            ),
        ]
        if len(self.sheets) > 1:
            for counts in self.sheets:
                lines.append(
                    render_message(
                        "import.preview.sheet",
                        {
                            "sheet": sheet_name(counts.sheet, lang),
                            "new": counts.new,
                            "updated": counts.updated,
                            "unchanged": counts.unchanged,
                            "rejected": counts.rejected,
                        },
                        lang,
                    )
                )
        if self.matched:
            lines.append(
                render_message("import.preview.matched", {"count": self.matched, "unsure": self.unsure}, lang)
            )
        if self.unmatched_count:
            lines.append(
                render_message(
                    "import.preview.kept_labels",
                    {"count": self.unmatched_count, "values": len(self.unmatched_values)},
                    lang,
                )
            )
        return lines


@dataclass
class PreparedImport:
    """The files read and matched, ready to be previewed and applied."""

    request: ImportRequest
    format: str
    rows_read: int
    incoming: list[Incoming] = field(default_factory=list)
    book: NrtdBook | None = None
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0
    rejected_rows: int = 0
    unmatched: list[RowProblem] = field(default_factory=list)
    unmatched_count: int = 0
    notes: list[RowProblem] = field(default_factory=list)
    seconds_read: float = 0.0
    # (vocabulary, label) -> rows carrying it: the values to map, all of them.
    unmatched_values: dict[tuple[str, str], int] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportOutcome:
    preview: ImportPreview
    backup: Path | None
    seconds: float  # the whole import: reading, snapshot, writing
    seconds_write: float


class ImportService(Service):
    # ---- reading ------------------------------------------------------------------------------

    def prepare(self, request: ImportRequest, progress: Progress | None = None) -> PreparedImport:
        """Read and match the files of ``request`` (no database access)."""
        with collector_paused():
            return self._prepare(request, progress)

    def _prepare(self, request: ImportRequest, progress: Progress | None) -> PreparedImport:
        if not request.paths:
            raise NrtdError("import.no_files")
        started = time.perf_counter()
        fmt = FORMAT_NAMES.get(request.format, request.format)
        if request.country:
            check_country(request.country)
        keys = KeyMaker("upr_info")
        with self.context.engine.connect() as connection:
            labels = vocabulary.mappings(connection)
            known = known_digests(connection)
        matcher = Matcher(mapping=request.mapping, labels=labels)
        prepared = PreparedImport(request, fmt, 0)
        formats = set()
        seen: dict[str, str] = {}
        rejected_rows: set[tuple[str | None, str | None, int | None]] = set()
        for number, path in enumerate(request.paths, start=1):
            if progress is not None:
                progress(number - 1, len(request.paths), path.name)
            result = read_file(path, fmt, request.mapping, request.country, keys=keys, unchanged=known)
            formats.add(result.format)
            prepared.rows_read += result.rows_read
            for problem in result.problems:
                problem = problem if problem.file else replace(problem, file=path.name)
                self._add(prepared.problems, problem)
                rejected_rows.add((problem.file, problem.sheet, problem.row))
            prepared.problem_count += result.problem_count
            if "book" in result.info:
                prepared.book = result.info["book"]
                continue
            name = path.name
            for record in result.records:
                if record.row_digest is not None and known.get((record.source_format, record.source_key)) == (
                    record.row_digest
                ):
                    # The same cells as when last imported: nothing to match (plan_sources checks
                    # the digest again inside the transaction).
                    prepared.incoming.append(unchanged_row(record, name))
                    continue
                incoming, problems = matcher.incoming(record, name)
                if incoming is not None:
                    for label in incoming.labels:
                        prepared.unmatched_values[label] = prepared.unmatched_values.get(label, 0) + 1
                for problem in problems:
                    if problem.key.startswith("import.unmatched."):
                        prepared.unmatched_count += 1
                        self._add(prepared.unmatched, problem)
                    elif incoming is None:
                        prepared.problem_count += 1
                        self._add(prepared.problems, problem)
                        rejected_rows.add((problem.file, problem.sheet, problem.row))
                    else:
                        self._add(prepared.notes, problem)
                if incoming is None:
                    continue
                first = seen.setdefault(incoming.source_key, name)
                if first != name:
                    prepared.problem_count += 1
                    duplicate = RowProblem(
                        record.sheet,
                        record.row_number,
                        None,
                        "import.duplicate_across_files",
                        {"value": incoming.source_key, "first": first},
                        name,
                    )
                    self._add(prepared.problems, duplicate)
                    rejected_rows.add((name, record.sheet, record.row_number))
                    continue
                prepared.incoming.append(incoming)
        if "nrtd" in formats and len(formats) > 1:
            raise NrtdError("import.mixed_formats")
        prepared.format = "+".join(sorted(formats))
        prepared.rejected_rows = len(rejected_rows)
        prepared.seconds_read = time.perf_counter() - started
        return prepared

    @staticmethod
    def _add(items: list[RowProblem], problem: RowProblem) -> None:
        if len(items) < MAX_LISTED:
            items.append(problem)

    # ---- preview ------------------------------------------------------------------------------

    def preview(self, prepared: PreparedImport) -> ImportPreview:
        with collector_paused(), self.context.engine.connect() as connection, connection.begin():
            plan = self._plan(connection, prepared)
        return self._preview_of(prepared, plan)

    def _plan(self, connection: Any, prepared: PreparedImport) -> SourcePlan | NrtdPlan:
        if prepared.book is not None:
            plan = plan_nrtd(connection, prepared.book)
            return plan
        return plan_sources(connection, prepared.incoming)

    def _preview_of(self, prepared: PreparedImport, plan: SourcePlan | NrtdPlan) -> ImportPreview:
        problems = list(prepared.problems)
        problem_count = prepared.problem_count
        rejected = prepared.rejected_rows
        if isinstance(plan, NrtdPlan):
            problems.extend(plan.problems.items[: MAX_LISTED - len(problems)])
            problem_count += plan.problems.count
            rejected_here = {(p.sheet, p.row) for p in plan.problems.items}
            rejected += len(rejected_here)
            sheets = []
            for sheet in (
                "recommendations",
                "clusters",
                "actions",
                "indicators",
                "progress",
                "challenges",
                "entities",
                "documents",
            ):
                new, updated, unchanged = plan.counts(sheet)
                bad = len({(p.sheet, p.row) for p in problems if p.sheet and _sheet_key(p.sheet) == sheet})
                sheets.append(SheetCounts(sheet, new, updated, unchanged, bad))
            changes = tuple(
                RecordChange(row.values.get("reference") or row.id, tuple((*row.changes, *row.link_changes)))
                for row in plan.rows.get("recommendations", [])
                if row.existing is not None and (row.changes or row.link_changes)
            )[:MAX_LISTED]
            main = sheets[0]
            new, updated, unchanged = main.new, main.updated, main.unchanged
            matches: tuple[MatchPair, ...] = ()
        else:
            new, updated, unchanged = len(plan.new), len(plan.updates), len(plan.unchanged)
            sheets = [SheetCounts("recommendations", new, updated, unchanged, rejected)]
            changes = tuple(
                RecordChange(change.existing.reference, change.fields) for change in plan.updates[:MAX_LISTED]
            )
            matches = _match_pairs(plan)
        request = prepared.request
        return ImportPreview(
            files=tuple(path.name for path in request.paths),
            format=prepared.format,
            country=request.country,
            rows_read=prepared.rows_read,
            new=new,
            updated=updated,
            unchanged=unchanged,
            rejected=rejected,
            problems=tuple(problems),
            problem_count=problem_count,
            unmatched=tuple(prepared.unmatched),
            unmatched_count=prepared.unmatched_count,
            notes=tuple(prepared.notes),
            changes=changes,
            sheets=tuple(sheets),
            allow_unmatched=request.allow_unmatched,
            matched=0 if isinstance(plan, NrtdPlan) else len(plan.matched),
            digests=0 if isinstance(plan, NrtdPlan) else len(plan.digests),
            matches=matches,
            unmatched_values=tuple(
                (vocabulary_name, label, rows)
                for (vocabulary_name, label), rows in sorted(
                    prepared.unmatched_values.items(), key=lambda item: (-item[1], item[0])
                )
            ),
        )

    # ---- writing ------------------------------------------------------------------------------

    def apply(
        self, prepared: PreparedImport, progress: Progress | None = None, preview: ImportPreview | None = None
    ) -> ImportOutcome:
        """Write the import, all or nothing, after a snapshot; raises when it must be refused.

        ``preview``: the one just shown for ``prepared`` (saves comparing twice before the
        transaction; the comparison is made again inside it in any case).
        """
        with collector_paused():
            return self._apply(prepared, progress, preview)

    def _apply(
        self, prepared: PreparedImport, progress: Progress | None, preview: ImportPreview | None
    ) -> ImportOutcome:
        started = time.perf_counter()
        first = preview or self.preview(prepared)
        refusal = first.refusal()
        if refusal is not None:
            raise refusal
        if not first.has_work:
            # Nothing to write (the same file again): no snapshot; at most the digests of rows
            # compared and found unchanged, kept so that the next import skips them.
            if first.digests:
                self._keep_digests(prepared)
            return ImportOutcome(first, None, time.perf_counter() - started + prepared.seconds_read, 0.0)
        from nrtd_desktop.safety.backup import backup_before

        snapshot = backup_before(self.context, "before-import")
        backup = Path(snapshot.path) if snapshot is not None else None
        detail = ", ".join(path.name for path in prepared.request.paths)
        stamp = Stamp(self.context.actor, detail)
        write_started = time.perf_counter()
        with collecting() as written, self.context.engine.connect() as connection, connection.begin():
            # The program's own workbook: its plan is already large; the cache would take as
            # much again (95 MB of a 41,066-row workbook's 400 MB peak, for no time saved).
            big_cache(connection, _WORKBOOK_CACHE_KIB if prepared.book is not None else _CACHE_KIB)
            # Planned again inside the transaction: the database may have changed since the preview.
            plan = self._plan(connection, prepared)
            preview = self._preview_of(prepared, plan)
            refusal = preview.refusal()
            if refusal is not None:
                raise refusal
            if isinstance(plan, NrtdPlan):
                write_nrtd(connection, plan, stamp)
            else:
                write_sources(connection, plan, stamp, progress or _no_progress)
            normal_cache(connection)
        self.context.notify(written)
        now = time.perf_counter()
        return ImportOutcome(preview, backup, now - started + prepared.seconds_read, now - write_started)

    def _keep_digests(self, prepared: PreparedImport) -> None:
        if prepared.book is not None:
            return
        with self.context.engine.connect() as connection, connection.begin():
            plan = plan_sources(connection, prepared.incoming)
            if plan.digests and not (plan.new or plan.updates or plan.matched):
                update_digests(connection, plan.digests)

    def run(self, request: ImportRequest, progress: Progress | None = None) -> ImportOutcome:
        return self.apply(self.prepare(request), progress)

    # ---- saved column mappings ------------------------------------------------------------------

    def save_mapping(self, mapping: ColumnMapping) -> None:
        name = mapping.name.strip()
        if not name:
            raise ValidationError("validation.required", field="name")
        with self.context.write() as session:
            key = MAPPING_PREFIX + name
            row = session.get(MetaValue, key)
            if row is None:
                session.add(MetaValue(key=key, value=mapping.to_json()))
            else:
                row.value = mapping.to_json()

    def mapping(self, name: str) -> ColumnMapping:
        with self.context.read() as session:
            row = session.get(MetaValue, MAPPING_PREFIX + name.strip())
            if row is None:
                raise NrtdError("import.mapping_not_found", name=name)
            return ColumnMapping.from_json(row.value)

    def mapping_names(self) -> list[str]:
        with self.context.read() as session:
            keys = session.scalars(select(MetaValue.key).where(MetaValue.key.startswith(MAPPING_PREFIX)))
            return sorted(key[len(MAPPING_PREFIX) :] for key in keys)

    def delete_mapping(self, name: str) -> None:
        with self.context.write() as session:
            session.execute(delete(MetaValue).where(MetaValue.key == MAPPING_PREFIX + name.strip()))

    # ---- export -------------------------------------------------------------------------------

    def export_xlsx(
        self, path: Path | str, options: ExportOptions | None = None, progress: Progress | None = None
    ) -> ExportResult:
        from dataclasses import replace

        from nrtd_desktop.exporters.xlsx import ExportOptions, export_workbook
        from nrtd_desktop.services.register_query import filtered_ids

        today = self.context.today()
        options = replace(options or ExportOptions(),
                          selection=lambda session, f: filtered_ids(session, f, today))
        return export_workbook(self.context, path, options, progress)

    def save_errors(self, problems: Sequence[RowProblem], path: Path | str, lang: Lang = "ar") -> Path:
        from nrtd_desktop.importers.problems_workbook import write_errors

        return write_errors(problems, path, lang)


# The five UPR Info files make 90 MB of pages: with 64 MiB, SQLite spilled pages to the WAL in
# the middle of the transaction and wrote some twice (0.1 s more; peak memory 12 MB less).
_CACHE_KIB = 163840
_WORKBOOK_CACHE_KIB = 32768


def big_cache(connection: Any, kib: int = _CACHE_KIB) -> None:
    """A 160 MiB page cache for the import's connection: an import writes a dozen indexes of
    the recommendations at once, and SQLite's default 2 MiB cache makes it reread their pages.
    The cache grows only as far as the import needs it."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA cache_size=-{kib}")


def normal_cache(connection: Any) -> None:
    """The connection's own page cache again (an encrypted database's is larger, ``db/engine``)."""
    if connection.dialect.name == "sqlite":
        from nrtd_desktop.db.engine import cache_kib

        connection.exec_driver_sql(f"PRAGMA cache_size=-{cache_kib(connection.connection)}")


def _no_progress(_done: int, _total: int, _message: str) -> None:
    return None


def check_country(name: str) -> None:
    """Refuse a State the program does not know, naming the closest ones (never "nothing to
    write" because a name was misspelt)."""
    from nrtd_desktop.reference.catalog import get_catalog

    catalog = get_catalog()
    if catalog.match_state(name) is None:
        closest = catalog.closest_states(name)
        raise NrtdError(
            "import.unknown_country",
            value=name,
            closest="; ".join(f"{s.name_en} / {s.name_ar} ({s.alpha3})" for s in closest) or "-",
        )


def _text_of(values: dict[str, Any]) -> str:
    return values.get("text_en") or values.get("text_ar") or ""


def _match_pairs(plan: SourcePlan) -> tuple[MatchPair, ...]:
    pairs = [
        MatchPair(
            reference=change.existing.reference,
            file=change.incoming.file,
            row=change.incoming.row,
            score=change.match.score,
            incoming_text=_text_of(change.incoming.values),
            existing_text=change.match.existing_text,
            sure=change.match.sure,
        )
        for change in plan.matched
        if change.match is not None
    ]
    pairs.sort(key=lambda pair: (pair.sure, pair.score))
    return tuple(pairs[:MAX_LISTED])


def _sheet_key(name: str) -> str:
    from nrtd_desktop.importers.table import header_key
    from nrtd_desktop.workbook.sheets import SHEETS

    for sheet in SHEETS:
        if header_key(name) in (header_key(sheet.en), header_key(sheet.ar), sheet.key):
            return sheet.key
    return name


def format_name(key: str, lang: Lang) -> str:
    """A file format as a person calls it ("UPR Info database"), never its key ("upr_info")."""
    name = f"import.format.{key}"
    return render_message(name, {}, lang) if name in MESSAGES else key


def sheet_name(key: str, lang: Lang) -> str:
    """A sheet of the program's workbook by its title in ``lang`` ("التوصيات"), not its key."""
    from nrtd_desktop.workbook.sheets import BY_KEY

    sheet = BY_KEY.get(key)
    return sheet.title(lang) if sheet is not None else key
