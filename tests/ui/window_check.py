"""What a member reads on each screen, measured: run in a process of its own, because the screen
and its scaling (1366x768, or 1280x720 at 125 %) are fixed when Qt starts.

    python -m tests.ui.window_check LANG WIDTHxHEIGHT SCALE OUT.json

Takes the same tour as tests/ui/screenshots.py (every area and the main dialogs, on the demo
data) and writes, for each screen: its size, header titles cut by their column, cells and labels
whose left-to-right runs (codes, dates, paths, SDG targets) are not drawn in their own order,
English words in the chrome of the Arabic window, and date fields not written yyyy-MM-dd; plus
facts of points of issue 21 (plan health's entity column, the entity names, the chooser's items,
the width left to an action's title, to a cluster member's text). tests/ui/test_screens.py reads
the JSON and says what is wrong.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

# Chrome (labels, buttons, tabs, headers, titles) of the Arabic window may hold these Latin
# words: proper names and abbreviations that Arabic texts write in Latin letters.
ALLOWED_LATIN = {"UPR", "Info", "UHRI", "PDF", "Excel", "Word", "SDG", "NRTD", "Desktop", "JSON", "CSV",
                 "xlsx", "docx", "csv", "txt", "Ctrl", "UN", "OHCHR", "MB", "KB"}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z_]{2,}")
MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
CHECKED_RUN = re.compile(r"[A-Za-z]|\d{4}-\d{2}-\d{2}|\d\d?:\d\d|\d\.\w")
ISOLATED = re.compile("\u2066[^\u2069]*\u2069")  # a Latin run isolated on purpose (a path, a code)
ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")


def visual(text: str, rtl: bool, font: Any) -> str:
    """The characters of ``text`` in the order they are drawn, left to right (marks left out)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    placed = []
    for index, char in enumerate(text):
        if MARKS.fullmatch(char) or char == " ":
            continue
        xs = [p.x() for run in layout.glyphRuns(index, 1) for p in run.positions()]
        if xs:
            placed.append((min(xs), index, char))
    return "".join(char for _x, _i, char in sorted(placed))


def runs_in_order(shown: str, rtl: bool, font: Any) -> list[str]:
    """The left-to-right runs of ``shown`` that are not drawn in their own order."""
    from nrtd_desktop.domain.bidi import LTR_RUN, has_rtl

    plain = MARKS.sub("", shown)
    if not has_rtl(plain) and not rtl:
        return []
    drawn = visual(shown, rtl, font)
    wrong = []
    for match in LTR_RUN.finditer(plain):
        run = match.group(0).strip("()[]«»\"'.,:;،؛")
        token = run.replace(" ", "")
        # A run whose order a reader checks: Latin letters, a date or a time, a dotted code
        # ("16.a", "122.25"); numbers joined by Arabic punctuation ("20: 8") belong to the sentence.
        if CHECKED_RUN.search(run) and token not in drawn:
            wrong.append(run)
    return wrong


