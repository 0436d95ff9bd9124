"""``nrtd dashboard``: the dashboard's figures (services.figures), as text or as JSON.

The JSON is ``Figures.to_json()``: every figure with its count and the filter that selects its
records, so that a script can follow a figure to its records with ``nrtd list``.
"""

from __future__ import annotations

import argparse
from datetime import date

from nrtd_desktop.cli import common
from nrtd_desktop.cli.output import say
from nrtd_desktop.domain.errors import ValidationError

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "cli.dashboard.progress": ("progress {start} .. {end}:", "التقدم من {start} إلى {end}:"),
    "cli.dashboard.month": ("{updates} updates, average {average}", "{updates} تحديثاً، بمتوسط {average}"),
    "cli.dashboard.overdue": ("overdue", "متأخر"),
    "cli.dashboard.due": ("due", "مستحق"),
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("dashboard", help="where implementation stands: the dashboard's figures")
    common.add_db_option(parser)
    common.add_filter_options(parser)
    parser.add_argument(
        "--from", dest="date_from", metavar="YYYY-MM-DD", help="first day of the progress period"
    )
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day of the progress period")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run_dashboard)


def _date(value: str | None, field: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError("validation.invalid_date", field=field, value=value) from None


def run_dashboard(args: argparse.Namespace) -> int:
    f = common.filter_from_args(args)
    start, end = _date(args.date_from, "from"), _date(args.date_to, "to")
    services = common.open_reader(args)
    try:
        figures = services.figures.figures(f, start, end)
        due = services.calendar.due()  # the reports overdue and due next (issue 22)
    finally:
        services.close()
    if args.json:
        from nrtd_desktop.cli.calendar import entry_json

        data = figures.to_json()
        data["reporting"] = {
            "overdue": [entry_json(e, due.today) for e in due.overdue],
            "upcoming": [entry_json(e, due.today) for e in due.upcoming],
        }
        common.print_json(data)
        return 0
    lang = common.message_language(args)
    head = figures.headline
    print(f"{head.recommendations.label(lang)}: {head.recommendations.count}")
    separator = "، " if lang == "ar" else ", "
    for group in (head.by_status, head.by_mechanism, head.by_position):
        print("  " + separator.join(f"{x.label(lang)} {x.count}" for x in group if x.count))
    for figure in (
        head.overdue,
        head.actions_due_30,
        head.actions_due_90,
        head.actions_overdue,
        head.open_challenges,
    ):
        print(f"{figure.label(lang)}: {figure.count}")
    for key, entries in (("cli.dashboard.overdue", due.overdue), ("cli.dashboard.due", due.upcoming)):
        for entry in entries:
            print(f"{say(key, lang)}: {entry.label(lang)} ({entry.date_text(lang)}) [{entry.key}]")
    print(say("cli.dashboard.progress", lang, start=figures.period_from, end=figures.period_to))
    for point in figures.progress_by_month:
        average = "-" if point.average_percent is None else f"{point.average_percent}%"
        print(f"  {point.month:%Y-%m}: " + say("cli.dashboard.month", lang, updates=point.updates,
                                                 average=average))
    return 0
