"""Reading a plan-area view's data on a worker thread, the newest request winning.

The timeline, the challenges analysis and the plan-health lists read the whole plan: on the full
index that takes a noticeable moment, and the window must not freeze meanwhile. Each view owns a
``BackgroundLoad``: ``start`` runs the reading through ``worker.run_task`` (no dialog: the view
shows a "loading" line instead); its answer is applied on the GUI thread unless a newer request
was made in between (a scope or number of days changed again), in which case it is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.ui.worker import TaskHandle, run_task


class BackgroundLoad:
    def __init__(self, owner: QWidget, lang: Lang, title: str, apply: Callable[[Any], None]) -> None:
        self._owner, self._lang, self._title, self._apply = owner, lang, title, apply
        self._generation = 0
        self.task: TaskHandle | None = None
        self.loading = False

    def start(self, read: Callable[[], Any]) -> None:
        """Run ``read`` (services only, no widget) on a worker; apply its answer when it comes."""
        self._generation += 1
        generation = self._generation
        if self.task is not None and not self.task.done:
            self.task.cancel()  # its answer would be dropped anyway
        self.loading = True

        def succeeded(result: Any) -> None:
            if generation == self._generation:
                self.loading = False
                self._apply(result)

        def failed(_error: BaseException, sentence: str) -> None:
            if generation == self._generation:
                self.loading = False
                QMessageBox.warning(self._owner, self._title, sentence)

        def cancelled() -> None:
            if generation == self._generation:
                self.loading = False

        self.task = run_task(
            self._owner,
            lambda _progress: read(),
            title=self._title,
            label=self._title,
            on_success=succeeded,
            on_failure=failed,
            on_cancel=cancelled,
            lang=self._lang,
            show_dialog=False,
        )

    def now(self, read: Callable[[], Any]) -> None:
        """The same on this thread (tests; a view that must show its data at once)."""
        self._generation += 1
        self.loading = False
        self._apply(read())
