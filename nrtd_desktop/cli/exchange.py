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
from nrtd_desktop.domain.lang import Lang

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


def _t(key: str, lang: Lang, **params: Any) -> str:
    en, ar = _LABELS[key]
    return (ar if lang == "ar" else en).format(**params)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    export.add_argument(
        "--to", dest="to_peer", default="", metavar="LAPTOP",
        help="for one laptop that sent you a package (its person's name or site id): with --all "
        "--since-last, everything that changed since the last exchange with it",
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
    imp.add_argument(
        "--join-committee",
        action="store_true",
        help="the package is another committee's: make this laptop join that committee",
    )
    imp.add_argument(
        "--accept-other-entity",
        action="store_true",
        help="the package was made for another entity: apply it on this laptop anyway",
    )
    imp.set_defaults(handler=run_import)
    package.set_defaults(handler=common.shows_help(package, sys.stderr))


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
    from nrtd_desktop.app import default_actor_name
    from nrtd_desktop.db.history import Actor
    from nrtd_desktop.settings import load_settings

    settings = load_settings()
    actor = Actor(name=settings.user_name or default_actor_name(), entity=settings.user_entity)
    # An import may start a new laptop from nothing: the database is created if missing.
    create = getattr(args, "package_command", "") == "import"
    services = common.open_services(args, create=create, actor=actor)
    if not services.context.is_sqlite:
        # On a shared server the role is the login's (db/roles.py), not this computer's settings.
        from dataclasses import replace

        from nrtd_desktop.db.roles import program_role

        role, entity = program_role(services.context.engine)
        settings = replace(settings, role=role, user_entity=entity or settings.user_entity)
    return settings, services


def run_export(args: argparse.Namespace) -> int:
    from nrtd_desktop.exchange.export import ExportRequest

    lang = common.message_language(args)
    settings, services = _open(args)
    try:
        request = ExportRequest(
            entity_codes=tuple(args.entity), whole_plan=args.whole_plan, since_last=args.since_last,
            to_peer=args.to_peer,
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


def print_plan(plan: Any, lang: Lang) -> None:
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
    from nrtd_desktop.domain.errors import render_message
    from nrtd_desktop.exchange.messages import ExchangeError

    lang = common.message_language(args)
    settings, services = _open(args)
    try:
        try:
            review = services.exchange.review(
                Path(args.file), passphrase(confirm=False), role=settings.role, lang=lang,
                join_committee=args.join_committee,
            )
        except ExchangeError as error:
            if error.key == "exchange.other_committee":
                print(f"nrtd: {error.text(lang)}", file=sys.stderr)
                print(f"nrtd: {render_message('exchange.other_committee_cli', {}, lang)}", file=sys.stderr)
                return 1
            raise
        if args.resolve and review.plan.conflicts:
            review.plan.resolve_all(args.resolve)  # a member's laptop refuses: only the coordinator resolves
        print_plan(review.plan, lang)
        if args.dry_run:
            print(_t("dry", lang))
            return 0
        if review.needs_confirmation and not args.accept_other_entity:
            refusal = ExchangeError("exchange.confirm_other_entity", entity=review.manifest.receiver.entity,
                                    mine=(settings.user_entity or "?").upper())
            print(f"nrtd: {refusal.text(lang)}", file=sys.stderr)
            print(f"nrtd: {render_message('exchange.confirm_other_entity_cli', {}, lang)}", file=sys.stderr)
            return 1
        review.confirmed = args.accept_other_entity
        services.exchange.apply(review)
    finally:
        services.close()
    print(_t("applied", lang))
    return 0
