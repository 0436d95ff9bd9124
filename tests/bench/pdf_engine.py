"""Benchmark of the report engine (not a test): the Arabic plan of 1,000 recommendations.

Run: ``python -m tests.bench.pdf_engine [rows] [--out file.pdf]``. Prints the seconds
and pages per second of one landscape table of ``rows`` recommendations with three actions each
(the target in docs/design/PERFORMANCE.md: under 5 s for 1,000), in a fresh process so the caches are cold.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.engine import ReportDocument

_THEMES = ["التعليم", "الصحة", "العدالة الجنائية", "حقوق المرأة", "حقوق الطفل", "العمال المهاجرون"]
_ENTITIES = ["هيئة حقوق الإنسان", "وزارة العدل", "وزارة الموارد البشرية والتنمية الاجتماعية", "وزارة التعليم"]
_STATUS = ["لم يبدأ", "جارٍ التنفيذ", "منفّذ جزئياً", "منفّذ كلياً"]
_WORDS = [
    "تعزيز", "حماية", "حقوق", "الإنسان", "ومواصلة", "الجهود", "الرامية", "إلى", "مواءمة",
    "التشريعات", "الوطنية", "مع", "الالتزامات", "الدولية", "وضمان", "وصول", "الفئات", "الأكثر",
    "ضعفاً", "إلى", "العدالة", "والخدمات", "الأساسية", "دون", "تمييز", "وفق", "الهدف", "(SDG",
    "16)", "وتوصيات", "الاستعراض", "الدوري", "الشامل", "UPR",
]


def sample_rows(count: int) -> list[list[str]]:
    """Rows that vary like real ones: different lengths, repeated vocabulary, three actions each."""
    rows = []
    for i in range(count):
        length = 18 + (i * 7) % 30
        text = " ".join(_WORDS[(i + k) % len(_WORDS)] for k in range(length))
        actions = "\n".join(
            f"{k}. {_WORDS[(i + 3 * k) % len(_WORDS)]} {_WORDS[(i + 5 * k) % len(_WORDS)]} "
            f"{_WORDS[(i + 7 * k) % len(_WORDS)]} بحلول {2026 + k}-0{k}-15"
            for k in (1, 2, 3)
        )
        rows.append(
            [f"{122 + i // 300}.{i % 300 + 1}", text, _THEMES[i % len(_THEMES)], actions,
             _ENTITIES[i % len(_ENTITIES)], _STATUS[i % len(_STATUS)]]
        )
    return rows


def build_plan(count: int) -> ReportDocument:
    doc = ReportDocument(
        "ar",
        title="خطة تنفيذ التوصيات",
        committee="اللجنة الدائمة لإعداد مشاريع التقارير الوطنية",
        subtitle="الجولة الرابعة للاستعراض الدوري الشامل",
        report_date=date(2026, 11, 29),
        orientation="landscape",
        contents=False,
    )
    doc.add(
        b.Heading("التوصيات والإجراءات"),
        b.Table(
            ["الرقم", "التوصية", "الموضوع", "الإجراءات", "الجهة الرئيسية", "الحالة"],
            sample_rows(count),
            widths=(0.8, 5, 1.4, 4.5, 1.8, 1.2),
        ),
    )
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rows", nargs="?", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    started = time.perf_counter()
    doc = build_plan(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        target = args.out or Path(folder) / "plan.pdf"
        pages = doc.render(str(target))
        seconds = time.perf_counter() - started
        size = target.stat().st_size
    print(f"{args.rows} Arabic rows x 3 actions: {pages} pages in {seconds:.2f} s "
          f"({pages / seconds:.0f} pages/s, {size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
