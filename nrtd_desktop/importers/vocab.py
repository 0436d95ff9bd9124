"""Reading the words of the sources: positions, mechanism kinds, annotation types, cycles.

The sources spell the same thing many ways ("Accepted", "Supported", "Supported/Noted",
"Partially supported"); each function maps a raw value to a value of domain.enums, or None
when the cell is blank, and raises CellError for a value it does not know.
"""

from __future__ import annotations

import functools
import re

from nrtd_desktop.domain.arabic import normalize
from nrtd_desktop.domain.enums import AnnotationType, MechanismKind, Position
from nrtd_desktop.importers.values import CellError
from nrtd_desktop.reference.catalog import cycle_for_upr_session, get_catalog

# Normalised raw value -> position. UPR Info says Accepted/Noted; UHRI and OHCHR's matrices say
# Supported/Noted, and "Supported/Noted" (or "partially") where a State supported part of it.
_POSITION_WORDS: dict[str, Position] = {
    "accepted": Position.SUPPORTED,
    "supported": Position.SUPPORTED,
    "support": Position.SUPPORTED,
    "accepted/supported": Position.SUPPORTED,
    "fully supported": Position.SUPPORTED,
    "already implemented": Position.SUPPORTED,
    "supported/already implemented": Position.SUPPORTED,
    "supported in part": Position.SUPPORTED_IN_PART,
    "supported in parts": Position.SUPPORTED_IN_PART,
    "partially supported": Position.SUPPORTED_IN_PART,
    "partially accepted": Position.SUPPORTED_IN_PART,
    "supported partially": Position.SUPPORTED_IN_PART,
    "supported/noted": Position.SUPPORTED_IN_PART,
    "noted/supported": Position.SUPPORTED_IN_PART,
    "accepted/noted": Position.SUPPORTED_IN_PART,
    "noted": Position.NOTED,
    "noted/not supported": Position.NOTED,
    "not supported": Position.NOTED,
    "not accepted": Position.NOTED,
    "rejected": Position.NOTED,  # the first cycle's word; the Council now says "noted"
    "pending": Position.PENDING,
    "pending response": Position.PENDING,
    "under consideration": Position.PENDING,
    "to be considered": Position.PENDING,
    "no response": Position.PENDING,
    "مؤيدة": Position.SUPPORTED,
    "مقبولة": Position.SUPPORTED,
    "مؤيدة جزئيا": Position.SUPPORTED_IN_PART,
    "احيط بها علما": Position.NOTED,
    "قيد النظر": Position.PENDING,
}
_SEPARATORS = re.compile(r"\s*[/\\|,;]\s*")
_POSITIONS = {_SEPARATORS.sub("/", normalize(word)): value for word, value in _POSITION_WORDS.items()}


def position(raw: str | None, field: str = "position") -> Position | None:
    """The State's position from a raw response; None when blank."""
    if not raw:
        return None
    found = _position_of(raw)
    if found is None:
        raise CellError("import.cell.unknown_position", field=field, value=raw)
    return found


_MECHANISM_WORDS: dict[str, MechanismKind] = {
    "upr": MechanismKind.UPR,
    "universal periodic review": MechanismKind.UPR,
    "tb": MechanismKind.TB,
    "treaty body": MechanismKind.TB,
    "treaty bodies": MechanismKind.TB,
    "sp": MechanismKind.SP,
    "special procedure": MechanismKind.SP,
    "special procedures": MechanismKind.SP,
}


@functools.lru_cache(maxsize=256)
def _position_of(raw: str) -> Position | None:
    return _POSITIONS.get(_SEPARATORS.sub("/", normalize(raw).rstrip(".")))


def mechanism_kind_value(raw: str | None, field: str = "mechanism_kind") -> MechanismKind | None:
    """A mechanism kind written as a code or name ("UPR", "Treaty bodies"); None when blank."""
    if not raw:
        return None
    found = _MECHANISM_WORDS.get(normalize(raw))
    if found is None:
        raise CellError("import.cell.unknown_mechanism", field=field, value=raw)
    return found


_SP_SYMBOL = re.compile(r"^A/HRC/\d+/\d+/Add\.\d+", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def mechanism_kind_of(
    body: str | None, symbol: str | None = None, upr_hint: bool = False
) -> MechanismKind | None:
    """Which family of mechanisms a recommendation comes from, read from its body and symbol.

    ``upr_hint`` is true when the row names UPR recommending States or a UPR session: only
    the Universal Periodic Review has those. The catalogue knows the bodies' names, codes and
    mandate titles; a committee it does not know is still a treaty body, and an addendum to a
    Council report (A/HRC/25/50/Add.1) is a special procedure's country-visit report.
    """
    if upr_hint:
        return MechanismKind.UPR
    catalog = get_catalog()
    for name in (body, symbol):
        found = catalog.match_body(name) if name else None
        if found is not None:
            return MechanismKind(found.kind)
    if body and catalog.match_mandate(body) is not None:
        return MechanismKind.SP  # a mandate's short name: "SR Poverty", "WG on Arbitrary Detention"
    if body and normalize(body).startswith(("committee", "اللجنة", "لجنة")):
        return MechanismKind.TB
    if symbol and _SP_SYMBOL.match(symbol.strip()):
        return MechanismKind.SP
    return None


@functools.lru_cache(maxsize=256)
def annotation_type(raw: str | None) -> AnnotationType:
    """UHRI's Type: "Recommendation" is a recommendation; "Observation", "Concern" and the
    like are observations. Blank means a recommendation (UPR Info rows have no type)."""
    if not raw:
        return AnnotationType.RECOMMENDATION
    name = normalize(raw)
    if "recommend" in name or "توصي" in name:
        return AnnotationType.RECOMMENDATION
    return AnnotationType.OBSERVATION


def upr_cycle(session: int | None) -> int | None:
    return cycle_for_upr_session(session) if session is not None and session >= 1 else None


_PARAGRAPH_PREFIX = re.compile(r"^\s*(\d{1,3}\.\d{1,3})(?:[.):\s]|$)")
_SYMBOL_PARAGRAPH = re.compile(r"\bpara(?:graph)?s?\.?\s*(\d{1,3}(?:\.\d{1,3})?)", re.IGNORECASE)


def paragraph_of(text: str | None, symbol: str | None) -> str | None:
    """The paragraph number ("122.45") a UPR text begins with, or the one a symbol names."""
    if text:
        match = _PARAGRAPH_PREFIX.match(text)
        if match:
            return match.group(1)
    if symbol:
        match = _SYMBOL_PARAGRAPH.search(symbol)
        if match:
            return match.group(1)
    return None


_SDG_CODE = re.compile(r"^\s*(\d{1,2}(?:\.[0-9a-z]{1,2})?)(?=\s|$|[-–:.])", re.IGNORECASE)


def sdg_codes(values: tuple[str, ...]) -> tuple[str, ...]:
    """The goal or target codes of SDG values ("5.2 - End all violence..." gives "5.2")."""
    codes = []
    for value in values:
        match = _SDG_CODE.match(value)
        if match:
            codes.append(match.group(1).lower())
    return tuple(dict.fromkeys(codes))
