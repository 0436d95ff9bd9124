"""Links between recommendations: "related", or "same" (the same request from two mechanisms).

A pair is linked once whichever way it was made: adding a link that exists the other way round
changes its kind instead of adding a second row.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from nrtd_desktop.db.models import RecommendationLink
from nrtd_desktop.domain.errors import NotFoundError, ValidationError
from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.dto.classify import LinkRow
from nrtd_desktop.services import validation
from nrtd_desktop.services.base import Service
from nrtd_desktop.services.member_rows import member_rows, resolve_record

LINK_KINDS = ("related", "same")
L = RecommendationLink

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "link.self": ("A recommendation cannot be linked to itself.", "لا يمكن ربط التوصية بنفسها."),
}


def find_link(session: Session, first: str, second: str) -> RecommendationLink | None:
    return session.scalar(select(L).where(
        or_((L.from_id == first) & (L.to_id == second), (L.from_id == second) & (L.to_id == first))))


def all_pairs(session: Session) -> dict[frozenset[str], str]:
    """Every linked pair and its kind (for the duplicate list and the priority rule)."""
    return {frozenset((a, b)): kind for a, b, kind in session.execute(select(L.from_id, L.to_id, L.kind))}


class LinkService(Service):
    def list(self, record: str) -> list[LinkRow]:
        """The links of a recommendation (given by id or reference), "same" first."""
        with self.context.read() as session:
            rec_id = resolve_record(session, record)
            links = session.scalars(select(L).where(or_(L.from_id == rec_id, L.to_id == rec_id))).all()
            others = member_rows(session, [lk.to_id if lk.from_id == rec_id else lk.from_id for lk in links])
            rows = [LinkRow(lk.id, lk.kind, others[lk.to_id if lk.from_id == rec_id else lk.from_id])
                    for lk in links]
        return sorted(rows, key=lambda r: (r.kind != "same", reference_order(r.other.reference)))

    def add(self, first: str, second: str, kind: str = "related") -> LinkRow:
        kind = validation.choice("kind", kind, LINK_KINDS) or "related"
        with self.context.write() as session:
            a, b = resolve_record(session, first), resolve_record(session, second)
            if a == b:
                raise ValidationError("link.self", field="kind")
            link = find_link(session, a, b)
            if link is None:
                link = L(from_id=a, to_id=b, kind=kind)
                session.add(link)
            else:
                link.kind = kind
            session.flush()
            row = LinkRow(link.id, link.kind, member_rows(session, [b])[b])
        return row

    def remove(self, first: str, second: str) -> bool:
        """Unlink two recommendations; False when they were not linked."""
        with self.context.write() as session:
            link = find_link(session, resolve_record(session, first), resolve_record(session, second))
            if link is None:
                return False
            session.delete(link)
        return True

    def remove_link(self, link_id: str) -> None:
        with self.context.write() as session:
            link = session.get(L, link_id)
            if link is None:
                raise NotFoundError("link", link_id)
            session.delete(link)
