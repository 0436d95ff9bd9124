"""``nrtd db copy SRC DST``: a whole committee between a file and a PostgreSQL server (issue 24)."""

from __future__ import annotations

import argparse
import sys

from nrtd_desktop.cli import common
from nrtd_desktop.domain.errors import register_messages, render_message

register_messages({
    "copy.done": (
        "Copied {rows} rows in {tables} tables from {source} to {target}; every table's count and checksum "
        "match.",
        "نُسخ {rows} صفاً في {tables} جدولاً من {source} إلى {target}؛ عدد صفوف كل جدول ومجموعه الاختباري "
        "متطابقان.",
    ),
})


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    database = subparsers.add_parser("db", help="the whole database: copy between a file and a server")
    actions = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    copy = actions.add_parser(
        "copy", help="copy a committee between SQLite and PostgreSQL, verified table by table",
        description="SRC and DST are each a database file or a postgresql://user@host/database URL. "
                    "DST must be a new file or an empty database.")
    copy.add_argument("source", metavar="SRC")
    copy.add_argument("target", metavar="DST")
    copy.add_argument("--json", action="store_true", help="print every table's count and checksum as JSON")
    copy.set_defaults(handler=run_copy)


def run_copy(args: argparse.Namespace) -> int:
    from nrtd_desktop.db.copy import copy_database
    from nrtd_desktop.db.engine import display_name
    from nrtd_desktop.paths import resolve_db_path

    source, target = resolve_db_path(args.source), resolve_db_path(args.target)
    report = copy_database(source, target)
    if args.json:
        common.print_json({t.table: {"rows": t.rows, "sha256": t.checksum} for t in report.tables})
    else:
        print(render_message("copy.done", {"rows": f"{report.rows:,}", "tables": len(report.tables),
                                           "source": display_name(source), "target": display_name(target)},
                             common.message_language(args)), file=sys.stdout)
    return 0
