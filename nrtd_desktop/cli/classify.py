"""``nrtd cluster``, ``nrtd priority``, ``nrtd similar``, ``nrtd duplicates``, ``nrtd link`` and
``nrtd entity``: classifying, prioritising and assigning the recommendations from a script."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any

from nrtd_desktop.cli import common
from nrtd_desktop.cli.arguments import MAX_ROWS, fraction, whole_number
from nrtd_desktop.cli.output import fit, say, table
from nrtd_desktop.domain import labels
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.lang import Lang

# Kept here rather than imported: ``nrtd --help`` should not load the services, numpy and scipy.
SCOPES = ("all", "across_documents", "across_mechanisms")
ENTITY_KINDS = ("ministry", "authority", "council", "commission", "other")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_cluster(subparsers)
    _register_priority(subparsers)
    similar = subparsers.add_parser("similar", help="the recommendations most like one, with the reasons")
    common.add_db_option(similar)
    similar.add_argument("--ref", required=True, help="the recommendation's reference")
    similar.add_argument("--limit", type=whole_number("--limit", 1, MAX_ROWS), default=10)
    similar.add_argument("--min-score", type=fraction("--min-score"), default=0.05)
    similar.add_argument("--json", action="store_true")
    similar.set_defaults(handler=run_similar)

    duplicates = subparsers.add_parser("duplicates", help="possible duplicates across mechanisms and cycles")
    common.add_db_option(duplicates)
    duplicates.add_argument("--threshold", type=fraction("--threshold"), default=0.8,
                            help="cosine of the texts, 0.3-1 (0.8)")
    duplicates.add_argument("--limit", type=whole_number("--limit", 1, MAX_ROWS), default=100,
                            help="at most this many pairs (100)")
    duplicates.add_argument("--scope", choices=SCOPES, default="all")
    duplicates.add_argument("--include-linked", action="store_true", help="also pairs already linked")
    duplicates.add_argument("--json", action="store_true")
    duplicates.set_defaults(handler=run_duplicates)

    link = subparsers.add_parser("link", help="link two recommendations as related or the same")
    link_sub = link.add_subparsers(dest="link_command", metavar="ACTION", required=True)
    add = link_sub.add_parser("add", help="link two recommendations")
    add.add_argument("first")
    add.add_argument("second")
    add.add_argument("--kind", choices=("related", "same"), default="related")
    add.set_defaults(handler=run_link_add)
    remove = link_sub.add_parser("remove", help="unlink two recommendations")
    remove.add_argument("first")
    remove.add_argument("second")
    remove.set_defaults(handler=run_link_remove)
    listing = link_sub.add_parser("list", help="the links of a recommendation")
    listing.add_argument("ref")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_link_list)
    for parser in (add, remove, listing):
        common.add_db_option(parser)
    _register_entity(subparsers)


# -- clusters -------------------------------------------------------------------------------
def _register_cluster(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cluster = subparsers.add_parser("cluster",
                                    help="thematic clusters: list, create, merge, split, move, suggest")
    sub = cluster.add_subparsers(dest="cluster_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="every cluster with its size")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_cluster_list)
    show = sub.add_parser("show", help="a cluster's recommendations by mechanism")
    show.add_argument("cluster", help="cluster name (Arabic or English) or id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_cluster_show)
    create = sub.add_parser("create", help="a new cluster")
    create.add_argument("name_ar")
    create.add_argument("--name-en", default="")
    create.add_argument("--description-ar", default="")
    create.add_argument("--description-en", default="")
    create.add_argument("--lead", help="lead entity code")
    create.add_argument("--supporting", action="append", default=[], help="supporting entity code; repeat")
    create.set_defaults(handler=run_cluster_create)
    edit = sub.add_parser("edit", help="rename or describe a cluster, or change its entities")
    edit.add_argument("cluster")
    for flag in ("--name-ar", "--name-en", "--description-ar", "--description-en", "--lead"):
        edit.add_argument(flag)
    edit.add_argument("--supporting", action="append", help="supporting entity code; repeat (replaces)")
    edit.set_defaults(handler=run_cluster_edit)
    merge = sub.add_parser("merge", help="merge clusters into the first one named")
    merge.add_argument("target")
    merge.add_argument("sources", nargs="+")
    merge.set_defaults(handler=run_cluster_merge)
    split = sub.add_parser("split", help="move chosen recommendations of a cluster into a new cluster")
    split.add_argument("cluster")
    split.add_argument("refs", nargs="+", help="references of the recommendations that leave")
    split.add_argument("--name-ar", required=True)
    split.add_argument("--name-en", default="")
    split.set_defaults(handler=run_cluster_split)
    move = sub.add_parser("move", help="move recommendations into a cluster, or out of any (--out)")
    target = move.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", help="the cluster they go to")
    target.add_argument("--out", action="store_true", help="take them out of their cluster")
    move.add_argument("refs", nargs="+")
    move.set_defaults(handler=run_cluster_move)
    suggest = sub.add_parser("suggest", help="similar recommendations for a reference or a cluster")
    source = suggest.add_mutually_exclusive_group(required=True)
    source.add_argument("--ref")
    source.add_argument("--cluster")
    suggest.add_argument("--limit", type=whole_number("--limit", 1, MAX_ROWS), default=10)
    suggest.add_argument("--min-score", type=fraction("--min-score"), default=0.05)
    suggest.add_argument("--json", action="store_true")
    suggest.set_defaults(handler=run_cluster_suggest)
    for parser in (listing, show, create, edit, merge, split, move, suggest):
        common.add_db_option(parser)


def _lang(args: argparse.Namespace) -> Lang:
    return common.message_language(args)


def _cluster_json(row: Any) -> dict[str, Any]:
    return dataclasses.asdict(row)


def run_cluster_list(args: argparse.Namespace) -> int:
    services = common.open_reader(args)
    try:
        rows = services.clusters.list()
    finally:
        services.close()
    if args.json:
        common.print_json([_cluster_json(r) for r in rows])
        return 0
    for r in rows:
        print(f"{r.recommendation_count:>5}  {r.label(_lang(args))}  [{r.lead_entity or '-'}]")
    return 0


def run_cluster_show(args: argparse.Namespace) -> int:
    services = common.open_reader(args)
    try:
        view = services.cluster_ops.view(args.cluster)
    finally:
        services.close()
    columns = view.by_mechanism()
    if args.json:
        common.print_json({"cluster": _cluster_json(view.cluster),
                           "by_mechanism": {k: [dataclasses.asdict(m) for m in v]
                                            for k, v in columns.items()}})
        return 0
    lang = _lang(args)
    print(view.cluster.label(lang))
    for mechanism, members in columns.items():
        print(f"  {labels.label('mechanism', mechanism, lang)} ({len(members)})")
        for m in members:
            print(f"    {m.reference:<20} {fit(' '.join(m.text(lang).split()), 100)}")
    return 0


def run_cluster_create(args: argparse.Namespace) -> int:
    services = common.open_services(args)
    try:
        row = services.clusters.create(args.name_ar, args.name_en, args.description_ar, args.description_en,
                                       args.lead, tuple(args.supporting))
    finally:
        services.close()
    print(f"{row.id} {row.name_ar}")
    return 0


def run_cluster_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    for name in ("name_ar", "name_en", "description_ar", "description_en"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.lead is not None:
        changes["lead_entity"] = args.lead or None
    if args.supporting is not None:
        changes["supporting_entities"] = tuple(args.supporting)
    services = common.open_services(args)
    try:
        from nrtd_desktop.services import lookups

        with services.context.read() as session:
            cluster_id = lookups.cluster(session, args.cluster).id
        row = services.clusters.update(cluster_id, changes)
    finally:
        services.close()
    print(f"{row.id} {row.name_ar}")
    return 0


def run_cluster_merge(args: argparse.Namespace) -> int:
    services = common.open_services(args)
    try:
        row = services.cluster_ops.merge(args.target, args.sources)
    finally:
        services.close()
    print(say("cli.cluster.size", _lang(args), name=row.label(_lang(args)), count=row.recommendation_count))
    return 0


def run_cluster_split(args: argparse.Namespace) -> int:
    services = common.open_services(args)
    try:
        row = services.cluster_ops.split(args.cluster, args.refs, args.name_ar, args.name_en)
    finally:
        services.close()
    print(row.id + " " + say("cli.cluster.size", _lang(args), name=row.label(_lang(args)),
                             count=row.recommendation_count))
    return 0


def run_cluster_move(args: argparse.Namespace) -> int:
    services = common.open_services(args)
    try:
        changed = services.cluster_ops.move(args.refs, None if args.out else args.to)
    finally:
        services.close()
    print(say("cli.cluster.moved", _lang(args), count=changed))
    return 0


def _similar_json(item: Any) -> dict[str, Any]:
    return {"reference": item.row.reference, "id": item.row.id, "score": item.score,
            "language": item.language,
            "mechanism": item.row.mechanism, "body": item.row.body, "cycle": item.row.cycle,
            "document_symbol": item.row.document_symbol, "same_document": item.same_document,
            "shared_words": list(item.shared_terms), "shared_themes": [t.key for t in item.shared_themes],
            "link": item.link_kind, "text_ar": item.row.text_ar, "text_en": item.row.text_en}


def _print_similar(items: list[Any], lang: Lang, as_json: bool) -> None:
    if as_json:
        common.print_json([_similar_json(i) for i in items])
        return
    for item in items:
        print(f"{item.score:.3f}  {item.row.reference:<20} {fit(' '.join(item.row.text(lang).split()), 90)}")
        print(f"       {item.reason(lang)}")


def run_cluster_suggest(args: argparse.Namespace) -> int:
    services = common.open_reader(args)
    try:
        if args.ref:
            items = services.similarity.similar(args.ref, args.limit, args.min_score)
        else:
            items = services.similarity.similar_to_cluster(args.cluster, args.limit, args.min_score)
    finally:
        services.close()
    _print_similar(items, _lang(args), args.json)
    return 0


def run_similar(args: argparse.Namespace) -> int:
    services = common.open_reader(args)
    try:
        items = services.similarity.similar(args.ref, args.limit, args.min_score)
        info = services.similarity.index_info()
    finally:
        services.close()
    _print_similar(items, _lang(args), args.json)
    if not args.json:
        print(say("cli.similar.index", _lang(args), records=info.records, source=info.source,
                  seconds=f"{info.seconds:.2f}"), file=sys.stderr)
    return 0


def run_duplicates(args: argparse.Namespace) -> int:
    services = common.open_reader(args)
    try:
        info = services.similarity.index_info()
        scan = services.similarity.duplicates(args.threshold, args.limit, args.scope, args.include_linked)
    finally:
        services.close()
    if args.json:
        common.print_json({
            "threshold": scan.threshold, "scope": scan.scope, "total": scan.total,
            "index": dataclasses.asdict(info), "scan_seconds": scan.seconds,
            "pairs": [{"first": p.first.reference, "second": p.second.reference, "score": p.score,
                       "language": p.language, "shared_words": list(p.shared_terms),
                       "shared_themes": [t.key for t in p.shared_themes], "link": p.link_kind}
                      for p in scan.pairs],
        })
        return 0
    lang = _lang(args)
    for p in scan.pairs:
        print(f"{p.score:.3f}  {p.first.reference:<20} {p.second.reference:<20} {p.reason(lang)}")
    print(say("cli.duplicates.count", lang, shown=len(scan.pairs), total=scan.total, threshold=scan.threshold,
              source=info.source, index=f"{info.seconds:.2f}", scan=f"{scan.seconds:.2f}"), file=sys.stderr)
    return 0


def run_link_add(args: argparse.Namespace) -> int:
    services = common.open_services(args)
    try:
        row = services.links.add(args.first, args.second, args.kind)
    finally:
        services.close()
    print(say(f"cli.link.{row.kind}", _lang(args), first=args.first, second=row.other.reference))
    return 0


def run_link_remove(args: argparse.Namespace) -> int:
    services = common.open_services(args)
    try:
        removed = services.links.remove(args.first, args.second)
    finally:
        services.close()
    print(say("cli.link.removed" if removed else "cli.link.none", _lang(args)))
    return 0


def run_link_list(args: argparse.Namespace) -> int:
    services = common.open_reader(args)
    try:
        rows = services.links.list(args.ref)
    finally:
        services.close()
    if args.json:
        common.print_json([{"kind": r.kind, "reference": r.other.reference, "id": r.other.id} for r in rows])
        return 0
    lang = _lang(args)
    for r in rows:
        kind = say(f"cli.link.kind.{r.kind}", lang)
        print(f"{kind:<8} {r.other.reference:<20} {fit(' '.join(r.other.text(lang).split()), 90)}")
    return 0


# -- priorities -----------------------------------------------------------------------------
def _register_priority(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    priority = subparsers.add_parser("priority", help="priority weights, recompute, explain, override")
    sub = priority.add_subparsers(dest="priority_command", metavar="ACTION", required=True)
    recompute = sub.add_parser("recompute", help="score every recommendation with the saved weights")
    recompute.add_argument("--json", action="store_true")
    recompute.set_defaults(handler=run_priority_recompute)
    weights = sub.add_parser("weights", help="show or change the weights and thresholds")
    weights.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                         help="a criterion's weight (position, action_category, urgency, repetition, "
                              "judgement; 0-10) or a threshold (high, medium; 0-100); repeat")
    weights.add_argument("--json", action="store_true")
    weights.set_defaults(handler=run_priority_weights)
    explain = sub.add_parser("explain", help="a recommendation's score, criterion by criterion")
    explain.add_argument("--ref", required=True)
    explain.add_argument("--json", action="store_true")
    explain.set_defaults(handler=run_priority_explain)
    override = sub.add_parser("set", help="set a priority by hand, with the reason")
    override.add_argument("--ref", required=True)
    override.add_argument("--priority", required=True, choices=("high", "medium", "low"))
    override.add_argument("--reason", required=True)
    override.set_defaults(handler=run_priority_set)
    clear = sub.add_parser("clear", help="give a priority back to the rule")
    clear.add_argument("--ref", required=True)
    clear.set_defaults(handler=run_priority_clear)
    judge = sub.add_parser("judge", help="the committee's own rating of a recommendation, 1-5 (0 clears)")
    judge.add_argument("--ref", required=True)
    judge.add_argument("--value", type=whole_number("--value", 0, 5), required=True)
    judge.set_defaults(handler=run_priority_judge)
    for parser in (recompute, weights, explain, override, clear, judge):
        common.add_db_option(parser)


def run_priority_recompute(args: argparse.Namespace) -> int:
    services = common.open_services(args)
    try:
        result = services.priority.recompute()
    finally:
        services.close()
    if args.json:
        common.print_json(dataclasses.asdict(result))
    else:
        print(say("cli.priority.recomputed", _lang(args), records=result.records, changed=result.changed,
                  kept=result.overrides_kept, seconds=f"{result.seconds:.2f}"))
    return 0


def run_priority_weights(args: argparse.Namespace) -> int:
    weights: dict[str, str] = {}
    thresholds: dict[str, str] = {}
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep:
            raise ValidationError("validation.invalid_choice", field="--set", value=item)
        (thresholds if name.strip() in ("high", "medium") else weights)[name.strip()] = value.strip()
    services = common.open_services(args) if args.set else common.open_reader(args)
    try:
        if args.set:
            current = services.priority.set_weights(weights, thresholds)
        else:
            current = services.priority.weights()
    finally:
        services.close()
    if args.json:
        common.print_json({"weights": current.weights, "thresholds": current.thresholds})
        return 0
    from nrtd_desktop.domain.priority import CRITERIA

    lang = _lang(args)
    for criterion, (en, ar) in CRITERIA.items():
        print(f"{criterion:<16} {current.weight(criterion):>5.1f}  {ar if lang == 'ar' else en}")
    print(say("cli.priority.thresholds", lang, high=f"{current.thresholds['high']:.0f}",
              medium=f"{current.thresholds['medium']:.0f}"))
    return 0


def run_priority_explain(args: argparse.Namespace) -> int:
    services = common.open_reader(args)
    try:
        explanation = services.priority.explain(args.ref)
    finally:
        services.close()
    if args.json:
        common.print_json(dataclasses.asdict(explanation))
        return 0
    print(explanation.reference)
    print(explanation.text(_lang(args)))
    return 0


def run_priority_set(args: argparse.Namespace) -> int:
    services = common.open_services(args)
    try:
        explanation = services.priority.override(args.ref, args.priority, args.reason)
    finally:
        services.close()
    lang = _lang(args)
    print(f"{explanation.reference}: {labels.label('priority', explanation.priority, lang)} "
          f"{say('cli.priority.by_hand', lang)}")
    return 0


def run_priority_clear(args: argparse.Namespace) -> int:
    services = common.open_services(args)
    try:
        explanation = services.priority.clear_override(args.ref)
    finally:
        services.close()
    lang = _lang(args)
    print(f"{explanation.reference}: {labels.label('priority', explanation.priority, lang)} "
          f"{say('cli.priority.computed', lang)}")
    return 0


def run_priority_judge(args: argparse.Namespace) -> int:
    services = common.open_services(args)
    try:
        explanation = services.priority.set_judgement(args.ref, args.value or None)
    finally:
        services.close()
    priority = labels.label("priority", explanation.priority, _lang(args))
    print(f"{explanation.reference}: {explanation.computed.score:.1f} → {priority}")
    return 0


# -- entities -------------------------------------------------------------------------------
def _register_entity(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    entity = subparsers.add_parser("entity", help="ministries and agencies: list, add, edit, show")
    sub = entity.add_subparsers(dest="entity_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="every entity with what it leads and supports")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_entity_list)
    add = sub.add_parser("add", help="a new entity")
    add.add_argument("code")
    add.add_argument("name_ar")
    add.add_argument("--name-en", default="")
    add.add_argument("--kind", default="other", choices=ENTITY_KINDS)
    add.set_defaults(handler=run_entity_add)
    edit = sub.add_parser("edit", help="change an entity's code or names")
    edit.add_argument("entity", help="its current code")
    edit.add_argument("--code")
    edit.add_argument("--name-ar")
    edit.add_argument("--name-en")
    edit.add_argument("--kind", choices=ENTITY_KINDS)
    edit.set_defaults(handler=run_entity_edit)
    show = sub.add_parser("show", help="everything an entity leads or supports")
    show.add_argument("entity")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_entity_show)
    for parser in (listing, add, edit, show):
        common.add_db_option(parser)


def run_entity_list(args: argparse.Namespace) -> int:
    services = common.open_reader(args)
    try:
        rows = services.entities.list()
    finally:
        services.close()
    if args.json:
        common.print_json([dataclasses.asdict(r) for r in rows])
        return 0
    lang = _lang(args)
    headers = [say(f"cli.entity.{name}", lang) for name in ("code", "leads", "supports", "name")]
    table(headers, [(r.code, str(r.lead_count), str(r.supporting_count), r.label(lang)) for r in rows], lang)
    return 0


def run_entity_add(args: argparse.Namespace) -> int:
    services = common.open_services(args)
    try:
        row = services.entities.create(args.code, args.name_ar, args.name_en, args.kind)
    finally:
        services.close()
    print(f"{row.code} {row.name_ar}")
    return 0


def run_entity_edit(args: argparse.Namespace) -> int:
    changes = {name: getattr(args, name) for name in ("code", "name_ar", "name_en", "kind")
               if getattr(args, name) is not None}
    services = common.open_services(args)
    try:
        row = services.entities.update(services.entities.get(args.entity.upper()).id, changes)
    finally:
        services.close()
    print(f"{row.code} {row.name_ar}")
    return 0


def run_entity_show(args: argparse.Namespace) -> int:
    services = common.open_reader(args)
    try:
        work = services.responsibility.of_entity(args.entity)
    finally:
        services.close()
    if args.json:
        common.print_json(dataclasses.asdict(work))
        return 0
    lang = _lang(args)
    print(f"{work.entity.code} {work.entity.label(lang)}")
    for key, rows in (("leads", work.leads), ("supports", work.supports)):
        print(f"  {say(f'cli.entity.{key}', lang)} ({len(rows)})")
        for m in rows:
            print(f"    {m.reference:<20} {fit(' '.join(m.text(lang).split()), 90)}")
    separator = "، " if lang == "ar" else ", "
    for key, clusters in (("lead_clusters", work.lead_clusters),
                          ("supporting_clusters", work.supporting_clusters)):
        names = separator.join(c.label(lang) for c in clusters) or "—"
        print(f"  {say(f'cli.entity.{key}', lang)}: {names}")
    return 0


MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "cli.cluster.size": ("{name}: {count} recommendation(s)", "{name}: عدد التوصيات {count}"),
    "cli.cluster.moved": ("{count} recommendation(s) moved", "عدد التوصيات المنقولة: {count}"),
    "cli.similar.index": ("index: {records} records ({source}, {seconds} s)",
                          "الفهرس: {records} سجل ({source}، {seconds} ث)"),
    "cli.duplicates.count": (
        "{shown} of {total} pair(s) at {threshold}; index {source} in {index} s, scan {scan} s",
        "{shown} من {total} زوجاً عند {threshold}؛ الفهرس {source} في {index} ث، والمسح في {scan} ث"),
    "cli.link.same": ("{first} is the same as {second}", "{first} هي نفسها {second}"),
    "cli.link.related": ("{first} is related to {second}", "{first} مرتبطة بـ {second}"),
    "cli.link.removed": ("unlinked", "فُصل الربط"),
    "cli.link.none": ("they were not linked", "لم تكونا مرتبطتين"),
    "cli.link.kind.same": ("same as", "نفسها"),
    "cli.link.kind.related": ("related", "مرتبطة"),
    "cli.priority.recomputed": (
        "{records} scored, {changed} changed, {kept} set by hand kept ({seconds} s)",
        "حُسبت درجة {records}، وتغيّر {changed}، وبقي {kept} مما حُدد يدوياً ({seconds} ث)"),
    "cli.priority.thresholds": ("high ≥ {high}, medium ≥ {medium}", "عالية ≥ {high}، متوسطة ≥ {medium}"),
    "cli.priority.by_hand": ("(set by hand)", "(حُددت يدوياً)"),
    "cli.priority.computed": ("(computed)", "(محسوبة)"),
    "cli.entity.code": ("Code", "الرمز"),
    "cli.entity.leads": ("Leads", "تقودها"),
    "cli.entity.supports": ("Supports", "تساندها"),
    "cli.entity.name": ("Name", "الاسم"),
    "cli.entity.lead_clusters": ("Clusters it leads", "المجموعات التي تقودها"),
    "cli.entity.supporting_clusters": ("Clusters it supports", "المجموعات التي تساندها"),
}
