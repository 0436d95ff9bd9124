"""``nrtd plan ...`` and ``nrtd challenges ...``: the implementation plan, scriptable.

    nrtd plan show UPR-3-122.45 [--json]      the plan of a recommendation (or --cluster NAME)
    nrtd plan health [--stale-days 90] [--json]
    nrtd plan rollup [--dry-run] [--json]     roll every planned recommendation's status up again
    nrtd plan override REF --status implemented --reason "..."   (or --clear)
    nrtd plan timeline [--cluster X | --entity MOJ | --recommendation REF] [--json]
    nrtd challenges stats [--json]
    nrtd challenges list [--category legislative] [--status open] [--entity MOJ] [--theme KEY] [--json]

``--today YYYY-MM-DD`` fixes the date "overdue" is judged against (for reproducible scripts).
"""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from nrtd_desktop.cli import common
from nrtd_desktop.cli.arguments import MAX_ROWS, whole_number
from nrtd_desktop.cli.output import fit, say, table, vocabulary
from nrtd_desktop.domain import labels
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.smart import SmartCheck

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "cli.plan.status": ("status: {status}{by_hand}; roll-up: {rolled}{late}",
                        "الحالة: {status}{by_hand}؛ المحسوبة من الإجراءات: {rolled}{late}"),
    "cli.plan.by_hand": (" (set by hand: {reason})", " (حُددت يدوياً: {reason})"),
    "cli.plan.set_by_hand": ("(set by hand)", "(حُددت يدوياً)"),
    "cli.plan.overdue_tail": ("; OVERDUE", "؛ متأخرة"),
    "cli.plan.overdue": ("OVERDUE", "متأخر"),
    "cli.plan.cluster_action": ("(cluster) {title} [{status}]", "(المجموعة) {title} [{status}]"),
    "cli.health.no_lead_entity": ("Recommendations with no lead entity", "توصيات بلا جهة رئيسية"),
    "cli.health.no_action": ("Recommendations with no action (noted ones left out)",
                             "توصيات بلا إجراءات (دون التوصيات المحاط بها علماً)"),
    "cli.health.action_no_indicator": ("Actions with no indicator", "إجراءات بلا مؤشرات"),
    "cli.health.action_no_dates": ("Actions with no start or end date", "إجراءات بلا تاريخ بدء أو انتهاء"),
    "cli.health.overdue_actions": ("Overdue actions", "إجراءات متأخرة"),
    "cli.health.stale_indicators": ("Indicators with no recent progress", "مؤشرات بلا تقدم حديث"),
    "cli.rollup.would": ("{count} status(es) would change.", "عدد الحالات التي ستتغير: {count}."),
    "cli.rollup.done": ("{count} status(es) changed.", "عدد الحالات التي تغيرت: {count}."),
    "cli.timeline.count": ("{count} action(s); {undated} without dates left out; today {today}.",
                           "عدد الإجراءات: {count}؛ تُرك {undated} بلا تواريخ؛ اليوم {today}."),
    "cli.challenges.total": ("Challenges: {count} ({statuses})", "التحديات: {count} ({statuses})"),
    "cli.challenges.all": ("Total", "المجموع"),
    "cli.challenges.open": ("Open", "قائم"),
    "cli.challenges.being_addressed": ("Being addressed", "قيد المعالجة"),
    "cli.challenges.resolved": ("Resolved", "تمت معالجته"),
    "cli.challenges.by_category": ("By category", "حسب الفئة"),
    "cli.challenges.by_entity": ("By entity", "حسب الجهة"),
    "cli.challenges.by_theme": ("By theme", "حسب الموضوع"),
    "cli.challenges.count": ("{count} challenge(s).", "عدد التحديات: {count}."),
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    plan = subparsers.add_parser("plan", help="the implementation plan: health, roll-up, timeline")
    commands = plan.add_subparsers(dest="plan_command", metavar="PLAN_COMMAND")

    show = commands.add_parser("show", help="the plan of one recommendation or cluster")
    _common(show)
    show.add_argument("reference", nargs="?", help="the recommendation's reference")
    show.add_argument("--cluster", help="a cluster's name or id instead of a recommendation")
    show.set_defaults(handler=run_show)

    health = commands.add_parser("health", help="lists to work from: no lead, no action, overdue...")
    _common(health)
    health.add_argument(
        "--stale-days",
        type=whole_number("--stale-days", 0, 36500),
        default=90,
        help="indicators with no progress for this long",
    )
    health.add_argument(
        "--limit",
        type=whole_number("--limit", 1, MAX_ROWS),
        default=500,
        help="at most this many items per list",
    )
    health.set_defaults(handler=run_health)

    rollup = commands.add_parser("rollup", help="recompute the recommendations' status from their actions")
    _common(rollup)
    rollup.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    rollup.set_defaults(handler=run_rollup)

    override = commands.add_parser("override", help="set a recommendation's status by hand, with a reason")
    _common(override)
    override.add_argument("reference")
    override.add_argument("--status", type=vocabulary("--status", "status", False),
                          help="not_started, in_progress, partially_implemented or implemented")
    override.add_argument("--reason", default="", help="why the status is set by hand")
    override.add_argument("--clear", action="store_true", help="give the status back to the roll-up")
    override.set_defaults(handler=run_override)

    timeline = commands.add_parser("timeline", help="the dated actions, for a cluster, an entity or all")
    _common(timeline)
    scope = timeline.add_mutually_exclusive_group()
    scope.add_argument("--cluster", help="cluster name or id")
    scope.add_argument("--entity", help="entity code (lead or partner)")
    scope.add_argument("--recommendation", help="recommendation reference")
    timeline.set_defaults(handler=run_timeline)
    plan.set_defaults(handler=lambda _args: _help(plan))

    challenges = subparsers.add_parser("challenges", help="challenges and obstacles: analysis and lists")
    ch_commands = challenges.add_subparsers(dest="challenges_command", metavar="CHALLENGES_COMMAND")
    stats = ch_commands.add_parser("stats", help="counts by category, entity and theme, open first")
    _common(stats)
    stats.set_defaults(handler=run_challenge_stats)
    listing = ch_commands.add_parser("list", help="the challenges, open first, filtered")
    _common(listing)
    listing.add_argument("--category", type=vocabulary("--category", "challenge_category", False),
                         help="legislative, institutional, financial, human_capacity, data_statistics, "
                              "social_cultural, coordination or other")
    listing.add_argument("--status", type=vocabulary("--status", "challenge_status", False),
                         help="open, being_addressed or resolved")
    listing.add_argument("--entity", help="entity code, or none")
    listing.add_argument("--theme", help="theme key")
    listing.set_defaults(handler=run_challenge_list)
    challenges.set_defaults(handler=lambda _args: _help(challenges))


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _common(parser: argparse.ArgumentParser) -> None:
    common.add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--today", help="judge 'overdue' against this date (YYYY-MM-DD)")


