"""The one helper for long work (import, export, backup, loading big lists).

``run_task`` runs a plain callable on Qt's global thread pool and shows a progress dialog that
can be cancelled. The callable receives a :class:`Progress` to report through and to check for
cancellation; it must not touch widgets. Its result, or its failure as a sentence, comes back
on the GUI thread through ``on_success``/``on_failure``; parts of the result handed over before
the end (``progress.deliver(part)``) come through ``on_partial``, one call per part, unless the
task was cancelled meanwhile.

Why a bridge object: PySide6 calls a plain Python callable connected to a signal in the
emitting thread. Connecting the worker's signals to slots of a QObject that lives in the GUI
thread makes Qt queue every call to the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from nrtd_desktop.domain.errors import Localized, NrtdError, os_reason
from nrtd_desktop.domain.lang import Lang

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside the work by :meth:`Progress.check` when the person pressed Cancel."""


class Progress:
    """What the work sees: report how far it is, and ask whether to stop. Thread-safe."""

    def __init__(self, emit: Callable[[int, int, str], None], cancel_event: threading.Event,
                 deliver: Callable[[Any], None] | None = None) -> None:
        self._emit = emit
        self._cancel = cancel_event
        self._deliver = deliver

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    def report(self, done: int, total: int = 0, message: str = "") -> None:
        """``total`` 0 means "unknown": the dialog shows a busy bar. Raises if cancelled."""
        self._emit(done, total, message)
        self.check()

    def deliver(self, part: Any) -> None:
        """Hand a part of the result to ``on_partial`` on the GUI thread now (the dashboard's
        charts, each as its figures are computed). Raises if cancelled."""
        self.check()
        if self._deliver is not None:
            self._deliver(part)


class _Signals(QObject):
    progress = Signal(int, int, str)
    partial = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals
        self._cancel = cancel

    def run(self) -> None:
        progress = Progress(self._signals.progress.emit, self._cancel, self._signals.partial.emit)
        try:
            result = self._work(progress)
        except TaskCancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:  # every failure must reach the person
            log.exception("background task failed")
            self._signals.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self._signals.cancelled.emit()
            else:
                self._signals.succeeded.emit(result)


def error_sentence(error: BaseException, lang: Lang) -> str:
    """A failure as a sentence a committee member can read."""
    if isinstance(error, NrtdError):
        return error.text(lang)
    if isinstance(error, OSError) and error.strerror:
        reason = os_reason(error)  # the system's words are English: said in the window's language
        return QCoreApplication.translate("Task", "The file could not be used: {reason}").format(
            reason=reason.text(lang) if isinstance(reason, Localized) else reason
        )
    return QCoreApplication.translate(
        "Task", "The work stopped because of an unexpected error: {reason}"
    ).format(reason=str(error) or type(error).__name__)


class TaskHandle(QObject):
    """One running task: lives in the GUI thread and receives the worker's signals there."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException, str], None] | None,
        on_cancel: Callable[[], None] | None,
        lang: Lang,
        title: str,
        on_partial: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancel = on_cancel
        self._on_partial = on_partial
        self._lang = lang
        self._title = title
        self.cancel_event = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False

    def cancel(self) -> None:
        self.cancel_event.set()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, message: str) -> None:
        # A modal dialog's setValue processes events: the task may finish (and drop the dialog)
        # inside it, so the dialog is held here and checked again.
        dialog = self.dialog
        if dialog is None:
            return
        if message and dialog.labelText() != message:
            dialog.setLabelText(message)
        dialog.setMaximum(max(total, 0))
        if total and self.dialog is not None:
            dialog.setValue(min(done, total))

    @Slot(object)
    def _partial(self, part: Any) -> None:
        # A part still queued when the task was cancelled (a newer one replaced it) is dropped.
        if self._on_partial is not None and not self.cancel_event.is_set() and not self.done:
            self._on_partial(part)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.error = error
        self._finish()
        sentence = error_sentence(error, self._lang)
        if self._on_failure is not None:
            self._on_failure(error, sentence)
        else:
            QMessageBox.critical(self._parent_widget, self._title, sentence)

    @Slot()
    def _cancelled(self) -> None:
        self.was_cancelled = True
        self._finish()
        if self._on_cancel is not None:
            self._on_cancel()

    def _finish(self) -> None:
        self.done = True
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.finished.emit()


def run_task(
    parent: QWidget | None,
    work: Callable[[Progress], Any],
    *,
    title: str,
    label: str,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException, str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    on_partial: Callable[[Any], None] | None = None,
    lang: Lang = "ar",
    cancellable: bool = True,
    show_dialog: bool = True,
    pool: QThreadPool | None = None,
) -> TaskHandle:
    """Run ``work(progress)`` on a worker thread; call back on the GUI thread.

    ``on_failure(error, sentence)`` receives the exception and its readable sentence; without
    it the sentence is shown in a message box. ``on_partial(part)``: each part the work hands over
    with ``progress.deliver``, in order, before ``on_success``. Returns the handle (keep it to
    cancel or wait).
    """
    handle = TaskHandle(parent, on_success, on_failure, on_cancel, lang, title, on_partial)
    signals = _Signals()
    signals.setParent(handle)
    signals.progress.connect(handle._progress)
    signals.partial.connect(handle._partial)
    signals.succeeded.connect(handle._succeeded)
    signals.failed.connect(handle._failed)
    signals.cancelled.connect(handle._cancelled)
    if show_dialog:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # short jobs finish without a flash of a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Task", "Cancel"))
            dialog.canceled.connect(handle.cancel)
        else:
            dialog.setCancelButton(None)
        handle.dialog = dialog
    (pool or QThreadPool.globalInstance()).start(_Runnable(work, signals, handle.cancel_event))
    return handle
