"""The chapters of the user guide, read from ``resources/guide/<lang>/NN-key.md``.

Each chapter is one Markdown file per language (CommonMark with tables, read by markdown-it-py):
its first line ``# Title``, its sections ``## Title {#anchor}`` (the anchor is the same in both
languages, so that F1 and the links of the program name a section once), paragraphs, lists,
tables and pictures ``![what it shows](register-ar.png)`` kept in ``resources/guide/images``
and made by the screenshot script (``python -m tests.ui.screenshots --guide``).

The same parse gives the window its HTML (``Chapter.html``), the manual its items
(``Chapter.items``) and the search its sections (``search``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.paths_resources import resources_dir

# markdown-it is imported when a chapter is first read, not with the topics that every dialog's
# help link names (imported at the window's start).
if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

LANGS = ("ar", "en")
_FILE = re.compile(r"^(\d\d)-([a-z][a-z-]*)\.md$")
_ANCHOR = re.compile(r"\s*\{#([a-z][a-z0-9-]*)\}\s*$")
IMAGE_WIDTH = 620  # the width of a picture in the guide window, in pixels (the shots are 1366 wide)


def guide_dir() -> Path:
    return resources_dir() / "guide"


def images_dir() -> Path:
    return guide_dir() / "images"


def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


@dataclass(frozen=True)
class Section:
    """A heading of a chapter and the text under it, up to the next heading (for the search)."""

    chapter: str
    anchor: str
    title: str
    level: int
    text: str


@dataclass(frozen=True)
class Item:
    """One printable piece of a chapter, for the manual: ``kind`` is heading, paragraph, bullet,
    number, image or table. ``text`` is plain text; a table has ``rows`` (the first is the header)."""

    kind: str
    text: str = ""
    level: int = 0
    anchor: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Chapter:
    key: str
    number: int
    lang: Lang
    title: str
    path: Path
    tokens: tuple[Token, ...] = field(repr=False, compare=False)

    # -- what the chapter holds -----------------------------------------------------------
    @property
    def anchors(self) -> tuple[str, ...]:
        return tuple(t.meta["anchor"] for t in self.tokens if t.type == "heading_open" and t.tag != "h1")

    @property
    def images(self) -> tuple[str, ...]:
        return tuple(src_of(child) for t in self.tokens if t.type == "inline"
                     for child in t.children or () if child.type == "image")

    def sections(self) -> list[Section]:
        """The chapter's opening (anchor "") and each of its sections."""
        out: list[Section] = []
        anchor, title, level = "", self.title, 1
        parts: list[str] = []
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if token.type == "heading_open":
                if token.tag != "h1":
                    out.append(Section(self.key, anchor, title, level, " ".join(parts)))
                    anchor, level, parts = token.meta["anchor"], int(token.tag[1]), []
                    title = plain(tokens[i + 1])
            elif token.type == "inline" and tokens[i - 1].type != "heading_open":
                parts.append(plain(token))
        out.append(Section(self.key, anchor, title, level, " ".join(parts)))
        return out

    def items(self) -> list[Item]:
        """The chapter as the manual prints it: the title is the caller's (a level-1 heading)."""
        out: list[Item] = []
        tokens = self.tokens
        lists: list[list[int]] = []  # for each open list: [ordered, next number]
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token.type == "heading_open" and token.tag != "h1":
                out.append(Item("heading", plain(tokens[i + 1]), int(token.tag[1]), token.meta["anchor"]))
            elif token.type in ("bullet_list_open", "ordered_list_open"):
                lists.append([token.type == "ordered_list_open", int(token.attrGet("start") or 1)])
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                lists.pop()
            elif token.type == "table_open":
                rows, i = _table(tokens, i)
                out.append(Item("table", rows=rows))
                continue
            elif token.type == "inline" and tokens[i - 1].type == "paragraph_open":
                pictures = [c for c in token.children or () if c.type == "image"]
                for picture in pictures:
                    out.append(Item("image", src_of(picture), anchor=plain_children(picture)))
                text = plain(token)
                if text:
                    if lists and tokens[i - 2].type == "list_item_open":
                        ordered, number = lists[-1]
                        kind = "number" if ordered else "bullet"
                        out.append(Item(kind, text, len(lists), str(number) if ordered else ""))
                        lists[-1][1] += 1
                    else:
                        out.append(Item("paragraph", text, len(lists)))
            i += 1
        return out

    def html(self, image_width: int = IMAGE_WIDTH) -> str:
        """The chapter as the guide window shows it (Qt's rich text), right to left in Arabic."""
        md = _markdown()
        md.add_render_rule("image", _image_rule(image_width))
        md.add_render_rule("heading_open", _heading_rule)
        body = md.renderer.render(list(self.tokens), md.options, {})
        direction = "rtl" if self.lang == "ar" else "ltr"
        return f'<div dir="{direction}">{body}</div>'