def _open(args: argparse.Namespace, *, read: bool = False) -> Any:
    """The services for a plan command; ``read``: it only reads (``common.open_reader``)."""
    from nrtd_desktop.services.validation import as_date

    today = as_date("today", getattr(args, "today", None))
    if read:
        return common.open_reader(args, today=today)
    return common.open_services(args, today=today)


def _plain(value: Any) -> Any:
    """Dataclasses to JSON-ready dicts; a SMART check as its missing properties and reasons."""
    if isinstance(value, SmartCheck):
        return {
            "smart": value.is_smart,
            "missing": list(value.missing),
            "problems": [
                {"property": p.property, "reason": p.reason, "text_en": p.text("en"), "text_ar": p.text("ar")}
                for p in value.problems
            ],
        }
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _lang(args: argparse.Namespace) -> Lang:
    return common.message_language(args)


def run_show(args: argparse.Namespace) -> int:
    services = _open(args, read=True)
    try:
        if args.cluster:
            from nrtd_desktop.services import lookups

            with services.context.read() as session:
                cluster_id = lookups.cluster(session, args.cluster).id
            view = services.plan.plan("cluster", cluster_id)
        elif args.reference:
            view = services.plan.plan("recommendation", services.recommendations.find(args.reference).id)
        else:
            raise ValidationError("validation.required", field="reference")
        indicators = {a.id: services.plan.indicators(action_id=a.id) for a in view.actions}
    finally:
        services.close()
    if args.json:
        data = _plain(view)
        for action in data["actions"]:
            action["indicators"] = _plain(indicators[action["id"]])
        common.print_json(data)
        return 0
    lang = _lang(args)
    print(view.owner.label(lang))
    if view.status is not None:
        status = labels.label("status", view.status, lang)
        rolled = labels.label("status", view.rolled_up, lang) if view.rolled_up else "-"
        by_hand = say("cli.plan.by_hand", lang, reason=view.override_reason) if view.status_overridden else ""
        late = say("cli.plan.overdue_tail", lang) if view.overdue else ""
        print("  " + say("cli.plan.status", lang, status=status, by_hand=by_hand, rolled=rolled, late=late))
    for number, action in enumerate(view.actions, start=1):
        dates = f"{action.start_date or '?'} → {action.end_date or '?'}"
        late = " " + say("cli.plan.overdue", lang) if action.overdue else ""
        status = labels.label("action_status", action.status, lang)
        print(f"  {number}. {action.title(lang)} [{status}] {dates}{late}")
        for indicator in indicators[action.id]:
            print(f"     - {indicator.name(lang)}: {indicator.smart.summary(lang)}")
    for action in view.cluster_actions:
        status = labels.label("action_status", action.status, lang)
        print("  " + say("cli.plan.cluster_action", lang, title=action.title(lang), status=status))
    return 0


