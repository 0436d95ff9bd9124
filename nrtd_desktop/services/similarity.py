"""Similar recommendations and possible duplicates, with the reasons shown.

The TF-IDF index (``analysis/similarity.py``) is built once and kept: in memory for the life of
the services, and on disk beside the database (``cache/<db name>.similarity.zip``) so that the
next start, or the next ``nrtd similar`` command, loads it in a few hundredths of a second. It is
keyed by a digest of every record's id and texts, so an edit of a text rebuilds it and an edit of
anything else does not. numpy and scipy.sparse are imported on first use, not at start.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nrtd_desktop.db.models import Recommendation, Theme, recommendation_themes
from nrtd_desktop.domain.enums import MechanismKind
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.classify import (
    DuplicatePair,
    DuplicateScan,
    IndexInfo,
    MemberRow,
    SimilarRecommendation,
)
from nrtd_desktop.dto.register import Label
from nrtd_desktop.services.base import Service, ServiceContext
from nrtd_desktop.services.links import all_pairs
from nrtd_desktop.services.member_rows import member_rows, resolve_record

if TYPE_CHECKING:
    from nrtd_desktop.analysis.similarity import Pair, SimilarityIndex

R = Recommendation
DEFAULT_MIN_SCORE = 0.05
DEFAULT_THRESHOLD = 0.8
SCOPES = ("all", "across_documents", "across_mechanisms")

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "similarity.threshold": ("The threshold must be between 0.3 and 1.", "يجب أن تكون العتبة بين 0.3 و1."),
    "similarity.empty_cluster": ("The cluster '{name}' has no recommendations yet.",
                                 "المجموعة «{name}» لا تضم توصيات بعد."),
}


class SimilarityService(Service):
    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self._lock = threading.Lock()
        self._index: SimilarityIndex | None = None
        self._signature: tuple[Any, ...] | None = None
        self._info: IndexInfo | None = None
        self._scans: dict[tuple[str, float], tuple[list[Pair], float]] = {}

    # -- the index ----------------------------------------------------------------------------
    def cache_path(self) -> Path | None:
        database = self.context.engine.url.database
        # A server's database has no folder beside it (its name is no path): the index is kept
        # in memory only, built once per session.
        if self.context.engine.dialect.name != "sqlite" or not database or database == ":memory:":
            return None
        path = Path(database)
        return path.parent / "cache" / f"{path.name}.similarity.zip"

    def _sealer(self) -> Any:
        """An encrypted database's cache is encrypted too (``db.cipher.Sealer``)."""
        from nrtd_desktop.db import cipher

        database = self.context.engine.url.database
        if not database or database == ":memory:":
            return None
        return cipher.sealer_for(Path(database), "similarity-cache")

    def index_info(self) -> IndexInfo:
        """Make sure the index is ready and say how it was obtained and what that took."""
        self._ensure()
        assert self._info is not None
        return self._info

    def index(self) -> SimilarityIndex:
        """The index of the register as it is now (built, read from disk or kept in memory)."""
        return self._ensure()

    def _ensure(self) -> SimilarityIndex:
        from nrtd_desktop.analysis.similarity import SimilarityIndex, digest_of

        with self._lock:
            started = time.perf_counter()
            with self.context.read() as session:
                # A cheap look first: when nothing was written since, the index stands.
                signature = tuple(session.execute(select(
                    func.count(), func.max(R.updated_at), func.coalesce(func.sum(R.version), 0),
                    func.coalesce(func.sum(R.search_rowid), 0),
                )).one())
                if self._index is not None and signature == self._signature:
                    assert self._info is not None
                    self._info = dataclasses.replace(self._info, source="memory",
                                                     seconds=round(time.perf_counter() - started, 3))
                    return self._index
                rows = [tuple(r) for r in session.execute(
                    select(R.id, R.text_ar, R.text_en).order_by(R.reference_order, R.id))]
            digest = digest_of(rows)  # type: ignore[arg-type]
            source = "memory"
            if self._index is None or self._index.digest != digest:
                path = self.cache_path()
                sealer = self._sealer()
                index = SimilarityIndex.load(path, digest, sealer) if path and path.exists() else None
                source = "disk"
                if index is None:
                    index = SimilarityIndex.build(rows, digest)  # type: ignore[arg-type]
                    source = "built"
                    if path is not None:
                        # A read-only folder only costs the next start a rebuild.
                        with contextlib.suppress(OSError):
                            index.save(path, sealer)
                self._index = index
                self._scans.clear()
            self._signature = signature
            index = self._index
            self._info = IndexInfo(
                records=len(index.ids), arabic_records=len(index.languages["ar"].members),
                english_records=len(index.languages["en"].members), digest=digest, source=source,
                seconds=round(time.perf_counter() - started, 3),
            )
            return index

    # -- similar recommendations -------------------------------------------------------------
    def similar(self, record: str, limit: int = 20, min_score: float = DEFAULT_MIN_SCORE
                ) -> list[SimilarRecommendation]:
        """The recommendations most like ``record`` (id or reference), best first.

        Equal scores (the same text) put the ones from the same document first, then the same
        session: a recommendation made by several States in one review ranks its twins first.
        """
        with self.context.read() as session:
            rec_id = resolve_record(session, record)
        return self._similar([rec_id], limit, min_score)

    def similar_to_cluster(self, cluster: str, limit: int = 20, min_score: float = DEFAULT_MIN_SCORE
                           ) -> list[SimilarRecommendation]:
        """Recommendations outside ``cluster`` that resemble its recommendations as a whole."""
        from nrtd_desktop.services import lookups

        with self.context.read() as session:
            found = lookups.cluster(session, cluster)
            members = list(session.scalars(select(R.id).where(R.cluster_id == found.id)))
            name = found.name_ar
        if not members:
            raise ValidationError("similarity.empty_cluster", field="cluster", name=name)
        return self._similar(members, limit, min_score)

    def _similar(self, group: list[str], limit: int, min_score: float) -> list[SimilarRecommendation]:
        from nrtd_desktop.analysis.similarity import surface_forms

        index = self._ensure()
        ranked = index.rank(group, limit, min_score)
        with self.context.read() as session:
            rows = member_rows(session, [r for r, _s, _l in ranked] + group)
            themes = _themes_of(session, list(rows))
            links = all_pairs(session)
        query_rows = [rows[g] for g in group if g in rows]
        documents = {r.document_symbol for r in query_rows if r.document_symbol}
        sessions = {(r.body, r.session) for r in query_rows if r.session}
        group_themes = set().union(*(themes.get(g, {}) for g in group))

        def order(item: tuple[str, float, str]) -> tuple[Any, ...]:
            row = rows[item[0]]
            return (-item[1], row.document_symbol not in documents, (row.body, row.session) not in sessions,
                    row.reference)

        results = []
        for rec_id, score, lang in sorted(ranked, key=order)[:limit]:
            row = rows[rec_id]
            shared = sorted(themes.get(rec_id, {}).keys() & group_themes)
            link = None
            if len(group) == 1:
                link = links.get(frozenset((group[0], rec_id)))
            results.append(SimilarRecommendation(
                row=row, score=score, language=lang,
                shared_terms=surface_forms(index.group_terms(group, rec_id, lang), _text(row, lang),
                                           *(_text(q, lang) for q in query_rows)),
                shared_themes=tuple(themes[rec_id][k] for k in shared),
                same_document=bool(row.document_symbol) and row.document_symbol in documents, link_kind=link,
            ))
        return results

    # -- possible duplicates -------------------------------------------------------------------
    def duplicates(self, threshold: float = DEFAULT_THRESHOLD, limit: int = 500, scope: str = "all",
                   include_linked: bool = False, involving: str | None = None) -> DuplicateScan:
        """Pairs of recommendations whose texts reach ``threshold`` (cosine), best first.

        ``scope``: "all"; "across_documents" leaves out pairs from one document (several States
        repeating one another in one review); "across_mechanisms" keeps pairs from different
        mechanisms or different cycles (the same request coming back). Pairs already linked are
        left out unless ``include_linked``; ``involving`` (an id or reference) keeps the pairs of
        one recommendation. ``total`` counts every pair kept, ``pairs`` the first ``limit`` of them.
        """
        if not 0.3 <= threshold <= 1:
            raise ValidationError("similarity.threshold", field="threshold")
        if scope not in SCOPES:
            raise ValidationError("validation.invalid_choice", field="scope", value=scope)
        from nrtd_desktop.analysis.similarity import surface_forms

        index = self._ensure()
        started = time.perf_counter()
        key = (index.digest, round(threshold, 4))
        if key not in self._scans:
            self._scans[key] = (index.duplicate_pairs(threshold), time.perf_counter() - started)
        pairs, scan_seconds = self._scans[key]
        with self.context.read() as session:
            only = resolve_record(session, involving) if involving else None
            facts = {row[0]: row[1:] for row in session.execute(
                select(R.id, R.body_code, R.cycle, R.document_symbol, R.mechanism))}
            links = all_pairs(session)
        kept = []
        for pair in pairs:
            if only is not None and only not in (pair.first, pair.second):
                continue
            link = links.get(frozenset((pair.first, pair.second)))
            if link and not include_linked:
                continue
            a, b = facts.get(pair.first), facts.get(pair.second)
            if a is None or b is None:
                continue
            if scope == "across_documents" and a[2] and a[2] == b[2]:
                continue
            if scope == "across_mechanisms" and not _across(a, b):
                continue
            kept.append((pair, link))
        shown = kept[:limit]
        with self.context.read() as session:
            rows = member_rows(session, [i for p, _ in shown for i in (p.first, p.second)])
            themes = _themes_of(session, list(rows))
        result = []
        for pair, link in shown:
            shared = sorted(themes.get(pair.first, {}).keys() & themes.get(pair.second, {}).keys())
            result.append(DuplicatePair(
                first=rows[pair.first], second=rows[pair.second], score=pair.score, language=pair.language,
                shared_terms=surface_forms(index.shared_terms(pair.first, pair.second, pair.language),
                                           _text(rows[pair.first], pair.language),
                                           _text(rows[pair.second], pair.language)),
                shared_themes=tuple(themes[pair.first][k] for k in shared), link_kind=link,
            ))
        return DuplicateScan(tuple(result), len(kept), threshold, scope, round(scan_seconds, 3))

    def pair_rows(self, ids: Sequence[str]) -> dict[str, MemberRow]:
        with self.context.read() as session:
            return member_rows(session, ids)


def _text(row: MemberRow, lang: Lang) -> str:
    return row.text_ar if lang == "ar" else row.text_en


def _across(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Two (body, cycle, document, mechanism) facts from different mechanisms or cycles: another
    body, another UPR cycle, or another report of the same treaty body."""
    if a[0] != b[0]:
        return True
    if a[3] == MechanismKind.UPR:
        return bool(a[1] != b[1])
    return bool(a[2] != b[2])


def _themes_of(session: Session, ids: list[str]) -> dict[str, dict[str, Label]]:
    link = recommendation_themes
    found: dict[str, dict[str, Label]] = {}
    for start in range(0, len(ids), 900):
        statement = (select(link.c.recommendation_id, Theme.key, Theme.name_ar, Theme.name_en)
                     .join(Theme, Theme.key == link.c.theme_key)
                     .where(link.c.recommendation_id.in_(ids[start:start + 900])))
        for rec_id, key, name_ar, name_en in session.execute(statement):
            found.setdefault(rec_id, {})[key] = Label(key, name_ar, name_en)
    return found