class Checker:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.screens: dict[str, dict[str, Any]] = {}
        self.facts: dict[str, Any] = {}

    def inspect(self, widget: Any, name: str) -> None:
        from PySide6.QtCore import QSize
        from PySide6.QtWidgets import (
            QAbstractButton,
            QAbstractItemView,
            QDateEdit,
            QGroupBox,
            QHeaderView,
            QLabel,
            QStyle,
            QStyleOptionHeader,
            QTabBar,
            QTableView,
        )

        from nrtd_desktop.ui.bidi import BidiDelegate

        least = widget.minimumSizeHint()
        found: dict[str, Any] = {"size": [widget.width(), widget.height()],
                                 "minimum": [least.width(), least.height()],
                                 "clipped_headers": [], "disordered": [], "english": [], "bad_dates": []}
        rtl = self.lang == "ar"

        def visible(w: Any) -> bool:
            return w.isVisibleTo(widget) and w.width() > 0 and w.height() > 0

        chrome: list[str] = []
        for header in widget.findChildren(QHeaderView):
            if not visible(header) or header.orientation().name != "Horizontal":
                continue
            model = header.model()
            for section in range(header.count()):
                if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                    continue
                title = str(model.headerData(section, header.orientation()) or "")
                chrome.append(title)
                option = QStyleOptionHeader()
                option.initFrom(header)
                option.text = title
                needed = header.style().sizeFromContents(
                    QStyle.ContentsType.CT_HeaderSection, option, QSize(), header).width()
                last = section == header.count() - 1 and header.stretchLastSection()
                if needed > header.sectionSize(section) and not last:
                    found["clipped_headers"].append([title, header.sectionSize(section), needed])
        for view in widget.findChildren(QAbstractItemView):
            if not visible(view) or view.model() is None or isinstance(view, QHeaderView):
                continue
            delegate = view.itemDelegate()
            model = view.model()
            columns = view.horizontalHeader().count() if isinstance(view, QTableView) else 1
            for row in range(25):
                if not model.index(row, 0).isValid():
                    break
                for column in range(columns):
                    index = model.index(row, column)
                    value = index.data()
                    if not isinstance(value, str) or not value:
                        continue
                    shown = delegate.displayText(value, view.locale()) if isinstance(delegate, BidiDelegate) \
                        else value
                    for run in runs_in_order(shown, view.isRightToLeft(), view.font()):
                        found["disordered"].append([view.objectName(), run, MARKS.sub("", shown)[:80]])
        for label in widget.findChildren(QLabel):
            if visible(label) and label.text():
                text = label.text()
                if "<" not in text:  # rich text is laid out by QTextDocument (checked by its own tests)
                    chrome.append(text)
                    for run in runs_in_order(text, label.isRightToLeft(), label.font()):
                        where = label.objectName() or "label"
                        found["disordered"].append([where, run, MARKS.sub("", text)[:80]])
        for button in widget.findChildren(QAbstractButton):
            if visible(button):
                chrome.append(button.text())
        for bar in widget.findChildren(QTabBar):
            if visible(bar):
                chrome += [bar.tabText(i) for i in range(bar.count())]
        for box in widget.findChildren(QGroupBox):
            if visible(box):
                chrome.append(box.title())
        chrome.append(widget.windowTitle())
        for edit in widget.findChildren(QDateEdit):
            shown = edit.text()
            iso = re.fullmatch(r"\d{4}-\d{2}-\d{2}", shown)
            if visible(edit) and shown != edit.specialValueText() and not iso:
                found["bad_dates"].append([edit.objectName(), shown])
        if rtl:
            for text in chrome:
                bare = MARKS.sub("", ISOLATED.sub("", text.replace("&", "")))
                words = [w for w in LATIN_WORD.findall(bare)
                         if w not in ALLOWED_LATIN and not ACRONYM.fullmatch(w)]
                if words:
                    found["english"].append([text[:80], words])
        self.screens[name] = found
        self.facts_of(widget, name)

    def facts_of(self, widget: Any, name: str) -> None:
        from PySide6.QtCore import Qt

        window = widget
        if name == "plan-health":
            table = window.areas["plan"].health.items.table
            model = table.model()
            self.facts["health_entities"] = [model.index(r, 2).data() for r in range(model.rowCount())]
        if name == "entities":
            page = window.areas["entities"]
            header = page.table.horizontalHeader()
            column = 1  # the name in the window's language
            needed = max(page.table.sizeHintForColumn(column), 0)
            self.facts["entity_name"] = {"width": header.sectionSize(column), "needed": needed,
                                         "header": page.model.headers()[column]}
            self.facts["entity_tabs"] = [page.tabs.tabText(i) for i in range(page.tabs.count())]
        if name == "plan-editor":
            editor = window.areas["plan"].editor
            chooser = editor.chooser.list
            items = []
            for row in range(min(chooser.count(), 40)):
                kind, owner_id = chooser.item(row).data(Qt.ItemDataRole.UserRole + 1)
                if kind == "recommendation":
                    full = window.services.recommendations.get(owner_id).text_ar if self.lang == "ar" else \
                        window.services.recommendations.get(owner_id).text_en
                    items.append([chooser.item(row).text(), " ".join((full or "").split())])
            self.facts["chooser_items"] = items
            header = editor.actions.table.horizontalHeader()
            self.facts["action_title_width"] = header.sectionSize(0)
            self.facts["actions_table_width"] = editor.actions.table.viewport().width()
        if name == "clusters":
            page = window.areas["clusters"]
            widths = {m: c.table.horizontalHeader().sectionSize(1) for m, c in page.columns.items()
                      if c.isVisible()}
            self.facts["member_text_width"] = widths
            header = page.list.horizontalHeader()
            self.facts["cluster_count_header"] = [str(page.list_model.headerData(2, header.orientation())),
                                                  header.sectionSize(2)]


def main(argv: list[str]) -> int:
    lang, size, scale, out = argv[0], argv[1], float(argv[2]), Path(argv[3])
    width, height = (int(n) for n in size.split("x"))
    work = Path(tempfile.mkdtemp(prefix="nrtd-window-check-"))
    config = work / "offscreen.json"
    laptop = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
              "logicalBpi": 96, "dpr": 1.0}
    config.write_text(json.dumps({"screens": [laptop]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    from tests.ui import screenshots

    checker = Checker(lang)

    class Inspecting(screenshots.Shooter):
        def save(self, widget: Any, name: str, lang: str) -> None:
            screenshots.settle(self.app)
            checker.inspect(widget, name)

    screen = screenshots.run(Inspecting, work, langs=(lang,), size=None, with_reports=False)
    result = {"lang": lang, "screen": screen, "screens": checker.screens, "facts": checker.facts}
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
