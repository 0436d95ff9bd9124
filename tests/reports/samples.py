"""The sample reports the report tests read back: one Arabic, one English, same structure.

Each carries headings, long paragraphs, key figures, charts, a 300-row landscape table with long
cells, the strings that must print literally, and a 100,000-character note.
"""

from __future__ import annotations

from datetime import date

from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.charts import BarChart, PieChart, Series
from nrtd_desktop.reports.engine import ReportDocument

REPORT_DATE = date(2026, 11, 29)
TABLE_ROWS = 300
LITERALS = ["0.1 <A <0.9", "S&P 500", "<img src='/etc/passwd'/>"]
NOTE_LENGTH = 100_000

AR = {
    "committee": "اللجنة الدائمة لإعداد مشاريع التقارير الوطنية",
    "title": "خطة متابعة تنفيذ التوصيات",
    "subtitle": "الجولة الرابعة للاستعراض الدوري الشامل",
    "headings": ["مقدمة", "منهجية التصنيف", "جدول التوصيات والإجراءات", "خاتمة"],
    "sentences": [
        "تلتزم المملكة بمتابعة تنفيذ التوصيات المقبولة بالتنسيق مع الجهات الحكومية المعنية",
        "وتعمل اللجنة على تصنيف التوصيات في مجموعات مواضيعية وتحديد الأولويات",
        "وتحلل اللجنة التحديات والعقبات التي قد تحول دون التنفيذ في الوقت المحدد",
        "مع ربط كل توصية بغايات أهداف التنمية المستدامة (SDG 16) وبالمؤشرات",
    ],
    "headers": ["الرمز", "التوصية", "الجهة الرئيسية", "الإجراءات", "الملاحظات"],
    "entities": ["هيئة حقوق الإنسان", "وزارة العدل", "وزارة الموارد البشرية"],
    "action": "إعداد مشروع نظام حماية الطفل ورفعه إلى الجهات المختصة لاستكمال الإجراءات النظامية",
    "themes": ["التعليم", "الصحة", "العدالة", "العمل"],
    "series": ["منفذة", "جارية"],
    "positions": ["مقبولة", "محاط بها علماً", "قيد الدراسة"],
    "figures": ["توصية", "منفذة كلياً", "إجراء متأخر"],
    "note_word": "ملاحظة",
}
EN = {
    "committee": "Standing Committee for Preparing Draft National Reports",
    "title": "Recommendations follow-up plan",
    "subtitle": "Fourth cycle of the Universal Periodic Review",
    "headings": ["Introduction", "Classification method", "Recommendations and actions", "Conclusion"],
    "sentences": [
        "The Kingdom follows up the implementation of the supported recommendations with the ministries",
        "The committee groups the recommendations into thematic clusters and sets priorities",
        "The committee analyses the challenges and obstacles that may delay implementation",
        "Each recommendation is linked to the targets of the Sustainable Development Goals (SDG 16)",
    ],
    "headers": ["Reference", "Recommendation", "Lead entity", "Actions", "Notes"],
    "entities": ["Human Rights Commission", "Ministry of Justice", "Ministry of Human Resources"],
    "action": "Draft the child protection law and submit it to the competent authorities for adoption",
    "themes": ["Education", "Health", "Justice", "Labour"],
    "series": ["Implemented", "Ongoing"],
    "positions": ["Supported", "Noted", "Pending"],
    "figures": ["recommendations", "fully implemented", "late actions"],
    "note_word": "note",
}


def words(lang: str) -> dict[str, object]:
    return AR if lang == "ar" else EN


def row_reference(i: int) -> str:
    return f"REC-{i:04d}"


def long_note(word: str) -> str:
    """A 100,000-character note made of words, ending with a marker."""
    text = ""
    chunk = f"{word} " * 50
    while len(text) < NOTE_LENGTH - 20:
        text += chunk
    text = text[: NOTE_LENGTH - 12].rstrip() + " END-OF-NOTE"
    return text.ljust(NOTE_LENGTH, "x")


def table_rows(lang: str) -> list[list[object]]:
    w = words(lang)
    sentences: list[str] = w["sentences"]  # type: ignore[assignment]
    entities: list[str] = w["entities"]  # type: ignore[assignment]
    rows: list[list[object]] = []
    for i in range(TABLE_ROWS):
        recommendation = " ".join(sentences[(i + k) % len(sentences)] for k in range(1 + i % 4))
        actions = "\n".join(f"{k}. {w['action']}" for k in (1, 2, 3))
        rows.append([row_reference(i), recommendation, entities[i % len(entities)], actions, None])
    rows[150][4] = "\n".join(LITERALS)
    rows[-1][4] = long_note(str(w["note_word"]))
    return rows


def build(lang: str) -> ReportDocument:
    w = words(lang)
    headings: list[str] = w["headings"]  # type: ignore[assignment]
    sentences: list[str] = w["sentences"]  # type: ignore[assignment]
    paragraph = (". ".join(sentences) + ". ") * 4
    doc = ReportDocument(
        lang,
        title=str(w["title"]),
        committee=str(w["committee"]),
        subtitle=str(w["subtitle"]),
        report_date=REPORT_DATE,
    )
    figures: list[str] = w["figures"]  # type: ignore[assignment]
    doc.add(
        b.Heading(headings[0]),
        b.Paragraph(paragraph),
        b.KeyFigures([b.KeyFigure(v, n) for v, n in zip(("1,234", "56%", "87"), figures, strict=True)]),
        b.Heading(headings[1], level=2),
        b.Paragraph(paragraph),
        b.Paragraph("   ".join(LITERALS)),
        b.ChartBlock(
            BarChart(
                w["themes"],  # type: ignore[arg-type]
                [Series(name, [5 + i, 8 - i, 3 + 2 * i, 6]) for i, name in enumerate(w["series"])],  # type: ignore[arg-type]
            )
        ),
        b.ChartBlock(PieChart(w["positions"], [120, 40, 12])),  # type: ignore[arg-type]
        b.Orientation("landscape"),
        b.Heading(headings[2]),
        b.Table(w["headers"], table_rows(lang), widths=(1, 5, 2, 4, 3)),  # type: ignore[arg-type]
        b.Orientation("portrait"),
        b.Heading(headings[3]),
        b.Paragraph(long_note(str(w["note_word"]))),
    )
    return doc
