"""``nrtd deleted list`` and ``nrtd deleted restore ID``: what was deleted, and putting it back.

A deletion takes what depends on the record with it (a recommendation's plan, a cluster's
actions); putting it back brings all of it, with the same ids (``services.deletions``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from nrtd_desktop.cli import common
from nrtd_desktop.domain.calendar import local_time
from nrtd_desktop.domain.lang import Lang

_LABELS = {
    "none": ("Nothing deleted is waiting to be put back.", "لا يوجد محذوف ينتظر الإرجاع."),
    "restored": (
        "Put back: {label} ({count} record(s)).",
        "أُرجع: {label} ({count} سجلاً).",
    ),
    "header": ("id        when              by                  records  what",
               "المعرّف    التاريخ            بواسطة              السجلات  المحذوف"),
}
_KINDS = {
    "recommendations": ("recommendation", "توصية"),
    "clusters": ("cluster", "مجموعة مواضيعية"),
    "entities": ("entity", "جهة"),
    "actions": ("action", "إجراء"),
    "indicators": ("indicator", "مؤشر"),
    "progress_updates": ("progress update", "تحديث تقدم"),
    "challenges": ("challenge", "تحدٍّ"),
    "recommendation_links": ("link", "ربط"),
    "documents": ("document", "وثيقة"),
    "reporting_events": ("calendar entry", "موعد"),
    "report_drafts": ("report draft", "مشروع تقرير"),
    "report_sections": ("report section", "فرع تقرير"),
    "report_versions": ("report version", "نسخة تقرير"),
}


def _t(key: str, lang: Lang, **params: Any) -> str:
    en, ar = _LABELS[key]
    return (ar if lang == "ar" else en).format(**params)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    deleted = subparsers.add_parser("deleted", help="deleted records, and putting a deletion back")
    actions = deleted.add_subparsers(dest="deleted_command", metavar="ACTION")
    listing = actions.add_parser("list", help="deletions not yet put back, newest first")
    common.add_db_option(listing)
    listing.add_argument("--all", action="store_true", help="those already put back too")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)
    restore = actions.add_parser("restore", help="put back one deletion with everything it took")
    common.add_db_option(restore)
    restore.add_argument("deletion", metavar="ID", help="the deletion's id (or its first characters)")
    restore.set_defaults(handler=run_restore)
    deleted.set_defaults(handler=common.shows_help(deleted, sys.stderr))


def run_list(args: argparse.Namespace) -> int:
    lang = common.message_language(args)
    services = common.open_reader(args)
    try:
        rows = services.deletions.recent(limit=10_000, include_restored=args.all)
    finally:
        services.close()
    if args.json:
        common.print_json([row.__dict__ for row in rows])
        return 0
    if not rows:
        print(_t("none", lang))
        return 0
    print(_t("header", lang))
    for row in rows:
        when = local_time(row.at).strftime("%Y-%m-%d %H:%M")
        en, ar = _KINDS.get(row.table, (row.table, row.table))
        kind = ar if lang == "ar" else en
        print(f"{row.id[:8]}  {when}  {row.actor[:18]:<18}  {row.record_count:>7}  {kind}: {row.label}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from nrtd_desktop.domain.errors import NotFoundError

    lang = common.message_language(args)
    services = common.open_services(args)
    try:
        wanted = args.deletion.strip()
        matches = [r for r in services.deletions.recent(limit=100_000, include_restored=True)
                   if r.id.startswith(wanted)] if len(wanted) >= 4 else []
        if len(matches) != 1:
            raise NotFoundError("deletion", wanted)
        restored = services.deletions.restore(matches[0].id)
    finally:
        services.close()
    print(_t("restored", lang, label=restored.label, count=sum(restored.counts.values())))
    return 0
