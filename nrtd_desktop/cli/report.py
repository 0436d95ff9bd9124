"""``nrtd report KIND OUT.pdf``: the printed reports, from the command line.

    nrtd report plan plan.pdf --lang ar --group-by theme [register filters]
    nrtd report progress progress.pdf --from 2026-01-01 --to 2026-06-30 [register filters]
    nrtd report entity moj.pdf --entity MOJ
    nrtd report challenges challenges.pdf --cluster "Women's empowerment and gender equality"
    nrtd report recommendation rec.pdf --ref UPR-3-122.45

A meeting document: ``--marking draft`` (or for_discussion, restricted, confidential) on every
page, ``--meeting 12/1448 --meeting-date 2026-12-15`` on the cover, ``--prepared-by NAME
--prepared-on DATE`` (and reviewed, approved; ``--approval-table`` alone prints an empty one to
sign), ``--digits arabic`` for Arabic-Indic digits (default: the settings' choice).

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


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    parser.add_argument("--marking", choices=("draft", "for_discussion", "restricted", "confidential"),
                        default="", help="a marking printed at the top of every page")
    parser.add_argument("--digits", choices=("western", "arabic"), default="",
                        help="the digits of every number (default: the settings' choice)")
    parser.add_argument("--meeting", default="", metavar="NUMBER", help="the meeting's number")
    parser.add_argument("--meeting-date", metavar="DATE", help="the meeting's date (YYYY-MM-DD)")
    parser.add_argument("--approval-table", action="store_true", help="print the approval table")
    for role in ("prepared", "reviewed", "approved"):
        parser.add_argument(f"--{role}-by", default="", metavar="NAME", help=f"{role} by (approval table)")
        parser.add_argument(f"--{role}-on", metavar="DATE", help=f"the date it was {role} (YYYY-MM-DD)")
    common.add_filter_options(parser)  # includes --entity CODE and --cluster NAME
    parser.set_defaults(handler=run_report)


def options_from_args(args: argparse.Namespace) -> Any:
    """The ReportOptions of the command line; raises ValidationError for a bad value."""
    from nrtd_desktop.reports.common_report import Approval, ReportOptions
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
    roles = ("prepared", "reviewed", "approved")
    approvals: tuple[Approval, ...] = ()
    wanted = getattr(args, "approval_table", False) or any(
        getattr(args, f"{r}_by", "") or getattr(args, f"{r}_on", None) for r in roles
    )
    if wanted:
        approvals = tuple(
            Approval(r, getattr(args, f"{r}_by", ""), as_date("approval", getattr(args, f"{r}_on", None)))
            for r in roles
        )
    return ReportOptions(
        args.kind,
        lang=lang,
        filter=f,
        group_by=args.group_by,
        entity=entity,
        reference=args.ref.strip(),
        date_from=as_date("date_from", args.date_from),
        date_to=as_date("date_to", args.date_to),
        number_style=getattr(args, "digits", "") or "",
        marking=getattr(args, "marking", "") or "",
        meeting_number=(getattr(args, "meeting", "") or "").strip(),
        meeting_date=as_date("meeting_date", getattr(args, "meeting_date", None)),
        approvals=approvals,
    )


def run_report(args: argparse.Namespace) -> int:
    from nrtd_desktop.services.validation import as_date

    if not getattr(args, "lang", None):  # messages in the report's language
        from nrtd_desktop.settings import load_settings

        args.lang = load_settings().language
    options = options_from_args(args)
    today = as_date("today", getattr(args, "today", None))
    services = common.open_reader(args, today=today)
    try:
        path, pages = services.reports.write(options, Path(args.out))
    finally:
        services.close()
    if options.lang == "ar":
        print(f"كُتب التقرير في {path} (عدد الصفحات: {pages}).", file=sys.stderr)
    else:
        print(f"Report written to {path} ({pages} pages).", file=sys.stderr)
    return 0
