"""``nrtd suggest``: suggested themes, affected groups and SDG targets, and accepting them.

``nrtd suggest [--vocabulary themes|groups|sdg] [filters] [--min-confidence X] [--json]`` lists
the suggestions for the register (or the records the filters leave); ``--apply`` accepts every one
at or above the confidence (default: each model's threshold), recorded in the history as suggested
and accepted by the member named with ``--actor`` (else the configured name).
``nrtd suggest models [--json]``: the models in use, their training date and held-out figures.
``nrtd suggest train [--vocabulary ...]``: train the models on the committee's labelled register.
``nrtd suggest reject REFERENCE VOCABULARY LABEL``: never offer that label for that record again.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from nrtd_desktop.cli import common
from nrtd_desktop.domain.errors import ValidationError, render_message
from nrtd_desktop.domain.lang import Lang

if TYPE_CHECKING:
    from nrtd_desktop.services.suggestions import ModelInfo

VOCABULARY_CHOICES = ("themes", "groups", "sdg")

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "suggest.cli.none": ("No suggestion at this confidence.", "لا توجد اقتراحات بهذه الدرجة من الثقة."),
    "suggest.cli.count": (
        "{count} suggestion(s) for {records} recommendation(s).",
        "الاقتراحات: {count}، في {records} من التوصيات.",
    ),
    "suggest.cli.applied": (
        "Accepted {count} suggestion(s): {records} recommendation(s) changed in {seconds} s "
        "(recorded in the history as suggested and accepted by {actor}).",
        "قُبل {count} من الاقتراحات، وتغيّر {records} من التوصيات في {seconds} ث "
        "(سُجّل في سجل التغييرات أنه اقتراح من البرنامج قبِله {actor}).",
    ),
    "suggest.cli.model": (
        "{vocabulary}: {source} model of {trained_at}, {labels} labels, threshold {threshold}; "
        "held out: precision {precision}, recall {recall}, F1 {f1}, precision@3 {at3}. "
        "Trained on {trained_on}.",
        "{vocabulary}: نموذج {source} بتاريخ {trained_at}، عدد التسميات {labels}، العتبة {threshold}؛ "
        "على بيانات لم يُدرَّب عليها: الدقة {precision}، الاستدعاء {recall}، F1 {f1}، "
        "الدقة في أول ثلاثة {at3}. "
        "دُرِّب على {trained_on}.",
    ),
    "suggest.cli.trained": (
        "Trained the {vocabulary} model on {records} labelled recommendations ({labels} labels), "
        "kept beside the database; held out: precision {precision}, recall {recall}, F1 {f1}.",
        "دُرِّب نموذج {vocabulary} على {records} من التوصيات المصنّفة (عدد التسميات {labels}) "
        "وحُفظ بجانب قاعدة البيانات؛ "
        "على بيانات لم يُدرَّب عليها: الدقة {precision}، الاستدعاء {recall}، F1 {f1}.",
    ),
    "suggest.cli.rejected": (
        "'{label}' will not be suggested again for {reference}.",
        "لن تُقترح «{label}» للتوصية {reference} بعد الآن.",
    ),
    "suggest.cli.not_suggested": (
        "'{label}' is not a {vocabulary} label the program knows.",
        "«{label}» ليست من تسميات {vocabulary} التي يعرفها البرنامج.",
    ),
}

_SOURCE = {"shipped": ("program's", "البرنامج"), "committee": ("committee's", "اللجنة")}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "suggest", help="suggested themes, affected groups and SDG targets: list, accept, train"
    )
    common.add_db_option(parser)
    common.add_filter_options(parser)
    parser.add_argument("--vocabulary", choices=VOCABULARY_CHOICES, help="only this vocabulary")
    parser.add_argument(
        "--min-confidence",
        type=float,
        metavar="X",
        help="the lowest confidence listed or accepted, 0-1 (default: each model's threshold)",
    )
    parser.add_argument("--apply", action="store_true", help="accept every suggestion listed")
    parser.add_argument("--actor", help="who accepts (default: the configured name)")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(handler=run_suggest)
    commands = parser.add_subparsers(dest="suggest_command", metavar="COMMAND")
    models = commands.add_parser("models", help="the models in use, their date and held-out figures")
    common.add_db_option(models)
    models.add_argument("--json", action="store_true", help="print JSON")
    models.set_defaults(handler=run_models)
    train = commands.add_parser("train", help="train the models on the committee's labelled register")
    common.add_db_option(train)
    train.add_argument("--vocabulary", choices=VOCABULARY_CHOICES, help="only this vocabulary")
    train.add_argument("--json", action="store_true", help="print JSON")
    train.set_defaults(handler=run_train)
    reject = commands.add_parser("reject", help="never suggest a label for a recommendation again")
    common.add_db_option(reject)
    reject.add_argument("reference")
    reject.add_argument("vocabulary", choices=VOCABULARY_CHOICES)
    reject.add_argument("label", help="the key or code (theme key, group key, SDG target such as 5.2)")
    reject.add_argument("--actor", help="who rejects (default: the configured name)")
    reject.set_defaults(handler=run_reject)


def _say(key: str, lang: Lang, **params: Any) -> str:
    return render_message(key, params, lang)


def _vocabularies(args: argparse.Namespace) -> tuple[str, ...]:
    return (args.vocabulary,) if getattr(args, "vocabulary", None) else VOCABULARY_CHOICES


def _has_filter(args: argparse.Namespace) -> bool:
    f = common.filter_from_args(args)
    return (
        bool(f.search)
        or f.overdue is not None
        or any(
            getattr(f, name)
            for name in (
                "mechanism",
                "body",
                "cycle",
                "position",
                "status",
                "theme",
                "affected_group",
                "sdg",
                "entity",
                "lead_entity",
                "cluster",
                "priority",
                "country",
                "mandate",
            )
        )
    )


def _open(args: argparse.Namespace, write: bool) -> Any:
    if not write:
        return common.open_reader(args)
    options: dict[str, Any] = {}
    if getattr(args, "actor", None):
        from nrtd_desktop.app import actor_from_settings
        from nrtd_desktop.db.history import Actor

        options["actor"] = Actor(args.actor, actor_from_settings().entity)
    return common.open_services(args, **options)


def run_suggest(args: argparse.Namespace) -> int:
    lang = common.message_language(args)
    services = _open(args, args.apply)
    try:
        ids = services.recommendations.ids(common.filter_from_args(args)) if _has_filter(args) else None
        suggestions = services.suggestions
        if args.apply:
            result = suggestions.apply(ids, _vocabularies(args), args.min_confidence)
            actor = services.context.actor.name or "—"
            if args.json:
                common.print_json(
                    {
                        "accepted": result.suggestions,
                        "records": result.records,
                        "seconds": result.seconds,
                        "actor": actor,
                    }
                )
            else:
                print(
                    _say(
                        "suggest.cli.applied",
                        lang,
                        count=result.suggestions,
                        records=result.records,
                        seconds=result.seconds,
                        actor=actor,
                    )
                )
            return 0
        found = suggestions.suggest(ids, _vocabularies(args), args.min_confidence)
    finally:
        services.close()
    if args.json:
        common.print_json(
            [
                {
                    "reference": s.reference,
                    "vocabulary": s.vocabulary,
                    "key": s.key,
                    "name_en": s.name_en,
                    "name_ar": s.name_ar,
                    "confidence": s.confidence,
                    "via": s.via,
                    "sure": s.sure,
                }
                for s in found
            ]
        )
        return 0
    if not found:
        print(_say("suggest.cli.none", lang))
        return 0
    for s in found:
        print(f"{s.reference}\t{s.vocabulary}\t{s.key}\t{s.confidence:.2f}\t{s.label(lang)}")
    records = len({s.record_id for s in found})
    print(_say("suggest.cli.count", lang, count=len(found), records=records))
    return 0


def run_models(args: argparse.Namespace) -> int:
    lang = common.message_language(args)
    services = common.open_reader(args)
    try:
        models = services.suggestions.models()
    finally:
        services.close()
    if args.json:
        common.print_json([_model_json(m) for m in models])
        return 0
    for m in models:
        held = m.figures.get("held_out", {})
        print(
            _say(
                "suggest.cli.model",
                lang,
                vocabulary=m.vocabulary,
                source=_SOURCE[m.source][lang == "ar"],
                trained_at=m.trained_at,
                labels=m.labels,
                threshold=m.threshold,
                precision=held.get("precision", "—"),
                recall=held.get("recall", "—"),
                f1=held.get("f1", "—"),
                at3=held.get("precision_at_3", "—"),
                trained_on=m.trained_on,
            )
        )
    return 0


def _model_json(m: ModelInfo) -> dict[str, Any]:
    """A model as `suggest models --json` and `suggest train --json` print it."""
    return {
        "vocabulary": m.vocabulary,
        "source": m.source,
        "trained_at": m.trained_at,
        "trained_on": m.trained_on,
        "threshold": m.threshold,
        "labels": m.labels,
        "figures": m.figures,
    }


def run_train(args: argparse.Namespace) -> int:
    lang = common.message_language(args)
    services = common.open_services(args)
    try:
        trained = services.suggestions.train(_vocabularies(args))
    finally:
        services.close()
    if args.json:
        common.print_json([_model_json(m) for m in trained])
        return 0
    for m in trained:
        held = m.figures.get("held_out", {})
        print(
            _say(
                "suggest.cli.trained",
                lang,
                vocabulary=m.vocabulary,
                records=m.figures.get("records", "—"),
                labels=m.labels,
                precision=held.get("precision"),
                recall=held.get("recall"),
                f1=held.get("f1"),
            )
        )
    return 0


def run_reject(args: argparse.Namespace) -> int:
    from nrtd_desktop.services.suggestions import Suggestion, label_names

    lang = common.message_language(args)
    names = label_names()[args.vocabulary]
    if args.label not in names:
        raise ValidationError(
            "suggest.cli.not_suggested", field="label", label=args.label, vocabulary=args.vocabulary
        )
    services = _open(args, True)
    try:
        detail = services.recommendations.find(args.reference)
        name_ar, name_en = names[args.label]
        services.suggestions.reject(
            [
                Suggestion(
                    detail.id, detail.reference, args.vocabulary, args.label, name_ar, name_en, 0.0, "", False
                )
            ]
        )
    finally:
        services.close()
    label = name_ar if lang == "ar" else name_en
    print(_say("suggest.cli.rejected", lang, label=label, reference=args.reference))
    return 0
