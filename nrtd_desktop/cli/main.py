"""The ``nrtd`` command: everything a committee member can do, scriptable.

Each group of subcommands lives in its own module with a ``register(subparsers)`` function;
handlers take the parsed arguments and return an exit code. Errors a person can act on
(``NrtdError``) are printed as one sentence on stderr, never as a traceback; a command line that
cannot be run (``cli/arguments.py``) is one sentence in the user's language too, exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from nrtd_desktop import __version__
from nrtd_desktop.cli import arguments, common
from nrtd_desktop.domain.errors import NrtdError, os_reason

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "cli.os_error": ("{path}: {reason}", "{path}: {reason}"),
    "cli.interrupted": ("interrupted; nothing was written.", "أُوقف الأمر؛ لم يُكتب شيء."),
    "cli.unexpected": ("unexpected error ({kind}): {error}. Set NRTD_DEBUG=1 for details.",
                       "خطأ غير متوقع ({kind}): {error}. اضبط NRTD_DEBUG=1 لعرض التفاصيل."),
}

# Subcommand modules, in the order ``nrtd --help`` lists them.
COMMAND_MODULES = (
    "nrtd_desktop.cli.register",
    "nrtd_desktop.cli.classify",
    "nrtd_desktop.cli.plan",
    "nrtd_desktop.cli.dashboard",
    "nrtd_desktop.cli.selfcheck",
    "nrtd_desktop.cli.safety",
    "nrtd_desktop.cli.deleted",
    "nrtd_desktop.cli.report",
    "nrtd_desktop.cli.manual",
    "nrtd_desktop.cli.calendar",
    "nrtd_desktop.cli.draft",
    "nrtd_desktop.cli.exchange",
    "nrtd_desktop.cli.transfer",
    "nrtd_desktop.cli.site",
    "nrtd_desktop.cli.database",
    "nrtd_desktop.cli.vocabulary",
    "nrtd_desktop.cli.encryption",
    "nrtd_desktop.cli.suggest",
)
# Commands that handle an encrypted database's key themselves (or need none).
NO_UNLOCK = {"encrypt", "selfcheck"}


def build_parser() -> argparse.ArgumentParser:
    parser = arguments.Parser(
        prog="nrtd",
        description="NRTD Desktop: follow-up of the human-rights recommendations of the UN mechanisms.",
    )
    parser.add_argument("--version", action="version", version=f"nrtd {__version__}")
    common.add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from nrtd_desktop.cli import catalogue  # it lists this module's sentences too

    catalogue.load(core=False)
    given = list(sys.argv[1:] if argv is None else argv)
    lang = arguments.language_of(given)
    arguments.HELP_LANG = lang  # --help in the user's language
    parser = build_parser()
    try:
        arguments.check_text(given)
        args = parser.parse_args(given)
    except arguments.ArgumentsError as error:
        print(arguments.say(error, lang), file=sys.stderr)
        return 2
    except NrtdError as error:  # a value out of range (cli/arguments.py whole_number)
        print(arguments.say(error, lang), file=sys.stderr)
        return 1
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    lang = common.message_language(args)
    catalogue.load()
    try:
        if args.command not in NO_UNLOCK and not getattr(args, "recovery", False):
            # An encrypted database: its key first (cli/unlock.py); --recovery asks for the recovery key.
            from nrtd_desktop.cli.unlock import unlock_database
            from nrtd_desktop.paths import resolve_db_path

            db = resolve_db_path(getattr(args, "db", None))
            if not isinstance(db, str):  # a server URL: the server's own accounts protect it
                unlock_database(db, lang)
        return int(args.handler(args) or 0)
    except NrtdError as error:
        print(f"nrtd: {error.text(lang)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(arguments.say(NrtdError("cli.interrupted"), lang), file=sys.stderr)
        return 130
    except OSError as error:  # the system's reason in the user's language, then the file
        failed = NrtdError("cli.os_error", path=error.filename or "", reason=os_reason(error))
        print(arguments.say(failed, lang).rstrip(": "), file=sys.stderr)
        return 1
    except Exception as error:  # the last guard: a sentence, and the details only on request
        if os.environ.get("NRTD_DEBUG"):
            raise
        unexpected = NrtdError("cli.unexpected", kind=type(error).__name__, error=str(error))
        print(arguments.say(unexpected, lang), file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
