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
from nrtd_desktop.cli.output import say, table
from nrtd_desktop.domain.errors import MESSAGES, NOT_FOUND, DatabaseError
from nrtd_desktop.domain.lang import Lang


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "cli.backup.made": ("{path}: backup verified ({count} recommendations, {size} bytes).",
                        "{path}: نسخة احتياطية مُتحقَّق منها ({count} توصية، {size} بايت)."),
    "cli.backups.none": ("No backups of {name} in {folder}.", "لا توجد نسخ احتياطية من {name} في {folder}."),
    "cli.backups.unreadable": ("unreadable", "غير مقروءة"),
    "cli.backups.count": ("{count} recommendations", "{count} توصية"),
    "cli.backups.when": ("Date", "التاريخ"),
    "cli.backups.kind": ("Kind", "النوع"),
    "cli.backups.recommendations": ("Recommendations", "التوصيات"),
    "cli.backups.file": ("File", "الملف"),
    "cli.backup_reason.daily": ("daily (automatic)", "يومية (تلقائية)"),
    "cli.backup_reason.manual": ("made by hand", "صُنعت يدوياً"),
    "cli.backup_reason.before-import": ("before an import", "قبل استيراد"),
    "cli.backup_reason.before-migration": ("before an upgrade", "قبل ترقية"),
    "cli.backup_reason.before-restore": ("before a restore", "قبل استعادة"),
    "cli.backup_reason.before-merge": ("before merging a package", "قبل دمج حزمة"),
    "cli.backup_reason.before-move": ("before a move", "قبل نقل"),
    "cli.restore.done": (
        "{path}: restored from {source} ({count} recommendations); the restored file passed the "
        "integrity check.",
        "{path}: استُعيدت من {source} ({count} توصية)؛ واجتاز الملف المستعاد فحص السلامة."),
    "cli.restore.saved": ("The state before the restore was backed up to {path}.",
                          "نُسخت الحالة السابقة للاستعادة احتياطياً في {path}."),
    "cli.restore.kept": ("The damaged file was kept as {path}.", "احتُفظ بالملف التالف باسم {path}."),
    "cli.check.damaged": ("{path} is damaged ({check} found {count} problem(s)):",
                          "{path} تالفة (وجد {check} عدد {count} من المشكلات):"),
    "cli.check.restore": ("Restore the newest good backup: nrtd backups, then nrtd restore FILE.",
                          "استعد أحدث نسخة احتياطية سليمة: nrtd backups ثم nrtd restore الملف."),
    "cli.check.ok": ("{path}: ok ({check}, foreign_key_check; schema {schema}, {count} recommendations).",
                     "{path}: سليمة ({check}، foreign_key_check؛ المخطط {schema}، {count} توصية)."),
    "cli.history.written": ("{path}: {count} changes written.", "{path}: كُتب {count} تغييراً."),
    "cli.file_only": (
        "{db} is a database server: its backups and restores are its administrator's work (pg_dump, "
        "README); this command works on a database file on this computer.",
        "{db} خادم قاعدة بيانات: نسخه الاحتياطية واستعادتها من عمل مسؤوله (pg_dump، انظر README)؛ "
        "يعمل هذا الأمر على ملف قاعدة بيانات في هذا الحاسوب."),
}


def _lang(args: argparse.Namespace) -> Lang:
    return common.message_language(args)


def _existing_db(args: argparse.Namespace) -> Path:
    path = common.file_db_path(args)
    if not path.is_file():
        raise DatabaseError("db.cannot_open", path=str(path), reason=NOT_FOUND)
    return path


def run_backup(args: argparse.Namespace) -> int:
    from nrtd_desktop.safety.backup import create_backup

    path = _existing_db(args)
    info = create_backup(path, "manual", out=Path(args.out) if args.out else None)
    print(say("cli.backup.made", _lang(args), path=info.path, count=info.recommendations,
              size=f"{info.size:,}"))
    return 0


def run_backups(args: argparse.Namespace) -> int:
    from nrtd_desktop.safety.backup import backup_folder, list_backups

    path = common.file_db_path(args)
    found = list_backups(backup_folder(), path.stem)
    if args.json:
        common.print_json([{"path": str(b.path), "created": b.created, "reason": b.reason, "size": b.size,
                            "recommendations": b.recommendations} for b in found])
        return 0
    lang = _lang(args)
    if not found:
        print(say("cli.backups.none", lang, name=path.name, folder=backup_folder()))
        return 0
    rows = []
    for b in found:
        count = say("cli.backups.unreadable", lang) if b.recommendations is None else \
            say("cli.backups.count", lang, count=b.recommendations)
        rows.append((f"{b.created:%Y-%m-%d %H:%M}", say(f"cli.backup_reason.{b.reason}", lang)
                     if f"cli.backup_reason.{b.reason}" in MESSAGES else b.reason, count, str(b.path)))
    headers = [say(f"cli.backups.{name}", lang) for name in ("when", "kind", "recommendations", "file")]
    table(headers, rows, lang)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from nrtd_desktop.safety.restore import restore_backup

    path = common.file_db_path(args)
    result = restore_backup(path, Path(args.file))
    lang = _lang(args)
    print(say("cli.restore.done", lang, path=result.db_path, source=result.restored_from,
              count=result.recommendations))
    if result.safety_backup is not None:
        print(say("cli.restore.saved", lang, path=result.safety_backup.path))
    for kept in result.kept_aside:
        print(say("cli.restore.kept", lang, path=kept))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from nrtd_desktop.safety.checks import check_database, read_facts

    path = _existing_db(args)
    result = check_database(path, full=not args.quick)
    lang = _lang(args)
    if not result.ok:
        print("nrtd: " + say("cli.check.damaged", lang, path=path, check=result.check,
                             count=len(result.problems)), file=sys.stderr)
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
        print(say("cli.check.restore", lang), file=sys.stderr)
        return 1
    facts = read_facts(path)  # raises for a foreign file or a newer schema
    print(say("cli.check.ok", lang, path=path, check=result.check, schema=facts.revision,
              count=facts.recommendations))
    return 0


def run_history(args: argparse.Namespace) -> int:
    services = common.open_reader(args)
    try:
        rows = services.history.for_reference(args.ref)
        if args.out:
            services.history.export(rows, Path(args.out))
            print(say("cli.history.written", _lang(args), path=args.out, count=len(rows)))
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
