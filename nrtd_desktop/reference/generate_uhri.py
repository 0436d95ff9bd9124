# ruff: noqa: E501  (a table of names: one entry a line reads better than wrapped titles)
"""Bring the shipped vocabularies up to the UHRI's: themes, affected persons, regions, mandates.

Run ``python -m nrtd_desktop.reference.generate_uhri`` after editing the tables below; it merges
them into ``data/themes.json`` and ``data/affected_groups.json`` (adding new entries and spellings,
never removing or renaming a key a database may link to), writes ``data/regions.json`` and
``data/mandates.json``, and raises ``data/version.json``. The program reads only the JSON.

Sources (documented, not downloaded at run time):

* Themes and affected persons: the labels of the Universal Human Rights Index as OHCHR prints
  them in its exports and in the UPR "thematic lists of recommendations" it publishes for every
  review (third and fourth cycles: e.g. UPR 34 and UPR 48 lists for Slovenia), where each
  recommendation carries its UHRI themes, "Groups of persons" and SDGs. Older labels of the same
  concepts (the third cycle's "Acceptance of international norms", "Cooperation & Follow up with
  Treaty Bodies"...) are kept as spellings of the same entry, so files of every period match.
* Special procedures: OHCHR's list of thematic and country mandates of the Human Rights Council
  (current and past), with the official English title, the Arabic title of the Council's Arabic
  documents, the short names used in UHRI bodies and in reports ("SR Poverty", "WG on Arbitrary
  Detention", "SR on the right to food"), and for a country mandate the State's code.
* Regions: the five United Nations regional groups (the UPR Info "Rgrp" codes and UHRI's
  "Regions" spellings) and OHCHR's regional groupings.

A label a new UHRI release adds is not lost meanwhile: an import keeps every value it does not
know as an imported label on the record, to be mapped in the vocabulary screen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data")
# Raise with every change of any vocabulary: the database records the version it was filled with.
VERSION = "2025.1"

# ---- themes: key -> (English label as UHRI prints it, Arabic, spellings) -------------------------
# New entries of the current UHRI taxonomy (2022 onwards).
NEW_THEMES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "uhri.legal_and_institutional_reform": (
        "Legal & institutional reform", "الإصلاح القانوني والمؤسسي",
        ("Legal, institutional & policy framework", "Legal and institutional framework"),
    ),
    "uhri.access_to_justice_and_remedy": (
        "Access to justice & remedy", "الوصول إلى العدالة وسبل الانتصاف", ("Access to justice",),
    ),
    "uhri.rule_of_law_and_impunity": (
        "Rule of law & impunity", "سيادة القانون والإفلات من العقاب", ("Rule of law",),
    ),
    "uhri.sexual_and_gender_based_violence": (
        "Sexual & gender-based violence", "العنف الجنسي والعنف القائم على النوع الاجتماعي", (),
    ),
    "uhri.support_to_victims_and_witnesses": (
        "Support to victims & witnesses", "دعم الضحايا والشهود", ("Victims and witnesses",),
    ),
    "uhri.right_to_physical_and_moral_integrity": (
        "Right to physical & moral integrity", "الحق في السلامة الجسدية والمعنوية", (),
    ),
    "uhri.agenda_2030_and_voluntary_commitments": (
        "2030 Agenda & other voluntary commitments", "خطة عام 2030 والالتزامات الطوعية الأخرى",
        ("2030 Agenda for Sustainable Development", "Voluntary commitments"),
    ),
    "uhri.good_governance_and_corruption": (
        "Good governance & corruption", "الحكم الرشيد ومكافحة الفساد", (),
    ),
    "uhri.persons_with_disabilities_definition_general_principles": (
        "Persons with disabilities: definition, general principles",
        "الأشخاص ذوو الإعاقة: التعريف والمبادئ العامة", (),
    ),
    "uhri.persons_with_disabilities_independence_inclusion": (
        "Persons with disabilities: independence, inclusion",
        "الأشخاص ذوو الإعاقة: الاستقلالية والإدماج في المجتمع", (),
    ),
    "uhri.persons_with_disabilities_protection_against_exploitation": (
        "Persons with disabilities: protection against exploitation, violence & abuse",
        "الأشخاص ذوو الإعاقة: الحماية من الاستغلال والعنف والإيذاء", (),
    ),
    "uhri.persons_with_disabilities_integrity_of_the_person": (
        "Persons with disabilities: protecting the integrity of the person",
        "الأشخاص ذوو الإعاقة: حماية السلامة الشخصية", (),
    ),
    "uhri.persons_with_disabilities_accessibility_mobility": (
        "Persons with disabilities: accessibility, mobility",
        "الأشخاص ذوو الإعاقة: إمكانية الوصول والتنقل", (),
    ),
    "uhri.cooperation_with_human_rights_mechanisms": (
        "Cooperation with human rights mechanisms & requests for technical assistance",
        "التعاون مع آليات حقوق الإنسان وطلبات المساعدة التقنية",
        ("Cooperation with human rights mechanisms",),
    ),
    "uhri.unilateral_coercive_measures": (
        "Unilateral coercive measures", "التدابير القسرية الانفرادية", (),
    ),
    "uhri.freedom_of_association_and_peaceful_assembly": (
        "Freedom of association & peaceful assembly", "حرية تكوين الجمعيات والتجمع السلمي",
        ("Freedom of peaceful assembly and of association",),
    ),
    "uhri.right_to_a_clean_healthy_and_sustainable_environment": (
        "Right to a clean, healthy & sustainable environment", "الحق في بيئة نظيفة وصحية ومستدامة", (),
    ),
}
# New spellings (renamed labels, older cycles' labels) of themes the program already has.
THEME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "uhri.acceptance_of_international_norms": (
        "Ratification of & accession to international instruments",
        "Ratification of and accession to international instruments",
    ),
    "uhri.freedom_of_opinion_and_expression": (
        "Freedom of opinion and expression & access to information",
        "Freedom of opinion & expression",
    ),
    "uhri.climate_change": ("Human rights & climate change",),
    "uhri.juvenile_justice": ("Children: juvenile justice",),
    "uhri.prohibition_of_slavery_trafficking": (
        "Human trafficking & contemporary forms of slavery",
        "Contemporary forms of slavery",
    ),
    "uhri.statistics_and_indicators": ("Data collection & research", "Data collection and research"),
    "uhri.labour_rights": (
        "Labour rights and right to work",
        "Right to work and to just & favorable conditions of work & labour rights",
        "Right to work and to just & favourable conditions of work & labour rights",
    ),
    "uhri.right_to_water_and_sanitation": (
        "Safe drinking water & sanitation",
        "Human Rights & drinking water & sanitation",
    ),
    "uhri.national_human_rights_action_plans_nhrap": (
        "National Human Rights Action Plans (or specific areas) / implementation plans",
    ),
    "uhri.national_mechanism_for_reporting_and_follow_up_nmrf": (
        "National Mechanisms for Implementation, Reporting and Follow-up (NMIRF)",
        "National Mechanism for Implementation, Reporting and Follow-up",
        "NMIRF",
    ),
    "uhri.cooperation_with_civil_society": ("Cooperation & consultation with civil society",),
    "uhri.international_humanitarian_law": (
        "International criminal & humanitarian law (including crimes against humanity, war crimes, genocide)",
        "International criminal & humanitarian law",
    ),
    "uhri.cooperation_with_treaty_bodies": ("Cooperation & Follow up with Treaty Bodies",),
    "uhri.inter_state_cooperation_and_development_assistance": (
        "Inter-State cooperation & development or humanitarian assistance",
    ),
    "uhri.right_to_an_effective_remedy": ("Right to effective remedy & reparations",),
    "uhri.torture_and_other_cruel_inhuman_or_degrading_treatment_or_punishment": (
        "Torture & other cruel, inhuman or degrading treatment",
    ),
    "uhri.participation_in_public_affairs_and_right_to_vote": (
        "Right to participate in public affairs & right to vote",
    ),
}

# ---- affected persons ----------------------------------------------------------------------------
NEW_GROUPS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "vulnerable_persons": (
        "Vulnerable persons/groups", "الأشخاص والفئات في أوضاع هشة",
        ("Vulnerable groups", "Persons in vulnerable situations"),
    ),
    "social_workers": ("Social workers", "الأخصائيون الاجتماعيون", ()),
    "medical_staff": (
        "Medical staff / health professionals", "الطواقم الطبية والعاملون في المهن الصحية",
        ("Health professionals", "Medical staff"),
    ),
    "educational_staff_students": (
        "Educational staff & students", "العاملون في التعليم والطلاب", ("Teachers", "Students"),
    ),
    "roma": ("Roma, Gypsies, Sinti & Travellers", "الروما والغجر والسنتي والرُّحَّل", ("Roma",)),
    "children_vulnerable": (
        "Children in vulnerable situations (abused, living on the street, institutionalized, indigenous, "
        "migrant children etc.)",
        "الأطفال في أوضاع هشة (ضحايا الإيذاء، أطفال الشوارع، الأطفال في المؤسسات، أطفال الشعوب الأصلية، "
        "الأطفال المهاجرون وغيرهم)",
        ("Children in vulnerable situations",),
    ),
    "disappeared_persons": ("Disappeared persons", "الأشخاص المختفون", ("Victims of enforced disappearance",)),
}
GROUP_SPELLINGS: dict[str, tuple[str, ...]] = {
    "youth": ("Youth & juveniles", "Juveniles"),
    "migrants": ("Migrants & domestic workers",),
    "persons_deprived_of_liberty": ("Persons deprived of their liberty & detainees",),
    "law_enforcement": ("Law enforcement / police & prison officials", "Prison officials"),
    "lgbti": ("Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)",),
    "minorities": ("Minorities/ racial, ethnic, linguistic, religious or descent-based groups",),
    "persons_living_with_hiv": ("Persons living with HIV/AIDS",),
}

# ---- regions -------------------------------------------------------------------------------------
REGIONS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("african_states", "African States", "مجموعة الدول الأفريقية",
     ("Africa", "African Group", "Africa Group", "AG")),
    ("asia_pacific_states", "Asia-Pacific States", "مجموعة دول آسيا والمحيط الهادئ",
     ("Asia-Pacific", "Asia and the Pacific", "Asia", "Asia-Pacific Group", "APG")),
    ("eastern_european_states", "Eastern European States", "مجموعة دول أوروبا الشرقية",
     ("Eastern Europe", "EEG", "Eastern European Group")),
    ("latin_american_and_caribbean_states", "Latin American and Caribbean States",
     "مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي",
     ("Latin America and the Caribbean", "GRULAC", "Latin American and Caribbean Group")),
    ("western_european_and_other_states", "Western European and other States",
     "مجموعة دول أوروبا الغربية ودول أخرى",
     ("WEOG", "Western Europe and Others", "Western Europe and other States", "Western European and Others Group",
      "Western Europe and Other States")),
    ("middle_east_and_north_africa", "Middle East and North Africa", "الشرق الأوسط وشمال أفريقيا",
     ("MENA", "Middle East & North Africa")),
    ("europe_and_central_asia", "Europe and Central Asia", "أوروبا وآسيا الوسطى", ("Europe & Central Asia",)),
    ("americas", "Americas", "الأمريكتان", ("North America", "The Americas")),
    ("observer_states", "Observer States", "الدول المراقبة", ("Observer", "Observers")),
)

# ---- special procedures --------------------------------------------------------------------------
# (code, English title, Arabic title, short names, country alpha-3 or "", first year, last year or 0)
_SR, _IE, _WG = "المقرر الخاص المعني ب", "الخبير المستقل المعني ب", "الفريق العامل المعني ب"
MANDATES: tuple[tuple[str, str, str, tuple[str, ...], str, int, int], ...] = (
    ("WG_AFRICAN_DESCENT", "Working Group of Experts on People of African Descent",
     "الفريق العامل المعني بالسكان المنحدرين من أصل أفريقي",
     ("WG on people of African descent", "WGEPAD", "WG African descent"), "", 2002, 0),
    ("WGAD", "Working Group on Arbitrary Detention", "الفريق العامل المعني بالاحتجاز التعسفي",
     ("WG on Arbitrary Detention", "WGAD", "WG Arbitrary Detention"), "", 1991, 0),
    ("WG_BUSINESS", "Working Group on the issue of human rights and transnational corporations and other "
     "business enterprises",
     "الفريق العامل المعني بمسألة حقوق الإنسان والشركات عبر الوطنية وغيرها من مؤسسات الأعمال",
     ("WG on business and human rights", "WG Business", "WG on transnational corporations"), "", 2011, 0),
    ("SR_SALE_OF_CHILDREN", "Special Rapporteur on the sale, sexual exploitation and sexual abuse of children",
     "المقرر الخاص المعني بمسألة بيع الأطفال واستغلالهم جنسياً والاعتداء عليهم جنسياً",
     ("SR on the sale of children", "SR Sale of children", "SR on sale and sexual exploitation of children"),
     "", 1990, 0),
    ("SR_CULTURAL_RIGHTS", "Special Rapporteur in the field of cultural rights",
     "المقرر الخاص في مجال الحقوق الثقافية",
     ("SR on cultural rights", "SR Cultural rights", "IE in the field of cultural rights"), "", 2009, 0),
    ("SR_DEVELOPMENT", "Special Rapporteur on the right to development", "المقرر الخاص المعني بالحق في التنمية",
     ("SR on the right to development", "SR Development", "IE on the right to development"), "", 2016, 0),
    ("SR_DISABILITY", "Special Rapporteur on the rights of persons with disabilities",
     "المقرر الخاص المعني بحقوق الأشخاص ذوي الإعاقة",
     ("SR on persons with disabilities", "SR Disability", "SR on the rights of persons with disabilities"),
     "", 2014, 0),
    ("WGEID", "Working Group on Enforced or Involuntary Disappearances",
     "الفريق العامل المعني بحالات الاختفاء القسري أو غير الطوعي",
     ("WG on Enforced Disappearances", "WGEID", "WG on Enforced or Involuntary Disappearances",
      "WG Disappearances"), "", 1980, 0),
    ("SR_EDUCATION", "Special Rapporteur on the right to education", "المقرر الخاص المعني بالحق في التعليم",
     ("SR on the right to education", "SR Education"), "", 1998, 0),
    ("SR_ENVIRONMENT", "Special Rapporteur on the issue of human rights obligations relating to the enjoyment "
     "of a safe, clean, healthy and sustainable environment",
     "المقرر الخاص المعني بمسألة التزامات حقوق الإنسان المتعلقة بالتمتع ببيئة آمنة ونظيفة وصحية ومستدامة",
     ("SR on human rights and the environment", "SR Environment", "IE on human rights and the environment"),
     "", 2012, 0),
    ("SR_EXECUTIONS", "Special Rapporteur on extrajudicial, summary or arbitrary executions",
     "المقرر الخاص المعني بحالات الإعدام خارج نطاق القضاء أو بإجراءات موجزة أو تعسفاً",
     ("SR on extrajudicial executions", "SR Executions", "SR on extrajudicial, summary or arbitrary executions",
      "SR Summary executions"), "", 1982, 0),
    ("SR_POVERTY", "Special Rapporteur on extreme poverty and human rights",
     "المقرر الخاص المعني بالفقر المدقع وحقوق الإنسان",
     ("SR on extreme poverty", "SR Poverty", "SR on extreme poverty and human rights",
      "IE on extreme poverty", "IE on human rights and extreme poverty"), "", 1998, 0),
    ("SR_FOOD", "Special Rapporteur on the right to food", "المقرر الخاص المعني بالحق في الغذاء",
     ("SR on the right to food", "SR Food", "SR right to food"), "", 2000, 0),
    ("IE_FOREIGN_DEBT", "Independent Expert on the effects of foreign debt and other related international "
     "financial obligations of States on the full enjoyment of all human rights, particularly economic, "
     "social and cultural rights",
     "الخبير المستقل المعني بآثار الديون الخارجية للدول وما يتصل بها من التزامات مالية دولية أخرى على "
     "التمتع الكامل بجميع حقوق الإنسان، ولا سيما الحقوق الاقتصادية والاجتماعية والثقافية",
     ("IE on foreign debt", "IE Foreign debt", "IE on foreign debt and human rights"), "", 2000, 0),
    ("SR_ASSEMBLY_ASSOCIATION", "Special Rapporteur on the rights to freedom of peaceful assembly and of "
     "association",
     "المقرر الخاص المعني بالحق في حرية التجمع السلمي وتكوين الجمعيات",
     ("SR on freedom of peaceful assembly and of association", "SR FOAA", "SR Assembly and association",
      "SR on freedom of assembly and association"), "", 2010, 0),
    ("SR_EXPRESSION", "Special Rapporteur on the promotion and protection of the right to freedom of opinion "
     "and expression",
     "المقرر الخاص المعني بتعزيز وحماية الحق في حرية الرأي والتعبير",
     ("SR on freedom of expression", "SR Freedom of expression", "SR FOE", "SR on freedom of opinion and "
      "expression"), "", 1993, 0),
    ("SR_RELIGION", "Special Rapporteur on freedom of religion or belief",
     "المقرر الخاص المعني بحرية الدين أو المعتقد",
     ("SR on freedom of religion or belief", "SR FORB", "SR Religion", "SR on freedom of religion"),
     "", 1986, 0),
    ("SR_HEALTH", "Special Rapporteur on the right of everyone to the enjoyment of the highest attainable "
     "standard of physical and mental health",
     "المقرر الخاص المعني بحق كل إنسان في التمتع بأعلى مستوى ممكن من الصحة البدنية والعقلية",
     ("SR on the right to health", "SR Health", "SR right to health"), "", 2002, 0),
    ("SR_HRD", "Special Rapporteur on the situation of human rights defenders",
     "المقرر الخاص المعني بحالة المدافعين عن حقوق الإنسان",
     ("SR on human rights defenders", "SR HRDs", "SR Human rights defenders", "SR HRD"), "", 2000, 0),
    ("SR_HOUSING", "Special Rapporteur on adequate housing as a component of the right to an adequate "
     "standard of living, and on the right to non-discrimination in this context",
     "المقرر الخاص المعني بالسكن اللائق بوصفه عنصراً من عناصر الحق في مستوى معيشي مناسب، وبالحق في عدم "
     "التمييز في هذا السياق",
     ("SR on adequate housing", "SR Housing", "SR on the right to adequate housing"), "", 2000, 0),
    ("SR_JUDGES_LAWYERS", "Special Rapporteur on the independence of judges and lawyers",
     "المقرر الخاص المعني باستقلال القضاة والمحامين",
     ("SR on the independence of judges and lawyers", "SR Judges", "SR Independence of judges"), "", 1994, 0),
    ("SR_INDIGENOUS", "Special Rapporteur on the rights of Indigenous Peoples",
     "المقرر الخاص المعني بحقوق الشعوب الأصلية",
     ("SR on indigenous peoples", "SR Indigenous", "SR on the rights of indigenous peoples"), "", 2001, 0),
    ("SR_IDPS", "Special Rapporteur on the human rights of internally displaced persons",
     "المقرر الخاص المعني بحقوق الإنسان للمشردين داخلياً",
     ("SR on IDPs", "SR IDPs", "SR on internally displaced persons"), "", 2004, 0),
    ("IE_INTERNATIONAL_ORDER", "Independent Expert on the promotion of a democratic and equitable "
     "international order",
     "الخبير المستقل المعني بتعزيز نظام دولي ديمقراطي ومنصف",
     ("IE on international order", "IE International order", "IE on a democratic and equitable "
      "international order"), "", 2011, 0),
    ("IE_SOLIDARITY", "Independent Expert on human rights and international solidarity",
     "الخبير المستقل المعني بحقوق الإنسان والتضامن الدولي",
     ("IE on international solidarity", "IE Solidarity"), "", 2005, 0),
    ("SR_LEPROSY", "Special Rapporteur on the elimination of discrimination against persons affected by "
     "leprosy and their family members",
     "المقرر الخاص المعني بالقضاء على التمييز ضد الأشخاص المصابين بالجذام وأفراد أسرهم",
     ("SR on leprosy", "SR Leprosy"), "", 2017, 0),
    ("WG_MERCENARIES", "Working Group on the use of mercenaries as a means of violating human rights and "
     "impeding the exercise of the right of peoples to self-determination",
     "الفريق العامل المعني باستخدام المرتزقة كوسيلة لانتهاك حقوق الإنسان وإعاقة ممارسة حق الشعوب في "
     "تقرير المصير",
     ("WG on mercenaries", "WG Mercenaries", "WG on the use of mercenaries"), "", 2005, 0),
    ("SR_MIGRANTS", "Special Rapporteur on the human rights of migrants",
     "المقرر الخاص المعني بحقوق الإنسان للمهاجرين",
     ("SR on migrants", "SR Migrants", "SR on the human rights of migrants"), "", 1999, 0),
    ("SR_MINORITIES", "Special Rapporteur on minority issues", "المقرر الخاص المعني بقضايا الأقليات",
     ("SR on minority issues", "SR Minorities", "IE on minority issues"), "", 2005, 0),
    ("IE_OLDER_PERSONS", "Independent Expert on the enjoyment of all human rights by older persons",
     "الخبير المستقل المعني بتمتع كبار السن بجميع حقوق الإنسان",
     ("IE on older persons", "IE Older persons"), "", 2013, 0),
    ("IE_ALBINISM", "Independent Expert on the enjoyment of human rights by persons with albinism",
     "الخبير المستقل المعني بتمتع الأشخاص المصابين بالمهق بحقوق الإنسان",
     ("IE on albinism", "IE Albinism", "IE on persons with albinism"), "", 2015, 0),
    ("SR_PRIVACY", "Special Rapporteur on the right to privacy", "المقرر الخاص المعني بالحق في الخصوصية",
     ("SR on privacy", "SR Privacy", "SR on the right to privacy"), "", 2015, 0),
    ("SR_RACISM", "Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and "
     "related intolerance",
     "المقرر الخاص المعني بالأشكال المعاصرة للعنصرية والتمييز العنصري وكره الأجانب وما يتصل بذلك من تعصب",
     ("SR on racism", "SR Racism", "SR on contemporary forms of racism"), "", 1993, 0),
    ("SR_SLAVERY", "Special Rapporteur on contemporary forms of slavery, including its causes and consequences",
     "المقرر الخاص المعني بأشكال الرق المعاصرة، بما في ذلك أسبابه وعواقبه",
     ("SR on contemporary forms of slavery", "SR Slavery"), "", 2007, 0),
    ("IE_SOGI", "Independent Expert on protection against violence and discrimination based on sexual "
     "orientation and gender identity",
     "الخبير المستقل المعني بالحماية من العنف والتمييز القائمين على أساس الميل الجنسي والهوية الجنسانية",
     ("IE SOGI", "IE on sexual orientation and gender identity"), "", 2016, 0),
    ("SR_COUNTER_TERRORISM", "Special Rapporteur on the promotion and protection of human rights and "
     "fundamental freedoms while countering terrorism",
     "المقرر الخاص المعني بتعزيز وحماية حقوق الإنسان والحريات الأساسية في سياق مكافحة الإرهاب",
     ("SR on counter-terrorism", "SR Terrorism", "SR on human rights while countering terrorism",
      "SR Counter-terrorism"), "", 2005, 0),
    ("SR_TORTURE", "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or "
     "punishment",
     "المقرر الخاص المعني بمسألة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة",
     ("SR on torture", "SR Torture"), "", 1985, 0),
    ("SR_TOXICS", "Special Rapporteur on the implications for human rights of the environmentally sound "
     "management and disposal of hazardous substances and wastes",
     "المقرر الخاص المعني بالآثار المترتبة في مجال حقوق الإنسان على إدارة المواد والنفايات الخطرة "
     "والتخلص منها بطريقة سليمة بيئياً",
     ("SR on toxics", "SR Toxics", "SR on hazardous substances and wastes", "SR on toxic wastes"),
     "", 1995, 0),
    ("SR_TRAFFICKING", "Special Rapporteur on trafficking in persons, especially women and children",
     "المقرر الخاص المعني بالاتجار بالأشخاص، لا سيما النساء والأطفال",
     ("SR on trafficking", "SR Trafficking", "SR on trafficking in persons"), "", 2004, 0),
    ("SR_TRUTH", "Special Rapporteur on the promotion of truth, justice, reparation and guarantees of "
     "non-recurrence",
     "المقرر الخاص المعني بتعزيز الحقيقة والعدالة والجبر وضمانات عدم التكرار",
     ("SR on truth, justice, reparation and guarantees of non-recurrence", "SR Truth",
      "SR on transitional justice"), "", 2011, 0),
    ("SR_UCM", "Special Rapporteur on the negative impact of unilateral coercive measures on the enjoyment "
     "of human rights",
     "المقرر الخاص المعني بالأثر السلبي للتدابير القسرية الانفرادية على التمتع بحقوق الإنسان",
     ("SR on unilateral coercive measures", "SR UCM", "SR Unilateral coercive measures"), "", 2014, 0),
    ("SR_VAW", "Special Rapporteur on violence against women and girls, its causes and consequences",
     "المقررة الخاصة المعنية بالعنف ضد النساء والفتيات وأسبابه وعواقبه",
     ("SR on violence against women", "SR VAW", "SR Violence against women"), "", 1994, 0),
    ("SR_WATER", "Special Rapporteur on the human rights to safe drinking water and sanitation",
     "المقرر الخاص المعني بحق الإنسان في الحصول على مياه الشرب المأمونة وخدمات الصرف الصحي",
     ("SR on water and sanitation", "SR Water", "IE on water and sanitation"), "", 2008, 0),
    ("WG_DISCRIMINATION_WOMEN", "Working Group on discrimination against women and girls",
     "الفريق العامل المعني بالتمييز ضد النساء والفتيات",
     ("WG on discrimination against women", "WGDAWG", "WG Discrimination against women",
      "WG on discrimination against women in law and in practice"), "", 2010, 0),
    ("SR_CLIMATE", "Special Rapporteur on the promotion and protection of human rights in the context of "
     "climate change",
     "المقرر الخاص المعني بتعزيز وحماية حقوق الإنسان في سياق تغير المناخ",
     ("SR on climate change", "SR Climate change", "SR on human rights and climate change"), "", 2021, 0),
    # Country mandates (current and past).
    ("SR_AFG", "Special Rapporteur on the situation of human rights in Afghanistan", "", ("SR Afghanistan",),
     "AFG", 2021, 0),
    ("SR_BLR", "Special Rapporteur on the situation of human rights in Belarus", "", ("SR Belarus",),
     "BLR", 2012, 0),
    ("SR_BDI", "Special Rapporteur on the situation of human rights in Burundi", "",
     ("SR Burundi", "IE on Burundi"), "BDI", 2021, 0),
    ("SR_KHM", "Special Rapporteur on the situation of human rights in Cambodia", "", ("SR Cambodia",),
     "KHM", 1993, 0),
    ("IE_CAF", "Independent Expert on the situation of human rights in the Central African Republic", "",
     ("IE CAR", "IE Central African Republic"), "CAF", 2013, 0),
    ("SR_PRK", "Special Rapporteur on the situation of human rights in the Democratic People's Republic of "
     "Korea", "", ("SR DPRK", "SR North Korea"), "PRK", 2004, 0),
    ("SR_ERI", "Special Rapporteur on the situation of human rights in Eritrea", "", ("SR Eritrea",),
     "ERI", 2012, 0),
    ("IE_HTI", "Expert on human rights in Haiti", "", ("IE Haiti", "Designated expert on Haiti"),
     "HTI", 1995, 0),
    ("SR_IRN", "Special Rapporteur on the situation of human rights in the Islamic Republic of Iran", "",
     ("SR Iran",), "IRN", 2011, 0),
    ("IE_MLI", "Independent Expert on the situation of human rights in Mali", "", ("IE Mali",), "MLI", 2013, 0),
    ("SR_MMR", "Special Rapporteur on the situation of human rights in Myanmar", "", ("SR Myanmar",),
     "MMR", 1992, 0),
    ("SR_PSE", "Special Rapporteur on the situation of human rights in the Palestinian territories occupied "
     "since 1967", "المقرر الخاص المعني بحالة حقوق الإنسان في الأرض الفلسطينية المحتلة منذ عام 1967",
     ("SR OPT", "SR Palestine", "SR on the occupied Palestinian territories"), "PSE", 1993, 0),
    ("SR_RUS", "Special Rapporteur on the situation of human rights in the Russian Federation", "",
     ("SR Russian Federation", "SR Russia"), "RUS", 2022, 0),
    ("IE_SOM", "Independent Expert on the situation of human rights in Somalia", "", ("IE Somalia",),
     "SOM", 1993, 0),
    ("IE_SDN", "Expert on the situation of human rights in the Sudan", "",
     ("IE Sudan", "SR Sudan", "Designated expert on the Sudan"), "SDN", 2005, 0),
    ("SR_SYR", "Special Rapporteur on the situation of human rights in the Syrian Arab Republic", "",
     ("SR Syria",), "SYR", 2011, 2014),
    ("IE_CIV", "Independent Expert on capacity-building and technical cooperation with Côte d'Ivoire in the "
     "field of human rights", "", ("IE Côte d'Ivoire", "IE Cote d'Ivoire"), "CIV", 2011, 2017),
    ("IE_LBR", "Independent Expert on technical cooperation and advisory services in Liberia", "",
     ("IE Liberia",), "LBR", 2003, 2008),
    ("IE_COD", "Independent Expert on the situation of human rights in the Democratic Republic of the Congo",
     "", ("IE DRC",), "COD", 2004, 2008),
    ("SR_BLR_OLD", "Special Rapporteur on the situation of human rights in Belarus (2004-2007)", "", (),
     "BLR", 2004, 2007),
)



def _country_title_ar(title_en: str, alpha3: str, states: dict[str, str]) -> str:
    """The Arabic title of a country mandate, in the Council's own words ("... في <الدولة>")."""
    name = states[alpha3]
    if title_en.startswith("Independent Expert") or title_en.startswith("Expert"):
        return f"الخبير المستقل المعني بحالة حقوق الإنسان في {name}"
    return f"المقرر الخاص المعني بحالة حقوق الإنسان في {name}"



