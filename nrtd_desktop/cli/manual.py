"""``nrtd manual OUT.pdf``: the user guide printed as a manual for training sessions.

    nrtd manual manual.pdf --lang ar
    nrtd manual manual-en.pdf --lang en

The chapters of Help → User guide, with their pictures, a cover, the contents and the page
numbers; no database is read. The PDF is built in a temporary file and renamed when complete.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "manual",
        help="print the user guide as a PDF manual, with its contents and page numbers",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("out", metavar="OUT.pdf", help="the PDF file to write")
    parser.add_argument(
        "--lang",
        choices=("ar", "en"),
        default=argparse.SUPPRESS,
        help="language of the manual and of messages (default: the settings' language)",
    )
    parser.add_argument("--digits", choices=("western", "arabic"), default="",
                        help="the digits of every number (default: the settings' choice)")
    parser.set_defaults(handler=run_manual)


def run_manual(args: argparse.Namespace) -> int:
    from nrtd_desktop.reports.manual import build_manual
    from nrtd_desktop.settings import load_settings

    settings = load_settings()
    lang = getattr(args, "lang", None) or settings.language
    args.lang = lang  # messages in the manual's language
    doc = build_manual(lang, settings.committee_name(lang), digits=args.digits or settings.number_style)
    path = doc.write(Path(args.out))
    if lang == "ar":
        print(f"كُتب الدليل في {path} (عدد الصفحات: {doc.pages}).", file=sys.stderr)
    else:
        print(f"Manual written to {path} ({doc.pages} pages).", file=sys.stderr)
    return 0

