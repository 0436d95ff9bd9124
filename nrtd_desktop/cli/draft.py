"""``nrtd draft``: the national reports, drafted from the register and the plan (issue 22).

    nrtd draft new KEY [--type TYPE] [--group-by cluster|theme]     a draft for a calendar entry
    nrtd draft list [--json]
    nrtd draft show DRAFT [--lang ar|en] [--text] [--json]          sections, words, states, changes
    nrtd draft export DRAFT OUT.docx|OUT.pdf [--lang ar|en] [--version N] [--no-sheet] [--no-annex]
    nrtd draft section DRAFT SECTION [--state S] [--entity CODE] [--text-file FILE --lang ar|en]
    nrtd draft regenerate DRAFT [--replace SECTION ...] [--replace-all]
    nrtd draft freeze DRAFT [--label TEXT]
    nrtd draft compare DRAFT FIRST [SECOND] [--lang ar|en]          versions by number, or "current"

KEY is a calendar key (``nrtd calendar`` lists them: ``upr:4:midterm``). DRAFT is a draft's id or
its first characters (``nrtd draft list``), or the calendar key it was written for. SECTION is a
section's key (``group:…``, ``paragraph:CEDAW-2018-16``, ``methodology``) or id. ``--lang`` is the
language of the document (default: the settings' language). Regenerating never replaces a section
someone edited unless it is named with ``--replace`` (or ``--replace-all``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from nrtd_desktop.cli import common
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.lang import Lang, as_lang

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "draft.export_format": (
        "'{path}': the file must end in .docx or .pdf.",
        "«{path}»: يجب أن ينتهي اسم الملف بـ .docx أو .pdf.",
    ),
    "draft.text_file": (
        "'{path}' cannot be read as UTF-8 text.",
        "تعذّرت قراءة «{path}» نصاً بترميز UTF-8.",
    ),
}

TEXT = {
    "created": (
        "أُنشئ المشروع {id}: {title} ({sections} فرعاً، {words} كلمة من {limit})",
        "Draft {id} created: {title} ({sections} sections, {words} words of {limit})",
    ),
    "none": ("لا توجد مشاريع تقارير.", "No report drafts."),
    "words": ("الكلمات: {words} من {limit}", "Words: {words} of {limit}"),
    "over": ("(يتجاوز الحد)", "(over the limit)"),
    "edited": ("معدَّل", "edited"),
    "changes": ("تغيّر في البيانات منذ صياغته: {count}", "data changed since it was written: {count}"),
    "written": ("كُتب {path}", "Written: {path}"),
    "frozen": ("جُمّدت النسخة {number} من المشروع {id}", "Version {number} of draft {id} frozen"),
    "regenerated": (
        "حُدّث {updated} فرعاً من البيانات، وأُضيف {added}، وبقي {kept} فرعاً معدَّلاً كما هو",
        "{updated} sections rewritten from the data, {added} added, {kept} edited sections kept as they are",
    ),
    "kept": ("  أُبقي «{heading}» (معدَّل):", "  kept '{heading}' (edited):"),
    "saved": ("حُفظ الفرع «{heading}»", "Section '{heading}' saved"),
    "versions": ("النسخ: {versions}", "Versions: {versions}"),
}
STATUS = {
    "same": ("دون تغيير", "same"),
    "changed": ("تغيّر", "changed"),
    "added": ("أُضيف", "added"),
    "removed": ("حُذف", "removed"),
}


def _t(key: str, lang: Lang, **params: Any) -> str:
    ar, en = TEXT[key]
    return (ar if lang == "ar" else en).format(**params)


def _lang_option(parser: argparse.ArgumentParser) -> None:
    """``--db`` and a ``--lang`` that is the document's language (and the messages')."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=common.DB_HELP)
    parser.add_argument(
        "--lang",
        choices=("ar", "en"),
        default=argparse.SUPPRESS,
        help="language of the document and of messages (default: the settings' language)",
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "draft",
        help="draft the national reports: UPR, treaty bodies, follow-up",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="draft_command", metavar="ACTION")

    new = actions.add_parser("new", help="a new draft for a calendar entry, written from the data")
    common.add_db_option(new)
    new.add_argument("key", metavar="KEY", help="the calendar entry (nrtd calendar)")
    new.add_argument(
        "--type",
        dest="report_type",
        choices=[str(t) for t in r.ReportType],
        help="the report (default: the one the entry is for)",
    )
    new.add_argument(
        "--group-by",
        choices=("cluster", "theme"),
        default="cluster",
        help="UPR reports: the recommendations by cluster or by theme",
    )
    new.set_defaults(handler=run_new)

    listing = actions.add_parser("list", help="the drafts")
    common.add_db_option(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)

    show = actions.add_parser("show", help="a draft's sections: words, state, entity, changes in the data")
    _lang_option(show)
    show.add_argument("draft", metavar="DRAFT")
    show.add_argument("--text", action="store_true", help="print the text of every section")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_show)

    export = actions.add_parser("export", help="the draft as a Word document (.docx) or a PDF")
    _lang_option(export)
    export.add_argument("draft", metavar="DRAFT")
    export.add_argument("out", metavar="OUT.docx|OUT.pdf")
    export.add_argument("--version", help="a frozen version (its number) instead of the current draft")
    export.add_argument(
        "--no-sheet", action="store_true", help="leave out the first page (word counts, states)"
    )
    export.add_argument("--no-annex", action="store_true", help="leave out the implementation matrix")
    export.add_argument(
        "--digits",
        choices=("western", "arabic"),
        default="",
        help="the digits of the numbering (default: the settings' choice)",
    )
    export.add_argument("--today", help="the date printed as the date of preparation (YYYY-MM-DD)")
    export.set_defaults(handler=run_export)

    section = actions.add_parser("section", help="change one section: its state, entity or text")
    _lang_option(section)
    section.add_argument("draft", metavar="DRAFT")
    section.add_argument("section", metavar="SECTION", help="the section's key or id")
    section.add_argument("--state", choices=[str(s) for s in r.SectionState])
    section.add_argument("--entity", help="the entity's code ('' to unassign)")
    section.add_argument("--text-file", metavar="FILE", help="the section's new text (UTF-8), in --lang")
    section.set_defaults(handler=run_section)

    regenerate = actions.add_parser("regenerate", help="write the sections again from the data")
    _lang_option(regenerate)
    regenerate.add_argument("draft", metavar="DRAFT")
    regenerate.add_argument(
        "--replace",
        action="append",
        default=[],
        metavar="SECTION",
        help="also replace this edited section's text (repeat for several)",
    )
    regenerate.add_argument("--replace-all", action="store_true", help="replace every edited section's text")
    regenerate.set_defaults(handler=run_regenerate)

    freeze = actions.add_parser("freeze", help="keep the draft as it stands as a numbered version")
    common.add_db_option(freeze)
    freeze.add_argument("draft", metavar="DRAFT")
    freeze.add_argument("--label", default="", help="what the version is (e.g. 'sent to the ministries')")
    freeze.set_defaults(handler=run_freeze)

    compare = actions.add_parser("compare", help="two versions section by section")
    _lang_option(compare)
    compare.add_argument("draft", metavar="DRAFT")
    compare.add_argument("first", metavar="FIRST", help="a version number, or 'current'")
    compare.add_argument("second", metavar="SECOND", nargs="?", default="current")
    compare.set_defaults(handler=run_compare)
    parser.set_defaults(handler=common.shows_help(parser, sys.stderr))


