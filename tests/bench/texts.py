"""Realistic text for the benchmark databases: real English UPR Info recommendations and the
Arabic sentences of the demo committee, recombined so that no two rows are alike.

Each piece is kept together with its normalised words: the search text of a generated row is
analysed from the join of its pieces' words (normalisation works word by word), which keeps
building 267,000 rows fast instead of normalising every row from scratch.
"""

from __future__ import annotations

import json
import os
import random
import re
from dataclasses import dataclass
from pathlib import Path

from nrtd_desktop.domain.stemming import words_of


def upr_info() -> Path:
    """The UPR Info files: the repository's own (tests/data, unpacked by tests/shared_data.py; the
    benchmark runs from a checkout), or NRTD_UPR_INFO."""
    if os.environ.get("NRTD_UPR_INFO"):
        return Path(os.environ["NRTD_UPR_INFO"])
    from tests.shared_data import upr_info_dir

    return upr_info_dir()

DEMO_JSON = Path(__file__).resolve().parents[2] / "nrtd_desktop" / "demo" / "demo_data.json"
_SENTENCE_END = re.compile(r"(?<=[.;،؛:])\s+")
# Words a committee adds when it rewrites a recommendation for its own plan.
EXTRA_AR = ("بشكل عاجل", "وفق الأنظمة", "بالتعاون مع الجهات المعنية", "خلال الدورة القادمة",
            "مع المجتمع المدني", "في جميع المناطق", "بما يتوافق مع المعايير الدولية", "وتقديم تقرير دوري")
EXTRA_EN = ("as a matter of priority", "in law and in practice", "with civil society", "in all regions",
            "before the next review", "in line with international standards", "and report on progress")


@dataclass(frozen=True)
class Piece:
    text: str
    words: tuple[str, ...]  # words_of(text)


def _pieces(texts: list[str]) -> list[Piece]:
    seen: dict[str, Piece] = {}
    for text in texts:
        for part in _SENTENCE_END.split(" ".join(text.split())):
            part = part.strip()
            if len(part) > 12 and part not in seen:
                seen[part] = Piece(part, tuple(words_of(part)))
    return list(seen.values())


def english_texts(limit: int | None = None) -> list[str]:
    """The ``Text`` column of the five UPR Info files (read with the program's own reader)."""
    from nrtd_desktop.importers.csv_reader import read_csv

    texts: list[str] = []
    for path in sorted(upr_info().glob("*.csv")):
        for row in read_csv(path).rows:
            text = row.values.get("Text")
            if isinstance(text, str) and text.strip():
                texts.append(text.strip())
                if limit is not None and len(texts) >= limit:
                    return texts
    return texts


def arabic_texts() -> list[str]:
    """Every Arabic sentence of the demo data: recommendations, actions, progress, challenges."""
    data = json.loads(DEMO_JSON.read_text(encoding="utf-8"))
    texts: list[str] = []
    for records in data.values():
        for record in records:
            for key, value in record.items():
                if key.endswith("_ar") and isinstance(value, str) and len(value) > 20:
                    texts.append(value)
    return texts


class TextMaker:
    """Varied Arabic and English recommendation texts, each with its normalised words."""

    def __init__(self, seed: int = 11, english_limit: int | None = 12000) -> None:
        self.random = random.Random(seed)
        self.english = _pieces(english_texts(english_limit))
        self.arabic = _pieces(arabic_texts())
        self.extra_ar = [Piece(t, tuple(words_of(t))) for t in EXTRA_AR]
        self.extra_en = [Piece(t, tuple(words_of(t))) for t in EXTRA_EN]

    def _compose(self, pieces: list[Piece], extra: list[Piece], most: int) -> tuple[str, list[str]]:
        chosen = [self.random.choice(pieces) for _ in range(self.random.randint(1, most))]
        if self.random.random() < 0.5:
            chosen.insert(self.random.randint(0, len(chosen)), self.random.choice(extra))
        return " ".join(p.text for p in chosen), [w for p in chosen for w in p.words]

    def english_text(self) -> tuple[str, list[str]]:
        return self._compose(self.english, self.extra_en, 2)

    def arabic_text(self) -> tuple[str, list[str]]:
        return self._compose(self.arabic, self.extra_ar, 2)

    def short_arabic(self) -> str:
        words = self.random.choice(self.arabic).text.split()
        start = self.random.randint(0, max(0, len(words) - 8))
        return " ".join(words[start:start + 8])
