"""What the command line prints, in the user's language: words, tables, cut lines, and the check
of options whose values come from a vocabulary.

- :func:`say` renders a bilingual message (``domain/errors.register_messages``) for ``--lang``;
- :func:`table` prints rows as aligned columns;
- :func:`fit` cuts a line to the terminal's width at a word, with "…" (``--wide`` does not);
- :func:`vocabulary` is an argparse type: a value of a closed vocabulary ("--position maybe",
  "--status done") is refused with the valid values listed, in the user's language.
"""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from nrtd_desktop.domain import labels
from nrtd_desktop.domain.errors import render_message
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.text import ELLIPSIS

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "cli.list.count": ("{count} recommendation(s).", "عدد التوصيات: {count}."),
    "cli.stats.recommendations": ("Recommendations", "التوصيات"),
    "cli.stats.by_mechanism": ("By mechanism", "حسب الآلية"),
    "cli.stats.by_position": ("By position of the State", "حسب موقف الدولة"),
    "cli.stats.by_status": ("By implementation status", "حسب حالة التنفيذ"),
    "cli.stats.by_priority": ("By priority", "حسب الأولوية"),
    "cli.stats.actions": ("Actions", "الإجراءات"),
    "cli.stats.indicators": ("Indicators", "المؤشرات"),
    "cli.stats.progress_updates": ("Progress updates", "تحديثات التقدم"),
    "cli.stats.challenges": ("Challenges", "التحديات"),
    "cli.stats.entities": ("Entities", "الجهات"),
    "cli.stats.clusters": ("Thematic clusters", "المجموعات المواضيعية"),
    "cli.stats.schema_version": ("Database schema", "مخطط قاعدة البيانات"),
    "cli.column.reference": ("Reference", "الرمز المرجعي"),
    "cli.column.body": ("Body", "الجهة الأممية"),
    "cli.column.position": ("Position", "الموقف"),
    "cli.column.status": ("Status", "الحالة"),
    "cli.column.text": ("Recommendation", "التوصية"),
    "cli.init.demo": ("{path}: demo data loaded ({count} recommendations).",
                      "{path}: حُمّلت البيانات التجريبية ({count} توصية)."),
    "cli.init.ready": ("{path}: ready (schema {schema}).", "{path}: جاهزة (المخطط {schema})."),
}

# Vocabularies a register option takes, with "none" where the filter accepts it.
OPTION_VOCABULARIES = {
    "mechanism": ("mechanism", False),
    "position": ("position", True),
    "status": ("status", False),
    "priority": ("priority", True),
}


def say(key: str, lang: Lang, **params: object) -> str:
    return render_message(key, params, lang)


def terminal_width() -> int:
    return shutil.get_terminal_size((120, 20)).columns


def width_of(text: str) -> int:
    """Columns a terminal gives ``text`` (combining marks such as Arabic harakat take none)."""
    return sum(0 if unicodedata.combining(ch) or ch in "\u200e\u200f" else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns after a whole word, with "…"."""
    if width_of(text) <= width:
        return text
    cut = ""
    for word in text.split(" "):
        candidate = f"{cut} {word}" if cut else word
        if width_of(candidate) + 1 > width:
            break
        cut = candidate
    if not cut:  # one long word: cut where the width falls
        cut = text[: max(width - 1, 1)]
    return cut.rstrip(" ،,;:") + ELLIPSIS


def pad(text: str, width: int, right: bool) -> str:
    space = " " * max(width - width_of(text), 0)
    return space + text if right else text + space


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], lang: Lang,
          last_width: int | None = None, out: Callable[[str], None] = print) -> None:
    """Aligned columns; the last column (a text) is cut to what the line leaves unless
    ``last_width`` is None, when it is printed whole."""
    rows = [list(map(str, row)) for row in rows]
    widths = [max([width_of(h)] + [width_of(r[i]) for r in rows]) for i, h in enumerate(headers[:-1])]
    for row in [list(headers), *rows]:
        cells = [pad(cell, width, False) for cell, width in zip(row[:-1], widths, strict=False)]
        last = row[-1]
        if last_width is not None:
            room = last_width - sum(widths) - 2 * len(widths)
            last = fit(last, max(room, 10))
        out("  ".join([*cells, last]).rstrip())


def choices_text(vocabulary: str, keys: Sequence[str], lang: Lang) -> str:
    separator = "، " if lang == "ar" else ", "
    return separator.join(f"{key} ({labels.label(vocabulary, key, lang)})" for key in keys)


def vocabulary(option: str, name: str, allow_none: bool) -> Callable[[str], str]:
    """An argparse type for ``option`` (``--position``...): a key of the ``name`` vocabulary
    (or its English or Arabic label, or "none" when allowed), else the valid values listed."""
    from nrtd_desktop.cli import arguments
    from nrtd_desktop.domain.arabic import normalize

    keys = [str(k) for k in labels.VOCABULARIES[name] if str(k) != "none" and str(k) != "overdue"]
    if allow_none:
        keys.append("none")

    def parse(text: str) -> str:
        value = str(text).strip()
        found = {k.casefold(): k for k in keys}
        if value.casefold() in found:
            return found[value.casefold()]
        for key in keys:  # a label in either language
            names = labels.VOCABULARIES[name].get(key) or ()
            if normalize(value) in {normalize(n) for n in names}:
                return key
        raise arguments.ArgumentsError(
            "cli.invalid_choice", prog="nrtd", argument=option, value=value,
            choices=choices_text(name, keys, arguments.HELP_LANG))

    parse.__name__ = name
    return parse
