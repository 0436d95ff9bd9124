"""``nrtd report KIND OUT.pdf``: the printed reports, from the command line.

    nrtd report plan plan.pdf --lang ar --group-by theme [register filters]
    nrtd report progress progress.pdf --from 2026-01-01 --to 2026-06-30 [register filters]
    nrtd report entity moj.pdf --entity MOJ
    nrtd report challenges challenges.pdf --cluster "Women's empowerment and gender equality"
    nrtd report recommendation rec.pdf --ref UPR-3-122.45

The register's filters (``--theme``, ``--status``, ``--entity``, ``--cluster``, ``--search``...)
choose the recommendations a report covers; for the entity sheet ``--entity`` names the entity.
``--lang`` is the language of the report (default: the settings' language). An unknown entity,
cluster or reference, or a bad date, is one sentence on stderr, exit status 1, and no file is
written (the PDF is built in a temporary file and renamed only when complete).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from nrtd_desktop.cli import common
from nrtd_desktop.domain.errors import ValidationError

KINDS = ("plan", "progress", "entity", "challenges", "recommendation")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "report",
        help="print a report as PDF: action plan, progress, entity sheet, challenges, recommendation",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", choices=KINDS, help="which report")
    parser.add_argument("out", metavar="OUT.pdf", help="the PDF file to write")
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=common.DB_HELP)
    parser.add_argument(
        "--lang",
        choices=("ar", "en"),
        default=argparse.SUPPRESS,
        help="language of the report and of messages (default: the settings' language)",
    )
    parser.add_argument("--ref", default="", help="the recommendation's reference (recommendation sheet)")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="start of the period (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="end of the period (YYYY-MM-DD)")
    parser.add_argument(
        "--group-by",
        choices=("cluster", "theme"),
        default="cluster",
        help="the action plan: one table per cluster or per theme",
    )
    parser.add_argument("--today", help="judge 'overdue' against this date (YYYY-MM-DD)")
    common.add_filter_options(parser)  # includes --entity CODE and --cluster NAME
    parser.set_defaults(handler=run_report)


def options_from_args(args: argparse.Namespace) -> Any:
    """The ReportOptions of the command line; raises ValidationError for a bad value."""
    import nrtd_desktop.services.report_data  # noqa: F401  (registers the report messages)
    from nrtd_desktop.reports.common_report import ReportOptions
    from nrtd_desktop.services.validation import as_date
    from nrtd_desktop.settings import load_settings

    lang = getattr(args, "lang", None) or load_settings().language
    f = common.filter_from_args(args)
    entity = ""
    if args.kind == "entity":
        if len(f.entity) != 1:
            raise ValidationError("report.entity_required", field="entity")
        entity = f.entity[0]
        f = replace(f, entity=())
    if args.kind == "recommendation" and not args.ref.strip():
        raise ValidationError("report.reference_required", field="reference")
    return ReportOptions(
        args.kind,
        lang=lang,
        filter=f,
        group_by=args.group_by,
        entity=entity,
        reference=args.ref.strip(),
        date_from=as_date("date_from", args.date_from),
        date_to=as_date("date_to", args.date_to),
    )


def run_report(args: argparse.Namespace) -> int:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.paths import resolve_db_path
    from nrtd_desktop.reports.common_report import write_report
    from nrtd_desktop.services.validation import as_date

    if not getattr(args, "lang", None):  # messages in the report's language
        from nrtd_desktop.settings import load_settings

        args.lang = load_settings().language
    options = options_from_args(args)
    today = as_date("today", getattr(args, "today", None))
    services = open_services(resolve_db_path(getattr(args, "db", None)), create=False, today=today,
                             progress=common.migration_progress(args))
    try:
        path, pages = write_report(services, options, Path(args.out))
    finally:
        services.close()
    if options.lang == "ar":
        print(f"كُتب التقرير في {path} (عدد الصفحات: {pages}).", file=sys.stderr)
    else:
        print(f"Report written to {path} ({pages} pages).", file=sys.stderr)
    return 0
