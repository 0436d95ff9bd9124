"""Keeping only the rows addressed to one State ("import the recommendations to Saudi Arabia").

Both sides are matched through the reference catalogue, so "Saudi Arabia", "SAU" and
"المملكة العربية السعودية" select the same rows, and a UHRI spelling ("Iran (Islamic Republic
of)") matches the UPR Info one ("Iran"). A name the catalogue does not know still matches a
row that spells it the same way, up to case, accents and Arabic letter variants.
"""

from __future__ import annotations

from collections.abc import Iterable

from nrtd_desktop.domain.arabic import normalize
from nrtd_desktop.reference.catalog import get_catalog, match_key


class CountryFilter:
    """Answers "is this row addressed to the chosen State?" for raw names, with a cache."""

    def __init__(self, country: str) -> None:
        state = get_catalog().match_state(country)
        self.alpha3: str | None = state.alpha3 if state else None
        self._wanted_name = match_key(country) or normalize(country)
        self._cache: dict[str, bool] = {}

    def matches_name(self, name: str) -> bool:
        found = self._cache.get(name)
        if found is None:
            state = get_catalog().match_state(name)
            if self.alpha3 is not None and state is not None:
                found = state.alpha3 == self.alpha3
            else:
                found = (match_key(name) or normalize(name)) == self._wanted_name
            self._cache[name] = found
        return found

    def matches(self, names: Iterable[str]) -> bool:
        return any(self.matches_name(name) for name in names)
