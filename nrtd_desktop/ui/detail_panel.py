"""The read-only panel beside the register: every field of the selected recommendation.

Rendered as escaped HTML in a QTextBrowser: both texts are shown, the interface language first,
each paragraph with its own direction so English keeps reading left to right inside the Arabic
window and the other way round. While a search is active the words that made the record match are
highlighted in both texts (``domain.search_query.highlight_spans``: the search's own reading).

When a search finds nothing the panel says so and offers what to try, each as a link
(``search_chosen``, ``clear_filters_requested``).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from nrtd_desktop.domain.calendar import format_moment, format_short
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.search_query import SearchQuery, highlight_spans, parse
from nrtd_desktop.dto.register import RecommendationDetail, SearchHelp
from nrtd_desktop.ui import bidi, labels

# Dark text on amber reads on the light and the dark palettes alike.
HIGHLIGHT = "<span style='background-color:#ffd54f; color:#000000'>{}</span>"


def marked(text: str, query: SearchQuery | None) -> str:
    """``text`` as escaped HTML with the words the query found highlighted (whole words, so an
    Arabic word is never cut inside its joined letters)."""
    spans = highlight_spans(text, query) if query is not None else []
    parts, at = [], 0
    for start, end in spans:
        parts += [escape(text[at:start]), HIGHLIGHT.format(escape(text[start:end]))]
        at = end
    parts.append(escape(text[at:]))
    return "".join(parts)


def _join(values: list[str], lang: Lang) -> str:
    return ("، " if lang == "ar" else ", ").join(values)


class DetailPanel(QTextBrowser):
    search_chosen = Signal(str)  # a suggestion of the no-result state was clicked
    clear_filters_requested = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail_panel")
        self._lang = lang
        self.show_hijri = True  # the settings' choice (the register page sets it)
        self.detail: RecommendationDetail | None = None
        self.query: SearchQuery | None = None
        self.help: SearchHelp | None = None  # the no-result state shown, if any
        self._links: dict[str, str] = {}
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._link_clicked)
        self.show_detail(None)

    def set_search(self, search: str) -> None:
        """The search whose matches the next detail shown highlights ("" for none)."""
        self.query = parse(search) if search.strip() else None

    def show_detail(self, detail: RecommendationDetail | None) -> None:
        self.detail = detail
        self.help = None
        if detail is None:
            hint = self.tr("Choose a recommendation to see all its fields.")
            self.setHtml(f"<p>{escape(hint)}</p>")
            return
        self.setHtml(self._html(detail))

    def show_no_result(self, help: SearchHelp) -> None:
        """Say that nothing matches, and offer what to try instead of the usual hint."""
        self.detail = None
        self.help = help
        self._links = {}
        align = "right" if self._lang == "ar" else "left"
        direction = "rtl" if self._lang == "ar" else "ltr"

        def link(action: str, text: str) -> str:
            key = f"l{len(self._links)}"
            self._links[key] = action
            return f"<a href='#{key}'>{escape(text)}</a>"

        def found(count: int) -> str:
            return escape(self.tr("finds %n recommendation(s)", "", count))

        if help.search.strip():
            title = self.tr("No recommendation matches «{search}».").format(search=help.search.strip())
        else:
            title = self.tr("No recommendation matches the chosen filters.")
        tips = []
        fewer = escape(self.tr("Fewer words:"))
        for suggestion in help.fewer_words:
            tried = link("search:" + suggestion.search, f"«{suggestion.search}»")
            tips.append(f"{fewer} {tried} {found(suggestion.count)}")
        if help.without_exclusions is not None:
            search = help.without_exclusions.search
            tried = link("search:" + search, f"«{search}»")
            caption = escape(self.tr("Without the words you left out:"))
            tips.append(f"{caption} {tried} {found(help.without_exclusions.count)}")
        if help.without_filters is not None:
            clear = link("clear", self.tr("Clear the filters"))
            if help.without_filters:
                then = self.tr("— without them the search finds %n recommendation(s).", "",
                               help.without_filters)
            else:
                then = self.tr("— though without them the search finds nothing either.")
            tips.append(f"{clear} {escape(then)}")
        if help.other_language == "en":
            tips.append(escape(self.tr(
                "Search in English too: many recommendations (those imported from UPR Info, for example) "
                "have only their English text.")))
        elif help.other_language == "ar":
            tips.append(escape(self.tr(
                "Search in Arabic too: the committee's own recommendations may have only their Arabic "
                "text.")))
        if help.search.strip():
            tips.append(escape(self.tr(
                "Type only the beginning of a word: every word that begins so is found, in every form.")))
        items = "".join(f"<li>{tip}</li>" for tip in tips)
        try_this = escape(self.tr("Try:"))
        self.setHtml(f"<div dir='{direction}' align='{align}'><h3>{escape(title)}</h3>"
                     f"<p>{try_this}</p><ul>{items}</ul></div>")

    def _link_clicked(self, url: QUrl) -> None:
        action = self._links.get(url.fragment(), "")
        if action == "clear":
            self.clear_filters_requested.emit()
        elif action.startswith("search:"):
            self.search_chosen.emit(action[len("search:"):])

    def _html(self, d: RecommendationDetail) -> str:
        lang = self._lang
        texts = [("ar", d.text_ar), ("en", d.text_en)]
        if lang == "en":
            texts.reverse()
        heading_align = "right" if lang == "ar" else "left"
        parts = [f"<h3 align='{heading_align}'>{escape(bidi.shown(d.reference, lang))}</h3>"]
        for text_lang, text in texts:
            if text:
                direction = "rtl" if text_lang == "ar" else "ltr"
                align = "right" if text_lang == "ar" else "left"
                parts.append(f"<p dir='{direction}' align='{align}'>{marked(text, self.query)}</p>")
        if not d.text_ar and not d.text_en:
            missing = self.tr("This recommendation has no text yet.")
            parts.append(f"<p>{escape(missing)}</p>")

        def names(items: tuple[Any, ...]) -> str:
            return _join([item.label(lang) for item in items], lang)

        fields: list[tuple[str, str]] = [
            (self.tr("Mechanism"), labels.label_of(labels.mechanism_labels(), d.mechanism)),
            (self.tr("Body"), d.body),
            *([(self.tr("Special procedure mandate"), names(d.mandates))] if d.mandates else []),
            (self.tr("Document symbol"), d.document_symbol or ""),
            (self.tr("Document date"), format_short(d.document_date, lang, self.show_hijri)),
            (self.tr("UPR cycle"), str(d.cycle) if d.cycle is not None else ""),
            (self.tr("Session"), d.session or ""),
            (self.tr("Paragraph"), d.paragraph or ""),
            (self.tr("Annotation type"), labels.label_of(labels.annotation_labels(), d.annotation_type)),
            (self.tr("Recommending States"), names(d.recommending_states)),
            (self.tr("Position of the State"), labels.label_of(labels.position_labels(), d.position)),
            (self.tr("Source of the position"), d.position_source or ""),
            (self.tr("Action category"),
             labels.action_category_labels().get(d.action_category, "") if d.action_category else ""),
            (self.tr("Priority"), labels.label_of(labels.priority_labels(), d.priority)),
            (self.tr("Reason for the priority"), d.priority_reason or ""),
            (self.tr("Implementation status"), labels.label_of(labels.status_labels(), d.status)),
            (self.tr("Reason the status was set by hand"), d.status_override_reason or ""),
            (self.tr("Follow-up"), self.tr("Yes") if d.follow_up else self.tr("No")),
            (self.tr("Follow-up due"), format_short(d.follow_up_due, lang, self.show_hijri)),
            (self.tr("Themes"), names(d.themes)),
            (self.tr("Affected groups"), names(d.affected_groups)),
            (self.tr("SDG targets"), _join([f"{t.key} {t.label(lang)}" for t in d.sdg_targets], lang)),
            (self.tr("Lead entity"), d.lead_entity.label(lang) if d.lead_entity else ""),
            (self.tr("Supporting entities"), names(d.supporting_entities)),
            (self.tr("Cluster"), d.cluster_name or ""),
            (self.tr("Notes"), d.notes),
            (self.tr("Source record"), d.source_key or ""),
            (self.tr("Created"), self.tr("{when} by {who}").format(
                when=bidi.ltr(format_moment(d.created_at)), who=d.created_by)),
            (self.tr("Last changed"), self.tr("{when} by {who}").format(
                when=bidi.ltr(format_moment(d.updated_at)), who=d.updated_by)),
        ]
        # Two caption/value pairs per line: the panel is wide and short, under the table. Qt's rich
        # text lays table cells out left to right whatever the direction (measured with 6.12), so
        # in Arabic each row is written in reverse to put the first caption at the right.
        rows = []
        align = "right" if lang == "ar" else "left"
        for i in range(0, len(fields), 2):
            cells = []
            for caption, value in fields[i:i + 2]:
                cells += [f"<td width='15%' align='{align}'><b>{escape(caption)}</b></td>",
                          f"<td width='35%' align='{align}'>{escape(bidi.shown(value, lang)) or '—'}</td>"]
            if lang == "ar":
                cells.reverse()
            rows.append(f"<tr>{''.join(cells)}</tr>")
        parts.append(f"<table width='100%' cellspacing='2' cellpadding='3'>{''.join(rows)}</table>")
        return "".join(parts)
