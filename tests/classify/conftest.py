"""Fixtures: a small bilingual committee register built through the services, and the real
UPR Info export (41,066 rows) loaded once per run."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.app import open_services
from nrtd_desktop.dto.register import RecommendationInput
from tests.classify.upr_info import load_into, read_rows

TODAY = date(2026, 6, 1)

ENTITIES = [
    ("MOJ", "وزارة العدل", "Ministry of Justice"),
    ("HRC", "هيئة حقوق الإنسان", "Human Rights Commission"),
    ("HRSD", "وزارة الموارد البشرية والتنمية الاجتماعية",
     "Ministry of Human Resources and Social Development"),
    ("MOI", "وزارة الداخلية", "Ministry of Interior"),
]

# reference, body, Arabic text, English text, theme, position, category, cluster key
TORTURE = "upr_info.torture_and_other_cid_treatment"
RECOMMENDATIONS = [
    ("UPR-3-122.10", "UPR", "التصديق على اتفاقية مناهضة التعذيب وبروتوكولها الاختياري",
     "Ratify the Optional Protocol to the Convention against Torture", TORTURE,
     "supported", 5, "torture"),
    ("UPR-3-122.11", "UPR", "التصديق على البروتوكول الاختياري لاتفاقية مناهضة التعذيب",
     "Ratify the Optional Protocol to the Convention against Torture", TORTURE,
     "noted", 5, "torture"),
    ("CAT-2016-12", "CAT", "النظر في التصديق على البروتوكول الاختياري لاتفاقية مناهضة التعذيب",
     "", TORTURE, None, 3, "torture"),
    ("UPR-3-122.20", "UPR", "تعزيز الجهود الرامية إلى مكافحة العنف ضد المرأة وحماية الضحايا",
     "Strengthen efforts to combat violence against women and protect victims", "upr_info.womens_rights",
     "supported", 4, "women"),
    ("CEDAW-2018-21", "CEDAW", "اعتماد قانون شامل لمكافحة العنف ضد المرأة",
     "Adopt a comprehensive law to combat violence against women", "upr_info.womens_rights",
     None, 5, "women"),
    ("UPR-3-122.30", "UPR", "", "Take effective measures to protect migrant workers from exploitation",
     "upr_info.migrants", "supported_in_part", 4, "migrants"),
    ("CMW-2019-8", "CMW", "حماية العمال المهاجرين من الاستغلال واتخاذ تدابير فعالة لذلك", "",
     "upr_info.migrants", None, 4, None),
    ("CRC-2016-18", "CRC", "ضمان حصول جميع الأطفال على التعليم المجاني والإلزامي",
     "Ensure that all children have access to free and compulsory education",
     "upr_info.right_to_education", None, 4, None),
    ("UPR-2-138.5", "UPR", "مواصلة تطوير التشريعات الوطنية المتعلقة بحقوق الإنسان",
     "Continue developing national legislation on human rights", "upr_info.justice", "supported", 2, None),
    ("UPR-2-138.6", "UPR", "تعزيز استقلال القضاء وضمان الحق في محاكمة عادلة",
     "Strengthen the independence of the judiciary and guarantee the right to a fair trial",
     "upr_info.justice", "pending", 4, None),
]
CLUSTERS = {
    "torture": ("مناهضة التعذيب", "Prevention of torture", "MOI"),
    "women": ("العنف ضد المرأة", "Violence against women", "HRC"),
    "migrants": ("العمال المهاجرون", "Migrant workers", "HRSD"),
}


def build_committee(path: Path) -> None:
    services = open_services(path, today=TODAY)
    try:
        for code, name_ar, name_en in ENTITIES:
            services.entities.create(code, name_ar, name_en)
        names = {}
        for key, (name_ar, name_en, lead) in CLUSTERS.items():
            names[key] = services.clusters.create(name_ar, name_en, lead_entity=lead).id
        for n, row in enumerate(RECOMMENDATIONS):
            reference, body, text_ar, text_en, theme, position, category, cluster = row
            services.recommendations.create(RecommendationInput(
                reference=reference, body=body, text_ar=text_ar, text_en=text_en, position=position,
                action_category=category, themes=(theme,),
                cycle=int(reference.split("-")[1]) if body == "UPR" else None,
                document_symbol="A/HRC/40/4" if reference.startswith("UPR-3") else None,
                lead_entity=ENTITIES[n % len(ENTITIES)][0], cluster=names[cluster] if cluster else None,
                follow_up=body == "CEDAW", follow_up_due=date(2026, 9, 1) if body == "CEDAW" else None,
            ))
    finally:
        services.close()


@pytest.fixture(scope="session")
def committee_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("committee") / "committee.sqlite"
    build_committee(path)
    return path


@pytest.fixture
def committee(committee_template: Path, tmp_path: Path) -> Iterator[Any]:
    """A fresh copy of the small register for each test (tests write to it)."""
    target = tmp_path / "committee.sqlite"
    for source in committee_template.parent.glob(committee_template.name + "*"):
        shutil.copy2(source, tmp_path / source.name.replace(committee_template.name, target.name))
    services = open_services(target, today=TODAY)
    yield services
    services.close()


@pytest.fixture(scope="session")
def upr_rows() -> list[Any]:
    return read_rows()


@pytest.fixture(scope="session")
def upr_info(tmp_path_factory: pytest.TempPathFactory, upr_rows: list[Any]) -> Iterator[Any]:
    """The 41,066 real recommendations, read-only for the tests that use it."""
    path = tmp_path_factory.mktemp("upr_info") / "upr_info.sqlite"
    services = open_services(path, today=TODAY)
    load_into(services, upr_rows)
    yield services
    services.close()
