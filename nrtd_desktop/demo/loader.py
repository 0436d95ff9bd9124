"""Fill a database with the demo committee (``nrtd init --demo``).

The data is ``demo_data.json`` beside this file: realistic recommendations to Saudi Arabia from
the UPR, the treaty bodies and one special-procedure visit, with the plan built on them. It is
written in one transaction: a failure leaves the database as it was.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nrtd_desktop.db.models import (
    Action,
    Challenge,
    Cluster,
    Document,
    Entity,
    Indicator,
    ProgressUpdate,
    Recommendation,
)
from nrtd_desktop.db.writes import next_search_rowid
from nrtd_desktop.domain.enums import ChangeOrigin
from nrtd_desktop.services.recommendations import apply_changes


def demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("nrtd_desktop.demo").joinpath("demo_data.json").read_text("utf-8")
    )
    return data


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def load_demo(services: Any) -> int:
    """Add the demo data; returns the number of recommendations added (0 if already there)."""
    data = demo_data()
    with services.context.write(ChangeOrigin.IMPORT, "demo data") as session:
        if session.scalar(select(func.count()).select_from(Recommendation)):
            existing = session.scalar(
                select(func.count())
                .select_from(Recommendation)
                .where(Recommendation.reference.in_([r["reference"] for r in data["recommendations"]]))
            )
            if existing:
                return 0
        entities = _entities(session, data["entities"])
        _documents(session, data["documents"])
        clusters = _clusters(session, data["clusters"], entities)
        recommendations = _recommendations(session, data, clusters)
        actions = _actions(session, data["actions"], recommendations, clusters, entities)
        indicators = _indicators(session, data["indicators"], actions, recommendations, entities)
        _progress(session, data["progress_updates"], actions, indicators, entities)
        _challenges(session, data["challenges"], recommendations, actions, entities)
    # The stored statuses follow the actions, as they would had the plan been typed in.
    services.plan.rollup()
    load_demo_reports(services)
    return len(recommendations)


# What the demo committee entered on its reporting calendar (the rest is computed from the
# documents): key -> changes. The CEDAW and CRC reports are being prepared for the dates the
# committee agreed; the follow-up reports of CEDAW and CAT were sent.
DEMO_CALENDAR: dict[str, dict[str, Any]] = {
    "tb:CEDAW/C/SAU/CO/3-4:periodic": {
        "due_date": "2027-03-31",
        "status": "in_preparation",
        "notes": "التقرير الدوري الخامس، وفق الإجراء المبسط بعد قائمة المسائل السابقة لتقديم التقرير",
    },
    "tb:CRC/C/SAU/CO/3-4:periodic": {
        "due_date": "2027-06-30",
        "status": "in_preparation",
        "notes": "التقرير الجامع للتقريرين الدوريين الخامس والسادس",
    },
    "tb:CEDAW/C/SAU/CO/3-4:follow_up": {
        "submitted_on": "2020-04-15",
        "symbol": "CEDAW/C/SAU/FCO/3-4",
    },
    "tb:CAT/C/SAU/CO/2:follow_up": {
        "submitted_on": "2017-06-20",
        "symbol": "CAT/C/SAU/CO/2/Add.1",
    },
}


def load_demo_reports(services: Any) -> None:
    """The demo's reporting calendar and a UPR mid-term report drafted from its data."""
    from nrtd_desktop.dto.calendar import CalendarChanges

    if services.drafts.list():
        return
    for key, changes in DEMO_CALENDAR.items():
        services.calendar.update(
            key,
            CalendarChanges(
                due_date=_date(changes.get("due_date")),
                status=changes.get("status"),
                submitted_on=_date(changes.get("submitted_on")),
                symbol=changes.get("symbol"),
                notes=changes.get("notes"),
            ),
        )
    services.drafts.create("upr:4:midterm")


def _entities(session: Session, rows: list[dict[str, Any]]) -> dict[str, Entity]:
    entities = {}
    for row in rows:
        entity = session.scalar(select(Entity).where(Entity.code == row["code"]))
        if entity is None:
            entity = Entity(
                code=row["code"],
                name_ar=row["name_ar"],
                name_en=row["name_en"],
                kind=row.get("kind", "other"),
            )
            session.add(entity)
        entities[row["code"]] = entity
    session.flush()
    return entities


