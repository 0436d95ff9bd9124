"""``nrtd init``, ``nrtd stats`` and ``nrtd list``: the database and the register."""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys

from nrtd_desktop.cli import common
from nrtd_desktop.cli.arguments import MAX_ROWS, whole_number
from nrtd_desktop.paths import resolve_db_path


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    init = subparsers.add_parser("init", help="create or upgrade the database")
    common.add_db_option(init)
    init.add_argument("--demo", action="store_true", help="fill a new database with the demo committee data")
    init.set_defaults(handler=run_init)

    stats = subparsers.add_parser("stats", help="counts of the database")
    common.add_db_option(stats)
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.set_defaults(handler=run_stats)

    listing = subparsers.add_parser("list", help="the register of recommendations, filtered")
    common.add_db_option(listing)
    common.add_filter_options(listing)
    output = listing.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print a JSON list of objects")
    output.add_argument("--count", action="store_true", help="print the number of matching recommendations")
    listing.add_argument("--order-by", default=None,
                         help="relevance (default with --search), reference, date, status, priority...")
    listing.add_argument("--limit", type=whole_number("--limit", 0, MAX_ROWS), default=None,
                         help="at most this many rows")
    listing.set_defaults(handler=run_list)


def run_init(args: argparse.Namespace) -> int:
    from nrtd_desktop.demo.loader import load_demo

    path = resolve_db_path(getattr(args, "db", None))
    services = common.open_services(args, create=True)
    try:
        if args.demo:
            added = load_demo(services)
            print(f"{path}: demo data loaded ({added} recommendations).")
        else:
            print(f"{path}: ready (schema {services.stats().schema_version}).")
    finally:
        services.close()
    return 0


def run_stats(args: argparse.Namespace) -> int:
    services = common.open_reader(args)
    try:
        stats = services.stats()
    finally:
        services.close()
    data = dataclasses.asdict(stats)
    extra = data.pop("extra")
    data.update(extra)
    if args.json:
        common.print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {value}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    f = common.filter_from_args(args)
    services = common.open_reader(args)
    try:
        if args.count:
            print(services.recommendations.count(f))
            return 0
        order_by = args.order_by or ("relevance" if f.search.strip() else "reference")
        rows = services.recommendations.list(f, order_by=order_by, limit=args.limit, lang="en")
    finally:
        services.close()
    if args.json:
        common.print_json(
            [
                {
                    "id": r.id,
                    "reference": r.reference,
                    "text_ar": r.text_ar,
                    "text_en": r.text_en,
                    "mechanism": r.mechanism,
                    "body": r.body,
                    "cycle": r.cycle,
                    "session": r.session,
                    "document_symbol": r.document_symbol,
                    "publication_date": r.publication_date,
                    "position": r.position,
                    "status": r.status,
                    "priority": r.priority,
                    "lead_entity": r.lead_entity,
                    "cluster": r.cluster,
                    "themes": list(r.themes),
                    "mandates": [m.key for m in r.mandates],
                }
                for r in rows
            ]
        )
        return 0
    width = shutil.get_terminal_size((120, 20)).columns
    for r in rows:
        body = r.body_shown("en")  # "SP: SR on extreme poverty"
        line = f"{r.reference:<22} {body:<6} {r.position or '-':<18} {r.status:<22} {r.text('en')}"
        print(line[:width])
    print(f"{len(rows)} recommendation(s)", file=sys.stderr)
    return 0
