"""One recommendation, one record: finding the record an incoming row already is.

The same UPR recommendation reaches the committee from UPR Info and from the UHRI; UHRI re-exports
give an annotation a new id; the committee's workbook carries records of every source. A row
whose (source, key) is not in the database is compared with the records it could be:

* the same State under review (``recommendation_countries``) and the same family of mechanism;
* for the UPR, the same session (or cycle, when a side lacks the session), and recommending
  States that overlap when both sides name them ("Become a party to the ICCPR and ICESCR" was
  recommended to Saudi Arabia by three States in one session: three records);
* for treaty bodies and special procedures, the same body, and the same document when both name one;
* then the texts, normalised (paragraph number, the recommending States in brackets at the end,
  punctuation, case and Arabic letter variants removed), alike above ``THRESHOLD``.

Pairs are assigned greedily, best score first, one incoming row to one record and one record to
one incoming row per import. A pair below ``SURE`` is shown in the preview with both texts, for a
person to judge.

A joint UPR recommendation is one paragraph of the Working Group's report made by several States:
UHRI writes it once ("... (France) (Lithuania);", both States), UPR Info once per State. So a
record holding several recommending States may be claimed by several rows of one import, one
for each of its States (UHRI first, then UPR Info: one record, every key). Records made one per
State (UPR Info first) are never merged by an import: the joint annotation joins the record of
one of its States, and ``Match.elsewhere`` names the States whose own record the text also
matches, so that they are not added to it as well.

The thresholds were measured on the 348 Saudi rows of UPR Info against their UHRI form (see the
closing note of issue 18 and tests/importers/test_matching.py).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import JSON, Connection, Select, String, bindparam, cast, func, literal_column, select

from nrtd_desktop.db.models import Recommendation, recommendation_countries, recommendation_states
from nrtd_desktop.domain.arabic import normalize
from nrtd_desktop.importers.writer_match import Incoming

R = Recommendation.__table__
C = recommendation_countries
S = recommendation_states

# Measured on the Saudi rows (closing note): true pairs scored 0.93 and above once normalised,
# the best wrong candidate in the same block at most 0.78.
THRESHOLD = 0.70
SURE = 0.90

_PARAGRAPH = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3}){0,2}\.?\s+")
# "(Bahrain);", "(France) (Lithuania).", "(Iran (Islamic Republic of));" at the end of a UPR text.
_STATES_AT_END = re.compile(r"(?:\s*\((?:[^()]|\([^()]*\)){1,120}\)\s*[;,.]?)+\s*$")
_NOT_WORD = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=65536)
def tokens(text: str | None) -> tuple[str, ...]:
    """The words of a recommendation's text as matching compares them."""
    if not text:
        return ()
    text = _PARAGRAPH.sub("", text)
    text = _STATES_AT_END.sub("", text)
    folded = normalize(text) if not text.isascii() else text.casefold()
    return tuple(_NOT_WORD.sub(" ", folded).split())


def similarity(left: Sequence[str], right: Sequence[str]) -> float:
    """How alike two token lists are, 0 to 1 (difflib's ratio over words: order counts)."""
    if not left or not right:
        return 0.0
    if left == right:
        return 1.0
    shorter, longer = sorted((len(left), len(right)))
    if 2 * shorter / (shorter + longer) < THRESHOLD - 0.1:
        return 0.0  # the ratio cannot reach the threshold with lengths this far apart
    return SequenceMatcher(None, left, right, autojunk=False).ratio()


@dataclass(slots=True)
class Candidate:
    """A record an incoming row may be."""

    id: str
    reference: str
    text_en: str
    text_ar: str
    mechanism: str
    body: str
    session: str | None
    cycle: int | None
    symbol: str | None
    states: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Match:
    record_id: str
    reference: str
    score: float
    existing_text: str
    # Recommending States of the row that other records of the same text hold (module docstring).
    elsewhere: frozenset[str] = frozenset()

    @property
    def sure(self) -> bool:
        return self.score >= SURE


def _blocks(incoming: Incoming) -> list[tuple[str, ...]]:
    values = incoming.values
    keys: list[tuple[str, ...]] = []
    for alpha3 in incoming.countries:
        if values["mechanism"] == "UPR":
            if values.get("session"):
                keys.append((alpha3, "UPR", "s", str(values["session"])))
            elif values.get("cycle"):
                keys.append((alpha3, "UPR", "c", str(values["cycle"])))
        else:
            keys.append((alpha3, values["mechanism"], "b", values["body_code"]))
    return keys


def _candidate_keys(candidate: Candidate, alpha3: str) -> list[tuple[str, ...]]:
    if candidate.mechanism == "UPR":
        keys: list[tuple[str, ...]] = []
        if candidate.session:
            keys.append((alpha3, "UPR", "s", candidate.session))
        if candidate.cycle:
            keys.append((alpha3, "UPR", "c", str(candidate.cycle)))
        return keys
    return [(alpha3, candidate.mechanism, "b", candidate.body)]


def _json(values: Iterable[str]) -> str:
    return json.dumps(sorted(set(values)))


