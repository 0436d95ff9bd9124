"""Labels for the affected-groups and SDG models where no labelled UN data is at hand.

The UPR Info export labels its 41,066 recommendations with *issues* (our themes) only; UHRI labels
its records with affected persons and SDG targets too, but no UHRI file is on this project's disk.
The shipped groups and SDG models are therefore trained on the UPR Info texts with labels made
here, and what their figures measure is how well a model reproduces these labels on sessions it
never saw -- not agreement with OHCHR's own annotators (the README says so with the
figures):

* **affected groups** from UPR Info's issues where an issue names a group (a text filed under
  "Rights of the Child" concerns children: real human labels, read through a fixed
  correspondence), and from phrases for the groups no issue names (older persons, domestic
  workers, stateless persons, police...);
* **SDG targets** from phrases, target by target (the way the Danish Institute's SDG-human rights
  data explorer links recommendations to targets): "violence against women" -> 5.2,
  "birth registration" -> 16.9...

A phrase matches on stems (``domain.stemming``), so «violence against women» also finds "violence
against a woman". Qt-free and database-free.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from nrtd_desktop.domain.stemming import stem_text

# UPR Info issue (theme key) -> the affected group it names.
GROUP_OF_ISSUE = {
    "upr_info.womens_rights": "women_girls",
    "upr_info.rights_of_the_child": "children",
    "upr_info.disabilities": "persons_with_disabilities",
    "upr_info.migrants": "migrants",
    "upr_info.asylum_seekers_refugees": "refugees_asylum_seekers",
    "upr_info.internally_displaced_persons": "internally_displaced_persons",
    "upr_info.minorities": "minorities",
    "upr_info.indigenous_peoples": "indigenous_peoples",
    "upr_info.human_rights_defenders": "human_rights_defenders",
    "upr_info.hiv_aids": "persons_living_with_hiv",
    "upr_info.sexual_orientation_and_gender_identity": "lgbti",
    "upr_info.poverty": "persons_living_in_poverty",
    "upr_info.civil_society": "civil_society",
    "upr_info.detention": "persons_deprived_of_liberty",
    "upr_info.freedom_of_the_press": "journalists",
    "upr_info.enforced_disappearances": "disappeared_persons",
}

# Groups no issue names: any of the phrases.
GROUP_PHRASES: dict[str, tuple[str, ...]] = {
    "older_persons": ("older persons", "elderly", "older people", "the aged", "ageing", "older women"),
    "youth": ("youth", "young people", "juvenile", "young persons", "adolescents"),
    "stateless_persons": ("stateless", "statelessness"),
    "non_citizens": ("non-citizens", "non-nationals", "foreigners", "foreign nationals"),
    "domestic_workers": ("domestic workers", "domestic worker", "domestic servants"),
    "law_enforcement": ("police", "law enforcement", "security forces", "prison staff", "prison officials"),
    "judges_lawyers_prosecutors": ("judges", "lawyers", "prosecutors", "legal profession"),
    "persons_of_african_descent": ("african descent", "afro-descendants", "afro-descendant"),
    "roma": ("roma", "gypsies", "sinti"),  # not "travellers": its stem is "travel"
    "persons_with_albinism": ("albinism", "albinos"),
    "medical_staff": ("health workers", "medical staff", "health professionals", "medical personnel"),
    "educational_staff_students": ("teachers", "students", "pupils"),
    "public_officials": ("public officials", "civil servants", "public servants", "government officials"),
    "social_workers": ("social workers",),
    "persons_living_in_rural_areas": ("rural areas", "rural women", "rural population", "rural communities"),
    "vulnerable_persons": (
        "vulnerable groups",
        "vulnerable persons",
        "vulnerable situations",
        "most vulnerable",
        "vulnerable people",
    ),
    "persons_affected_by_armed_conflict": ("armed conflict", "civilian population", "civilians"),
}

# SDG target -> any of the phrases.
SDG_PHRASES: dict[str, tuple[str, ...]] = {
    "1.1": ("extreme poverty",),
    "1.2": ("poverty", "poor"),
    "1.3": ("social protection", "social security", "social assistance", "safety net"),
    "2.1": ("right to food", "food security", "hunger", "access to food"),
    "2.2": ("malnutrition", "nutrition", "stunting"),
    "3.1": ("maternal mortality", "maternal health", "maternal death"),
    "3.2": ("infant mortality", "child mortality", "neonatal", "under-five mortality"),
    "3.3": ("hiv", "tuberculosis", "malaria"),  # not "aids": its stem is "aid"
    "3.7": ("reproductive health", "family planning", "sexual and reproductive"),
    "3.8": ("health care", "health services", "universal health", "right to health", "access to health"),
    "4.1": (
        "primary education",
        "secondary education",
        "compulsory education",
        "free education",
        "school enrolment",
        "dropout",
    ),
    "4.2": ("early childhood", "pre-school", "preschool"),
    "4.5": (
        "access to education",
        "inclusive education",
        "education of girls",
        "girls' education",
        "right to education",
    ),
    "4.7": ("human rights education", "human rights training", "human rights awareness"),
    "5.1": (
        "discrimination against women",
        "gender equality",
        "equality between men and women",
        "gender discrimination",
        "gender-based discrimination",
    ),
    "5.2": (
        "violence against women",
        "domestic violence",
        "gender-based violence",
        "sexual violence",
        "rape",
        "violence against girls",
    ),
    "5.3": (
        "female genital mutilation",
        "genital mutilation",
        "child marriage",
        "early marriage",
        "forced marriage",
        "minimum age of marriage",
        "harmful practices",
    ),
    "5.5": (
        "participation of women",
        "representation of women",
        "women in decision-making",
        "women in political",
        "women in public life",
        "women's participation",
    ),
    "6.1": ("drinking water", "safe water", "right to water", "access to water", "clean water"),
    "6.2": ("sanitation",),
    "8.5": ("equal pay", "unemployment", "decent work", "equal remuneration"),
    "8.7": (
        "child labour",
        "forced labour",
        "child soldiers",
        "slavery",
        "trafficking in persons",
        "human trafficking",
        "trafficking",
    ),
    "8.8": (
        "labour rights",
        "migrant workers",
        "domestic workers",
        "occupational safety",
        "trade union",
        "rights of workers",
        "workers' rights",
    ),
    "10.2": ("social inclusion", "inclusion of persons"),
    "10.3": ("discriminatory laws", "anti-discrimination", "equal opportunities", "racial discrimination"),
    "10.7": ("migration", "migrants", "migrant"),
    "11.1": ("adequate housing", "right to housing", "housing", "slums", "forced evictions"),
    "13.1": ("climate change", "natural disasters", "disaster risk"),
    "16.1": ("extrajudicial", "killings", "homicide", "armed violence", "death penalty"),
    "16.2": (
        "violence against children",
        "child abuse",
        "abuse of children",
        "corporal punishment",
        "sexual exploitation of children",
        "sale of children",
        "child pornography",
        "child prostitution",
        "trafficking",
    ),
    "16.3": (
        "access to justice",
        "rule of law",
        "fair trial",
        "legal aid",
        "pre-trial detention",
        "independence of the judiciary",
        "due process",
        "judicial system",
    ),
    "16.5": ("corruption", "bribery"),
    "16.6": ("good governance", "transparency", "accountable institutions"),
    "16.7": ("political participation", "participation in public", "decision-making"),
    "16.9": ("birth registration", "legal identity", "civil registration", "registration of births"),
    "16.10": (
        "freedom of expression",
        "freedom of opinion",
        "freedom of the press",
        "journalists",
        "access to information",
        "human rights defenders",
        "freedom of association",
        "freedom of assembly",
        "peaceful assembly",
        "fundamental freedoms",
    ),
    "16.a": (
        "national human rights institution",
        "paris principles",
        "nhri",
        "ombudsman",
        "national preventive mechanism",
        "terrorism",
    ),
    "16.b": ("non-discrimination", "discrimination", "discriminatory"),
    "17.2": ("official development assistance", "development assistance", "0.7 per cent"),
    "17.9": ("technical assistance", "capacity-building", "capacity building", "technical cooperation"),
    "17.18": ("data collection", "disaggregated data", "statistics", "statistical data"),
}


@lru_cache(maxsize=1)
def _compiled(kind: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(label, phrases as padded stem strings) for ``kind`` "groups" or "sdg"."""
    table = GROUP_PHRASES if kind == "groups" else SDG_PHRASES
    return tuple((label, tuple(f" {stem_text(p)} " for p in phrases)) for label, phrases in table.items())


def phrase_labels(kind: str, stems: str) -> set[str]:
    """The labels whose phrases occur in a text given as its stems (``stem_text``)."""
    padded = f" {stems} "
    return {label for label, phrases in _compiled(kind) if any(p in padded for p in phrases)}


def group_labels(stems: str, themes: Iterable[str]) -> set[str]:
    """Affected groups of a text: from its UPR Info issues, then from phrases."""
    found = {GROUP_OF_ISSUE[t] for t in themes if t in GROUP_OF_ISSUE}
    return found | phrase_labels("groups", stems)


def sdg_labels(stems: str) -> set[str]:
    return phrase_labels("sdg", stems)


def weak_labels(vocabulary: str, stems: Sequence[str], themes: Sequence[Iterable[str]]) -> list[set[str]]:
    """The labels of each text for ``vocabulary`` "groups" or "sdg"."""
    if vocabulary == "groups":
        return [group_labels(s, t) for s, t in zip(stems, themes, strict=True)]
    return [sdg_labels(s) for s in stems]
