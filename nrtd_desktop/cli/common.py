"""Options and helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date, datetime
from typing import Any

from nrtd_desktop.paths import resolve_db_path

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


def message_language(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or os.environ.get("NRTD_LANG", "en")


def open_services(args: argparse.Namespace, *, create: bool = False):  # type: ignore[no-untyped-def]
    """The services over the database the command names (the database must exist unless
    ``create``: a typo in ``--db`` should not silently make an empty database)."""
    from nrtd_desktop.app import open_services as open_

    return open_(resolve_db_path(getattr(args, "db", None)), create=create, progress=migration_progress(args))


def migration_progress(args: argparse.Namespace):  # type: ignore[no-untyped-def]
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
)


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", default="", help="words to find (Arabic-aware)")
    for flag, dest, help_text in _FILTER_OPTIONS:
        parser.add_argument(
            flag,
            dest=f"filter_{dest}",
            action="append",
            default=[],
            metavar="VALUE",
            help=f"{help_text}; repeat for any of several",
        )
    parser.add_argument("--overdue", action="store_true", help="only recommendations with an overdue action")


def filter_from_args(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from nrtd_desktop.domain.errors import ValidationError
    from nrtd_desktop.services.dto import RecommendationFilter

    values: dict[str, Any] = {}
    for _flag, dest, _help in _FILTER_OPTIONS:
        given = tuple(v.strip() for v in getattr(args, f"filter_{dest}", []) if v.strip())
        if dest == "cycle":
            try:
                given = tuple(int(v) for v in given)  # type: ignore[assignment]
            except ValueError:
                raise ValidationError("validation.out_of_range", field="cycle", low=1, high=20) from None
        if dest == "mechanism":
            given = tuple(v.upper() for v in given)
        values[dest] = given
    return RecommendationFilter(
        search=getattr(args, "search", "") or "",
        overdue=True if getattr(args, "overdue", False) else None,
        **values,
    )
