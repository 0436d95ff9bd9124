"""``nrtd selfcheck``: prove that this installed copy works (see ``nrtd_desktop/selfcheck.py``).

Not ``nrtd check``: that command checks a database's integrity. This one checks the program
itself, on a temporary database, and never touches the user's own data.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from nrtd_desktop.cli import common


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "selfcheck",
        help="check this installation: temporary database, demo data, an Arabic PDF and an Excel sheet",
        description=(
            "Create a temporary database, write the demo data, print an Arabic PDF and an Excel sheet "
            "and check each one. Exit code 0 when the installation works. Never uses the network "
            "and never touches your own database."
        ),
    )
    parser.add_argument("--keep", metavar="FOLDER", help="keep the files it makes (database, PDF, xlsx) here")
    parser.add_argument("--lang", choices=("ar", "en"), default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.set_defaults(handler=run_selfcheck)


def run_selfcheck(args: argparse.Namespace) -> int:
    from nrtd_desktop.selfcheck import run

    return run(lang=common.message_language(args), keep=Path(args.keep) if args.keep else None)
