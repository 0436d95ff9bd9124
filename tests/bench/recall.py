"""Recall of the search: does a word find every record that holds it in any attached or suffixed form?

``python -m tests.bench --only recall`` (or ``python -m tests.bench.recall WORKDIR``).

The register is built the way a committee fills it: the 41,066 UPR Info rows through the real
import, the demo committee's 61 recommendations through the demo loader, and every other Arabic
sentence of the demo (actions, progress, challenges: 375 more) typed in through the service, one
recommendation each. For each word of ``ARABIC_WORDS`` and ``ENGLISH_WORDS`` (test data taken from
those texts), the records that hold a form of it are found by reading every record's words in
Python against the forms the issue lists, written out here independently of the search:

- Arabic: the particles and the article before the word (و ف ب ك ل ال لل بال وال فال كال وبال ولل
  فلل…) and the suffixes after it (ة/ات، ون/ين، ان، ي، ها/هم/هن/كم، هما، نا), ة written ت before
  a pronoun and dropped before ات;
- English: -s, -es, -ed, -d, -ing, y→ies/ied, a final e dropped before -ing/-ed, the consonant
  doubled before -ed/-ing.

Then the program searches each word, as a person types it in the search box, and the figures are:
recall (the share of those records it finds), the records it finds that hold no such form (what
the stemmer and the prefix of the word being typed bring in, with examples of the words that made
them match), and the recall of the search before issue 17 (normalised words matched as
beginnings), for comparison. Prints one JSON object.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ARABIC_WORDS = (
    "تعذيب", "المرأة", "أطفال", "حقوق", "الإنسان", "الإعاقة", "العمال", "المهاجرين",
    "الاتجار", "الأشخاص", "التمييز", "العنف", "الحماية", "التعليم", "الصحة", "الاحتجاز",
    "المحتجزين", "الإعدام", "العقوبات", "التصديق", "الاتفاقية", "النظام", "التشريعات", "الجنسية",
    "الزواج", "الفتيات", "الضحايا", "المساواة", "التدريب", "الكراهية", "التسامح", "الفقر",
    "الحكومة", "البيانات", "المؤشرات", "التقارير", "الآلية", "المتابعة", "الخطة", "الاستراتيجية",
    "الموارد", "الإيواء", "الإيذاء", "الحرية", "العدالة", "المحاكم", "الرعاية", "الولاية",
    "الدولة", "اللجنة", "الشكاوى", "القضاة", "التوصيات", "الجهات",
)
ENGLISH_WORDS = (
    "right", "disability", "child", "torture", "detention", "woman", "discrimination", "violence",
    "education", "freedom", "expression", "trafficking", "migrant", "worker", "prison", "death",
    "penalty", "convention", "protocol", "refugee", "journalist", "defender", "marriage", "girl",
    "law", "ratify", "investigate", "health", "poverty", "minority",
)
EXAMPLES = 6

_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")
_ARTICLES = ("", "ال")
_SUFFIXES = ("", "ه", "ات", "ون", "ين", "ان", "ي", "ها", "هم", "هن", "هما", "كم", "كن", "نا")
_PRONOUNS = ("ي", "ه", "ها", "هم", "هن", "هما", "كم", "كن", "نا")


def _arabic_prefixes() -> set[str]:
    found = set()
    for conjunction in _CONJUNCTIONS:
        for preposition in _PREPOSITIONS:
            for article in _ARTICLES:
                found.add(conjunction + ("لل" if preposition == "ل" and article else preposition + article))
    return found


def arabic_forms(word: str) -> set[str]:
    """Every attached and suffixed form of a normalised Arabic word (ة written ه by the fold)."""
    base = word
    for article in ("وال", "بال", "كال", "فال", "لل", "ال"):
        if base.startswith(article) and len(base) - len(article) >= 2:
            base = base[len(article):]
            break
    endings = {base + suffix for suffix in _SUFFIXES}
    if base.endswith("ه"):  # ة: dropped before ات/ان/ين, written ت before a pronoun
        stem = base[:-1]
        endings |= {stem + "ات", stem + "ان", stem + "ين"} | {stem + "ت" + p for p in _PRONOUNS}
    if base.endswith("ات"):
        endings |= {base + p for p in _PRONOUNS}
    return {prefix + ending for prefix in _arabic_prefixes() for ending in endings}


def english_forms(word: str) -> set[str]:
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("e"):
        forms |= {word[:-1] + "ing", word[:-1] + "ed"}
    if len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def build(folder: Path) -> Any:
    """The register described above, in a new database under ``folder``; returns its services."""
    from nrtd_desktop.app import open_services
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.dto.register import RecommendationInput
    from nrtd_desktop.services.imports import ImportRequest
    from tests.bench.build import TODAY
    from tests.bench.io_bench import csv_paths
    from tests.bench.texts import DEMO_JSON

    services = open_services(folder / "recall.sqlite", auto_backup=False, today=TODAY)
    services.imports.run(ImportRequest(paths=csv_paths(), format="upr_info"))
    load_demo(services)
    data = json.loads(DEMO_JSON.read_text(encoding="utf-8"))
    sentences = [value for key, records in data.items() if key != "recommendations" for record in records
                 for name, value in record.items()
                 if name.endswith("_ar") and isinstance(value, str) and len(value) > 20]
    for n, sentence in enumerate(dict.fromkeys(sentences)):
        services.recommendations.create(RecommendationInput(reference=f"AR-{n + 1}", body="SP",
                                                            text_ar=sentence))
    return services


def measure(services: Any) -> dict[str, Any]:
    from sqlalchemy import select

    from nrtd_desktop.db.models import Recommendation as R
    from nrtd_desktop.domain.arabic import normalize
    from nrtd_desktop.domain.search_query import parse
    from nrtd_desktop.domain.stemming import words_of
    from nrtd_desktop.dto.register import RecommendationFilter

    with services.context.read() as session:
        records = {row.id: (row.reference, words_of(row.text_ar), words_of(row.text_en)) for row in
                   session.execute(select(R.id, R.reference, R.text_ar, R.text_en))}
    out: dict[str, Any] = {"records": len(records)}
    for lang, words, forms_of, column in (("ar", ARABIC_WORDS, arabic_forms, 1), ("en", ENGLISH_WORDS,
                                                                                 english_forms, 2)):
        per_word: dict[str, Any] = {}
        truth_total = found_total = extra_total = before_total = 0
        examples: list[str] = []
        started = time.perf_counter()
        for word in words:
            folded = normalize(word)
            forms = forms_of(folded)
            truth = {rec_id for rec_id, rec in records.items() if forms.intersection(rec[column])}
            found = set(services.recommendations.ids(RecommendationFilter(search=word)))
            # before issue 17: the normalised word as the beginning of a normalised word
            before = {rec_id for rec_id, rec in records.items()
                      if any(w.startswith(folded) for w in rec[column])}
            query = parse(word).terms[0].words[0]
            extra = sorted(found - truth, key=lambda r: records[r][0])
            matched: dict[str, int] = {}
            for rec_id in extra:
                for w in {w for w in records[rec_id][1] + records[rec_id][2] if query.matches(w)}:
                    matched[w] = matched.get(w, 0) + 1
            common = sorted(matched, key=lambda w: -matched[w])[:3]
            per_word[word] = {"truth": len(truth), "found": len(truth & found), "extra": len(extra),
                              "before": len(truth & before), "extra_words": common}
            if common and len(examples) < EXAMPLES * 3:
                examples.append(f"{word} → {', '.join(common)}")
            truth_total += len(truth)
            found_total += len(truth & found)
            before_total += len(truth & before)
            extra_total += len(extra)
        out[lang] = {
            "words": len(words), "records_with_a_form": truth_total, "found": found_total,
            "recall": round(found_total / truth_total, 4) if truth_total else None,
            "recall_before": round(before_total / truth_total, 4) if truth_total else None,
            "extra_records": extra_total,
            "missed_words": [w for w, v in per_word.items() if v["found"] < v["truth"]],
            "extra_examples": examples, "seconds": round(time.perf_counter() - started, 2),
            "per_word": per_word,
        }
    return out


def main() -> None:
    workdir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir())
    workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="nrtd-recall-", dir=workdir) as folder:
        started = time.perf_counter()
        services = build(Path(folder))
        built = time.perf_counter() - started
        try:
            figures = measure(services)
        finally:
            services.close()
    figures["build_seconds"] = round(built, 1)
    print("NRTD_BENCH " + json.dumps(figures, ensure_ascii=False), flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