_JSON_VALUES: Select[Any] = select(literal_column("value")).select_from(func.json_each(bindparam("values")))
# PostgreSQL's form of SQLite's json_each over one JSON array parameter (a server, issue 24).
_JSON_VALUES_PG: Select[Any] = (select(literal_column("value"))
                   .select_from(func.json_array_elements_text(cast(bindparam("values", type_=String), JSON))))


def _json_values(connection: Connection) -> Select[Any]:
    return _JSON_VALUES if connection.dialect.name == "sqlite" else _JSON_VALUES_PG


def load_candidates(connection: Connection, countries: set[str]) -> dict[tuple[str, ...], list[Candidate]]:
    """The records of the States under review ``countries``, by matching block."""
    rows = connection.execute(
        select(
            R.c.id,
            R.c.reference,
            R.c.text_en,
            R.c.text_ar,
            R.c.mechanism,
            R.c.body_code,
            R.c.session,
            R.c.cycle,
            R.c.document_symbol,
            C.c.state_alpha3,
        )
        .select_from(C.join(R, R.c.id == C.c.recommendation_id))
        .where(C.c.state_alpha3.in_(_json_values(connection))),
        {"values": _json(countries)},
    ).all()
    by_id: dict[str, Candidate] = {}
    placed: list[tuple[Candidate, str]] = []
    for row in rows:
        candidate = by_id.get(row[0])
        if candidate is None:
            candidate = by_id[row[0]] = Candidate(*row[:9])
        placed.append((candidate, row[9]))
    if not by_id:
        return {}
    for record_id, alpha3 in connection.execute(
        select(S.c.recommendation_id, S.c.state_alpha3)
        .where(S.c.recommendation_id.in_(_json_values(connection))),
        {"values": _json(by_id)},
    ):
        by_id[record_id].states.add(alpha3)
    blocks: dict[tuple[str, ...], list[Candidate]] = {}
    for candidate, alpha3 in placed:
        for key in _candidate_keys(candidate, alpha3):
            blocks.setdefault(key, []).append(candidate)
    return blocks


def _score(incoming: Incoming, candidate: Candidate) -> float:
    values = incoming.values
    if values["mechanism"] == "UPR":
        mine = set(incoming.recommending_states)
        if mine and candidate.states and not (mine & candidate.states):
            return 0.0
    else:
        symbol = values.get("document_symbol")
        if symbol and candidate.symbol and symbol.strip().casefold() != candidate.symbol.strip().casefold():
            return 0.0
    best = 0.0
    for mine_text, theirs in (
        (values.get("text_en"), candidate.text_en),
        (values.get("text_ar"), candidate.text_ar),
    ):
        if mine_text and theirs:
            best = max(best, similarity(tokens(mine_text), tokens(theirs)))
    return best


def match_rows(connection: Connection, rows: Sequence[Incoming], taken: set[str]) -> dict[int, Match]:
    """For rows not found by their key: the record each one already is, by position in ``rows``.

    ``taken``: records already claimed in this import (found by their key): never matched again.
    """
    countries = {alpha3 for row in rows for alpha3 in row.countries}
    if not countries:
        return {}
    blocks = load_candidates(connection, countries)
    if not blocks:
        return {}
    pairs: list[tuple[float, int, Candidate]] = []
    for index, row in enumerate(rows):
        seen: set[str] = set()
        for key in _blocks(row):
            for candidate in blocks.get(key, ()):
                if candidate.id in seen or candidate.id in taken:
                    continue
                seen.add(candidate.id)
                score = _score(row, candidate)
                if score >= THRESHOLD:
                    pairs.append((score, index, candidate))
    pairs.sort(key=lambda pair: (-pair[0], pair[1], pair[2].reference))
    found: dict[int, Match] = {}
    claimed: set[str] = set(taken)
    # A joint record (several recommending States) -> the States whose rows claimed it so far.
    joint: dict[str, set[str]] = {}
    for score, index, candidate in pairs:
        if index in found:
            continue
        mine = set(rows[index].recommending_states)
        one_of_its_states = len(candidate.states) > 1 and len(mine) == 1 and mine <= candidate.states
        if candidate.id in claimed:
            states = joint.get(candidate.id)
            if states is None or not one_of_its_states or mine & states:
                continue
            states |= mine
        else:
            claimed.add(candidate.id)
            if one_of_its_states and rows[index].values.get("mechanism") == "UPR":
                joint[candidate.id] = set(mine)
        found[index] = Match(
            candidate.id, candidate.reference, round(score, 3), candidate.text_en or candidate.text_ar
        )
    _name_states_elsewhere(rows, pairs, found)
    return found


def _name_states_elsewhere(
    rows: Sequence[Incoming], pairs: list[tuple[float, int, Candidate]], found: dict[int, Match]
) -> None:
    """For a row of several recommending States matched to one record: the States of other
    records its text matches as well (each made for one of them)."""
    for score, index, candidate in pairs:
        match = found.get(index)
        if match is None or candidate.id == match.record_id or score < SURE:
            continue
        mine = set(rows[index].recommending_states)
        if len(mine) < 2:
            continue
        others = (candidate.states & mine) - match.elsewhere
        if others:
            found[index] = replace(match, elsewhere=match.elsewhere | others)
