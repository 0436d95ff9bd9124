"""``nrtd calendar``: the reporting calendar (issue 22).

    nrtd calendar [--json] [--all]             every date: reviews, reports due, follow-ups, visits
    nrtd calendar set KEY [--date D] [--status S] [--submitted-on D] [--symbol SYMBOL] [--notes TEXT]
    nrtd calendar reset KEY                    forget the committee's changes to a computed date
    nrtd calendar add --kind sp_visit --body SP --title TEXT --date D   a date the register cannot give

KEY is the key the listing shows (``upr:4:midterm``, ``tb:CEDAW/C/SAU/CO/3-4:periodic``). The
dates are computed from the documents in the register until the committee enters its own; the
listing says how each computed date was reached. ``--all`` also lists the entries marked not
applicable. ``--today`` judges what is overdue against another date.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from nrtd_desktop.cli import common
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.lang import Lang

STATES = {
    "overdue": ("متأخر", "OVERDUE"),
    "due": ("مستحق قريباً", "DUE"),
    "upcoming": ("قادم", "upcoming"),
    "done": ("قُدِّم", "submitted"),
    "past": ("مضى", "past"),
    "none": ("بلا تاريخ", "no date"),
}
TEXT = {
    "heading": ("مواعيد التقارير في {today} ({count})", "Reporting calendar on {today} ({count} entries)"),
    "computed": ("محسوب: {basis}", "computed: {basis}"),
    "entered": ("أدخلته اللجنة", "entered by the committee"),
    "drafts": ("مشاريع: {ids}", "drafts: {ids}"),
    "saved": ("حُفظ: {title} – {date}", "Saved: {title} – {date}"),
    "reset": ("أُعيد التاريخ المحسوب: {title}", "Back to the computed date: {title}"),
}


def _t(key: str, lang: Lang, **params: Any) -> str:
    ar, en = TEXT[key]
    return (ar if lang == "ar" else en).format(**params)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "calendar",
        help="the reporting calendar: reviews, reports due, follow-ups",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common.add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--all", action="store_true", help="also the entries marked not applicable")
    parser.add_argument("--today", help="judge 'overdue' against this date (YYYY-MM-DD)")
    actions = parser.add_subparsers(dest="calendar_command", metavar="ACTION")
    change = actions.add_parser("set", help="enter the committee's date, status or symbol for an entry")
    common.add_db_option(change)
    change.add_argument("key", metavar="KEY", help="the entry's key, as the listing shows it")
    change.add_argument("--date", dest="due_date", metavar="YYYY-MM-DD", help="the due date")
    change.add_argument("--status", choices=[str(s) for s in r.EventStatus], help="where it stands")
    change.add_argument("--submitted-on", metavar="YYYY-MM-DD", help="the day the report was sent")
    change.add_argument("--symbol", help="the UN symbol of the report sent")
    change.add_argument("--notes", help="a note")
    change.set_defaults(handler=run_set)
    reset = actions.add_parser("reset", help="forget the committee's changes to a computed entry")
    common.add_db_option(reset)
    reset.add_argument("key", metavar="KEY")
    reset.set_defaults(handler=run_reset)
    add = actions.add_parser(
        "add", help="a date the register cannot give: a planned visit, a report decided on"
    )
    common.add_db_option(add)
    add.add_argument("--kind", choices=[str(k) for k in r.EventKind], default="other")
    add.add_argument("--body", required=True, help="the UN body's code (UPR, CRC, CEDAW, SP...)")
    add.add_argument("--title", required=True, help="what it is (in the language of --lang)")
    add.add_argument("--date", dest="due_date", metavar="YYYY-MM-DD", help="its date")
    add.add_argument("--notes", help="a note")
    add.set_defaults(handler=run_add)
    parser.set_defaults(handler=run_calendar)


def entry_json(entry: Any, today: Any) -> dict[str, Any]:
    return {
        "key": entry.key,
        "id": entry.id,
        "kind": entry.kind,
        "mechanism": entry.mechanism,
        "body": entry.body,
        "document_symbol": entry.document_symbol,
        "cycle": entry.cycle,
        "session": entry.session,
        "title_ar": entry.title_ar,
        "title_en": entry.title_en,
        "due_date": entry.due_date,
        "precision": entry.precision,
        "computed_date": entry.computed_date,
        "basis_ar": entry.basis_ar,
        "basis_en": entry.basis_en,
        "entered": entry.entered,
        "status": entry.status,
        "deliverable": entry.deliverable,
        "report_type": entry.report_type,
        "state": entry.state(today),
        "days_left": entry.days_left(today),
        "submitted_on": entry.submitted_on,
        "symbol": entry.symbol,
        "notes": entry.notes,
        "drafts": list(entry.drafts),
    }


def run_calendar(args: argparse.Namespace) -> int:
    from nrtd_desktop.services.validation import as_date

    lang = common.message_language(args)
    today = as_date("today", getattr(args, "today", None))
    services = common.open_reader(args, today=today)
    try:
        entries = services.calendar.entries(include_hidden=args.all)
        today = services.context.today()
    finally:
        services.close()
    if args.json:
        common.print_json({"today": today, "entries": [entry_json(e, today) for e in entries]})
        return 0
    print(_t("heading", lang, today=today.isoformat(), count=len(entries)))
    for entry in entries:
        state = entry.state(today)
        state_text = STATES[state][0 if lang == "ar" else 1]
        when = entry.date_text(lang)
        origin = (
            _t("entered", lang)
            if entry.entered
            else (_t("computed", lang, basis=entry.basis(lang)) if entry.basis(lang) else "")
        )
        line = f"{state_text:<10} {when:<14} {entry.label(lang)}  [{entry.key}]"
        if origin:
            line += f"  ({origin})"
        if entry.drafts:
            line += "  " + _t("drafts", lang, ids=", ".join(d[:8] for d in entry.drafts))
        print(line)
    return 0


def run_set(args: argparse.Namespace) -> int:
    from nrtd_desktop.dto.calendar import CalendarChanges
    from nrtd_desktop.services.validation import as_date

    lang = common.message_language(args)
    changes = CalendarChanges(
        due_date=as_date("due_date", args.due_date),
        status=args.status,
        submitted_on=as_date("submitted_on", args.submitted_on),
        symbol=args.symbol,
        notes=args.notes,
    )
    services = common.open_services(args)
    try:
        entry = services.calendar.update(args.key, changes)
    finally:
        services.close()
    print(_t("saved", lang, title=entry.label(lang), date=entry.date_text(lang)), file=sys.stderr)
    return 0


def run_add(args: argparse.Namespace) -> int:
    from nrtd_desktop.dto.calendar import CalendarChanges
    from nrtd_desktop.services.validation import as_date

    lang = common.message_language(args)
    title = {"title_ar": args.title} if lang == "ar" else {"title_en": args.title}
    changes = CalendarChanges(
        kind=args.kind, body=args.body, due_date=as_date("due_date", args.due_date), notes=args.notes, **title
    )
    services = common.open_services(args)
    try:
        entry = services.calendar.add(changes)
    finally:
        services.close()
    print(_t("saved", lang, title=entry.label(lang), date=entry.date_text(lang)), file=sys.stderr)
    print(entry.key)
    return 0


def run_reset(args: argparse.Namespace) -> int:
    lang = common.message_language(args)
    services = common.open_services(args)
    try:
        entry = services.calendar.entry(args.key)
        services.calendar.reset(args.key)
    finally:
        services.close()
    print(_t("reset", lang, title=entry.label(lang)), file=sys.stderr)
    return 0
