"""``nrtd import`` and ``nrtd export xlsx``: recommendations in from files, the register out to Excel.

``nrtd import FILE...`` reads every file as one import and prints the preview's counts; it writes
only when no row was rejected (and no value matched nothing, unless ``--allow-unmatched``), after
a snapshot, in one transaction. A refusal is explained on stderr with exit status 1 and nothing
written; ``--errors OUT.xlsx`` saves every problem as a workbook.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nrtd_desktop.cli import common
from nrtd_desktop.domain.errors import NrtdError, render_message
from nrtd_desktop.domain.lang import Lang

FORMAT_CHOICES = ("auto", "uhri", "upr-info", "nrtd", "mapped")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = subparsers.add_parser("import", help="import recommendations from UHRI, UPR Info or NRTD workbooks")
    common.add_db_option(imp)
    imp.add_argument(
        "files", nargs="+", metavar="FILE", help="the files (.xlsx or .csv); several make one import"
    )
    imp.add_argument(
        "--format", choices=FORMAT_CHOICES, default="auto", help="the files' format (default: detect)"
    )
    imp.add_argument("--mapping", metavar="NAME", help="a saved column mapping (format 'mapped')")
    imp.add_argument("--save-mapping", metavar="NAME", help="save the --map columns under this name")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="TARGET=HEADER",
        help="one column of a mapping: the field (text, themes, position...) and the file's header",
    )
    imp.add_argument("--sheet", help="the sheet of a mapped workbook (default: the first)")
    imp.add_argument(
        "--country", metavar="NAME", help="keep only the recommendations addressed to this State"
    )
    imp.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    imp.add_argument(
        "--allow-unmatched",
        action="store_true",
        help="kept for older scripts: values no vocabulary knows never refuse an import any more "
        "(they are kept as labels; see 'nrtd vocabulary')",
    )
    imp.add_argument("--errors", metavar="OUT.xlsx", help="save every problem found in a workbook")
    imp.set_defaults(handler=run_import)

    export = subparsers.add_parser("export", help="export the register and its plan")
    kinds = export.add_subparsers(dest="export_kind", metavar="KIND")
    xlsx = kinds.add_parser("xlsx", help="an Excel workbook: one sheet each, linked by reference")
    common.add_db_option(xlsx)  # its --lang is also the workbook's language (default: Arabic)
    xlsx.add_argument("out", metavar="OUT.xlsx")
    xlsx.add_argument(
        "--sheets",
        default="",
        help="comma-separated: recommendations,clusters,actions,"
        "indicators,progress,challenges,entities (default: all)",
    )
    common.add_filter_options(xlsx)
    xlsx.set_defaults(handler=run_export)


def _mapping(args: argparse.Namespace, services):  # type: ignore[no-untyped-def]
    from nrtd_desktop.importers.formats.mapped import ColumnMapping

    if args.map:
        columns = {}
        for item in args.map:
            target, sep, header = item.partition("=")
            if not sep or not target.strip() or not header.strip():
                raise NrtdError("import.bad_map_option", value=item)
            columns[target.strip()] = header.strip()
        options = {"sheet": args.sheet} if args.sheet else {}
        mapping = ColumnMapping(args.save_mapping or args.mapping or "command line", columns, options)
        if args.save_mapping:
            services.imports.save_mapping(mapping)
        return mapping
    if args.mapping:
        return services.imports.mapping(args.mapping)
    return None


def run_import(args: argparse.Namespace) -> int:
    from nrtd_desktop.services.imports import ImportRequest

    lang = common.message_language(args)
    services = common.open_services(args)
    try:
        mapping = _mapping(args, services)
        fmt = "mapped" if mapping is not None and args.format == "auto" else args.format
        request = ImportRequest(
            tuple(Path(name) for name in args.files), fmt, mapping, args.country, args.allow_unmatched
        )
        prepared = services.imports.prepare(request)
        preview = services.imports.preview(prepared)
        for line in preview.summary(lang):
            print(line)
        if args.errors and preview.all_problems:
            services.imports.save_errors(preview.all_problems, args.errors, lang)
        for problem in preview.notes[:5]:
            print(problem.text(lang))
        _print_matches_and_values(preview, lang)
        refusal = preview.refusal()
        if refusal is not None:
            shown = preview.problems or preview.unmatched
            for problem in shown[:20]:
                print(problem.text(lang), file=sys.stderr)
            remaining = (preview.problem_count or preview.unmatched_count) - min(len(shown), 20)
            if remaining > 0:
                print(f"… (+{remaining})", file=sys.stderr)
            raise refusal
        if args.dry_run:
            print(render_message("import.dry_run", {}, lang))
            return 0
        outcome = services.imports.apply(prepared, preview=preview)
        if outcome.backup is None:
            print(render_message("import.nothing_to_do", {}, lang))
        else:
            print(
                render_message(
                    "import.done", {"seconds": f"{outcome.seconds:.2f}", "backup": outcome.backup}, lang
                )
            )
        return 0
    finally:
        services.close()


def _print_matches_and_values(preview, lang: Lang) -> None:  # type: ignore[no-untyped-def]
    """The matches to check (both texts) and the values to map, as the preview lists them."""
    for pair in [pair for pair in preview.matches if not pair.sure][:20]:
        print(
            render_message(
                "import.preview.match_pair",
                {
                    "reference": pair.reference,
                    "score": f"{pair.score:.2f}",
                    "incoming": pair.incoming_text[:120],
                    "existing": pair.existing_text[:120],
                },
                lang,
            )
        )
    for vocabulary, label, rows in preview.unmatched_values[:30]:
        print(
            render_message(
                "import.preview.value_to_map", {"vocabulary": vocabulary, "label": label, "rows": rows}, lang
            )
        )
    if len(preview.unmatched_values) > 30:
        print(f"  … (+{len(preview.unmatched_values) - 30})")


def run_export(args: argparse.Namespace) -> int:
    from nrtd_desktop.exporters.xlsx import ExportOptions
    from nrtd_desktop.workbook.sheets import SHEET_KEYS

    if getattr(args, "export_kind", None) != "xlsx":
        print("nrtd: say what to export: nrtd export xlsx OUT.xlsx", file=sys.stderr)
        return 2
    lang = common.message_language(args)
    sheets = tuple(s.strip() for s in args.sheets.split(",") if s.strip()) or SHEET_KEYS
    options = ExportOptions(
        sheets=sheets, lang=getattr(args, "lang", None) or "ar", filter=common.filter_from_args(args)
    )
    services = common.open_reader(args)
    try:
        result = services.imports.export_xlsx(args.out, options)
    finally:
        services.close()
    counts = ", ".join(f"{sheet} {count}" for sheet, count in result.counts.items())
    print(
        render_message(
            "export.done", {"path": result.path, "counts": counts, "seconds": f"{result.seconds:.2f}"}, lang
        )
    )
    return 0
