"""The reference vocabularies shipped with the program, and the matching of imported spellings.

Imported files name the same thing many ways: UPR Info writes "Iran" and "Cote d'Ivoire", the UHRI
export writes "Iran (Islamic Republic of)" and "Committee against Torture", a person types
"السعودية". Every vocabulary is read once from the JSON files in ``data/`` and every spelling
(code, English and Arabic name, alias) is folded by :func:`match_key` into one dictionary, so that
matching a value is a single lookup even when an import runs over hundreds of thousands of rows.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any, TypeVar

from nrtd_desktop.domain.arabic import normalize
from nrtd_desktop.domain.enums import MechanismKind
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.lang import Lang

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "reference.invalid_upr_session": (
        "'{value}' is not a UPR session number (a whole number from 1).",
        "«{value}» ليس رقماً صحيحاً لدورة الاستعراض الدوري الشامل (عدد صحيح من 1 فأكثر).",
    )
}

_PUNCTUATION = re.compile(r"[^\w]+", re.UNICODE)
# Typographic quotes and "&" vary between sources for the same name ("Côte d’Ivoire",
# "Antigua & Barbuda" / "Antigua and Barbuda").
_AMPERSAND = re.compile(r"\s*&\s*")
# A leading list marker, as UHRI writes every value of a multi-value cell ("- Women & girls").
_LIST_MARKER = re.compile(r"^\s*[-–—•*]\s*")


def match_key(text: str | None) -> str:
    """Fold a spelling for lookup: case, accents, Arabic letter variants, punctuation, "&"."""
    if not text:
        return ""
    if "&" in text and ";" in text:
        text = html.unescape(text)  # UPR Info writes "&#40;Unknown&#41;"
    text = _LIST_MARKER.sub("", text)
    text = _AMPERSAND.sub(" and ", text)
    return _PUNCTUATION.sub(" ", normalize(text)).strip()


def _is_arabic(lang: Lang) -> bool:
    return lang.lower().startswith("ar")


@dataclass(frozen=True, slots=True)
class Body:
    """A UN human-rights body that issues recommendations (UPR, a treaty body, special procedures)."""

    code: str
    kind: MechanismKind
    name_en: str
    name_ar: str
    abbreviation: str
    aliases: tuple[str, ...] = ()

    def label(self, lang: Lang) -> str:
        return self.name_ar if _is_arabic(lang) else self.name_en


@dataclass(frozen=True, slots=True)
class SdgGoal:
    number: int
    title_en: str
    title_ar: str
    aliases: tuple[str, ...] = ()

    def label(self, lang: Lang) -> str:
        return self.title_ar if _is_arabic(lang) else self.title_en

    def caption(self, lang: Lang) -> str:
        """The goal as lists show it: "5 - Gender equality"."""
        return f"{self.number} - {self.label(lang)}"


@dataclass(frozen=True, slots=True)
class SdgTarget:
    code: str  # "5.2", "16.a"
    goal: int
    title_en: str
    title_ar: str

    def label(self, lang: Lang) -> str:
        return self.title_ar if _is_arabic(lang) else self.title_en

    def caption(self, lang: Lang) -> str:
        """The target as UHRI prints it: "5.2 - End all violence against ..."."""
        return f"{self.code} - {self.label(lang)}"


@dataclass(frozen=True, slots=True)
class State:
    alpha2: str
    alpha3: str
    name_en: str
    name_ar: str
    un_member: bool
    aliases: tuple[str, ...] = ()

    def label(self, lang: Lang) -> str:
        return self.name_ar if _is_arabic(lang) else self.name_en


@dataclass(frozen=True, slots=True)
class Theme:
    key: str
    name_en: str
    name_ar: str
    source: str  # "upr_info" or "uhri": the taxonomy the label belongs to
    aliases: tuple[str, ...] = ()

    def label(self, lang: Lang) -> str:
        return self.name_ar if _is_arabic(lang) else self.name_en


@dataclass(frozen=True, slots=True)
class AffectedGroup:
    key: str
    name_en: str
    name_ar: str
    aliases: tuple[str, ...] = ()

    def label(self, lang: Lang) -> str:
        return self.name_ar if _is_arabic(lang) else self.name_en


@dataclass(frozen=True, slots=True)
class Region:
    """A regional group of States (UN regional groups, OHCHR's regions)."""

    key: str
    name_en: str
    name_ar: str
    aliases: tuple[str, ...] = ()

    def label(self, lang: Lang) -> str:
        return self.name_ar if _is_arabic(lang) else self.name_en


@dataclass(frozen=True, slots=True)
class Mandate:
    """A special-procedure mandate of the Human Rights Council (thematic, or one country's)."""

    code: str
    name_en: str
    name_ar: str
    short_en: str  # as UHRI and reports name it: "SR on the right to food"
    aliases: tuple[str, ...] = ()
    country: str | None = None  # the State of a country mandate (alpha-3)
    established: int | None = None
    ended: int | None = None  # None: current

    def label(self, lang: Lang) -> str:
        return self.name_ar if _is_arabic(lang) else self.name_en

    def short(self, lang: Lang) -> str:
        return self.name_ar if _is_arabic(lang) else self.short_en


_T = TypeVar("_T")


def _build_index(entries: Iterable[tuple[_T, Iterable[str | None]]]) -> dict[str, _T]:
    """Map every folded spelling to its item; the first item to claim a spelling keeps it.

    Entries are given strongest spellings first (codes and names of every item before any
    alias), so an alias can never steal another item's own name.
    """
    index: dict[str, _T] = {}
    for item, spellings in entries:
        for spelling in spellings:
            key = match_key(spelling)
            if key and key not in index:
                index[key] = item
    return index


def _two_tier(
    items: list[_T],
    primary: Callable[[_T], Iterable[str | None]],
    secondary: Callable[[_T], Iterable[str | None]],
) -> dict[str, _T]:
    """Index names first (``primary``), then aliases (``secondary``), for every item."""
    return _build_index(
        [(item, primary(item)) for item in items] + [(item, secondary(item)) for item in items]
    )


_TARGET_CODE = re.compile(r"(?<![\w.])(\d{1,2})\s*\.\s*(\d{1,2}|[a-z])(?![\w])")
# Applied to a match_key (punctuation already gone): "goal 5", "sdg5", "5 gender equality".
_GOAL_NUMBER = re.compile(r"^(?:sdg|goal|الهدف|هدف)?\s*(\d{1,2})(?: |$)")

# Recommending bodies named by the mandate rather than by a fixed name: every special rapporteur,
# independent expert and working group of the Human Rights Council is "special procedures".
_SP_PREFIXES = tuple(
    match_key(prefix)
    for prefix in (
        "Special Rapporteur",  # also "Special Rapporteurs on ..." (joint letters)
        "Independent Expert",
        "Working Group",  # after the UPR test: "Working Group on the Universal Periodic Review" is UPR
        "Special procedure",
        "المقرر الخاص",
        "المقررة الخاصة",
        "المقررون الخاصون",
        "الخبير المستقل",
        "الخبيرة المستقلة",
        "الفريق العامل",
        "الإجراءات الخاصة",
    )
)
_UPR_MARKERS = (
    re.compile(r"(?:^| )upr(?: |$)"),
    re.compile(r"universal periodic review"),
    re.compile(match_key("الاستعراض الدوري الشامل")),
)
# The first part of a document symbol names the body: "CEDAW/C/SAU/CO/3-4", "E/C.12/SAU/CO/1".
_SYMBOL_PREFIXES = {"e/c.12": "CESCR", "a/hrc/wg.6": "UPR"}


class Catalog:
    """All reference vocabularies, with their lookup tables built once."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._bodies = [
            Body(
                code=row["code"],
                kind=MechanismKind(row["kind"]),
                name_en=row["name_en"],
                name_ar=row["name_ar"],
                abbreviation=row["abbreviation"],
                aliases=tuple(row.get("aliases", ())),
            )
            for row in data["bodies"]
        ]
        self._goals = [
            SdgGoal(row["number"], row["title_en"], row["title_ar"], tuple(row.get("aliases", ())))
            for row in data["sdg_goals"]
        ]
        self._targets = [
            SdgTarget(row["code"], row["goal"], row["title_en"], row["title_ar"])
            for row in data["sdg_targets"]
        ]
        self._states = [
            State(
                alpha2=row["alpha2"],
                alpha3=row["alpha3"],
                name_en=row["name_en"],
                name_ar=row["name_ar"],
                un_member=row["un_member"],
                aliases=tuple(row.get("aliases", ())),
            )
            for row in data["states"]
        ]
        self._themes = [
            Theme(row["key"], row["name_en"], row["name_ar"], row["source"], tuple(row.get("aliases", ())))
            for row in data["themes"]
        ]
        self._groups = [
            AffectedGroup(row["key"], row["name_en"], row["name_ar"], tuple(row.get("aliases", ())))
            for row in data["affected_groups"]
        ]
        self._regions = [
            Region(row["key"], row["name_en"], row["name_ar"], tuple(row.get("aliases", ())))
            for row in data.get("regions", ())
        ]
        self._mandates = [
            Mandate(
                code=row["code"],
                name_en=row["name_en"],
                name_ar=row["name_ar"],
                short_en=row["short_en"],
                aliases=tuple(row.get("aliases", ())),
                country=row.get("country"),
                established=row.get("established"),
                ended=row.get("ended"),
            )
            for row in data.get("mandates", ())
        ]
        self.version: str = str((data.get("version") or {}).get("version", ""))

        self._body_by_code = {body.code: body for body in self._bodies}
        self._body_index = _two_tier(
            self._bodies,
            lambda b: (b.code, b.abbreviation, b.name_en, b.name_ar),
            lambda b: b.aliases,
        )
        self._goal_by_number = {goal.number: goal for goal in self._goals}
        self._goal_index = _two_tier(self._goals, lambda g: (g.title_en, g.title_ar), lambda g: g.aliases)
        self._target_by_code = {target.code: target for target in self._targets}
        self._target_index = _two_tier(self._targets, lambda t: (t.title_en, t.title_ar), lambda t: ())
        self._state_by_alpha3 = {state.alpha3: state for state in self._states}
        self._state_index = _two_tier(
            self._states,
            lambda s: (s.alpha3, s.alpha2, s.name_en, s.name_ar),
            lambda s: s.aliases,
        )
        self._theme_by_key = {theme.key: theme for theme in self._themes}
        self._theme_index: dict[str | None, dict[str, Theme]] = {
            None: _two_tier(self._themes, lambda t: (t.name_en, t.name_ar), lambda t: t.aliases)
        }
        for source in {theme.source for theme in self._themes}:
            mine = [theme for theme in self._themes if theme.source == source]
            self._theme_index[source] = _two_tier(mine, lambda t: (t.name_en, t.name_ar), lambda t: t.aliases)
        self._group_by_key = {group.key: group for group in self._groups}
        self._group_index = _two_tier(self._groups, lambda g: (g.name_en, g.name_ar), lambda g: g.aliases)
        self._region_by_key = {region.key: region for region in self._regions}
        self._region_index = _two_tier(
            self._regions, lambda r: (r.key, r.name_en, r.name_ar), lambda r: r.aliases
        )
        self._mandate_by_code = {mandate.code: mandate for mandate in self._mandates}
        # Current mandates first: a short name shared by a past mandate ("SR Belarus") finds today's.
        ordered = sorted(self._mandates, key=lambda m: m.ended is not None)
        self._mandate_index = _two_tier(
            ordered, lambda m: (m.code, m.name_en, m.name_ar, m.short_en), lambda m: m.aliases
        )
        self._mandate_words = [(m, _mandate_words(m)) for m in ordered if m.country is None]

    # -- bodies -------------------------------------------------------------------------------

    def bodies(self) -> list[Body]:
        return list(self._bodies)

    def body(self, code: str) -> Body:
        """The body with this code (UPR, CCPR, ..., SP); ``KeyError`` when there is none."""
        return self._body_by_code[code.upper()]

    def match_body(self, text: str | None) -> Body | None:
        """The body that ``text`` names, from a code, a name, an alias or a mandate title."""
        key = match_key(text)
        if not key:
            return None
        found = self._body_index.get(key)
        if found is not None:
            return found
        if any(marker.search(key) for marker in _UPR_MARKERS):
            return self._body_by_code["UPR"]
        if key.startswith(_SP_PREFIXES):
            return self._body_by_code["SP"]
        symbol = (text or "").strip().lower()
        if "/" in symbol:
            for prefix, code in _SYMBOL_PREFIXES.items():
                if symbol.startswith(prefix + "/"):
                    return self._body_by_code[code]
            return self._body_index.get(match_key(symbol.split("/", 1)[0]))
        return None

    # -- SDGs ---------------------------------------------------------------------------------

    def sdg_goals(self) -> list[SdgGoal]:
        return list(self._goals)

    def sdg_goal(self, number: int) -> SdgGoal:
        return self._goal_by_number[number]

    def sdg_targets(self, goal: int | None = None) -> list[SdgTarget]:
        """All 169 targets in official order, or those of one goal."""
        return [t for t in self._targets if goal is None or t.goal == goal]

    def sdg_target(self, code: str) -> SdgTarget:
        """The target with this code ("5.2", "16.a"); ``KeyError`` when there is none."""
        return self._target_by_code[code.strip().lower()]

    def match_sdg_target(self, text: str | None) -> SdgTarget | None:
        """The target in "5.2", "Target 5.2", "- 5.2 - End all violence ..." or its bare title."""
        key = normalize(text).replace("\u066b", ".")  # the Arabic decimal separator: "٥٫٢"
        if not key:
            return None
        code = _TARGET_CODE.search(key)
        if code is not None:
            return self._target_by_code.get(f"{int(code.group(1))}.{code.group(2)}")
        return self._target_index.get(match_key(text))

    def match_sdg_goal(self, text: str | None) -> SdgGoal | None:
        """The goal in "5", "Goal 5", "SDG 5", "5 - Gender equality" or its title.

        A target code ("5.2") is not a goal: it returns None, so that a cell holding both kinds
        can be sorted by trying the target first.
        """
        key = match_key(text)
        if not key:
            return None
        if _TARGET_CODE.search(normalize(text).replace("\u066b", ".")):
            return None
        number = _GOAL_NUMBER.match(key)
        if number is not None:
            return self._goal_by_number.get(int(number.group(1)))
        return self._goal_index.get(key)

    # -- States -------------------------------------------------------------------------------

    def states(self, *, un_members_only: bool = False) -> list[State]:
        return [s for s in self._states if s.un_member or not un_members_only]

    def state(self, alpha3: str) -> State:
        """The State with this ISO alpha-3 code; ``KeyError`` when there is none."""
        return self._state_by_alpha3[alpha3.strip().upper()]

    def match_state(self, text: str | None) -> State | None:
        """The State that ``text`` names: ISO code, English or Arabic name, or a known alias."""
        return self._state_index.get(match_key(text))

    # -- themes and affected persons ------------------------------------------------------------

    def themes(self, source: str | None = None) -> list[Theme]:
        """Every theme, or those of one taxonomy ("upr_info", "uhri")."""
        return [t for t in self._themes if source is None or t.source == source]

    def theme(self, key: str) -> Theme:
        return self._theme_by_key[key]

    def match_theme(self, text: str | None, source: str | None = None) -> Theme | None:
        """The theme named ``text``; with ``source``, only that taxonomy's themes are considered."""
        index = self._theme_index.get(source)
        return None if index is None else index.get(match_key(text))

    def affected_groups(self) -> list[AffectedGroup]:
        return list(self._groups)

    def affected_group(self, key: str) -> AffectedGroup:
        return self._group_by_key[key]

    def match_affected_group(self, text: str | None) -> AffectedGroup | None:
        return self._group_index.get(match_key(text))


    # -- regions and special-procedure mandates ------------------------------------------------

    def regions(self) -> list[Region]:
        return list(self._regions)

    def region(self, key: str) -> Region:
        return self._region_by_key[key]

    def match_region(self, text: str | None) -> Region | None:
        return self._region_index.get(match_key(text))

    def mandates(self) -> list[Mandate]:
        return list(self._mandates)

    def mandate(self, code: str) -> Mandate:
        return self._mandate_by_code[code]

    def match_mandate(self, text: str | None) -> Mandate | None:
        """The mandate ``text`` names: its title, code, a short name ("SR Poverty", "WG on Arbitrary
        Detention", "SR on the right to food"), or the title's distinctive words after "SR"/"IE"/
        "WG"/"Special Rapporteur on" (the one mandate whose words hold them all); a country
        mandate by its State ("SR Myanmar", "Independent Expert on the situation of human rights
        in Somalia")."""
        key = match_key(text)
        if not key:
            return None
        found = self._mandate_index.get(key)
        if found is not None:
            return found
        rest = _MANDATE_PREFIX.sub("", key).strip()
        if not rest or (rest == key and not _MANDATE_PREFIX.match(key)):
            return None
        state = self.match_state(_COUNTRY_PREFIX.sub("", rest))
        if state is not None:
            current = [m for m in self._mandates if m.country == state.alpha3]
            current.sort(key=lambda m: m.ended is not None)
            return current[0] if current else None
        words = set(rest.split()) - _MANDATE_STOPWORDS
        if not words:
            return None
        matches = [(len(known - words), mandate) for mandate, known in self._mandate_words if words <= known]
        if not matches:
            return None
        # Several: the one whose title has fewest words beyond those given (the closest title).
        matches.sort(key=lambda pair: pair[0])
        if len(matches) > 1 and matches[0][0] == matches[1][0]:
            return None
        return matches[0][1]

    def closest_states(self, text: str | None, count: int = 3) -> list[State]:
        """The States whose names are spelt most like ``text`` (for "did you mean"), best first."""
        import difflib

        key = match_key(text)
        if not key:
            return []
        spellings = list(self._state_index)
        found = difflib.get_close_matches(key, spellings, n=count * 4, cutoff=0.5)
        found += [s for s in spellings if key in s and s not in found]
        states: list[State] = []
        for spelling in found:
            state = self._state_index[spelling]
            if state not in states:
                states.append(state)
        return states[:count]


# "SR", "IE", "WG" and the words around them that every title shares.
_MANDATE_PREFIX = re.compile(
    r"^(?:the )?(?:sr|ie|wg|ieo|special rapporteurs?|independent experts?|working group(?: of experts)?|"
    r"designated expert|expert|المقرر الخاص|المقررة الخاصة|الخبير المستقل|الخبيرة المستقلة|الفريق العامل)"
    r"(?: (?:on|of|in the field of|for|المعني|المعنية))?(?: (?:the|ب))? ?"
)
_COUNTRY_PREFIX = re.compile(
    r"^(?:the )?(?:situation of )?(?:human rights )?(?:situation )?(?:in )?(?:the )?"
)
_MANDATE_STOPWORDS = frozenset(
    re.split(
        r"\s+",
        "the of on in and to a an for its by as right rights human issue issues situation promotion "
        "protection field enjoyment all everyone persons person",
    )
)


def _mandate_words(mandate: Mandate) -> frozenset[str]:
    words: set[str] = set()
    for spelling in (mandate.name_en, mandate.short_en, *mandate.aliases):
        rest = _MANDATE_PREFIX.sub("", match_key(spelling))
        words.update(rest.split())
    return frozenset(words - _MANDATE_STOPWORDS)


_FILES = ("bodies", "sdg_goals", "sdg_targets", "states", "themes", "affected_groups")
_OPTIONAL_FILES = ("regions", "mandates", "version")


def load_data() -> dict[str, Any]:
    """The raw JSON of every vocabulary, read from the installed package."""
    folder = resources.files("nrtd_desktop.reference").joinpath("data")
    data = {name: json.loads(folder.joinpath(f"{name}.json").read_text(encoding="utf-8")) for name in _FILES}
    for name in _OPTIONAL_FILES:
        part = folder.joinpath(f"{name}.json")
        if part.is_file():
            data[name] = json.loads(part.read_text(encoding="utf-8"))
    return data


@functools.cache
def reference_digest() -> str:
    """A digest of the shipped vocabularies: the database keeps the digest of those it holds
    (``db/reference_sync.py``), so that an unchanged copy is never written again."""
    return hashlib.sha256(json.dumps(load_data(), sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def reference_version() -> str:
    """The version of the shipped vocabularies (data/version.json)."""
    return get_catalog().version


@functools.cache
def get_catalog() -> Catalog:
    """The program's one catalogue, read on first use."""
    return Catalog(load_data())


def cycle_for_upr_session(session: int) -> int:
    """The UPR cycle of a Working Group session: 1-12 are cycle 1, then 14 sessions per cycle."""
    if isinstance(session, bool) or not isinstance(session, int) or session < 1:
        raise ValidationError("reference.invalid_upr_session", value=session)
    if session <= 12:
        return 1
    return 2 + (session - 13) // 14