def _documents(session: Session, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        if session.scalar(select(Document.id).where(Document.symbol == row["symbol"])) is None:
            session.add(
                Document(
                    symbol=row["symbol"],
                    body_code=row["body"],
                    title_ar=row.get("title_ar", ""),
                    title_en=row.get("title_en", ""),
                    date=_date(row.get("date")),
                    cycle=row.get("cycle"),
                    session=row.get("session"),
                )
            )
    session.flush()


def _clusters(
    session: Session, rows: list[dict[str, Any]], entities: dict[str, Entity]
) -> dict[str, Cluster]:
    clusters = {}
    for row in rows:
        cluster = Cluster(
            name_ar=row["name_ar"],
            name_en=row["name_en"],
            description_ar=row["description_ar"],
            description_en=row["description_en"],
            lead_entity_id=entities[row["lead_entity"]].id if row.get("lead_entity") else None,
            supporting_entities=[entities[c] for c in row.get("supporting_entities", [])],
        )
        session.add(cluster)
        clusters[row["key"]] = cluster
    session.flush()
    return clusters


def _recommendations(
    session: Session, data: dict[str, Any], clusters: dict[str, Cluster]
) -> dict[str, Recommendation]:
    documents = {d["symbol"]: d for d in data["documents"]}
    records = {}
    rowid = next_search_rowid(session)
    for row in data["recommendations"]:
        document = documents[row["document"]]
        record = Recommendation(search_rowid=rowid)
        rowid += 1
        apply_changes(
            session,
            record,
            {
                "reference": row["reference"],
                "body": document["body"],
                "text_ar": row["text_ar"],
                "text_en": row["text_en"],
                "document_symbol": document["symbol"],
                "document_date": _date(document.get("date")),
                "cycle": document.get("cycle"),
                "session": document.get("session"),
                "paragraph": row.get("paragraph"),
                "annotation_type": row.get("annotation_type", "recommendation"),
                "recommending_states": row.get("recommending_states", []),
                "position": row.get("position"),
                "position_source": row.get("position_source"),
                "action_category": row.get("action_category"),
                "priority": row.get("priority"),
                "status": row.get("status", "not_started"),
                "follow_up": row.get("follow_up", False),
                "follow_up_due": _date(row.get("follow_up_due")),
                "notes": row.get("notes", ""),
                "themes": row.get("themes", []),
                "affected_groups": row.get("affected_groups", []),
                "sdg_targets": row.get("sdg_targets", []),
                "lead_entity": row.get("lead_entity"),
                "supporting_entities": row.get("supporting_entities", []),
            },
            creating=True,
        )
        if row.get("cluster"):
            record.cluster = clusters[row["cluster"]]
        session.add(record)
        records[row["reference"]] = record
    session.flush()
    return records


def _actions(
    session: Session,
    rows: list[dict[str, Any]],
    recommendations: dict[str, Recommendation],
    clusters: dict[str, Cluster],
    entities: dict[str, Entity],
) -> dict[str, Action]:
    actions = {}
    order: dict[str, int] = {}
    for row in rows:
        owner: str = row.get("recommendation") or row["cluster"]  # every action has one or the other
        order[owner] = order.get(owner, 0) + 1
        action = Action(
            recommendation_id=recommendations[row["recommendation"]].id
            if row.get("recommendation")
            else None,
            cluster_id=clusters[row["cluster"]].id if row.get("cluster") else None,
            sort_order=order[owner],
            title_ar=row["title_ar"],
            title_en=row["title_en"],
            description_ar=row.get("description_ar", ""),
            description_en=row.get("description_en", ""),
            lead_entity_id=entities[row["lead_entity"]].id if row.get("lead_entity") else None,
            partners=[entities[c] for c in row.get("partner_entities", [])],
            start_date=_date(row.get("start_date")),
            end_date=_date(row.get("end_date")),
            status=row.get("status", "not_started"),
            budget=row.get("budget", ""),
            expected_output_ar=row.get("expected_output_ar", ""),
            expected_output_en=row.get("expected_output_en", ""),
        )
        session.add(action)
        actions[row["key"]] = action
    session.flush()
    return actions


def _indicators(
    session: Session,
    rows: list[dict[str, Any]],
    actions: dict[str, Action],
    recommendations: dict[str, Recommendation],
    entities: dict[str, Entity],
) -> dict[str, Indicator]:
    indicators = {}
    for row in rows:
        indicator = Indicator(
            action_id=actions[row["action"]].id if row.get("action") else None,
            recommendation_id=recommendations[row["recommendation"]].id
            if row.get("recommendation")
            else None,
            indicator_type=row["type"],
            name_ar=row["name_ar"],
            name_en=row["name_en"],
            baseline=str(row.get("baseline", "")),
            target=str(row.get("target", "")),
            current_value=str(row.get("current", "")),
            unit=row.get("unit", ""),
            data_source=row.get("data_source", ""),
            frequency=row.get("frequency", ""),
            due_date=_date(row.get("due_date")),
        )
        session.add(indicator)
        indicators[row["key"]] = indicator
    session.flush()
    return indicators


def _progress(
    session: Session,
    rows: list[dict[str, Any]],
    actions: dict[str, Action],
    indicators: dict[str, Indicator],
    entities: dict[str, Entity],
) -> None:
    for row in rows:
        session.add(
            ProgressUpdate(
                action_id=actions[row["action"]].id,
                indicator_id=indicators[row["indicator"]].id if row.get("indicator") else None,
                reported_on=_date(row["date"]),
                narrative_ar=row["narrative_ar"],
                narrative_en=row["narrative_en"],
                percent=row.get("percent"),
                evidence=row.get("evidence", ""),
                entity_id=entities[row["entity"]].id if row.get("entity") else None,
                reporter=row.get("reporter", ""),
            )
        )
    session.flush()


def _challenges(
    session: Session,
    rows: list[dict[str, Any]],
    recommendations: dict[str, Recommendation],
    actions: dict[str, Action],
    entities: dict[str, Entity],
) -> None:
    for row in rows:
        session.add(
            Challenge(
                recommendation_id=recommendations[row["recommendation"]].id
                if row.get("recommendation")
                else None,
                action_id=actions[row["action"]].id if row.get("action") else None,
                entity_id=entities[row["entity"]].id if row.get("entity") else None,
                category=row["category"],
                **{
                    f"{part}_{lang}": row.get(f"{part}_{lang}", "")
                    for part in ("description", "effect", "mitigation", "support_needed")
                    for lang in ("ar", "en")
                },
                status=row.get("status", "open"),
                reported_on=_date(row.get("reported_on")),
            )
        )
    session.flush()
