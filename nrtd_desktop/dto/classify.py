"""Plain data of classification: cluster views, similar recommendations, duplicates, links,
an entity's work, bulk edits and their undo. Frozen dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nrtd_desktop.domain.enums import MechanismKind
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.dto.register import ClusterRow, EntityRow, Label, pick


@dataclass(frozen=True)
class MemberRow:
    """A recommendation as the cluster view, the entity view and the similar lists show it."""

    id: str
    reference: str
    text_ar: str
    text_en: str
    mechanism: str
    body: str
    cycle: int | None
    session: str | None
    document_symbol: str | None
    position: str | None
    priority: str | None
    priority_score: float | None
    status: str
    lead_entity: str | None  # entity code
    cluster_id: str | None
    cluster_name_ar: str | None
    cluster_name_en: str | None

    def text(self, lang: Lang) -> str:
        return pick(lang, self.text_ar, self.text_en)

    def cluster_name(self, lang: Lang) -> str:
        return pick(lang, self.cluster_name_ar, self.cluster_name_en)


@dataclass(frozen=True)
class ClusterView:
    """A cluster and its recommendations, to be shown side by side by mechanism."""

    cluster: ClusterRow
    members: tuple[MemberRow, ...]

    def by_mechanism(self) -> dict[str, list[MemberRow]]:
        """UPR, treaty bodies, special procedures (in that order), each sorted by reference."""
        columns: dict[str, list[MemberRow]] = {str(kind): [] for kind in MechanismKind}
        for member in sorted(self.members, key=lambda m: reference_order(m.reference)):
            columns.setdefault(member.mechanism, []).append(member)
        return columns


@dataclass(frozen=True)
class SimilarRecommendation:
    """A recommendation like the one asked about, and why: the score and what they share."""

    row: MemberRow
    score: float  # cosine of the texts, 0-1
    language: Lang  # the language the texts were compared in
    shared_terms: tuple[str, ...]
    shared_themes: tuple[Label, ...]
    same_document: bool
    link_kind: str | None  # "related"/"same" when the two are already linked

    def reason(self, lang: Lang) -> str:
        words = "، ".join(self.shared_terms) if lang == "ar" else ", ".join(self.shared_terms)
        themes = ("، " if lang == "ar" else ", ").join(t.label(lang) for t in self.shared_themes)
        parts = []
        if words:
            parts.append(("كلمات مشتركة: " if lang == "ar" else "shared words: ") + words)
        if themes:
            parts.append(("مواضيع مشتركة: " if lang == "ar" else "shared themes: ") + themes)
        return "؛ ".join(parts) if lang == "ar" else "; ".join(parts)


@dataclass(frozen=True)
class DuplicatePair:
    first: MemberRow
    second: MemberRow
    score: float
    language: Lang
    shared_terms: tuple[str, ...]
    shared_themes: tuple[Label, ...]
    link_kind: str | None

    def reason(self, lang: Lang) -> str:
        return SimilarRecommendation(self.second, self.score, self.language, self.shared_terms,
                                     self.shared_themes, False, self.link_kind).reason(lang)


@dataclass(frozen=True)
class DuplicateScan:
    """The possible duplicates: the best ``pairs`` (at most the limit asked) of ``total``."""

    pairs: tuple[DuplicatePair, ...]
    total: int
    threshold: float
    scope: str
    seconds: float


@dataclass(frozen=True)
class IndexInfo:
    """How the similarity index was obtained, and what it took (for the note and ``--json``)."""

    records: int
    arabic_records: int
    english_records: int
    digest: str
    source: str  # "built", "disk" (the cache file) or "memory"
    seconds: float


@dataclass(frozen=True)
class LinkRow:
    id: str
    kind: str  # "related" | "same"
    other: MemberRow


@dataclass(frozen=True)
class EntityWork:
    """Everything one entity leads or supports (the entity sheet's content)."""

    entity: EntityRow
    leads: tuple[MemberRow, ...]
    supports: tuple[MemberRow, ...]
    lead_clusters: tuple[ClusterRow, ...]
    supporting_clusters: tuple[ClusterRow, ...]


KEEP: Any = ...  # "leave this field as it is" in a BulkEdit (None means "clear it")


@dataclass(frozen=True)
class BulkEdit:
    """One change applied to every selected recommendation.

    Tags are added or removed (the rest of each record's tags stay); the single values are set
    when given (``KEEP``: unchanged; ``None``: cleared). Keys are as the editor takes them:
    theme and group keys or names, SDG target codes, entity codes, a cluster id or name.
    """

    add_themes: tuple[str, ...] = ()
    remove_themes: tuple[str, ...] = ()
    add_groups: tuple[str, ...] = ()
    remove_groups: tuple[str, ...] = ()
    add_sdg_targets: tuple[str, ...] = ()
    remove_sdg_targets: tuple[str, ...] = ()
    add_supporting: tuple[str, ...] = ()
    remove_supporting: tuple[str, ...] = ()
    lead_entity: Any = KEEP
    cluster: Any = KEEP
    priority: Any = KEEP
    priority_reason: str = ""
    status: Any = KEEP

    def is_empty(self) -> bool:
        return self == BulkEdit()


@dataclass(frozen=True)
class BulkUndo:
    """The values the edit replaced, per record: enough to put every record back as it was."""

    before: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class BulkResult:
    changed: tuple[str, ...]  # ids of the records that changed
    unchanged: int
    undo: BulkUndo