def run_health(args: argparse.Namespace) -> int:
    services = _open(args, read=True)
    try:
        report = services.plan.health(stale_days=args.stale_days, limit=args.limit)
        names = {e.code: e.label(_lang(args)) for e in services.entities.list()}
    finally:
        services.close()
    if args.json:
        common.print_json(_plain(report))
        return 0
    lang = _lang(args)
    for key, found in report.lists.items():
        print(f"{say(f'cli.health.{key}', lang)}: {found.count}")
        for item in found.items:
            when = f" ({item.when})" if item.when else ""
            entity = f" [{names.get(item.entity, item.entity)}]" if item.entity else ""
            print(f"  {item.owner.label(lang):<24} {fit(item.label(lang), 80)}{entity}{when}")
    return 0


def run_rollup(args: argparse.Namespace) -> int:
    services = _open(args, read=args.dry_run)
    try:
        changes = services.plan.rollup(dry_run=args.dry_run)
    finally:
        services.close()
    if args.json:
        common.print_json({"dry_run": args.dry_run, "changes": _plain(changes)})
        return 0
    lang = _lang(args)
    for change in changes:
        old, new = (labels.label("status", s, lang) for s in (change.old_status, change.new_status))
        print(f"{change.reference}: {old} → {new}")
    print(say("cli.rollup.would" if args.dry_run else "cli.rollup.done", lang, count=len(changes)))
    return 0


def run_override(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        rec_id = services.recommendations.find(args.reference).id
        if args.clear:
            view = services.plan.clear_override(rec_id)
        else:
            if not args.status:
                raise ValidationError("validation.required", field="status")
            view = services.plan.override_status(rec_id, args.status, args.reason)
    finally:
        services.close()
    if args.json:
        common.print_json(_plain(view))
    else:
        lang = _lang(args)
        by_hand = " " + say("cli.plan.set_by_hand", lang) if view.status_overridden else ""
        print(f"{view.owner.label(lang)}: {labels.label('status', view.status, lang)}{by_hand}")
    return 0


def run_timeline(args: argparse.Namespace) -> int:
    services = _open(args, read=True)
    try:
        found = services.plan.timeline(
            cluster=args.cluster, entity=args.entity, recommendation=args.recommendation
        )
    finally:
        services.close()
    if args.json:
        common.print_json(_plain(found))
        return 0
    lang = _lang(args)
    for bar in found.bars:
        late = " " + say("cli.plan.overdue", lang) if bar.overdue else ""
        owner = fit(bar.owner.label(lang), 22)
        print(f"{bar.start} → {bar.end}  {owner:<22} {fit(bar.title(lang), 70)}{late}")
    print(say("cli.timeline.count", lang, count=len(found.bars), undated=found.undated, today=found.today))
    return 0


def run_challenge_stats(args: argparse.Namespace) -> int:
    services = _open(args, read=True)
    try:
        stats = services.plan.challenges.stats()
    finally:
        services.close()
    if args.json:
        common.print_json(_plain(stats))
        return 0
    lang = _lang(args)
    separator = "، " if lang == "ar" else ", "
    statuses = separator.join(
        f"{labels.label('challenge_status', k, lang)}: {v}" for k, v in stats.by_status.items())
    print(say("cli.challenges.total", lang, count=stats.total, statuses=statuses))
    names = ("open", "being_addressed", "resolved", "all")
    headers = ["", *(say(f"cli.challenges.{name}", lang) for name in names)]
    for key, rows in (("by_category", stats.by_category), ("by_entity", stats.by_entity),
                      ("by_theme", stats.by_theme)):
        print(say(f"cli.challenges.{key}", lang))
        table(headers, [("  " + fit(row.label(lang), 50), str(row.open), str(row.being_addressed),
                         str(row.resolved), str(row.total)) for row in rows], lang)
    return 0


def run_challenge_list(args: argparse.Namespace) -> int:
    from nrtd_desktop.dto.plan import ChallengeFilter

    services = _open(args, read=True)
    try:
        rows = services.plan.challenges.list(
            ChallengeFilter(category=args.category, status=args.status, entity=args.entity, theme=args.theme)
        )
    finally:
        services.close()
    if args.json:
        common.print_json(_plain(rows))
        return 0
    lang = _lang(args)
    for row in rows:
        where = row.recommendation_reference or (row.entity.code if row.entity else "")
        status = labels.label("challenge_status", row.status, lang)
        category = labels.label("challenge_category", row.category, lang)
        print(f"{status:<16} {category:<20} {where:<16} {fit(row.description(lang), 70)}")
    print(say("cli.challenges.count", lang, count=len(rows)))
    return 0