def document_language(args: argparse.Namespace) -> Lang:
    if getattr(args, "lang", None):
        return as_lang(args.lang)
    from nrtd_desktop.settings import load_settings

    args.lang = load_settings().language  # messages in the document's language too
    return as_lang(args.lang)


def run_new(args: argparse.Namespace) -> int:
    lang = common.message_language(args)
    services = common.open_services(args)
    try:
        view = services.drafts.create(args.key, args.report_type, args.group_by)
    finally:
        services.close()
    print(
        _t(
            "created",
            lang,
            id=view.id[:8],
            title=view.title(lang),
            sections=len(view.sections),
            words=f"{view.words(lang):,}",
            limit=f"{view.word_limit:,}",
        )
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    lang = common.message_language(args)
    services = common.open_reader(args)
    try:
        rows = services.drafts.list()
    finally:
        services.close()
    if args.json:
        common.print_json([row.__dict__ for row in rows])
        return 0
    if not rows:
        print(_t("none", lang))
        return 0
    for row in rows:
        due = row.due_date.isoformat() if row.due_date else "—"
        words = row.words_ar if lang == "ar" else row.words_en
        print(
            f"{row.id[:8]}  {due:<10}  {words:>6,}/{row.word_limit:<6,}  {row.approved}/{row.sections}  "
            f"{row.title(lang)}"
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    lang = document_language(args)
    services = common.open_reader(args)
    try:
        view = services.drafts.get(args.draft)
        changes = services.drafts.changes(view.id)
    finally:
        services.close()
    if args.json:
        common.print_json(
            {
                "id": view.id,
                "title_ar": view.title_ar,
                "title_en": view.title_en,
                "report_type": view.report_type,
                "event_key": view.event_key,
                "due_date": view.due_date,
                "word_limit": view.word_limit,
                "words_ar": view.words("ar"),
                "words_en": view.words("en"),
                "versions": [v.__dict__ for v in view.versions],
                "sections": [
                    {
                        "id": s.id,
                        "key": s.key,
                        "level": s.level,
                        "heading_ar": s.heading_ar,
                        "heading_en": s.heading_en,
                        "text_ar": s.text_ar,
                        "text_en": s.text_en,
                        "words_ar": s.words("ar"),
                        "words_en": s.words("en"),
                        "state": s.state,
                        "entity": s.entity.code if s.entity else None,
                        "edited": s.edited(),
                        "recommendations": list(s.recommendations),
                        "changes": [
                            {"key": c.key, "before": c.before(lang), "after": c.after(lang)}
                            for c in changes.get(s.id, ())
                        ],
                    }
                    for s in view.sections
                ],
            }
        )
        return 0
    words = view.words(lang)
    over = f" {_t('over', lang)}" if view.over_limit(lang) else ""
    print(view.title(lang))
    print(_t("words", lang, words=f"{words:,}", limit=f"{view.word_limit:,}") + over)
    if view.versions:
        print(
            _t("versions", lang, versions=", ".join(f"{v.number} {v.label}".strip() for v in view.versions))
        )
    for section in view.sections:
        indent = "  " if section.level > 1 else ""
        state = labels_pick(r.SECTION_STATE_NAMES[section.state], lang)
        entity = section.entity.code if section.entity else "—"
        flags = []
        if section.edited():
            flags.append(_t("edited", lang))
        if section.id in changes:
            flags.append(_t("changes", lang, count=len(changes[section.id])))
        print(
            f"{indent}{section.heading(lang)}  [{section.key}]  {section.words(lang):,}  {state}  {entity}"
            + (f"  ({'; '.join(flags)})" if flags else "")
        )
        if args.text:
            for paragraph in section.paragraphs(lang):
                print(f"{indent}    {paragraph}")
    return 0


def labels_pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "ar" else pair[1]


def run_export(args: argparse.Namespace) -> int:
    from nrtd_desktop.services.validation import as_date
    from nrtd_desktop.settings import load_settings

    lang = document_language(args)
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise ValidationError("draft.export_format", field="out", path=str(out))
    today = as_date("today", getattr(args, "today", None))
    settings = load_settings()
    digits = args.digits or settings.number_style
    services = common.open_reader(args, today=today)
    try:
        view = services.drafts.get(args.draft)
        if args.version:
            view = services.drafts.resolve(view, args.version)
        matrix = [] if args.no_annex else services.drafts.matrix(view.id)
        day = services.context.today()
    finally:
        services.close()
    from nrtd_desktop.reports.draft_report import write_draft

    write_draft(view, matrix, out, lang, settings.committee_name(lang), day, digits, not args.no_sheet)
    print(_t("written", lang, path=out), file=sys.stderr)
    return 0


def run_section(args: argparse.Namespace) -> int:
    from nrtd_desktop.dto.drafts import SectionInput

    lang = document_language(args)
    text = None
    if args.text_file:
        try:
            text = Path(args.text_file).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise ValidationError("draft.text_file", field="text_file", path=args.text_file) from None
    changes = SectionInput(
        text_ar=text if lang == "ar" else None,
        text_en=text if lang == "en" else None,
        state=args.state,
        entity=args.entity,
    )
    services = common.open_services(args)
    try:
        view = services.drafts.get(args.draft)
        section = _section(view, args.section)
        saved = services.drafts.update_section(section.id, changes)
    finally:
        services.close()
    print(_t("saved", lang, heading=saved.heading(lang)), file=sys.stderr)
    return 0


def _section(view: Any, key: str) -> Any:
    try:
        return view.section(key)
    except KeyError:
        from nrtd_desktop.domain.errors import NotFoundError

        raise NotFoundError("report_section", key) from None


def run_regenerate(args: argparse.Namespace) -> int:
    lang = document_language(args)
    services = common.open_services(args)
    try:
        view = services.drafts.get(args.draft)
        replace = (
            [s.id for s in view.sections]
            if args.replace_all
            else [_section(view, k).id for k in args.replace]
        )
        result = services.drafts.regenerate(view.id, replace=replace)
        headings = {s.id: s.heading(lang) for s in view.sections}
    finally:
        services.close()
    print(
        _t("regenerated", lang, updated=len(result.updated), added=len(result.added), kept=len(result.kept))
    )
    for section_id, changes in result.kept.items():
        print(_t("kept", lang, heading=headings.get(section_id, section_id)))
        for change in changes:
            print(f"    {change.text(lang)}")
    return 0


def run_freeze(args: argparse.Namespace) -> int:
    lang = common.message_language(args)
    services = common.open_services(args)
    try:
        view = services.drafts.get(args.draft)
        version = services.drafts.freeze(view.id, args.label)
    finally:
        services.close()
    print(_t("frozen", lang, number=version.number, id=view.id[:8]))
    return 0


def run_compare(args: argparse.Namespace) -> int:
    lang = document_language(args)
    services = common.open_reader(args)
    try:
        rows = services.drafts.compare(args.draft, args.first, args.second, lang)
    finally:
        services.close()
    for row in rows:
        status = labels_pick(STATUS[row.status], lang)
        print(f"{row.heading}  [{row.key}]  {status}  {row.words_before:,} → {row.words_after:,}")
        if row.status != "same":
            for op, text in row.lines:
                if op != "=":
                    print(f"  {op} {text}")
    return 0
