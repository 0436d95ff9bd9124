"""The shipped reference vocabularies: complete, bilingual, and able to read real UPR Info files."""

from __future__ import annotations

import csv
import html
import json
import re
from functools import cache
from importlib import resources

import pytest

from nrtd_desktop.domain.enums import MechanismKind
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.reference import generate_states
from nrtd_desktop.reference.catalog import Catalog, cycle_for_upr_session, get_catalog, load_data
from tests.shared_data import UPR_INFO

# The UPR Info files come from the repository (tests/data, unpacked by tests/shared_data.py).

ARABIC_LETTER = re.compile("[\u0621-\u064a]")
TARGET_CODE = re.compile(r"^(\d{1,2})\.(\d{1,2}|[a-z])$")
# The one From value of the UPR Info export that names no State: a recommendation whose author
# the source did not record (written HTML-escaped in the file).
UNKNOWN_AUTHOR = "(Unknown)"


@cache
def upr_info_rows() -> tuple[dict[str, str], ...]:
    files = sorted(UPR_INFO.glob("*.csv"))
    assert len(files) == 5, f"expected the five UPR Info files in {UPR_INFO}"
    rows: list[dict[str, str]] = []
    for path in files:
        with path.open(encoding="mac_roman", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    return tuple(rows)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return get_catalog()


def test_the_catalog_is_read_once(catalog: Catalog) -> None:
    assert get_catalog() is catalog


def test_files_are_shipped_as_readable_utf8_with_arabic_written_out() -> None:
    folder = resources.files("nrtd_desktop.reference").joinpath("data")
    text = folder.joinpath("states.json").read_text(encoding="utf-8")
    assert "المملكة العربية السعودية" in text  # not "\u0627..." escapes
    assert set(load_data()) == {
        "bodies",
        "sdg_goals",
        "sdg_targets",
        "states",
        "themes",
        "affected_groups",
        "regions",
        "mandates",
        "version",
    }


# -- counts and well-formed codes ----------------------------------------------------------------


def test_seventeen_goals_numbered_one_to_seventeen(catalog: Catalog) -> None:
    assert [goal.number for goal in catalog.sdg_goals()] == list(range(1, 18))


def test_169_targets_with_unique_well_formed_codes(catalog: Catalog) -> None:
    targets = catalog.sdg_targets()
    codes = [target.code for target in targets]
    assert len(codes) == 169
    assert len(set(codes)) == 169
    for target in targets:
        match = TARGET_CODE.match(target.code)
        assert match is not None, target.code
        assert int(match.group(1)) == target.goal


def test_targets_of_each_goal_are_numbered_without_gaps(catalog: Catalog) -> None:
    for goal in catalog.sdg_goals():
        codes = [t.code.split(".")[1] for t in catalog.sdg_targets(goal.number)]
        numbers = [int(c) for c in codes if c.isdigit()]
        letters = [c for c in codes if not c.isdigit()]
        assert numbers == list(range(1, len(numbers) + 1)), goal.number
        assert letters == [chr(ord("a") + i) for i in range(len(letters))], goal.number
        # Goal 17 is the only goal without lettered means-of-implementation targets.
        assert bool(letters) == (goal.number != 17)


def test_193_un_members_and_the_two_observer_states(catalog: Catalog) -> None:
    states = catalog.states()
    assert len(catalog.states(un_members_only=True)) == 193
    assert sorted(s.alpha3 for s in states if not s.un_member) == ["PSE", "VAT"]
    assert len({s.alpha2 for s in states}) == len({s.alpha3 for s in states}) == len(states) == 195
    for state in states:
        assert re.fullmatch("[A-Z]{2}", state.alpha2) and re.fullmatch("[A-Z]{3}", state.alpha3), state


def test_states_json_is_what_the_generator_writes() -> None:
    shipped = json.loads(
        resources.files("nrtd_desktop.reference").joinpath("data/states.json").read_text(encoding="utf-8")
    )
    assert shipped == generate_states.build_states()


def test_bodies_are_the_twelve_mechanisms_and_a_treaty_body_not_identified(catalog: Catalog) -> None:
    codes = {body.code: body.kind for body in catalog.bodies()}
    treaty_bodies = {"CCPR", "CESCR", "CERD", "CEDAW", "CAT", "SPT", "CRC", "CMW", "CRPD", "CED"}
    # TB holds a committee an import names in a way the program cannot read (issue 18).
    assert set(codes) == treaty_bodies | {"UPR", "SP", "TB"}
    assert codes["UPR"] is MechanismKind.UPR
    assert codes["SP"] is MechanismKind.SP
    assert {code for code, kind in codes.items() if kind is MechanismKind.TB} == treaty_bodies | {"TB"}


def test_special_procedure_mandates_are_read_by_their_short_names(catalog: Catalog) -> None:
    found = {
        name: (catalog.match_mandate(name).code if catalog.match_mandate(name) else None)
        for name in (
            "SR Poverty",
            "WG on Arbitrary Detention",
            "- SR on the right to food",
            "Special Rapporteur on the situation of human rights defenders",
            "SR Myanmar",
            "Committee against Torture",
        )
    }
    assert found == {
        "SR Poverty": "SR_POVERTY",
        "WG on Arbitrary Detention": "WGAD",
        "- SR on the right to food": "SR_FOOD",
        "Special Rapporteur on the situation of human rights defenders": "SR_HRD",
        "SR Myanmar": "SR_MMR",
        "Committee against Torture": None,
    }
    assert all(m.name_ar and m.short_en for m in catalog.mandates())


def test_the_affected_groups_the_demo_data_uses_exist(catalog: Catalog) -> None:
    names = {group.name_en for group in catalog.affected_groups()}
    required = {
        "Women & girls", "Children", "Persons with disabilities", "Migrants", "Refugees & asylum-seekers",
        "Persons deprived of their liberty", "Minorities", "Human rights defenders", "Journalists",
        "Judges, lawyers and prosecutors", "Older persons", "Persons living in poverty", "Domestic workers",
        "Youth", "General",
    }
    assert required <= names
    for name in required:
        assert catalog.match_affected_group(f"- {name}").name_en == name  # type: ignore[union-attr]


def test_keys_are_unique(catalog: Catalog) -> None:
    theme_keys = [t.key for t in catalog.themes()]
    group_keys = [g.key for g in catalog.affected_groups()]
    assert len(theme_keys) == len(set(theme_keys))
    assert len(group_keys) == len(set(group_keys))
    assert {t.source for t in catalog.themes()} == {"upr_info", "uhri"}


# -- Arabic everywhere ------------------------------------------------------------------------------


def _arabic_and_english(catalog: Catalog) -> list[tuple[str, str, str]]:
    """(what, English, Arabic) for every item of every vocabulary."""
    return (
        [(b.code, b.name_en, b.name_ar) for b in catalog.bodies()]
        + [(f"goal {g.number}", g.title_en, g.title_ar) for g in catalog.sdg_goals()]
        + [(t.code, t.title_en, t.title_ar) for t in catalog.sdg_targets()]
        + [(s.alpha3, s.name_en, s.name_ar) for s in catalog.states()]
        + [(t.key, t.name_en, t.name_ar) for t in catalog.themes()]
        + [(g.key, g.name_en, g.name_ar) for g in catalog.affected_groups()]
    )


def test_every_item_has_an_english_and_an_arabic_name(catalog: Catalog) -> None:
    for what, english, arabic in _arabic_and_english(catalog):
        assert english.strip() and not ARABIC_LETTER.search(english), what
        assert ARABIC_LETTER.search(arabic), what
        assert arabic == arabic.strip() and "  " not in arabic, what


def test_label_follows_the_language(catalog: Catalog) -> None:
    saudi = catalog.state("SAU")
    assert saudi.label("ar") == saudi.name_ar == "المملكة العربية السعودية"
    assert saudi.label("en") == "Saudi Arabia"
    target = catalog.sdg_target("5.2")
    assert target.caption("en") == "5.2 - End all violence against and exploitation of women"
    assert target.caption("ar").startswith("5.2 - ") and ARABIC_LETTER.search(target.label("ar"))
    assert catalog.body("crc").label("ar") == "لجنة حقوق الطفل"
    assert catalog.sdg_goal(5).caption("en") == "5 - Gender equality"


# -- the real UPR Info files ------------------------------------------------------------------------


def test_every_state_spelling_in_the_upr_info_files_matches_a_state(catalog: Catalog) -> None:
    rows = upr_info_rows()
    spellings = {row["To"] for row in rows} | {row["From"] for row in rows}
    unmatched = sorted(s for s in spellings if catalog.match_state(s) is None)
    assert [html.unescape(s) for s in unmatched] == [UNKNOWN_AUTHOR]


def test_the_193_states_under_review_are_193_distinct_un_members(catalog: Catalog) -> None:
    under_review = {catalog.match_state(row["To"]) for row in upr_info_rows()}
    assert None not in under_review
    assert len(under_review) == 193
    assert all(state.un_member for state in under_review if state is not None)


def test_observer_states_are_found_as_recommending_states(catalog: Catalog) -> None:
    authors = {catalog.match_state(row["From"]) for row in upr_info_rows()}
    assert catalog.state("VAT") in authors
    assert catalog.state("PSE") in authors


def test_every_upr_info_issue_is_a_theme(catalog: Catalog) -> None:
    issues = {issue.strip() for row in upr_info_rows() for issue in row["Issue"].split(",") if issue.strip()}
    assert len(issues) == 54
    assert {t.name_en for t in catalog.themes("upr_info")} == issues
    for issue in issues:
        assert catalog.match_theme(issue, source="upr_info").name_en == issue  # type: ignore[union-attr]
        assert catalog.match_theme(issue) is not None


# -- sample matches ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "alpha3"),
    [
        ("السعودية", "SAU"),
        ("المملكة العربية السعودية", "SAU"),
        ("المملكه العربيه السعوديه", "SAU"),
        ("  saudi   ARABIA ", "SAU"),
        ("sa", "SAU"),
        ("sau", "SAU"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Bolivia (Plurinational State of)", "BOL"),
        ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
        ("Viet Nam", "VNM"),
        ("Côte d'Ivoire", "CIV"),
        ("COTE D’IVOIRE", "CIV"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("Republic of Korea", "KOR"),
        ("Republic of Moldova", "MDA"),
        ("Congo", "COG"),
        ("Democratic Republic of the Congo", "COD"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Antigua and Barbuda", "ATG"),
        ("Saint Vincent and the Grenadines", "VCT"),
        ("State of Palestine", "PSE"),
        ("Holy See", "VAT"),
        ("الاتحاد الروسي", "RUS"),
        ("جمهورية إيران الإسلامية", "IRN"),
    ],
)
def test_match_state(catalog: Catalog, text: str, alpha3: str) -> None:
    state = catalog.match_state(text)
    assert state is not None and state.alpha3 == alpha3


@pytest.mark.parametrize("text", ["", None, "Atlantis", "Korea", "(Unknown)"])
def test_match_state_unknown(catalog: Catalog, text: str | None) -> None:
    assert catalog.match_state(text) is None


def test_the_cldr_arabic_name_of_every_state_finds_it(catalog: Catalog) -> None:
    for state in catalog.states():
        assert catalog.match_state(state.name_ar) is state
        assert catalog.match_state(state.name_en) is state
        for alias in state.aliases:
            assert catalog.match_state(alias) is state, alias


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("- 5.2 - End all violence against and exploitation of women", "5.2"),
        ("5.2", "5.2"),
        ("Target 5.2", "5.2"),
        ("16.10 - Ensure public access to information and protect fundamental freedoms", "16.10"),
        ("- 16.b - Promote and enforce non-discriminatory laws and policies", "16.b"),
        ("الغاية ٥٫٢", "5.2"),
        ("End all violence against and exploitation of women", "5.2"),
    ],
)
def test_match_sdg_target(catalog: Catalog, text: str, code: str) -> None:
    target = catalog.match_sdg_target(text)
    assert target is not None and target.code == code


@pytest.mark.parametrize("text", ["17.a", "5.10", "18.1", "Goal 5", "", "gender"])
def test_match_sdg_target_unknown(catalog: Catalog, text: str) -> None:
    assert catalog.match_sdg_target(text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [("5", 5), ("Goal 5", 5), ("- 5 - Gender equality", 5), ("SDG 16", 16), ("Gender equality", 5),
     ("المساواة بين الجنسين", 5), ("الهدف 17", 17)],
)
def test_match_sdg_goal(catalog: Catalog, text: str, number: int) -> None:
    goal = catalog.match_sdg_goal(text)
    assert goal is not None and goal.number == number


@pytest.mark.parametrize("text", ["18", "0", "5.2", "", "Goal"])
def test_match_sdg_goal_unknown(catalog: Catalog, text: str) -> None:
    assert catalog.match_sdg_goal(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Committee on the Rights of the Child", "CRC"),
        ("- Committee against Torture", "CAT"),
        ("CAT", "CAT"),
        ("Human Rights Committee", "CCPR"),
        ("Committee on Economic, Social and Cultural Rights", "CESCR"),
        ("Committee on the Elimination of Discrimination against Women", "CEDAW"),
        ("Subcommittee on Prevention of Torture", "SPT"),
        ("Committee on Migrant Workers", "CMW"),
        ("Committee on Enforced Disappearances", "CED"),
        ("Universal Periodic Review", "UPR"),
        ("UPR", "UPR"),
        ("Human Rights Council - UPR", "UPR"),
        ("Human Rights Council", "UPR"),
        ("Working Group on the Universal Periodic Review", "UPR"),
        ("Special Rapporteur on the right to education", "SP"),
        ("Independent Expert on the situation of human rights in Somalia", "SP"),
        ("Working Group on Arbitrary Detention", "SP"),
        ("Special procedures", "SP"),
        ("المقرر الخاص المعني بالحق في التعليم", "SP"),
        ("لجنة حقوق الطفل", "CRC"),
        ("CEDAW/C/SAU/CO/3-4", "CEDAW"),
        ("E/C.12/SAU/CO/1", "CESCR"),
    ],
)
def test_match_body(catalog: Catalog, text: str, code: str) -> None:
    body = catalog.match_body(text)
    assert body is not None and body.code == code


