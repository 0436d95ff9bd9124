"""Plain data of the report drafts (``services/drafts.py``): drafts, sections, versions, changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import EntityRef, pick


@dataclass(frozen=True)
class FactChange:
    """One figure a section was written from that is different in the data today.
    ``before``/``after`` are "label: value" in each language; empty when it appeared or went."""

    key: str
    before_ar: str
    before_en: str
    after_ar: str
    after_en: str

    def before(self, lang: Lang) -> str:
        return pick(lang, self.before_ar, self.before_en)

    def after(self, lang: Lang) -> str:
        return pick(lang, self.after_ar, self.after_en)

    def text(self, lang: Lang) -> str:
        """ "122.3 – status: In progress → Implemented", or the new or removed figure alone."""
        before, after = self.before(lang), self.after(lang)
        if before and after:
            label, _, old = before.partition(": ")
            _, _, new = after.partition(": ")
            return f"{label}: {old} ← {new}" if lang == "ar" else f"{label}: {old} → {new}"
        if after:
            return ("جديد: " if lang == "ar" else "new: ") + after
        return ("لم يعد في البيانات: " if lang == "ar" else "no longer in the data: ") + before


@dataclass(frozen=True)
class SectionView:
    id: str
    version: int
    draft_id: str
    key: str
    level: int
    sort_order: int
    heading_ar: str
    heading_en: str
    text_ar: str
    text_en: str
    generated_ar: str
    generated_en: str
    recommendations: tuple[str, ...]
    entity: EntityRef | None
    state: str
    generated_at: datetime | None
    updated_by: str = ""
    updated_at: datetime | None = None

    def heading(self, lang: Lang) -> str:
        return pick(lang, self.heading_ar, self.heading_en)

    def text(self, lang: Lang) -> str:
        """The section's own text in ``lang`` (no fallback: an empty English text is empty)."""
        return self.text_ar if lang == "ar" else self.text_en

    def edited(self, lang: Lang | None = None) -> bool:
        """Someone changed the generated text (in ``lang``, or in either language)."""
        langs = (lang,) if lang else ("ar", "en")
        return any(
            (self.text_ar != self.generated_ar) if code == "ar" else (self.text_en != self.generated_en)
            for code in langs
        )

    def words(self, lang: Lang) -> int:
        return r.word_count(self.heading(lang)) + r.word_count(self.text(lang))

    def paragraphs(self, lang: Lang) -> list[str]:
        return r.paragraphs(self.text(lang))


@dataclass(frozen=True)
class VersionRow:
    id: str
    number: int
    label: str
    created_at: datetime
    created_by: str
    words_ar: int
    words_en: int


@dataclass(frozen=True)
class DraftView:
    id: str
    version: int
    event_id: str | None
    event_key: str | None
    report_type: str
    title_ar: str
    title_en: str
    body: str
    cycle: int | None
    document_symbol: str
    group_by: str
    word_limit: int
    due_date: date | None
    sections: tuple[SectionView, ...]
    versions: tuple[VersionRow, ...] = ()
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def title(self, lang: Lang) -> str:
        return pick(lang, self.title_ar, self.title_en)

    def words(self, lang: Lang) -> int:
        """Every heading and paragraph of the body; the annex is not counted (OHCHR's rule)."""
        return r.word_count(self.title(lang)) + sum(s.words(lang) for s in self.sections)

    def over_limit(self, lang: Lang) -> bool:
        return bool(self.word_limit) and self.words(lang) > self.word_limit

    def state_counts(self) -> dict[str, int]:
        counts = {str(s): 0 for s in r.SectionState}
        for section in self.sections:
            counts[section.state] = counts.get(section.state, 0) + 1
        return counts

    def section(self, key_or_id: str) -> SectionView:
        """A section by id, key or position (1 for the first)."""
        for section in self.sections:
            if key_or_id in (section.id, section.key):
                return section
        if key_or_id.isdigit() and 1 <= int(key_or_id) <= len(self.sections):
            return self.sections[int(key_or_id) - 1]
        raise KeyError(key_or_id)


@dataclass(frozen=True)
class DraftRow:
    """One line of the list of drafts."""

    id: str
    title_ar: str
    title_en: str
    report_type: str
    event_key: str | None
    due_date: date | None
    sections: int
    approved: int
    words_ar: int
    words_en: int
    word_limit: int
    versions: int
    updated_at: datetime | None

    def title(self, lang: Lang) -> str:
        return pick(lang, self.title_ar, self.title_en)


@dataclass(frozen=True)
class SectionInput:
    """A change to one section; None leaves a field as it is. ``entity`` is an entity code
    ("" to leave it unassigned)."""

    text_ar: str | None = None
    text_en: str | None = None
    heading_ar: str | None = None
    heading_en: str | None = None
    state: str | None = None
    entity: str | None = None


@dataclass(frozen=True)
class RegenerationResult:
    """What regenerating a draft did: sections whose text was replaced, sections kept because
    someone edited them (with what changed in the data), sections added, sections whose subject
    is no longer in the data (kept, never deleted)."""

    updated: tuple[str, ...] = ()
    kept: dict[str, tuple[FactChange, ...]] = field(default_factory=dict)
    added: tuple[str, ...] = ()
    orphaned: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionComparison:
    """One section in two versions: ``status`` is "same", "changed", "added" or "removed";
    ``lines`` the paragraphs as a diff: ("=", text), ("-", text), ("+", text)."""

    key: str
    heading: str
    status: str
    words_before: int
    words_after: int
    lines: tuple[tuple[str, str], ...] = ()
    state_before: str = ""
    state_after: str = ""
