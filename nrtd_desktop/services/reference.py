"""Read the reference vocabularies as plain labels (for pickers, facets and reports)."""

from __future__ import annotations

from sqlalchemy import select

from nrtd_desktop.db.models import AffectedGroup, Body, SdgGoal, SdgTarget, State, Theme
from nrtd_desktop.dto.register import Label
from nrtd_desktop.services.base import Service


class ReferenceService(Service):
    def bodies(self) -> list[Label]:
        with self.context.read() as session:
            return [
                Label(b.code, b.name_ar, b.name_en) for b in session.scalars(select(Body).order_by(Body.code))
            ]

    def body_mechanisms(self) -> dict[str, str]:
        with self.context.read() as session:
            return dict(session.execute(select(Body.code, Body.mechanism)).all())

    def themes(self) -> list[Label]:
        with self.context.read() as session:
            return [
                Label(t.key, t.name_ar, t.name_en)
                for t in session.scalars(select(Theme).order_by(Theme.name_en))
            ]

    def affected_groups(self) -> list[Label]:
        with self.context.read() as session:
            return [
                Label(g.key, g.name_ar, g.name_en)
                for g in session.scalars(select(AffectedGroup).order_by(AffectedGroup.name_en))
            ]

    def sdg_goals(self) -> list[Label]:
        with self.context.read() as session:
            return [
                Label(str(g.number), g.title_ar, g.title_en)
                for g in session.scalars(select(SdgGoal).order_by(SdgGoal.number))
            ]

    def sdg_targets(self) -> list[Label]:
        with self.context.read() as session:
            targets = list(session.scalars(select(SdgTarget)))
        targets.sort(
            key=lambda t: (
                t.goal,
                (int(t.code.split(".")[1]), "")
                if t.code.split(".")[1].isdigit()
                else (1000, t.code.split(".")[1]),
            )
        )
        return [Label(t.code, f"{t.code} {t.title_ar}", f"{t.code} {t.title_en}") for t in targets]

    def states(self) -> list[Label]:
        with self.context.read() as session:
            return [
                Label(s.alpha3, s.name_ar, s.name_en)
                for s in session.scalars(select(State).order_by(State.name_en))
            ]
