"""Options and helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang, as_lang
from nrtd_desktop.paths import resolve_db_path

if TYPE_CHECKING:
    from nrtd_desktop.db.migrate import MigrationProgress
    from nrtd_desktop.dto.register import RecommendationFilter
    from nrtd_desktop.services import Services

DB_HELP = "the database file (default: $NRTD_DB, else the per-user data folder)"


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", help=DB_HELP)
    parser.add_argument(
        "--lang",
        choices=("ar", "en"),
        help="language of messages (default: English, or Arabic when NRTD_LANG=ar)",
    )


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db`` is accepted after the subcommand too (``nrtd stats --db x``)."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=DB_HELP)
    parser.add_argument("--lang", choices=("ar", "en"), default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def shows_help(
    parser: argparse.ArgumentParser, file: TextIO | None = None
) -> Callable[[argparse.Namespace], int]:
    """The handler of a command given without its subcommand: its help, and exit status 2."""

    def handler(_args: argparse.Namespace) -> int:
        parser.print_help(file)
        return 2

    return handler


def file_db_path(args: argparse.Namespace, refusal: str = "cli.file_only") -> Path:
    """The database file ``--db`` names, for a command about a file on this computer (backups,
    restore, encryption). A server's URL is refused with ``refusal``: a server is backed up and
    protected by its administrator (``pg_dump``, its encrypted disk), not by this program."""
    from nrtd_desktop.db.engine import display_name

    db = resolve_db_path(getattr(args, "db", None))
    if isinstance(db, str):
        raise NrtdError(refusal, db=display_name(db), dialect="postgresql")
    return db


def message_language(args: argparse.Namespace) -> Lang:
    """``--lang``, else ``NRTD_LANG``, else English (any other value reads as English)."""
    return as_lang(getattr(args, "lang", None) or os.environ.get("NRTD_LANG", "en"))


def open_services(args: argparse.Namespace, *, create: bool = False, **options: Any) -> Services:
    """The services over the database the command names, for a command that writes (the
    database must exist unless ``create``: a typo in ``--db`` should not silently make an empty
    database). ``options`` go to ``app.open_services`` (``actor``, ``today``, ``copied_site``)."""
    from nrtd_desktop.app import open_services as open_
    from nrtd_desktop.sites import SiteCopiedError

    try:
        options.setdefault("progress", migration_progress(args))
        return open_(resolve_db_path(getattr(args, "db", None)), create=create, **options)
    except SiteCopiedError as copied:  # the window asks; here the sentence names the commands
        raise copied.for_command_line() from None


def open_reader(args: argparse.Namespace, **options: Any) -> Services:
    """The services of a command that only reads (``app.open_reader``: no lock, nothing written,
    beside the window or an import). Says on stderr when a writer holds the database, so that
    what the command shows may be a moment old."""
    from nrtd_desktop.app import open_reader as open_

    options.setdefault("progress", migration_progress(args))
    services = open_(resolve_db_path(getattr(args, "db", None)), **options)
    for line in reader_notes(services.safety.reader, message_language(args)):
        print(f"nrtd: {line}", file=sys.stderr)
    return services


def reader_notes(report: Any, lang: Lang) -> list[str]:
    from nrtd_desktop.domain.errors import render_message

    lines: list[str] = []
    if report is None:
        return lines
    if report.upgraded:
        lines.append(render_message("db.reader_upgraded", {}, lang))
    writer = report.writer
    if writer is not None:
        time = report.opened_at.strftime("%H:%M:%S")
        if writer.pid:
            lines.append(render_message("db.reader_note", {"host": writer.host, "pid": writer.pid,
                                                           "user": writer.user or "?", "time": time}, lang))
        else:
            lines.append(render_message("db.reader_note_unnamed", {"time": time}, lang))
    return lines


def migration_progress(args: argparse.Namespace) -> MigrationProgress:
    """How a long migration at open shows on stderr: one line rewritten on a terminal, else a
    line at every tenth of the way (a log stays short)."""
    from nrtd_desktop.domain.errors import render_message

    lang = message_language(args)
    shown: dict[str, int] = {}

    def report(step: str, done: int, total: int) -> None:
        percent = 100 if total == 0 else done * 100 // total
        if not sys.stderr.isatty() and shown.get(step, -10) + 10 > percent and done < total:
            return
        shown[step] = percent
        line = render_message(f"migration.{step}", {"done": f"{done:,}", "total": f"{total:,}",
                                                    "percent": percent}, lang)
        end = "\n" if done >= total or not sys.stderr.isatty() else ""
        print(("\r" if sys.stderr.isatty() else "") + line, end=end, file=sys.stderr, flush=True)

    return report


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
    sys.stdout.write("\n")


# The register's filters as options: ``nrtd list``, ``nrtd export`` and ``nrtd report`` share them.
_FILTER_OPTIONS = (
    ("--mechanism", "mechanism", "UPR, TB or SP"),
    ("--body", "body", "body code (UPR, CRC, CEDAW, CAT...)"),
    ("--cycle", "cycle", "UPR cycle number"),
    ("--position", "position", "supported, supported_in_part, noted, pending or none"),
    ("--status", "status", "not_started, in_progress, partially_implemented or implemented"),
    ("--theme", "theme", "theme key or name"),
    ("--affected-group", "affected_group", "affected group key or name"),
    ("--sdg", "sdg", "SDG target (5.2) or goal (5)"),
    ("--entity", "entity", "entity code (lead or supporting)"),
    ("--lead-entity", "lead_entity", "lead entity code, or none"),
    ("--cluster", "cluster", "cluster name"),
    ("--priority", "priority", "high, medium, low or none"),
    ("--country", "country", "State under review: code or name (SAU, Saudi Arabia, السعودية)"),
    ("--mandate", "mandate", "special-procedure mandate: code or name (SR_POVERTY, 'SR Poverty')"),
)


def _filter_type(flag: str, dest: str) -> Callable[[str], Any]:
    """How an option's value is read: the cycle as a number, a closed vocabulary checked with
    its valid values listed ("--position maybe" is refused, not a silent empty list)."""
    from nrtd_desktop.cli.arguments import MAX_CYCLE, whole_number
    from nrtd_desktop.cli.output import OPTION_VOCABULARIES, vocabulary

    if dest == "cycle":
        return whole_number("cycle", 1, MAX_CYCLE)
    if dest in OPTION_VOCABULARIES:
        name, allow_none = OPTION_VOCABULARIES[dest]
        return vocabulary(flag, name, allow_none)
    return str


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", default="", metavar="WORDS", help="words to find (Arabic-aware)")
    for flag, dest, help_text in _FILTER_OPTIONS:
        parser.add_argument(
            flag,
            dest=f"filter_{dest}",
            action="append",
            default=[],
            metavar="VALUE",
            type=_filter_type(flag, dest),
            help=f"{help_text}; repeat for any of several",
        )
    parser.add_argument("--overdue", action="store_true", help="only recommendations with an overdue action")


def filter_from_args(args: argparse.Namespace) -> RecommendationFilter:
    from nrtd_desktop.cli.arguments import MAX_CYCLE, whole_number
    from nrtd_desktop.dto.register import RecommendationFilter

    values: dict[str, Any] = {}
    for _flag, dest, _help in _FILTER_OPTIONS:
        raw = [str(v) for v in getattr(args, f"filter_{dest}", [])]
        given: tuple[str | int, ...] = tuple(v.strip() for v in raw if v.strip())
        if dest == "cycle":  # parsed already from the command line; checked again when set by code
            given = tuple(whole_number("cycle", 1, MAX_CYCLE)(str(v)) for v in given)
        if dest == "mechanism":
            given = tuple(str(v).upper() for v in given)
        values[dest] = given
    return RecommendationFilter(
        search=getattr(args, "search", "") or "",
        overdue=True if getattr(args, "overdue", False) else None,
        **values,
    )