def png_size(path: Path) -> tuple[int, int] | None:
    """Width and height of a PNG file from its header; None when it is missing or not a PNG."""
    try:
        with path.open("rb") as handle:
            head = handle.read(24)
    except OSError:
        return None
    if len(head) < 24 or not head.startswith(b"\x89PNG"):
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def _image_rule(width: int) -> Any:
    def render(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        src = src_of(token)
        alt = plain_children(token).replace('"', "&quot;")
        size = png_size(images_dir() / src)
        shown = min(width, round(size[0] * 0.8)) if size else width  # a small dialog is not blown up
        return f'<img src="{src}" width="{shown}" alt="{alt}"/>'
    return render


def _heading_rule(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    return f'<{token.tag} dir="{token.meta["dir"]}"><a name="{token.meta["anchor"]}"></a>'


def src_of(token: Token) -> str:
    """A picture's file name (markdown-it types attributes as str | int | float)."""
    return str(token.attrGet("src") or "")


def plain_children(token: Token) -> str:
    return "".join(c.content for c in token.children or () if c.type in ("text", "code_inline"))


def plain(token: Token) -> str:
    """The text of an inline token without its markup (pictures left out)."""
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _table(tokens: tuple[Token, ...], i: int) -> tuple[tuple[tuple[str, ...], ...], int]:
    rows: list[tuple[str, ...]] = []
    row: list[str] = []
    while tokens[i].type != "table_close":
        token = tokens[i]
        if token.type == "tr_open":
            row = []
        elif token.type == "inline":
            row.append(plain(token))
        elif token.type == "tr_close":
            rows.append(tuple(row))
        i += 1
    return tuple(rows), i + 1


def _prepare(tokens: list[Token], lang: Lang) -> None:
    """Anchors out of the headings' text (``## Title {#anchor}``), and the direction of each block."""
    direction = "rtl" if lang == "ar" else "ltr"
    number = 0
    for i, token in enumerate(tokens):
        if token.type.endswith("_open") and token.block:
            token.attrSet("dir", direction)
        if token.type == "paragraph_open":
            children = tokens[i + 1].children or []
            if children and all(c.type in ("image", "softbreak") for c in children):
                token.attrSet("align", "center")  # a picture alone: centred in either language
        if token.type != "heading_open":
            continue
        inline = tokens[i + 1]
        found = _ANCHOR.search(inline.content)
        number += 1
        anchor = found.group(1) if found else f"section-{number}"
        if found:
            inline.content = inline.content[: found.start()]
            last = inline.children[-1] if inline.children else None
            if last is not None and last.type == "text":
                last.content = _ANCHOR.sub("", last.content)
        token.meta = {"anchor": anchor, "dir": direction}


def read_chapter(path: Path, lang: Lang) -> Chapter:
    found = _FILE.match(path.name)
    if not found:
        raise ValueError(f"not a chapter file name: {path.name}")
    tokens = _markdown().parse(path.read_text(encoding="utf-8"))
    _prepare(tokens, lang)
    titles = [plain(tokens[i + 1]) for i, token in enumerate(tokens)
              if token.type == "heading_open" and token.tag == "h1"]
    if len(titles) != 1:
        raise ValueError(f"{path}: a chapter has one title line '# ...', found {len(titles)}")
    return Chapter(found.group(2), int(found.group(1)), lang, titles[0], path, tuple(tokens))


@cache
def load_guide(lang: Lang) -> tuple[Chapter, ...]:
    """The chapters of the guide in ``lang``, in their order."""
    if lang not in LANGS:
        raise ValueError(f"the guide's language must be 'ar' or 'en', not {lang!r}")
    folder = guide_dir() / lang
    return tuple(read_chapter(path, lang) for path in sorted(folder.glob("*.md")) if _FILE.match(path.name))


def chapter(lang: Lang, key: str) -> Chapter:
    for found in load_guide(lang):
        if found.key == key:
            return found
    raise KeyError(key)


# -- where F1 leads -------------------------------------------------------------------------
# The area of the window (and, for the areas with tabs, the tab) -> "chapter#anchor".
AREA_TOPICS: dict[str, str] = {
    "": "start",
    "recommendations": "classify",
    "clusters": "cluster",
    "clusters/1": "cluster#similar",
    "clusters/2": "cluster#duplicates",
    "plan": "plan",
    "plan/1": "plan#timeline",
    "plan/2": "progress#challenges",
    "plan/3": "plan#health",
    "entities": "assign",
    "dashboard": "progress#dashboard",
    "reports": "reports",
    "drafting": "drafting",
    "vocabulary": "classify#vocabulary",
    "backups": "backups",
    "import": "import",
    "exchange": "exchange",
    "deletions": "deleted",
    "priority": "prioritise#weights",
}


# A concept a message or a dialog names -> "chapter#anchor" of the paragraph that explains it.
# Every topic here and in AREA_TOPICS exists in both languages (tests/unit/test_guide_links.py).
CONCEPT_TOPICS: dict[str, str] = {
    "conflict": "exchange#conflicts",
    "package-refused": "exchange#refused",
    "other-committee": "exchange#other-committee",
    "stale": "progress#stale",
    "status-override": "plan#status-override",
    "unknown-values": "import#unknown-values",
}

# A modal dialog (its objectName) -> the topic F1 opens in it.
DIALOG_TOPICS: dict[str, str] = {
    "import_wizard": "import",
    "export_dialog": "import#export",
    "export_package": "exchange#export",
    "merge_review": "exchange#conflicts",
    "recommendation_editor": "classify#edit",
    "action_editor": "plan#actions",
    "indicator_editor": "plan#indicators",
    "progress_editor": "progress#progress",
    "challenge_editor": "progress#challenges",
    "override_dialog": "plan#status-override",
}


def split_topic(topic: str) -> tuple[str, str]:
    """``"chapter#anchor"`` -> (chapter, anchor)."""
    key, _, anchor = topic.partition("#")
    return key, anchor


def concept_topic(concept: str) -> tuple[str, str]:
    """(chapter, anchor) of a concept of CONCEPT_TOPICS (KeyError for a name it does not hold)."""
    return split_topic(CONCEPT_TOPICS[concept])


def topic_for(area: str | None, tab: int | None = None) -> tuple[str, str]:
    """(chapter key, anchor) of the guide for an area of the window, the start when unknown."""
    topic = AREA_TOPICS.get(f"{area}/{tab}") if tab is not None else None
    topic = topic or AREA_TOPICS.get(area or "") or AREA_TOPICS[""]
    return split_topic(topic)


# -- the search -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Hit:
    chapter: str
    chapter_title: str
    anchor: str
    title: str
    snippet: str
    score: float


def _stems(text: str) -> list[str]:
    from nrtd_desktop.domain.stemming import stem, words_of

    return [stem(word) for word in words_of(text)]


@cache
def _section_index(lang: Lang) -> tuple[tuple[Section, str, frozenset[str], frozenset[str]], ...]:
    index = []
    for found in load_guide(lang):
        for section in found.sections():
            index.append((section, found.title, frozenset(_stems(section.title)),
                          frozenset(_stems(section.text))))
    return tuple(index)


def search(lang: Lang, query: str, limit: int = 30) -> list[Hit]:
    """The sections of the guide holding every word of ``query`` in any of its forms (Arabic
    attached particles and suffixes, English plurals: the register's own search analysis), the
    ones with the words in their title first."""
    from nrtd_desktop.domain.stemming import search_stems, words_of

    words = [w for w in words_of(query) if len(w) > 1]
    if not words:
        return []
    wanted = [frozenset(search_stems(w)) for w in words]
    hits = []
    for section, chapter_title, title_stems, text_stems in _section_index(lang):
        every = title_stems | text_stems
        if not all(forms & every for forms in wanted):
            continue
        score = sum(2.0 if forms & title_stems else 1.0 for forms in wanted)
        hits.append(Hit(section.chapter, chapter_title, section.anchor, section.title,
                        _snippet(section.text, wanted), score))
    hits.sort(key=lambda h: -h.score)
    return hits[:limit]


def _snippet(text: str, wanted: list[frozenset[str]], room: int = 160) -> str:
    """The sentence of ``text`` that holds the first of the query's words, cut to ``room``."""
    for sentence in _sentences(text):
        stems = set(_stems(sentence))
        if any(forms & stems for forms in wanted):
            return sentence if len(sentence) <= room else sentence[: room - 1].rsplit(" ", 1)[0] + "…"
    return text[:room]


def _sentences(text: str) -> Iterator[str]:
    for part in re.split(r"(?<=[.!?؟:])\s+", text):
        if part.strip():
            yield part.strip()
