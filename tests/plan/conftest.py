"""A small plan built through the services, on the empty database with today fixed (2026-11-29)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from nrtd_desktop.dto.plan import ActionInput
from nrtd_desktop.dto.register import RecommendationInput


@dataclass
class SmallPlan:
    services: Any
    rec_a: str  # a recommendation on its own, with lead entity MOJ
    rec_b: str  # in the cluster, no lead entity of its own
    rec_c: str  # in the cluster too
    cluster: str


def add_recommendation(services: Any, reference: str, **values: Any) -> str:
    data = RecommendationInput(
        reference=reference,
        body="UPR",
        text_ar="نص التوصية " + reference,
        text_en="Recommendation text " + reference,
        cycle=3,
        **values,
    )
    return services.recommendations.create(data).id


def action(
    title: str, start: date | None = None, end: date | None = None, status: str = "not_started", **values: Any
) -> ActionInput:
    return ActionInput(
        title_ar=title, title_en=title, start_date=start, end_date=end, status=status, **values
    )


@pytest.fixture
def small_plan(empty_services: Any) -> SmallPlan:
    services = empty_services
    services.entities.create("MOJ", "وزارة العدل", "Ministry of Justice")
    services.entities.create("HRC", "هيئة حقوق الإنسان", "Human Rights Commission")
    services.entities.create("MOE", "وزارة التعليم", "Ministry of Education")
    cluster = services.clusters.create("العنف ضد المرأة", "Violence against women").id
    rec_a = add_recommendation(
        services, "UPR-3-122.1", lead_entity="MOJ", themes=("uhri.right_to_education",)
    )
    rec_b = add_recommendation(
        services, "UPR-3-122.2", cluster=cluster, themes=("uhri.violence_against_women",)
    )
    rec_c = add_recommendation(
        services,
        "UPR-3-122.3",
        cluster=cluster,
        lead_entity="HRC",
        themes=("uhri.violence_against_women", "uhri.migrants"),
    )
    return SmallPlan(services, rec_a, rec_b, rec_c, cluster)
