"""Resolve what a person or a file names (a code, a key, an English or Arabic name) to rows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from nrtd_desktop.db.models import AffectedGroup, Body, Cluster, Entity, SdgTarget, State, Theme
from nrtd_desktop.domain.arabic import normalize
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.reference.catalog import get_catalog

T = TypeVar("T")


def _index(rows: Iterable[T], *names: str) -> dict[str, T]:
    index: dict[str, T] = {}
    for row in rows:
        for name in names:
            value = getattr(row, name, None)
            if value:
                index.setdefault(normalize(str(value)), row)
    return index


def _one(
    session: Session, model: type[T], field: str, value: str, names: tuple[str, ...], catalog_key: Any = None
) -> T:
    index = _index(session.scalars(select(model)), *names)
    row = index.get(normalize(value))
    if row is None and catalog_key is not None:
        match = catalog_key(value)  # aliases known to the shipped catalogue
        row = index.get(normalize(match)) if match else None
    if row is None:
        raise ValidationError("validation.unknown", field=field, value=value)
    return row


def _many(
    session: Session,
    model: type[T],
    field: str,
    values: Iterable[str],
    names: tuple[str, ...],
    catalog_key: Any = None,
) -> list[T]:
    values = [v for v in values if v and str(v).strip()]
    if not values:
        return []
    index = _index(session.scalars(select(model)), *names)
    found: list[T] = []
    for value in values:
        row = index.get(normalize(value))
        if row is None and catalog_key is not None:
            match = catalog_key(value)
            row = index.get(normalize(match)) if match else None
        if row is None:
            raise ValidationError("validation.unknown", field=field, value=value)
        if row not in found:
            found.append(row)
    return found


def _theme_key(value: str) -> str | None:
    match = get_catalog().match_theme(value)
    return match.key if match else None


def _group_key(value: str) -> str | None:
    match = get_catalog().match_affected_group(value)
    return match.key if match else None


def _state_key(value: str) -> str | None:
    match = get_catalog().match_state(value)
    return match.alpha3 if match else None


def _body_key(value: str) -> str | None:
    match = get_catalog().match_body(value)
    return match.code if match else None


def _target_key(value: str) -> str | None:
    match = get_catalog().match_sdg_target(value)
    return match.code if match else None


def body(session: Session, value: str) -> Body:
    return _one(session, Body, "body", value, ("code", "name_en", "name_ar"), _body_key)


def themes(session: Session, values: Iterable[str]) -> list[Theme]:
    return _many(session, Theme, "theme", values, ("key", "name_en", "name_ar"), _theme_key)


def affected_groups(session: Session, values: Iterable[str]) -> list[AffectedGroup]:
    return _many(session, AffectedGroup, "affected_group", values, ("key", "name_en", "name_ar"), _group_key)


def sdg_targets(session: Session, values: Iterable[str]) -> list[SdgTarget]:
    return _many(session, SdgTarget, "sdg_target", values, ("code",), _target_key)


def states(session: Session, values: Iterable[str]) -> list[State]:
    return _many(
        session, State, "recommending_states", values, ("alpha3", "alpha2", "name_en", "name_ar"), _state_key
    )


def entity(session: Session, value: str, field: str = "lead_entity") -> Entity:
    return _one(session, Entity, field, value, ("code", "id", "name_ar", "name_en"))


def entities(session: Session, values: Iterable[str], field: str = "supporting_entities") -> list[Entity]:
    return _many(session, Entity, field, values, ("code", "id", "name_ar", "name_en"))


def cluster(session: Session, value: str) -> Cluster:
    return _one(session, Cluster, "cluster", value, ("id", "name_ar", "name_en"))
