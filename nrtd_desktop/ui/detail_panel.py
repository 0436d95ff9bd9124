"""The read-only panel beside the register: every field of the selected recommendation.

Rendered as escaped HTML in a QTextBrowser: both texts are shown, the interface language first,
each paragraph with its own direction so English keeps reading left to right inside the Arabic
window and the other way round.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from nrtd_desktop.domain.calendar import format_moment, format_short
from nrtd_desktop.services.dto import RecommendationDetail
from nrtd_desktop.ui import bidi, labels


def _join(values: list[str], lang: str) -> str:
    return ("، " if lang == "ar" else ", ").join(values)


class DetailPanel(QTextBrowser):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail_panel")
        self._lang = lang
        self.show_hijri = True  # the settings' choice (the register page sets it)
        self.detail: RecommendationDetail | None = None
        self.setOpenLinks(False)
        self.show_detail(None)

    def show_detail(self, detail: RecommendationDetail | None) -> None:
        self.detail = detail
        if detail is None:
            hint = self.tr("Choose a recommendation to see all its fields.")
            self.setHtml(f"<p>{escape(hint)}</p>")
            return
        self.setHtml(self._html(detail))

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
                parts.append(f"<p dir='{direction}' align='{align}'>{escape(text)}</p>")
        if not d.text_ar and not d.text_en:
            missing = self.tr("This recommendation has no text yet.")
            parts.append(f"<p>{escape(missing)}</p>")

        def names(items: tuple) -> str:  # type: ignore[type-arg]
            return _join([item.label(lang) for item in items], lang)

        fields: list[tuple[str, str]] = [
            (self.tr("Mechanism"), labels.label_of(labels.mechanism_labels(), d.mechanism)),
            (self.tr("Body"), d.body),
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
