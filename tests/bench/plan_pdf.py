"""Benchmark of the action plan report (not a test): 1,000 recommendations with 3 actions each.

Run: ``python -m tests.bench.plan_pdf [count] [--lang ar|en] [--group-by cluster|theme]
[--out plan.pdf]``. Builds a database in a temporary folder (entities and clusters through the
services, recommendations, their themes and actions through SQLAlchemy Core inserts, as an
import would), then times the whole report: reading the data through ``report_data.plan_data``
and writing the PDF. Prints seconds and pages per second (target in docs/design/PERFORMANCE.md: under 5 s).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from nrtd_desktop.db import fts
from nrtd_desktop.db.base import new_id
from nrtd_desktop.db.models import Action, Recommendation, Theme, recommendation_themes
from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.domain.stemming import index_text

TODAY = date(2026, 11, 29)
ENTITIES = [
    ("HRC", "هيئة حقوق الإنسان", "Human Rights Commission"),
    ("MOJ", "وزارة العدل", "Ministry of Justice"),
    ("HRSD", "وزارة الموارد البشرية والتنمية الاجتماعية", "Ministry of Human Resources"),
    ("MOE", "وزارة التعليم", "Ministry of Education"),
    ("MOH", "وزارة الصحة", "Ministry of Health"),
]
CLUSTERS = [
    ("حقوق المرأة والمساواة", "Women's rights and equality"),
    ("حقوق الطفل", "Rights of the child"),
    ("العدالة الجنائية", "Criminal justice"),
    ("العمال المهاجرون", "Migrant workers"),
    ("الأشخاص ذوو الإعاقة", "Persons with disabilities"),
    ("الإطار المؤسسي", "Institutional framework"),
]
_TEXT = (
    "تعزيز حماية حقوق الإنسان ومواصلة الجهود الرامية إلى مواءمة التشريعات الوطنية مع الالتزامات "
    "الدولية وضمان وصول الفئات الأكثر ضعفاً إلى العدالة والخدمات الأساسية دون تمييز وفق الهدف "
    "(SDG 16) وتوصيات الاستعراض الدوري الشامل UPR"
)
WORDS = _TEXT.split(" ")
_ACTION_TEXT = "إعداد دراسة تحليلية وتنظيم ورش عمل تدريبية ومراجعة الأنظمة ذات الصلة ورفع التوصيات"
ACTION_WORDS = _ACTION_TEXT.split(" ")
STATUSES = ["not_started", "in_progress", "completed", "in_progress"]


def build_database(path: Path, count: int) -> Any:
    from nrtd_desktop.app import open_services

    services = open_services(path, today=TODAY)
    for code, name_ar, name_en in ENTITIES:
        services.entities.create(code=code, name_ar=name_ar, name_en=name_en, kind="ministry")
    entity_ids = [e.id for e in services.entities.list()]
    cluster_ids = [
        services.clusters.create(name_ar=ar, name_en=en, lead_entity=ENTITIES[i % len(ENTITIES)][0]).id
        for i, (ar, en) in enumerate(CLUSTERS)
    ]
    now = datetime.now(UTC)
    stamps = {
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "created_by": "bench",
        "updated_by": "bench",
        "updated_site": "",
    }
    with services.context.engine.begin() as connection:
        themes = list(connection.scalars(select(Theme.key).order_by(Theme.key)).all())[:12]
        recs, links, actions, index = [], [], [], []
        for i in range(count):
            rec_id = new_id()
            text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(18 + (i * 7) % 30))
            reference = f"UPR-4-{120 + i // 300}.{i % 300 + 1}"
            search_text = index_text(reference, None, text, "")
            recs.append(
                {
                    "id": rec_id,
                    **stamps,
                    "reference": reference,
                    "reference_order": reference_order(reference),
                    "mechanism": "UPR",
                    "body_code": "UPR",
                    "cycle": 4,
                    "text_ar": text,
                    "text_en": "",
                    "annotation_type": "recommendation",
                    "position": "supported",
                    "status": STATUSES[i % 4],
                    "status_overridden": False,
                    "priority_overridden": False,
                    "follow_up": False,
                    "notes": "",
                    "cluster_id": cluster_ids[i % len(cluster_ids)] if i % 7 else None,
                    "lead_entity_id": entity_ids[i % len(entity_ids)],
                    "search_text": search_text,
                    "search_rowid": i + 1,
                }
            )
            index.append((i + 1, search_text))
            if themes:
                links.append({"recommendation_id": rec_id, "theme_key": themes[i % len(themes)]})
            for k in (1, 2, 3):
                title = " ".join(ACTION_WORDS[(i + j * k) % len(ACTION_WORDS)] for j in range(6))
                actions.append(
                    {
                        "id": new_id(),
                        **stamps,
                        "recommendation_id": rec_id,
                        "cluster_id": None,
                        "sort_order": k,
                        "title_ar": title,
                        "title_en": "",
                        "description_ar": "",
                        "description_en": "",
                        "lead_entity_id": entity_ids[(i + k) % len(entity_ids)],
                        "start_date": date(2025, k, 1),
                        "end_date": date(2026 + k % 2, 6 * (k % 2) + 3, 15 + k),
                        "status": STATUSES[(i + k) % 4],
                        "budget": "",
                        "expected_output_ar": "",
                        "expected_output_en": "",
                    }
                )
        connection.execute(Recommendation.__table__.insert(), recs)
        if links:
            connection.execute(recommendation_themes.insert(), links)
        connection.execute(Action.__table__.insert(), actions)
        fts.index_rows(connection, index)
    return services


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", nargs="?", type=int, default=1000)
    parser.add_argument("--lang", choices=("ar", "en"), default="ar")
    parser.add_argument("--group-by", choices=("cluster", "theme"), default="cluster")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    from nrtd_desktop.reports.common_report import ReportOptions

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        services = build_database(Path(folder) / "bench.sqlite", args.count)
        built = time.perf_counter() - started
        print(f"database of {args.count} recommendations x 3 actions built in {built:.1f} s")
        options = ReportOptions("plan", lang=args.lang, group_by=args.group_by, report_date=TODAY)
        started = time.perf_counter()
        doc = services.reports.document(options)
        gathered = time.perf_counter() - started
        target = args.out or Path(folder) / "plan.pdf"
        doc.write(target)
        seconds = time.perf_counter() - started
        size = target.stat().st_size
        services.close()
    print(
        f"action plan ({args.lang}, by {args.group_by}): {doc.pages} pages in {seconds:.2f} s "
        f"(data {gathered:.2f} s), {doc.pages / seconds:.0f} pages/s, {size / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
