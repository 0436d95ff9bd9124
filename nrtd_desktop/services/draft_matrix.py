"""The annex of a report draft: the implementation matrix, one line per recommendation in the
order of its UN numbering (``services.drafts.matrix(draft)``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from nrtd_desktop.db.models import Recommendation
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import RecommendationFilter, pick

if TYPE_CHECKING:
    from nrtd_desktop.services import Services


@dataclass(frozen=True)
class MatrixRow:
    """One line of the annex (the implementation matrix)."""

    reference: str
    number: str  # the UN numbering, "122.3"
    symbol: str
    text_ar: str
    text_en: str
    states: tuple[tuple[str, str], ...]  # the recommending States (UPR)
    position: str | None
    status: str
    actions: tuple[tuple[str, str, str], ...]  # (title_ar, title_en, action status)
    lead_ar: str
    lead_en: str

    def text(self, lang: Lang) -> str:
        return pick(lang, self.text_ar, self.text_en)


def matrix_rows(services: Services, f: RecommendationFilter) -> list[MatrixRow]:
    """The implementation matrix of the recommendations ``f`` selects, in their UN numbering's
    order: one query per kind of detail (``report_data.plan_data``), whatever their number."""
    from nrtd_desktop.services.report_data import natural_key, plan_data

    plan = plan_data(services, f, group_by="cluster")
    items = {i.recommendation.id: i for g in plan.groups for i in g.items}
    shared = {g.key: g.cluster_actions for g in plan.groups}
    R = Recommendation
    ids = list(items)
    with services.context.read() as session:
        extra = {
            row.id: row
            for start in range(0, len(ids), 900)
            for row in session.execute(
                select(R.id, R.paragraph, R.document_symbol, R.cluster_id).where(
                    R.id.in_(ids[start : start + 900])
                )
            )
        }
    rows = []
    for rec_id, item in items.items():
        rec = item.recommendation
        row = extra.get(rec_id)
        actions = [*item.actions, *shared.get(row.cluster_id if row else "", ())]
        lead = item.lead_entity
        rows.append(
            MatrixRow(
                reference=rec.reference,
                number=(row.paragraph if row else None) or rec.reference,
                symbol=(row.document_symbol if row else None) or "",
                text_ar=rec.text_ar,
                text_en=rec.text_en,
                states=item.states,
                position=rec.position,
                status=rec.status,
                actions=tuple((a.title_ar, a.title_en, a.status) for a in actions),
                lead_ar=lead.name_ar if lead else "",
                lead_en=(lead.name_en or lead.code) if lead else "",
            )
        )
    rows.sort(key=lambda m: natural_key(m.number))
    return rows
