"""The UPR Info export (41,066 real recommendations) loaded into a test database.

Read as the files are published (Mac Roman, bare CR line ends) with Python's csv module, and
inserted through SQLAlchemy Core like a bulk import. The real importer is written elsewhere;
this loader only gives the similarity tests real text at real scale.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

from sqlalchemy import insert, select

from nrtd_desktop.db import fts
from nrtd_desktop.db.base import new_id
from nrtd_desktop.db.models import Recommendation, Theme, recommendation_themes
from nrtd_desktop.domain.stemming import index_text
from nrtd_desktop.reference.catalog import cycle_for_upr_session, get_catalog
from tests.shared_data import UPR_INFO

DATA = UPR_INFO
RESPONSES = {"Accepted": "supported", "Noted": "noted"}


@dataclass(frozen=True)
class UprRow:
    reference: str
    to: str
    recommending: str
    text: str
    response: str
    action: str
    issues: tuple[str, ...]
    session: str

    @property
    def document(self) -> str:
        # One Working Group report per State and session; the real symbol is not in the export.
        return f"UPR-Info/{self.session}/{self.to}"


def read_rows() -> list[UprRow]:
    rows: list[UprRow] = []
    for path in sorted(DATA.glob("*.csv")):
        with path.open(encoding="mac_roman", newline="") as handle:
            lines = [line for line in handle.read().split("\r") if line]
        reader = csv.reader(lines)
        header = next(reader)
        for values in reader:
            record = dict(zip(header, values, strict=True))
            rows.append(UprRow(
                reference=f"UPRINFO-{len(rows) + 1:05d}", to=record["To"], recommending=record["From"],
                text=record["Text"].strip(), response=record["Response"], action=record["Action"],
                issues=tuple(i.strip() for i in record["Issue"].split(",") if i.strip()),
                session=record["Session"].strip(),
            ))
    return rows


def load_into(services, rows: list[UprRow]) -> None:  # type: ignore[no-untyped-def]
    catalog = get_catalog()
    engine = services.context.engine
    with engine.begin() as connection:
        known_themes = set(connection.scalars(select(Theme.key)))
        records, links, search = [], [], []
        for n, row in enumerate(rows, start=1):
            rec_id = new_id()
            session = int(row.session)
            search_text = index_text(row.reference, row.document, "", row.text)
            records.append({
                "id": rec_id, "reference": row.reference, "mechanism": "UPR", "body_code": "UPR",
                "document_symbol": row.document, "cycle": cycle_for_upr_session(session),
                "session": row.session,
                "text_ar": "", "text_en": row.text, "position": RESPONSES.get(row.response),
                "action_category": int(row.action) if row.action.isdigit() else None,
                "source_format": "upr_info", "source_key": row.reference, "search_text": search_text,
                "search_rowid": n,
            })
            search.append((n, search_text))
            for issue in row.issues:
                theme = catalog.match_theme(issue, source="upr_info")
                if theme is not None and theme.key in known_themes:
                    links.append({"recommendation_id": rec_id, "theme_key": theme.key})
        connection.execute(insert(Recommendation), records)
        unique_links = list({(x["recommendation_id"], x["theme_key"]): x for x in links}.values())
        connection.execute(insert(recommendation_themes), unique_links)
        fts.index_rows(connection, search)
