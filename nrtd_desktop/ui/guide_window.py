"""Help → User guide (F1): the guide's chapters in a text browser, offline, with a search.

The chapters are the Markdown files of ``resources/guide`` (``guide/content.py``) shown as Qt rich
text, right to left in Arabic, their pictures beside them. The list on the start side holds the
chapters and their sections; typing in the search field lists the sections that hold every word
typed, in any of its forms, and choosing one opens it. One window per main window: F1 brings it
forward at the chapter of the area in front of the member.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextOption
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.guide import content
from nrtd_desktop.ui.screen_fit import fit_to_screen

ROLE = Qt.ItemDataRole.UserRole


class GuideWindow(QWidget):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guide_window")
        self.lang = lang
        self.chapters = {c.key: c for c in content.load_guide(lang)}
        self.chapter_key = ""
        self.anchor = ""
        self.setWindowTitle(self.tr("User guide"))
        rtl = lang == "ar"
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)

        self.search = QLineEdit(self)
        self.search.setObjectName("guide_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the guide"))
        self.search.textChanged.connect(self.show_results)
        self.search.returnPressed.connect(self._open_first_result)

        self.contents = QTreeWidget(self)
        self.contents.setObjectName("guide_contents")
        self.contents.setHeaderHidden(True)
        for chapter in self.chapters.values():
            item = QTreeWidgetItem([chapter.title])
            item.setData(0, ROLE, (chapter.key, ""))
            for section in chapter.sections()[1:]:
                child = QTreeWidgetItem([section.title])
                child.setData(0, ROLE, (chapter.key, section.anchor))
                item.addChild(child)
            self.contents.addTopLevelItem(item)
        self.contents.itemActivated.connect(self._open_item)
        self.contents.itemClicked.connect(self._open_item)

        self.results = QListWidget(self)
        self.results.setObjectName("guide_results")
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open_result)
        self.results.itemClicked.connect(self._open_result)
        self.no_result = QLabel(self.tr("No section of the guide holds these words."), self)
        self.no_result.setWordWrap(True)
        results_page = QWidget(self)
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.no_result)
        results_layout.addWidget(self.results, 1)
        self.side = QStackedWidget(self)
        self.side.addWidget(self.contents)
        self.side.addWidget(results_page)

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSearchPaths([str(content.images_dir())])
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.browser.document().setDefaultTextOption(option)
        self.browser.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 14px; }"
            " p, li { line-height: 140%; } td, th { padding: 3px; } table { border-collapse: collapse; }")
        font = self.browser.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.browser.setFont(font)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.search)
        side_layout.addWidget(self.side, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(side)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        fit_to_screen(self, 1040, 680)  # a 1280x720 laptop at 125 % has 1024x576

    # -- opening a chapter -------------------------------------------------------------------
    def open_topic(self, key: str, anchor: str = "") -> None:
        """Show chapter ``key`` (the first when unknown) at the section ``anchor``."""
        if key not in self.chapters:
            key, anchor = next(iter(self.chapters)), ""
        if key != self.chapter_key:
            self.browser.setHtml(self.chapters[key].html())
            self.chapter_key = key
        self.anchor = anchor
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self._select_in_contents(key, anchor)

    def chapter_title(self) -> str:
        return self.chapters[self.chapter_key].title if self.chapter_key else ""

    def _select_in_contents(self, key: str, anchor: str) -> None:
        for row in range(self.contents.topLevelItemCount()):
            top = self.contents.topLevelItem(row)
            if top is None:
                continue
            if top.data(0, ROLE)[0] != key:
                top.setExpanded(False)
                continue
            top.setExpanded(True)
            chosen = top
            for n in range(top.childCount()):
                child = top.child(n)
                if child is not None and child.data(0, ROLE)[1] == anchor:
                    chosen = child
            self.contents.setCurrentItem(chosen)

    def _open_item(self, item: QTreeWidgetItem) -> None:
        self.open_topic(*item.data(0, ROLE))

    def _follow(self, url: QUrl) -> None:
        """A link between chapters: ``plan.md#health`` (or ``#health`` in the same chapter)."""
        if url.scheme() in ("http", "https", "mailto"):
            return  # the guide is offline: no link leaves it
        key = url.path().removesuffix(".md").split("-", 1)[-1] if url.path() else self.chapter_key
        self.open_topic(key, url.fragment())

    # -- the search --------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_results(self, text: str) -> None:
        if not text.strip():
            self.side.setCurrentIndex(0)
            return
        hits = content.search(self.lang, text)
        self.results.clear()
        for hit in hits:
            where = hit.title if not hit.anchor else f"{hit.chapter_title} — {hit.title}"
            item = QListWidgetItem(f"{where}\n{hit.snippet}")
            item.setData(ROLE, (hit.chapter, hit.anchor))
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        self.no_result.setVisible(not hits)
        self.side.setCurrentIndex(1)

    def _open_result(self, item: QListWidgetItem) -> None:
        self.open_topic(*item.data(ROLE))

    def _open_first_result(self) -> None:
        if self.side.currentIndex() == 1 and self.results.count():
            self.results.setCurrentRow(0)
            self._open_result(self.results.item(0))
