"""What an empty list says: a sentence in the middle of the view instead of a blank table.

``EmptyHint(view, text)`` sits on the view's viewport and shows itself whenever the view's model
has no row (a table of backups before the first one, the recommendations an entity leads when it
leads none). ``set_text`` changes the sentence (it may depend on why the list is empty).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QLabel):
    def __init__(self, view: QAbstractItemView, text: str = "") -> None:
        super().__init__(text, view.viewport())
        self.setObjectName(f"{view.objectName() or 'view'}_empty_hint")
        self._view = view
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("color: palette(mid); padding: 24px;")
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.update_shown)
        self.update_shown()

    def set_text(self, text: str) -> None:
        self.setText(text)
        self.update_shown()

    def update_shown(self, *_args: object) -> None:
        empty = self._view.model().rowCount() == 0 and bool(self.text())
        self.setVisible(empty)
        if empty:
            self.setGeometry(self._view.viewport().rect())
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return False
