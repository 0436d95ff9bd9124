"""``nrtd backup``, ``nrtd backups``, ``nrtd restore``, ``nrtd check``, ``nrtd history``.

``backup``, ``backups`` and ``check`` only read the database (through read-only connections and
SQLite's backup API), so they work while the window has it open. ``restore`` needs the database
closed everywhere. ``check`` exits 1 and says what is wrong when the database is damaged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nrtd_desktop.cli import common
from nrtd_desktop.domain.errors import DatabaseError
from nrtd_desktop.paths import resolve_db_path


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = subparsers.add_parser("backup", help="make a verified backup of the database")
    common.add_db_option(backup)
    backup.add_argument("out", nargs="?", metavar="OUT",
                        help="the backup file to write (default: a dated file in the backup folder)")
    backup.set_defaults(handler=run_backup)

    backups = subparsers.add_parser("backups", help="list the backups of the database")
    common.add_db_option(backups)
    backups.add_argument("--json", action="store_true", help="print a JSON list")
    backups.set_defaults(handler=run_backups)

    restore = subparsers.add_parser("restore", help="replace the database by a backup (the current state "
                                    "is backed up first)")
    common.add_db_option(restore)
    restore.add_argument("file", metavar="FILE", help="the backup file to restore")
    restore.set_defaults(handler=run_restore)

    check = subparsers.add_parser("check", help="check that the database is whole (exit 1 if damaged)")
    common.add_db_option(check)
    check.add_argument("--quick", action="store_true", help="quick_check instead of the full integrity_check")
    check.set_defaults(handler=run_check)

    history = subparsers.add_parser("history", help="every recorded change of a recommendation and its plan")
    common.add_db_option(history)
    history.add_argument("--ref", required=True, metavar="REFERENCE", help="the recommendation's reference")
    output = history.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print a JSON list")
    output.add_argument("--out", metavar="FILE", help="write a .csv or .xlsx file")
    history.set_defaults(handler=run_history)


def _existing_db(args: argparse.Namespace) -> Path:
    path = resolve_db_path(getattr(args, "db", None))
    if not path.is_file():
        raise DatabaseError("db.cannot_open", path=str(path), reason="file not found")
    return path


def run_backup(args: argparse.Namespace) -> int:
    from nrtd_desktop.safety.backup import create_backup

    path = _existing_db(args)
    info = create_backup(path, "manual", out=Path(args.out) if args.out else None)
    print(f"{info.path}: backup verified ({info.recommendations} recommendations, {info.size:,} bytes).")
    return 0


def run_backups(args: argparse.Namespace) -> int:
    from nrtd_desktop.safety.backup import backup_folder, list_backups

    path = resolve_db_path(getattr(args, "db", None))
    found = list_backups(backup_folder(), path.stem)
    if args.json:
        common.print_json([{"path": str(b.path), "created": b.created, "reason": b.reason, "size": b.size,
                            "recommendations": b.recommendations} for b in found])
        return 0
    if not found:
        print(f"No backups of {path.name} in {backup_folder()}.")
        return 0
    for b in found:
        count = "unreadable" if b.recommendations is None else f"{b.recommendations} recommendations"
        print(f"{b.created:%Y-%m-%d %H:%M}  {b.reason:<16}  {count:<22}  {b.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from nrtd_desktop.safety.restore import restore_backup

    path = resolve_db_path(getattr(args, "db", None))
    result = restore_backup(path, Path(args.file))
    print(f"{result.db_path}: restored from {result.restored_from} ({result.recommendations} "
          "recommendations); the restored file passed the integrity check.")
    if result.safety_backup is not None:
        print(f"The state before the restore was backed up to {result.safety_backup.path}.")
    for kept in result.kept_aside:
        print(f"The damaged file was kept as {kept}.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from nrtd_desktop.safety.checks import check_database, read_facts

    path = _existing_db(args)
    result = check_database(path, full=not args.quick)
    if not result.ok:
        print(f"nrtd: {path} is damaged ({result.check} found {len(result.problems)} problem(s)):",
              file=sys.stderr)
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
        print("Restore the newest good backup: nrtd backups, then nrtd restore FILE.", file=sys.stderr)
        return 1
    facts = read_facts(path)  # raises for a foreign file or a newer schema
    print(f"{path}: ok ({result.check}, foreign_key_check; schema {facts.revision}, "
          f"{facts.recommendations} recommendations).")
    return 0


def run_history(args: argparse.Namespace) -> int:
    services = common.open_reader(args)
    try:
        rows = services.history.for_reference(args.ref)
        if args.out:
            services.history.export(rows, Path(args.out))
            print(f"{args.out}: {len(rows)} changes written.")
            return 0
    finally:
        services.close()
    if args.json:
        common.print_json([row.__dict__ for row in rows])
        return 0
    for row in reversed(rows):  # oldest first reads like a story
        what = f"{row.field}: {row.old_value or '—'} → {row.new_value or '—'}" if row.field else row.operation
        origin = row.origin + (f" ({row.origin_detail})" if row.origin_detail else "")
        who = row.actor + (f" [{row.actor_entity}]" if row.actor_entity else "")
        print(f"{row.at:%Y-%m-%d %H:%M}  {who}  {row.table_name}  {what}  <{origin}>")
    return 0
