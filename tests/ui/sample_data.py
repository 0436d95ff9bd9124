"""A small register built through the real services: 60 recommendations, both languages.

The tests compute what they expect from ``SAMPLE`` (for instance which references contain a
word), so the data can change without editing the assertions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nrtd_desktop.app import open_services
from nrtd_desktop.dto.register import RecommendationInput

ENTITIES = [
    ("MOJ", "وزارة العدل", "Ministry of Justice"),
    ("MOE", "وزارة التعليم", "Ministry of Education"),
    ("HRC", "هيئة حقوق الإنسان", "Human Rights Commission"),
    ("HRSD", "وزارة الموارد البشرية والتنمية الاجتماعية",
     "Ministry of Human Resources and Social Development"),
]

# (Arabic text, English text, theme key, affected group)
TEXTS = [
    ("تعزيز الجهود الرامية إلى مكافحة العنف ضد المرأة وحماية الضحايا",
     "Strengthen efforts to combat violence against women and protect victims",
     "uhri.violence_against_women", "women_girls"),
    ("ضمان حصول جميع الأطفال على التعليم المجاني والإلزامي",
     "Ensure that all children have access to free and compulsory education",
     "uhri.right_to_education", "children"),
    ("مواصلة تطوير التشريعات الوطنية المتعلقة بحقوق الإنسان",
     "Continue developing national legislation on human rights",
     "upr_info.justice", "general"),
    ("التصديق على البروتوكول الاختياري لاتفاقية مناهضة التعذيب",
     "Ratify the Optional Protocol to the Convention against Torture",
     "uhri.torture_and_other_cruel_inhuman_or_degrading_treatment_or_punishment",
     "persons_deprived_of_liberty"),
    ("اتخاذ تدابير فعالة لحماية العمال المهاجرين من الاستغلال",
     "Take effective measures to protect migrant workers from exploitation",
     "uhri.migrants", "migrants"),
    ("تعزيز استقلال القضاء وضمان الحق في محاكمة عادلة",
     "Strengthen the independence of the judiciary and guarantee the right to a fair trial",
     "uhri.administration_of_justice_and_fair_trial", "judges_lawyers_prosecutors"),
]
POSITIONS = ["supported", "supported_in_part", "noted", "pending"]
STATUSES = ["not_started", "in_progress", "partially_implemented", "implemented"]
PRIORITIES = ["high", "medium", "low", None]


@dataclass(frozen=True)
class Sample:
    reference: str
    body: str
    text_ar: str
    text_en: str
    theme: str
    group: str
    position: str | None
    status: str
    priority: str | None
    lead: str
    cycle: int | None


def _samples() -> list[Sample]:
    samples = []
    for n in range(60):
        text_ar, text_en, theme, group = TEXTS[n % len(TEXTS)]
        if n % 3 == 0:
            body, reference, cycle = "CEDAW", f"CEDAW-2018-{n + 1}", None
        elif n % 3 == 1:
            body, reference, cycle = "UPR", f"UPR-3-122.{n + 1}", 3
        else:
            body, reference, cycle = "UPR", f"UPR-2-138.{n + 1}", 2
        samples.append(Sample(
            reference=reference, body=body, text_ar=text_ar, text_en=text_en, theme=theme, group=group,
            position=POSITIONS[n % 4] if body == "UPR" else None, status=STATUSES[n % 4],
            priority=PRIORITIES[n % 4], lead=ENTITIES[(n // 4) % len(ENTITIES)][0], cycle=cycle,
        ))
    return samples


SAMPLE = _samples()


def build_sample_database(path: Path) -> None:
    services = open_services(path)
    try:
        for code, name_ar, name_en in ENTITIES:
            services.entities.create(code, name_ar, name_en)
        services.clusters.create("العنف ضد المرأة", "Violence against women", lead_entity="HRC")
        for s in SAMPLE:
            services.recommendations.create(RecommendationInput(
                reference=s.reference, body=s.body, text_ar=s.text_ar, text_en=s.text_en, cycle=s.cycle,
                position=s.position, status=s.status, priority=s.priority, themes=(s.theme,),
                affected_groups=(s.group,), lead_entity=s.lead,
                supporting_entities=("HRC",) if s.lead != "HRC" else (),
                document_symbol="A/HRC/40/4" if s.body == "UPR" else "CEDAW/C/SAU/CO/3-4",
            ))
    finally:
        services.close()
