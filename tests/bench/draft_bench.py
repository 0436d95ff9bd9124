"""A 10,000-word report draft with the annex of 1,000 recommendations, exported (issue 22).

``python -m tests.bench.draft_bench KIND WORKDIR`` with KIND ``draft_docx`` (Arabic
.docx), ``draft_docx_en`` or ``draft_pdf`` (Arabic PDF through the report engine); prints one JSON
line, as ``io_bench`` does (one timed run per child: the first use of python-docx or ReportLab in
a session is part of what the person waits for).

The body is 40 sections of 250 words (Arabic and English texts of the register, cut to length);
the annex is the implementation matrix of the 1,000-recommendation benchmark database (three
actions each), read from the database inside the timed run, as the export does.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.build import TODAY, cached_database

WORDS = 10_000
SECTIONS = 40
SIZE = 1000


def synthetic_draft(services: Any) -> Any:
    """A draft view of exactly ``WORDS`` words in each language (headings and title included),
    written from the register's own texts so that the words are real Arabic and English."""
    from sqlalchemy import select

    from nrtd_desktop.db.models import Recommendation
    from nrtd_desktop.domain import reporting as r
    from nrtd_desktop.dto.drafts import DraftView, SectionView

    with services.context.read() as session:
        texts = list(session.execute(select(Recommendation.text_ar, Recommendation.text_en).limit(400)))
    pool = {lang: " ".join(t[n] for t in texts).split() for n, lang in enumerate(("ar", "en"))}
    title = ("مشروع التقرير الوطني – اختبار الأداء", "Draft national report – benchmark")
    sections = []
    budget = {lang: WORDS - r.word_count(title[n]) for n, lang in enumerate(("ar", "en"))}
    cursor = {"ar": 0, "en": 0}
    for n in range(SECTIONS):
        heading = (f"الفرع {n + 1}", f"Section {n + 1}")
        texts_by_lang = {}
        for k, lang in enumerate(("ar", "en")):
            words = budget[lang] // (SECTIONS - n) - r.word_count(heading[k])
            chunk = [pool[lang][(cursor[lang] + i) % len(pool[lang])] for i in range(words)]
            cursor[lang] += words
            # Paragraphs of about 60 words, as a report has them.
            paragraphs = [" ".join(chunk[i : i + 60]) for i in range(0, len(chunk), 60)]
            texts_by_lang[lang] = "\n".join(paragraphs)
            budget[lang] -= r.word_count(heading[k]) + r.word_count(texts_by_lang[lang])
        sections.append(
            SectionView(
                id=f"s{n}",
                version=1,
                draft_id="bench",
                key=f"s{n}",
                level=1 if n % 8 == 0 else 2,
                sort_order=n,
                heading_ar=heading[0],
                heading_en=heading[1],
                text_ar=texts_by_lang["ar"],
                text_en=texts_by_lang["en"],
                generated_ar=texts_by_lang["ar"],
                generated_en=texts_by_lang["en"],
                recommendations=(),
                entity=None,
                state="drafting",
                generated_at=None,
            )
        )
    view = DraftView(
        id="bench",
        version=1,
        event_id=None,
        event_key=None,
        report_type="upr_national",
        title_ar=title[0],
        title_en=title[1],
        body="UPR",
        cycle=None,
        document_symbol="",
        group_by="cluster",
        word_limit=10_700,
        due_date=None,
        sections=tuple(sections),
    )
    assert view.words("ar") == WORDS and view.words("en") == WORDS, (view.words("ar"), view.words("en"))
    return view


def run(kind: str, workdir: Path) -> dict[str, Any]:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.dto.register import RecommendationFilter
    from nrtd_desktop.reports.draft_report import write_draft
    from nrtd_desktop.services.draft_matrix import matrix_rows

    db = cached_database(workdir, SIZE, actions_per=3, log=lambda _line: None)
    services = open_services(db, auto_backup=False, today=TODAY)
    try:
        view = synthetic_draft(services)
        lang = "en" if kind == "draft_docx_en" else "ar"
        suffix = "pdf" if kind == "draft_pdf" else "docx"
        with tempfile.TemporaryDirectory(prefix="nrtd-bench-") as folder:
            out = Path(folder) / f"draft.{suffix}"
            started, cpu = time.perf_counter(), time.process_time()
            matrix = matrix_rows(services, RecommendationFilter())
            write_draft(view, matrix, out, lang, "اللجنة الدائمة لإعداد مشاريع التقارير الوطنية", TODAY)
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu
            size = out.stat().st_size
    finally:
        services.close()
    from tests.bench.io_bench import peak_rss_mb

    return {
        "seconds": round(seconds, 3),
        "cpu_s": round(cpu, 3),
        "rows": len(matrix),
        "words": view.words(lang),
        "bytes": size,
        "peak_mb": round(peak_rss_mb(), 1),
    }


def main() -> None:
    kind, workdir = sys.argv[1], Path(sys.argv[2])
    if kind not in ("draft_docx", "draft_docx_en", "draft_pdf"):
        raise SystemExit(f"unknown measurement {kind}")
    print("NRTD_BENCH " + json.dumps(run(kind, workdir)), flush=True)


if __name__ == "__main__":
    main()
