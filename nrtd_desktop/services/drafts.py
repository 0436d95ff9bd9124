"""Report drafts: written from the data, edited by people, frozen as versions (issue 22).

API (``services.drafts``)::

    create(event_key, report_type=None, group_by="cluster") -> DraftView
    list() -> list[DraftRow];  get(draft) -> DraftView   (an id, the start of one, or a calendar key)
    update_section(section_id, SectionInput, expected_version=None) -> SectionView
    changes(draft) -> {section id: (FactChange, ...)}    # what changed in the data since the text
    regenerate(draft, replace=(), accept=()) -> RegenerationResult
    freeze(draft, label="") -> VersionRow;  version(version_id) -> DraftView
    compare(draft, first, second, lang) -> list[SectionComparison]   # "current", a number or an id
    matrix(draft) -> list[MatrixRow]                      # the annex: every recommendation
    delete(draft) -> Deletion

Regeneration never overwrites what a person wrote: a section whose text differs from the text the
data gave is kept as it is unless its id is in ``replace``, and what changed in the data since is
returned (and stays visible: ``changes``) until the person replaces the text or ``accept``s the
new figures while keeping their own text.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nrtd_desktop.db import deletions
from nrtd_desktop.db.base import utcnow
from nrtd_desktop.db.deletions import Deletion
from nrtd_desktop.db.models import (
    Document,
    Entity,
    ReportDraft,
    ReportingEvent,
    ReportSection,
    ReportVersion,
)
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.errors import (
    NotFoundError,
    StaleRecordError,
    ValidationError,
)
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.drafts import (
    DraftRow,
    DraftView,
    FactChange,
    RegenerationResult,
    SectionComparison,
    SectionInput,
    SectionView,
    VersionRow,
)
from nrtd_desktop.services import validation
from nrtd_desktop.services.base import Service
from nrtd_desktop.services.convert import entity_ref
from nrtd_desktop.services.draft_content import GeneratedSection, generate
from nrtd_desktop.services.draft_data import DraftScope, scope_filter
from nrtd_desktop.services.draft_matrix import MatrixRow, matrix_rows
from nrtd_desktop.services.draft_versions import compare_views, frozen_view
from nrtd_desktop.services.reporting_calendar import find_entry, materialize

if TYPE_CHECKING:
    pass


CURRENT = "current"


def _committee() -> tuple[str, str]:
    from nrtd_desktop.settings import load_settings

    settings = load_settings()
    return settings.committee_name("ar"), settings.committee_name("en")


def fact_changes(
    before: dict[str, dict[str, str]], after: dict[str, dict[str, str]]
) -> tuple[FactChange, ...]:
    """The figures that differ between two fact sets, in the order of the newer one."""
    changes = []
    for key in [*after, *(k for k in before if k not in after)]:
        old, new = before.get(key), after.get(key)
        if old != new:
            changes.append(
                FactChange(
                    key,
                    (old or {}).get("ar", ""),
                    (old or {}).get("en", ""),
                    (new or {}).get("ar", ""),
                    (new or {}).get("en", ""),
                )
            )
    return tuple(changes)


def _facts(section: ReportSection) -> dict[str, dict[str, str]]:
    try:
        value = json.loads(section.facts or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _dump(facts: dict[str, dict[str, str]]) -> str:
    return json.dumps(facts, ensure_ascii=False, sort_keys=True)


def _section_view(section: ReportSection, entities: dict[str, Entity]) -> SectionView:
    return SectionView(
        id=section.id,
        version=section.version,
        draft_id=section.draft_id,
        key=section.key,
        level=section.level,
        sort_order=section.sort_order,
        heading_ar=section.heading_ar,
        heading_en=section.heading_en,
        text_ar=section.text_ar,
        text_en=section.text_en,
        generated_ar=section.generated_ar,
        generated_en=section.generated_en,
        recommendations=tuple(line for line in section.recommendations.splitlines() if line.strip()),
        entity=entity_ref(entities.get(section.entity_id or "")),
        state=section.state,
        generated_at=section.generated_at,
        updated_by=section.updated_by,
        updated_at=section.updated_at,
    )


class DraftService(Service):
    # ---- reading ------------------------------------------------------------------------------

    def list(self) -> list[DraftRow]:
        with self.context.read() as session:
            rows = []
            events = {e.id: e for e in session.scalars(select(ReportingEvent))}
            versions = dict(
                session.execute(
                    select(ReportVersion.draft_id, func.count()).group_by(ReportVersion.draft_id)
                ).all()
            )
            for draft in session.scalars(select(ReportDraft).order_by(ReportDraft.created_at)):
                view = self._view(session, draft, with_versions=False)
                event = events.get(draft.event_id or "")
                rows.append(
                    DraftRow(
                        id=draft.id,
                        title_ar=draft.title_ar,
                        title_en=draft.title_en,
                        report_type=draft.report_type,
                        event_key=(event.default_key or event.id) if event else None,
                        due_date=event.due_date if event else None,
                        sections=len(view.sections),
                        approved=view.state_counts().get(r.SectionState.APPROVED, 0),
                        words_ar=view.words("ar"),
                        words_en=view.words("en"),
                        word_limit=draft.word_limit,
                        versions=int(versions.get(draft.id, 0)),
                        updated_at=draft.updated_at,
                    )
                )
            return rows

    def get(self, draft: str) -> DraftView:
        with self.context.read() as session:
            return self._view(session, self._draft(session, draft))

    def _draft(self, session: Session, ref: str) -> ReportDraft:
        wanted = (ref or "").strip()
        if not wanted:
            raise ValidationError("validation.required", field="draft")
        found = session.get(ReportDraft, wanted)
        if found is not None:
            return found
        matches = list(session.scalars(select(ReportDraft).where(ReportDraft.id.startswith(wanted))))
        if not matches:  # a calendar key: its (first) draft
            event = session.scalar(select(ReportingEvent).where(ReportingEvent.default_key == wanted))
            if event is not None:
                matches = list(
                    session.scalars(
                        select(ReportDraft)
                        .where(ReportDraft.event_id == event.id)
                        .order_by(ReportDraft.created_at)
                    )
                )[:1]
        if len(matches) > 1:
            raise ValidationError("draft.ambiguous", field="draft", value=wanted)
        if not matches:
            raise NotFoundError("draft", wanted)
        return matches[0]

    def _view(self, session: Session, draft: ReportDraft, with_versions: bool = True) -> DraftView:
        entities = {e.id: e for e in session.scalars(select(Entity))}
        sections = session.scalars(
            select(ReportSection)
            .where(ReportSection.draft_id == draft.id)
            .order_by(ReportSection.sort_order, ReportSection.created_at, ReportSection.id)
        )
        event = session.get(ReportingEvent, draft.event_id) if draft.event_id else None
        versions: tuple[VersionRow, ...] = ()
        if with_versions:
            versions = tuple(
                self._version_row(v)
                for v in session.scalars(
                    select(ReportVersion)
                    .where(ReportVersion.draft_id == draft.id)
                    .order_by(ReportVersion.number)
                )
            )
        return DraftView(
            id=draft.id,
            version=draft.version,
            event_id=draft.event_id,
            event_key=(event.default_key or event.id) if event else None,
            report_type=draft.report_type,
            title_ar=draft.title_ar,
            title_en=draft.title_en,
            body=draft.body_code,
            cycle=draft.cycle,
            document_symbol=draft.document_symbol,
            group_by=draft.group_by,
            word_limit=draft.word_limit,
            due_date=event.due_date if event else None,
            sections=tuple(_section_view(s, entities) for s in sections),
            versions=versions,
            notes=draft.notes,
            created_at=draft.created_at,
            updated_at=draft.updated_at,
        )

    @staticmethod
    def _version_row(version: ReportVersion) -> VersionRow:
        content = json.loads(version.content or "{}")
        return VersionRow(
            version.id,
            version.number,
            version.label,
            version.created_at,
            version.created_by,
            int(content.get("words_ar", 0)),
            int(content.get("words_en", 0)),
        )

    # ---- creating and regenerating ---------------------------------------------------------------

    def create(self, event_key: str, report_type: str | None = None, group_by: str = "cluster") -> DraftView:
        """A new draft for the calendar entry ``event_key`` (storing a computed entry), its sections
        written from the data now."""
        validation.choice("group_by", group_by, ("cluster", "theme"))
        with self.context.read() as session:
            entry = find_entry(session, event_key)
        kind = report_type or entry.report_type
        if kind is None:
            raise ValidationError("draft.needs_type", field="report_type", label=entry.label("en"))
        validation.choice("report_type", kind, [str(t) for t in r.ReportType])
        cycle = entry.cycle
        if kind == r.ReportType.UPR_NATIONAL and entry.kind == r.EventKind.UPR_NATIONAL_REPORT and cycle:
            cycle -= 1  # the national report answers the recommendations of the previous review
        scope = DraftScope(kind, entry.body, cycle, entry.document_symbol or "", group_by)
        scope = self._with_since(scope)
        generated = generate(self.services_facade(), scope, _committee())
        title_ar, title_en = draft_title(kind, entry.body, entry.cycle, entry.title_ar, entry.title_en)
        with self.context.write() as session:
            event = materialize(session, entry.key)
            draft = ReportDraft(
                event_id=event.id,
                report_type=kind,
                title_ar=title_ar,
                title_en=title_en,
                body_code=entry.body,
                cycle=cycle,
                document_symbol=entry.document_symbol or "",
                group_by=group_by,
                word_limit=r.WORD_LIMITS[kind],
                notes="",
            )
            session.add(draft)
            session.flush()
            now = utcnow()
            for n, part in enumerate(generated):
                session.add(self._new_section(draft.id, n, part, now))
            if event.status == r.EventStatus.PLANNED:
                event.status = r.EventStatus.IN_PREPARATION
            session.flush()
            return self._view(session, draft)

    def services_facade(self) -> Any:
        """The services the generator reads through (figures, plan data) over this context."""
        from nrtd_desktop.services import Services

        return Services(self.context)

    def _with_since(self, scope: DraftScope) -> DraftScope:
        """The developments of a report run from the review or dialogue it follows."""
        from dataclasses import replace

        with self.context.read() as session:
            if scope.document_symbol:
                day = session.scalar(select(Document.date).where(Document.symbol == scope.document_symbol))
            else:
                day = session.scalar(
                    select(func.max(Document.date)).where(
                        Document.body_code == "UPR", Document.cycle == scope.cycle
                    )
                )
        return replace(scope, since=day)

    @staticmethod
    def _new_section(draft_id: str, n: int, part: GeneratedSection, now: Any) -> ReportSection:
        return ReportSection(
            draft_id=draft_id,
            sort_order=n * 10,
            key=part.key,
            level=part.level,
            heading_ar=part.heading_ar,
            heading_en=part.heading_en,
            text_ar=part.text_ar,
            text_en=part.text_en,
            generated_ar=part.text_ar,
            generated_en=part.text_en,
            facts=_dump(part.facts),
            generated_at=now,
            recommendations="\n".join(part.recommendations),
            entity_id=part.entity_id,
            state=r.SectionState.DRAFTING,
        )

    def _generate_for(self, draft: DraftView) -> builtins.list[GeneratedSection]:
        scope = self._with_since(
            DraftScope(draft.report_type, draft.body, draft.cycle, draft.document_symbol, draft.group_by)
        )
        return generate(self.services_facade(), scope, _committee())

    def changes(self, draft: str) -> dict[str, tuple[FactChange, ...]]:
        """For each section, the figures that changed in the data since its text was generated
        (a section whose subject left the data lists every figure as gone)."""
        view = self.get(draft)
        fresh = {g.key: g for g in self._generate_for(view)}
        with self.context.read() as session:
            found = {}
            for section in session.scalars(select(ReportSection).where(ReportSection.draft_id == view.id)):
                new = fresh.get(section.key)
                changed = fact_changes(_facts(section), new.facts if new else {})
                if changed:
                    found[section.id] = changed
            return found

    def regenerate(
        self, draft: str, replace: Iterable[str] = (), accept: Iterable[str] = ()
    ) -> RegenerationResult:
        """Write every section again from the data, except the text people edited (see the
        module docstring); ``replace``: section ids whose edited text may be replaced; ``accept``:
        section ids whose edited text stays while the new figures are taken as seen."""
        view = self.get(draft)
        generated = self._generate_for(view)
        replace, accept = set(replace), set(accept)
        updated, added, unchanged, orphaned = [], [], [], []
        kept: dict[str, tuple[FactChange, ...]] = {}
        with self.context.write() as session:
            existing = {
                s.key: s
                for s in session.scalars(select(ReportSection).where(ReportSection.draft_id == view.id))
            }
            now = utcnow()
            for n, part in enumerate(generated):
                section = existing.pop(part.key, None)
                if section is None:
                    section = self._new_section(view.id, n, part, now)
                    session.add(section)
                    session.flush()
                    added.append(section.id)
                    continue
                if section.sort_order != n * 10:
                    section.sort_order = n * 10
                changes = fact_changes(_facts(section), part.facts)
                edited = section.text_ar != section.generated_ar or section.text_en != section.generated_en
                same = (
                    section.generated_ar == part.text_ar
                    and section.generated_en == part.text_en
                    and not changes
                )
                if edited and section.id not in replace:
                    if section.id in accept:
                        section.generated_ar, section.generated_en = part.text_ar, part.text_en
                        section.facts = _dump(part.facts)
                        section.generated_at = now
                    elif not same:
                        kept[section.id] = changes
                    if same or section.id in accept:
                        unchanged.append(section.id)
                    continue
                if same and not edited:
                    unchanged.append(section.id)
                    continue
                section.text_ar = section.generated_ar = part.text_ar
                section.text_en = section.generated_en = part.text_en
                section.heading_ar, section.heading_en = part.heading_ar, part.heading_en
                section.facts = _dump(part.facts)
                section.recommendations = "\n".join(part.recommendations)
                section.generated_at = now
                updated.append(section.id)
            orphaned = [s.id for s in existing.values()]
        return RegenerationResult(tuple(updated), kept, tuple(added), tuple(orphaned), tuple(unchanged))

    # ---- editing ----------------------------------------------------------------------------------

    def update_section(
        self, section_id: str, changes: SectionInput, expected_version: int | None = None
    ) -> SectionView:
        with self.context.write() as session:
            section = session.get(ReportSection, section_id)
            if section is None:
                raise NotFoundError("report_section", section_id)
            if expected_version is not None and section.version != expected_version:
                raise StaleRecordError("report_section", section.heading_ar or section.heading_en)
            for name in ("text_ar", "text_en", "heading_ar", "heading_en"):
                value = getattr(changes, name)
                if value is not None:
                    setattr(section, name, _clean(value))
            if changes.state is not None:
                section.state = validation.choice("state", changes.state, [str(s) for s in r.SectionState])
            if changes.entity is not None:
                code = changes.entity.strip()
                if not code:
                    section.entity_id = None
                else:
                    entity = session.scalar(select(Entity).where(Entity.code == code.upper()))
                    if entity is None:
                        raise ValidationError("validation.unknown", field="entity", value=code)
                    section.entity_id = entity.id
            session.flush()
            entities = {e.id: e for e in session.scalars(select(Entity))}
            return _section_view(section, entities)

    def set_word_limit(self, draft: str, limit: int) -> DraftView:
        value = validation.int_range("word_limit", limit, 0, 1_000_000, optional=False)
        with self.context.write() as session:
            record = self._draft(session, draft)
            record.word_limit = int(value or 0)
            session.flush()
            return self._view(session, record)

    def delete(self, draft: str) -> Deletion:
        with self.context.write() as session:
            return deletions.delete(session, [self._draft(session, draft)])

    # ---- versions --------------------------------------------------------------------------------

    def freeze(self, draft: str, label: str = "") -> VersionRow:
        """Keep the draft as it stands now as a numbered version (it never changes afterwards)."""
        with self.context.write() as session:
            record = self._draft(session, draft)
            view = self._view(session, record, with_versions=False)
            number = (
                session.scalar(
                    select(func.max(ReportVersion.number)).where(ReportVersion.draft_id == record.id)
                )
                or 0
            ) + 1
            content = {
                "title_ar": view.title_ar,
                "title_en": view.title_en,
                "report_type": view.report_type,
                "word_limit": view.word_limit,
                "words_ar": view.words("ar"),
                "words_en": view.words("en"),
                "sections": [
                    {
                        "key": s.key,
                        "level": s.level,
                        "heading_ar": s.heading_ar,
                        "heading_en": s.heading_en,
                        "text_ar": s.text_ar,
                        "text_en": s.text_en,
                        "state": s.state,
                        "entity": [s.entity.code, s.entity.name_ar, s.entity.name_en] if s.entity else None,
                        "recommendations": list(s.recommendations),
                    }
                    for s in view.sections
                ],
            }
            version = ReportVersion(
                draft_id=record.id,
                number=number,
                label=label.strip(),
                content=json.dumps(content, ensure_ascii=False),
            )
            session.add(version)
            session.flush()
            return self._version_row(version)

    def version(self, version_id: str) -> DraftView:
        """A frozen version as a draft view (its sections as they were)."""
        with self.context.read() as session:
            version = session.get(ReportVersion, version_id)
            if version is None:
                raise NotFoundError("report_version", version_id)
            record = session.get(ReportDraft, version.draft_id)
            if record is None:  # a version goes with its draft (foreign key)
                raise NotFoundError("report_draft", version.draft_id)
            draft = self._view(session, record, with_versions=False)
            return frozen_view(draft, version)

    def resolve(self, draft: DraftView, which: str) -> DraftView:
        which = (which or CURRENT).strip()
        if which == CURRENT:
            return draft
        for row in draft.versions:
            if which in (row.id, str(row.number)) or (len(which) >= 6 and row.id.startswith(which)):
                return self.version(row.id)
        raise ValidationError("draft.unknown_version", field="version", value=which)

    def compare(
        self, draft: str, first: str, second: str = CURRENT, lang: Lang = "ar"
    ) -> builtins.list[SectionComparison]:
        """Two versions (or a version and the current draft) section by section."""
        view = self.get(draft)
        return compare_views(self.resolve(view, first), self.resolve(view, second), lang)

    # ---- the annex ---------------------------------------------------------------------------------

    def matrix(self, draft: str) -> builtins.list[MatrixRow]:
        """Every recommendation the draft answers: its position, status and actions."""
        view = self.get(draft)
        with self.context.read() as session:
            f = scope_filter(
                session, DraftScope(view.report_type, view.body, view.cycle, view.document_symbol)
            )
        return matrix_rows(self.services_facade(), f)


def draft_title(kind: str, body: str, cycle: int | None, event_ar: str, event_en: str) -> tuple[str, str]:
    """ "مشروع تقرير منتصف المدة – الجولة الرابعة من الاستعراض الدوري الشامل" / "Draft mid-term
    report – UPR, 4th cycle"; for a treaty body, its name (the calendar entry's last part)."""
    from nrtd_desktop.domain.labels import cycle_names

    short_ar, short_en = r.REPORT_SHORT_NAMES[kind]
    if body == "UPR":
        cycle_ar, cycle_en = cycle_names(cycle)
        return (
            f"مشروع {short_ar} – {cycle_ar} من الاستعراض الدوري الشامل",
            f"Draft {short_en.lower()} – Universal Periodic Review, {cycle_en}",
        )
    return (
        f"مشروع {short_ar} – {event_ar.split(' – ')[-1]}",
        f"Draft {short_en.lower()} – {event_en.split(' – ')[-1]}",
    )


def _clean(text: str) -> str:
    """Line ends as the editor keeps them; trailing spaces of each line dropped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")
