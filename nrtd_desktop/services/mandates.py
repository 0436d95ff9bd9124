"""The special-procedure mandates of recommendations, as a person reads them.

A special procedure's recommendation has body "SP" (the mechanism) and one mandate or more
(the Special Rapporteur, Independent Expert or Working Group behind it: ``recommendation_mandates``,
revision 0008_uhri_vocabulary). Every place that shows a recommendation's body shows the mandate
with it: the register's lines and the plan's recommendation cell give the short name in English
("SR on extreme poverty") and the title in Arabic, the detail panel and the recommendation sheet
the whole title in both languages.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from nrtd_desktop.db.models import Mandate, recommendation_mandates
from nrtd_desktop.dto.register import Label

IN_LIMIT = 900  # ids per IN (...) list; for more, every mandate link is read (they are few)


def mandates_of(session: Session, ids: Sequence[str], short: bool = True) -> dict[str, tuple[Label, ...]]:
    """recommendation id -> its mandates (Label: code, Arabic title, English short name or
    title), in the order of their English names."""
    found: dict[str, list[Label]] = {}
    if not ids:
        return {}
    link = recommendation_mandates
    statement = select(
        link.c.recommendation_id, Mandate.code, Mandate.name_ar, Mandate.name_en, Mandate.short_en
    ).join(Mandate, Mandate.code == link.c.mandate_code)
    wanted = set(ids)
    if len(ids) <= IN_LIMIT:
        statement = statement.where(link.c.recommendation_id.in_(list(ids)))
    for owner, code, name_ar, name_en, short_en in session.execute(statement):
        if owner in wanted:
            english = (short_en or name_en) if short else name_en
            found.setdefault(owner, []).append(Label(code, name_ar, english))
    return {owner: tuple(sorted(labels, key=lambda m: m.name_en)) for owner, labels in found.items()}
