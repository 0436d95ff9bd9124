"""``nrtd package export`` and ``nrtd package import``: exchange packages between laptops.

The passphrase comes from ``$NRTD_PASSPHRASE`` (scripts) or a prompt that does not echo. The role
(coordinator or member) and the user's entity come from the settings the window writes.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from nrtd_desktop.cli import common

PASSPHRASE_ENV = "NRTD_PASSPHRASE"

_LABELS = {
    "new": ("new", "جديدة"),
    "changed": ("changed", "معدّلة"),
    "deleted": ("deleted", "محذوفة"),
    "conflicts": ("conflicts", "تعارضات"),
    "unchanged": ("unchanged", "دون تغيير"),
    "stale": ("older, skipped", "أقدم، تُخطّيت"),
    "mine": ("this laptop", "هذا الحاسوب"),
    "theirs": ("package", "الحزمة"),
    "from": ("Package {sequence} from {sender}", "الحزمة {sequence} من {sender}"),
    "dry": ("Dry run: nothing was written.", "تجربة: لم يُكتب شيء."),
    "applied": ("Merged: the snapshot was taken first.", "دُمجت الحزمة بعد أخذ نسخة احتياطية."),
    "written": (
        "{path}: {count} record(s), {deletions} deletion(s).",
        "{path}: {count} سجلاً، {deletions} حذفاً.",
    ),
}


def _t(key: str, lang: str, **params: Any) -> str:
    en, ar = _LABELS[key]
    return (ar if lang == "ar" else en).format(**params)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    package = subparsers.add_parser(
        "package", help="exchange packages with other laptops (no network needed)"
    )
    actions = package.add_subparsers(dest="package_command", metavar="ACTION")

    export = actions.add_parser("export", help="write a package for another laptop")
    common.add_db_option(export)
    export.add_argument("out", metavar="OUT", help="the package file to write (.nrtdpkg)")
    export.add_argument(
        "--entity",
        action="append",
        default=[],
        metavar="CODE",
        help="an entity's slice of the plan; repeat for several",
    )
    export.add_argument("--all", dest="whole_plan", action="store_true", help="the whole plan (coordinator)")
    export.add_argument(
        "--since-last", action="store_true", help="only what changed since the last package received or sent"
    )
    export.set_defaults(handler=run_export)

    imp = actions.add_parser("import", help="review and merge a package from another laptop")
    common.add_db_option(imp)
    imp.add_argument("file", metavar="FILE", help="the package file (.nrtdpkg)")
    imp.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    imp.add_argument(
        "--resolve",
        choices=("mine", "theirs"),
        help="settle every conflict with this laptop's value (mine) or the package's (theirs)",
    )
    imp.set_defaults(handler=run_import)
    package.set_defaults(handler=lambda _args: package.print_help(sys.stderr) or 2)


def passphrase(confirm: bool) -> str:
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    first = getpass.getpass("Committee passphrase / عبارة مرور اللجنة: ")
    if confirm and getpass.getpass("Again / مرة أخرى: ") != first:
        from nrtd_desktop.exchange.messages import ExchangeError

        raise ExchangeError("exchange.wrong_passphrase")
    return first


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from nrtd_desktop.app import default_actor_name, open_services
    from nrtd_desktop.db.history import Actor
    from nrtd_desktop.paths import resolve_db_path
    from nrtd_desktop.settings import load_settings

    settings = load_settings()
    actor = Actor(name=settings.user_name or default_actor_name(), entity=settings.user_entity)
    # An import may start a new laptop from nothing: the database is created if missing.
    create = getattr(args, "package_command", "") == "import"
    return settings, open_services(resolve_db_path(getattr(args, "db", None)), actor, create=create,
                                   progress=common.migration_progress(args))


def run_export(args: argparse.Namespace) -> int:
    from nrtd_desktop.exchange.export import ExportRequest

    lang = common.message_language(args)
    settings, services = _open(args)
    try:
        request = ExportRequest(
            entity_codes=tuple(args.entity), whole_plan=args.whole_plan, since_last=args.since_last
        )
        result = services.exchange.export(
            Path(args.out),
            passphrase(confirm=True),
            request,
            role=settings.role,
            user_entity=settings.user_entity,
        )
    finally:
        services.close()
    records = sum(v for k, v in result.counts.items() if k != "deletions")
    print(_t("written", lang, path=result.path, count=records, deletions=result.counts["deletions"]))
    return 0


def print_plan(plan: Any, lang: str) -> None:
    manifest = plan.manifest
    sender = " / ".join(
        p for p in (manifest.sender.name, manifest.sender.entity, manifest.sender.computer) if p
    )
    print(_t("from", lang, sequence=manifest.sequence, sender=sender))
    print(", ".join(f"{_t(k, lang)}: {v}" for k, v in plan.counts().items()))
    for notice in [*plan.warnings, *plan.problems]:
        print(f"- {notice.text(lang)}")
    for item in plan.items:
        print(f"{item.kind.value:<9} {item.table:<20} {item.label}")
        for conflict in item.conflicts:
            print(
                f"    {conflict.field}: {_t('mine', lang)} = {conflict.mine!r} | "
                f"{_t('theirs', lang)} = {conflict.theirs!r}"
            )


def run_import(args: argparse.Namespace) -> int:
    lang = common.message_language(args)
    settings, services = _open(args)
    try:
        review = services.exchange.review(
            Path(args.file), passphrase(confirm=False), role=settings.role, lang=lang
        )
        if args.resolve and review.plan.conflicts:
            review.plan.resolve_all(args.resolve)  # a member's laptop refuses: only the coordinator resolves
        print_plan(review.plan, lang)
        if args.dry_run:
            print(_t("dry", lang))
            return 0
        services.exchange.apply(review)
    finally:
        services.close()
    print(_t("applied", lang))
    return 0