@pytest.mark.parametrize("text", ["", "Committee", "Security Council", "A/HRC/25/3"])
def test_match_body_unknown(catalog: Catalog, text: str) -> None:
    assert catalog.match_body(text) is None


def test_match_theme_by_uhri_label_and_arabic(catalog: Catalog) -> None:
    uhri = catalog.match_theme("Human rights education, trainings & awareness raising", source="uhri")
    assert uhri is not None and uhri.source == "uhri"
    torture = catalog.match_theme("Torture and other cruel, inhuman or degrading treatment or punishment")
    assert torture is not None and torture.source == "uhri"
    assert catalog.match_theme("عقوبة الإعدام") is not None
    assert catalog.match_theme("not a theme") is None
    assert catalog.match_theme("Death penalty", source="nowhere") is None


@pytest.mark.parametrize(
    ("session", "cycle"), [(1, 1), (12, 1), (13, 2), (26, 2), (27, 3), (40, 3), (41, 4), (54, 4)]
)
def test_cycle_for_upr_session(session: int, cycle: int) -> None:
    assert cycle_for_upr_session(session) == cycle


def test_saudi_arabia_sessions_in_the_upr_info_files_are_cycles_one_and_two(catalog: Catalog) -> None:
    saudi = catalog.state("SAU")
    sessions = {int(r["Session"]) for r in upr_info_rows() if catalog.match_state(r["To"]) is saudi}
    assert sessions == {4, 17}
    assert {cycle_for_upr_session(s) for s in sessions} == {1, 2}


@pytest.mark.parametrize("session", [0, -3])
def test_cycle_for_an_impossible_session_is_refused(session: int) -> None:
    with pytest.raises(ValidationError) as caught:
        cycle_for_upr_session(session)
    assert ARABIC_LETTER.search(caught.value.text("ar"))