def _merge(entries: list[dict[str, Any]], new: dict[str, Any], spellings: dict[str, tuple[str, ...]], source: str | None) -> None:
    from nrtd_desktop.reference.catalog import match_key

    by_key = {entry["key"]: entry for entry in entries}
    for key, (name_en, name_ar, aliases) in new.items():
        if key in by_key:
            continue
        entry = {"key": key, "name_en": name_en, "name_ar": name_ar}
        if source is not None:
            entry["source"] = source
        entry["aliases"] = list(aliases)
        entries.append(entry)
        by_key[key] = entry
    for key, extra in spellings.items():
        entry = by_key[key]
        known = {match_key(entry["name_en"]), *(match_key(alias) for alias in entry["aliases"])}
        for spelling in extra:
            if match_key(spelling) not in known:
                entry["aliases"].append(spelling)
                known.add(match_key(spelling))


def _write(name: str, data: object) -> None:
    path = DATA / f"{name}.json"
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def main() -> int:
    themes = json.loads((DATA / "themes.json").read_text(encoding="utf-8"))
    _merge(themes, NEW_THEMES, THEME_SPELLINGS, "uhri")
    groups = json.loads((DATA / "affected_groups.json").read_text(encoding="utf-8"))
    _merge(groups, NEW_GROUPS, GROUP_SPELLINGS, None)
    states = {s["alpha3"]: s["name_ar"] for s in json.loads((DATA / "states.json").read_text(encoding="utf-8"))}
    mandates = []
    for code, name_en, name_ar, short, country, first, last in MANDATES:
        mandates.append(
            {
                "code": code,
                "name_en": name_en,
                "name_ar": name_ar or _country_title_ar(name_en, country, states),
                "short_en": short[0] if short else name_en,
                "aliases": list(short[1:]),
                "country": country or None,
                "established": first,
                "ended": last or None,
            }
        )
    regions = [{"key": key, "name_en": en, "name_ar": ar, "aliases": list(aliases)}
               for key, en, ar, aliases in REGIONS]
    _write("themes", themes)
    _write("affected_groups", groups)
    _write("regions", regions)
    _write("mandates", mandates)
    _write("version", {"version": VERSION, "source": "generate_uhri.py and generate_states.py"})
    print(f"themes {len(themes)}, groups {len(groups)}, regions {len(regions)}, mandates {len(mandates)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
