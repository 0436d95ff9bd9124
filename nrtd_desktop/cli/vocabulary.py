"""``nrtd vocabulary unmatched|map``: the values imports kept because no vocabulary knew them.

``nrtd vocabulary unmatched [--vocabulary theme] [--json]`` lists every kept label with how many
records carry it; ``nrtd vocabulary map theme "Right to the moon" "Women's rights"`` ties it to
a known value (key, code or name; ``-`` for none) on every record and for every later import.
"""

from __future__ import annotations

import argparse

from nrtd_desktop.cli import common
from nrtd_desktop.domain.errors import render_message

VOCABULARY_CHOICES = ("theme", "group", "sdg", "state", "country", "region", "mandate", "body")

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "vocabulary.cli.none": (
        "Every imported value is in the program's vocabularies.",
        "كل القيم المستوردة موجودة في مفردات البرنامج.",
    ),
    "vocabulary.cli.mapped": (
        "'{label}' ({vocabulary}) is now {target}: {count} record(s) changed; later imports do the same.",
        "أصبحت «{label}» ({vocabulary}) تعني {target}: تغيّرت {count} توصية؛ وكذلك في كل استيراد لاحق.",
    ),
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("vocabulary", help="imported values no vocabulary knew: list and map them")
    commands = parser.add_subparsers(dest="vocabulary_command", metavar="COMMAND")
    unmatched = commands.add_parser("unmatched", help="the kept labels, with the records carrying each")
    common.add_db_option(unmatched)
    unmatched.add_argument("--vocabulary", choices=VOCABULARY_CHOICES, help="only this vocabulary")
    unmatched.add_argument("--json", action="store_true", help="print a JSON list")
    unmatched.set_defaults(handler=run_unmatched)
    mapping = commands.add_parser("map", help="map a label to a known value, on every record carrying it")
    common.add_db_option(mapping)
    mapping.add_argument("vocabulary", choices=VOCABULARY_CHOICES)
    mapping.add_argument("label", help="the label as imported")
    mapping.add_argument("target", help="a key, code or name of the vocabulary; '-' for none")
    mapping.set_defaults(handler=run_map)
    parser.set_defaults(handler=common.shows_help(parser))


def run_unmatched(args: argparse.Namespace) -> int:
    lang = common.message_language(args)
    services = common.open_services(args)
    try:
        values = services.vocabulary.unmatched(args.vocabulary)
    finally:
        services.close()
    if args.json:
        common.print_json(
            [{"vocabulary": v.vocabulary, "label": v.label, "records": v.records} for v in values]
        )
        return 0
    if not values:
        print(render_message("vocabulary.cli.none", {}, lang))
        return 0
    for value in values:
        print(f"{value.vocabulary:<9} {value.records:>6}  {value.label}")
    return 0


def run_map(args: argparse.Namespace) -> int:
    lang = common.message_language(args)
    services = common.open_services(args)
    try:
        target = services.vocabulary.resolve_target(args.vocabulary, args.target)
        count = services.vocabulary.map(args.vocabulary, args.label, target)
    finally:
        services.close()
    print(
        render_message(
            "vocabulary.cli.mapped",
            {"label": args.label, "vocabulary": args.vocabulary, "target": target, "count": count},
            lang,
        )
    )
    return 0
