"""``nrtd db copy SRC DST``: a whole committee between a file and a PostgreSQL server (issue 24)."""

from __future__ import annotations

import argparse
import sys

from nrtd_desktop.cli import common
from nrtd_desktop.domain.errors import render_message

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "copy.done": (
        "Copied {rows} rows in {tables} tables from {source} to {target}; every table's count and checksum "
        "match.",
        "نُسخ {rows} صفاً في {tables} جدولاً من {source} إلى {target}؛ عدد صفوف كل جدول ومجموعه الاختباري "
        "متطابقان.",
    ),
    "roles.setup_done": (
        "Roles, grants and row-level security are in place on {target}.",
        "الأدوار والصلاحيات وأمان مستوى الصفوف مُعدّة على {target}.",
    ),
    "roles.login_added": (
        "Login {login} may now work on {target} as {group}.",
        "يمكن لحساب الدخول {login} الآن العمل على {target} بصفة {group}.",
    ),
    "roles.server_only": (
        "Roles exist only on a PostgreSQL server (postgresql://…); a file on a laptop has one member.",
        "الأدوار موجودة على خادم PostgreSQL فقط (postgresql://…)؛ ملف الحاسوب المحمول لعضو واحد.",
    ),
    "roles.unknown_entity": (
        "No entity has the code {entity}.",
        "لا توجد جهة رمزها {entity}.",
    ),
}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    database = subparsers.add_parser("db", help="the whole database: copy between a file and a server")
    actions = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    copy = actions.add_parser(
        "copy", help="copy a committee between SQLite and PostgreSQL, verified table by table",
        description="SRC and DST are each a database file or a postgresql://user@host/database URL. "
                    "DST must be a new file or an empty database.")
    copy.add_argument("source", metavar="SRC")
    copy.add_argument("target", metavar="DST")
    copy.add_argument("--json", action="store_true", help="print every table's count and checksum as JSON")
    copy.set_defaults(handler=run_copy)
    roles = actions.add_parser(
        "roles", help="on a server: the coordinator and entity roles, enforced by row-level security",
        description="setup: create the group roles, grants and policies (again after an upgrade); "
                    "add LOGIN: a member's login, either --coordinator or --entity CODE; list: the logins.")
    roles.add_argument("roles_command", choices=("setup", "add", "list"))
    roles.add_argument("login", nargs="?", help="the new login's name (add)")
    roles.add_argument("--db", required=True, help="postgresql://administrator@host/database")
    who = roles.add_mutually_exclusive_group()
    who.add_argument("--entity", help="the entity code whose plan the login may change")
    who.add_argument("--coordinator", action="store_true", help="the login may change everything")
    roles.add_argument("--password", help="the login's password (add)")
    roles.set_defaults(handler=run_roles)


def run_copy(args: argparse.Namespace) -> int:
    from nrtd_desktop.db.copy import copy_database
    from nrtd_desktop.db.engine import display_name
    from nrtd_desktop.paths import resolve_db_path

    source, target = resolve_db_path(args.source), resolve_db_path(args.target)
    report = copy_database(source, target)
    if args.json:
        common.print_json({t.table: {"rows": t.rows, "sha256": t.checksum} for t in report.tables})
    else:
        print(render_message("copy.done", {"rows": f"{report.rows:,}", "tables": len(report.tables),
                                           "source": display_name(source), "target": display_name(target)},
                             common.message_language(args)), file=sys.stdout)
    return 0


def run_roles(args: argparse.Namespace) -> int:
    from nrtd_desktop.db import roles
    from nrtd_desktop.db.engine import display_name, is_server, make_engine
    from nrtd_desktop.domain.errors import ValidationError

    lang = common.message_language(args)
    if not is_server(args.db):
        raise ValidationError("roles.server_only")
    engine = make_engine(args.db)
    target = display_name(args.db)
    try:
        if args.roles_command == "setup":
            roles.setup(engine)
            print(render_message("roles.setup_done", {"target": target}, lang))
        elif args.roles_command == "list":
            for login, group in roles.groups_of(engine):
                print(f"{login}\t{group}")
        else:
            if not args.login or not args.password or not (args.entity or args.coordinator):
                raise ValidationError("validation.required", field="LOGIN --password --entity|--coordinator")
            try:
                group = roles.add_login(engine, args.login, args.password, entity=args.entity,
                                        coordinator=args.coordinator)
            except LookupError:
                raise ValidationError("roles.unknown_entity", entity=args.entity) from None
            print(render_message("roles.login_added", {"login": args.login, "target": target, "group": group},
                                 lang))
    finally:
        engine.dispose()
    return 0
