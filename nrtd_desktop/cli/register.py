"""``nrtd init``, ``nrtd stats`` and ``nrtd list``: the database and the register."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from nrtd_desktop.cli import common, output
from nrtd_desktop.cli.arguments import MAX_ROWS, whole_number
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.paths import resolve_db_path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    listing.add_argument("--order-by", default=None, metavar="ORDER",
                         help="relevance (default with --search), reference, date, status, priority...")
    listing.add_argument("--limit", type=whole_number("--limit", 0, MAX_ROWS), default=None, metavar="NUMBER",
                         help="at most this many rows")
    listing.add_argument(
        "--wide", action="store_true",
        help="print the register in the chosen language, whole (not cut to the terminal's width)")
    listing.set_defaults(handler=run_list)


def run_init(args: argparse.Namespace) -> int:
    from nrtd_desktop.demo.loader import load_demo

    path = resolve_db_path(getattr(args, "db", None))
    services = common.open_services(args, create=True)
    try:
        lang = common.message_language(args)
        if args.demo:
            added = load_demo(services)
            print(output.say("cli.init.demo", lang, path=path, count=added))
        else:
            print(output.say("cli.init.ready", lang, path=path, schema=services.stats().schema_version))
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
        return 0
    print_stats(data, common.message_language(args))
    return 0


# Which vocabulary names the keys of each "by_..." count.
_BY = {"by_mechanism": "mechanism", "by_position": "position", "by_status": "status",
       "by_priority": "priority"}


def print_stats(data: dict[str, object], lang: Lang) -> None:
    """The counts as a table a person reads: a caption and its figure a line, each breakdown
    indented under its caption, the vocabulary's names in the chosen language."""
    from nrtd_desktop.domain import labels
    from nrtd_desktop.domain.errors import MESSAGES

    rows: list[tuple[str, str]] = []
    for key, value in data.items():
        caption = output.say(f"cli.stats.{key}", lang) if f"cli.stats.{key}" in MESSAGES else key
        if isinstance(value, dict):
            rows.append((caption + ":", ""))
            for sub, count in value.items():
                name = labels.label(_BY[key], sub, lang) if key in _BY else sub
                rows.append(("    " + name, f"{count:,}"))
        else:
            rows.append((caption, f"{value:,}" if isinstance(value, int) else str(value)))
    width = max(output.width_of(caption) for caption, _ in rows)
    for caption, figure in rows:
        print(f"{output.pad(caption, width, False)}  {figure}".rstrip())


def run_list(args: argparse.Namespace) -> int:
    f = common.filter_from_args(args)
    lang = common.message_language(args)
    services = common.open_reader(args)
    try:
        if args.count:
            print(services.recommendations.count(f))
            return 0
        order_by = args.order_by or ("relevance" if f.search.strip() else "reference")
        rows = services.recommendations.list(f, order_by=order_by, limit=args.limit, lang=lang)
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
    print_register(rows, lang, wide=args.wide)
    print(output.say("cli.list.count", lang, count=len(rows)), file=sys.stderr)
    return 0


def print_register(rows: list, lang: Lang, wide: bool = False) -> None:  # type: ignore[type-arg]
    """The register as a table in ``lang``: reference, body, position, status and the text in that
    language (the other one when it has none), cut after a word with "…" to the terminal's
    width, or whole with ``wide``."""
    from nrtd_desktop.domain import labels

    headers = [output.say(f"cli.column.{name}", lang) for name in ("reference", "body", "position", "status",
                                                                   "text")]
    lines = [
        (r.reference, r.body_shown(lang), labels.label("position", r.position, lang) if r.position else "-",
         labels.label("status", r.status, lang), " ".join(r.text(lang).split()))
        for r in rows
    ]
    output.table(headers, lines, lang, last_width=None if wide else output.terminal_width())
