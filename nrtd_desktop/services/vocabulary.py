"""The values of source files that no vocabulary knew, and mapping them to known ones.

An import keeps such a value on its records as an imported label ("theme: Right to the moon").
``unmatched`` lists them with how many records carry each; ``map`` ties one to a known value (a
theme, a group, an SDG goal or target, a State, a region, a mandate, a body) or to nothing
(``IGNORE``): every record carrying it gets the link, each change in the history, and every
later import applies the same mapping (db/vocabulary.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from nrtd_desktop.db import vocabulary
from nrtd_desktop.db.base import utcnow
from nrtd_desktop.db.written import collecting
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.reference.catalog import get_catalog
from nrtd_desktop.services.base import Service

IGNORE = vocabulary.IGNORE
VOCABULARIES = tuple(vocabulary.VOCABULARIES)

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "vocabulary.unknown_vocabulary": (
        "'{value}' is not a vocabulary (theme, group, sdg, state, country, region, mandate, body).",
        "«{value}» ليست من المفردات (theme أو group أو sdg أو state أو country أو region أو mandate "
        "أو body).",
    ),
    "vocabulary.unknown_target": (
        "'{value}' is not a {vocabulary} the program knows: give its code, key or name.",
        "«{value}» ليست من قيم {vocabulary} التي يعرفها البرنامج: اذكر رمزها أو مفتاحها أو اسمها.",
    ),
    "vocabulary.no_such_label": (
        "No record carries the {vocabulary} label '{value}'.",
        "لا توجد توصية تحمل التسمية «{value}» من {vocabulary}.",
    ),
}


@dataclass(frozen=True)
class UnmatchedValue:
    vocabulary: str
    label: str
    records: int


@dataclass(frozen=True)
class Choice:
    """A value a label can be mapped to."""

    key: str
    name_en: str
    name_ar: str

    def label(self, lang: Lang) -> str:
        return self.name_ar if lang == "ar" else self.name_en


class VocabularyService(Service):
    def unmatched(self, vocabulary_name: str | None = None) -> list[UnmatchedValue]:
        if vocabulary_name:
            _check(vocabulary_name)
        with self.context.engine.connect() as connection:
            counts = vocabulary.unmatched(connection, vocabulary_name)
        return [UnmatchedValue(c.vocabulary, c.label, c.records) for c in counts]

    def choices(self, vocabulary_name: str) -> list[Choice]:
        """The known values of a vocabulary, to map a label to."""
        _check(vocabulary_name)
        catalog = get_catalog()
        if vocabulary_name == "theme":
            return [Choice(t.key, t.name_en, t.name_ar) for t in catalog.themes()]
        if vocabulary_name == "group":
            return [Choice(g.key, g.name_en, g.name_ar) for g in catalog.affected_groups()]
        if vocabulary_name == "sdg":
            goals = [
                Choice(f"goal:{g.number}", g.caption("en"), g.caption("ar")) for g in catalog.sdg_goals()
            ]
            return goals + [Choice(t.code, t.caption("en"), t.caption("ar")) for t in catalog.sdg_targets()]
        if vocabulary_name in ("state", "country"):
            return [Choice(s.alpha3, s.name_en, s.name_ar) for s in catalog.states()]
        if vocabulary_name == "region":
            return [Choice(r.key, r.name_en, r.name_ar) for r in catalog.regions()]
        if vocabulary_name == "mandate":
            return [Choice(m.code, m.short_en, m.name_ar) for m in catalog.mandates()]
        return [Choice(b.code, b.name_en, b.name_ar) for b in catalog.bodies()]

    def resolve_target(self, vocabulary_name: str, target: str) -> str:
        """The key of ``target`` given as a key, code or name (either language); IGNORE for "-"."""
        _check(vocabulary_name)
        target = target.strip()
        if target == IGNORE:
            return IGNORE
        for choice in self.choices(vocabulary_name):
            if target in (choice.key, choice.key.split(":")[-1]) and (
                vocabulary_name != "sdg" or choice.key == target or target.isdigit()
            ):
                return choice.key
        found = vocabulary.VOCABULARIES[vocabulary_name].find(get_catalog(), target)
        if found is None:
            raise ValidationError("vocabulary.unknown_target", value=target, vocabulary=vocabulary_name)
        return found

    def map(self, vocabulary_name: str, label: str, target: str) -> int:
        """Map ``label`` to ``target`` on every record carrying it and for later imports;
        returns how many records changed (0 when none carries it yet: the mapping waits)."""
        key = self.resolve_target(vocabulary_name, target)
        actor = self.context.actor
        history = {
            "at": utcnow(),
            "actor": actor.name,
            "actor_entity": actor.entity,
            "site_id": actor.site_id,
            "origin": "local",
            "origin_detail": f"vocabulary: {label}",
        }
        self.context.write_gate.wait()
        with collecting() as written, self.context.engine.connect() as connection, connection.begin():
            changed = vocabulary.map_label(connection, vocabulary_name, label, key, actor.name, history)
        self.context.notify(written)
        return changed


def _check(vocabulary_name: str) -> None:
    if vocabulary_name not in vocabulary.VOCABULARIES:
        raise ValidationError("vocabulary.unknown_vocabulary", value=vocabulary_name)
