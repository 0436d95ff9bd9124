"""The long-work helper: results and failures reach the GUI thread, cancel stops the work."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.ui.worker import Progress, run_task


@pytest.fixture(autouse=True)
def _no_worker_outlives_its_test() -> Any:
    yield
    assert QThreadPool.globalInstance().waitForDone(5000)


def _gui_thread() -> Any:
    return QApplication.instance().thread()


def test_the_result_arrives_on_the_gui_thread(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, Any] = {}

    def work(progress: Progress) -> int:
        seen["worker_thread"] = threading.current_thread()
        total = 0
        for n in range(5):
            total += n
            progress.report(n + 1, 5, "")
        return total

    def success(result: int) -> None:
        from PySide6.QtCore import QThread

        seen["result"] = result
        seen["on_gui_thread"] = QThread.currentThread() == _gui_thread()

    handle = run_task(parent, work, title="t", label="l", on_success=success)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert seen["result"] == 10
    assert seen["on_gui_thread"] is True
    assert seen["worker_thread"] is not threading.main_thread()


def test_a_failure_is_a_sentence_in_the_language(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[str] = []

    def work(progress: Progress) -> None:
        raise ValidationError("validation.required", field="reference")

    handle = run_task(parent, work, title="t", label="l", lang="ar",
                      on_failure=lambda error, sentence: failures.append(sentence))
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert failures == ["الحقل «الرمز المرجعي» مطلوب."]


def test_an_unexpected_error_is_still_a_sentence(qtbot: Any) -> None:
    failures: list[str] = []

    def work(progress: Progress) -> None:
        raise ZeroDivisionError("division by zero")

    handle = run_task(None, work, title="t", label="l", lang="en", show_dialog=False,
                      on_failure=lambda error, sentence: failures.append(sentence))
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert len(failures) == 1
    assert failures[0].endswith(": division by zero")
    assert isinstance(handle.error, ZeroDivisionError)


def test_cancel_from_the_dialog_stops_the_work_and_the_window_stays_responsive(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    steps: list[int] = []
    cancelled: list[bool] = []

    def work(progress: Progress) -> str:
        for n in range(1000):
            steps.append(n)
            progress.report(n, 1000, "")
            time.sleep(0.01)
        return "finished"

    successes: list[str] = []
    handle = run_task(parent, work, title="t", label="l", on_success=successes.append,
                      on_cancel=lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: len(steps) > 5, timeout=5000)
    assert handle.dialog is not None
    handle.dialog.findChild(QPushButton).click()  # the Cancel button
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert cancelled == [True]
    assert successes == []
    assert len(steps) < 1000
    assert handle.dialog is None  # the dialog is gone


def test_parts_arrive_in_order_before_the_result_and_none_after_a_cancel(qtbot: Any) -> None:
    """``progress.deliver``: each part reaches ``on_partial`` on the GUI thread, in order, before
    ``on_success``; a task cancelled while its parts wait in the queue hands over none of them."""
    parent = QWidget()
    qtbot.addWidget(parent)
    events: list[Any] = []

    def work(progress: Progress) -> str:
        for n in range(3):
            progress.deliver(n)
        return "done"

    handle = run_task(parent, work, title="t", label="l", show_dialog=False,
                      on_partial=lambda part: events.append(("part", part)),
                      on_success=lambda result: events.append(("result", result)))
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert events == [("part", 0), ("part", 1), ("part", 2), ("result", "done")]

    late: list[Any] = []
    delivered = threading.Event()

    def quick(progress: Progress) -> None:
        progress.deliver("late")
        delivered.set()

    stale = run_task(parent, quick, title="t", label="l", show_dialog=False, on_partial=late.append)
    assert delivered.wait(5)  # the part is queued for the GUI thread, not yet handed over
    stale.cancel()
    qtbot.waitUntil(lambda: stale.done, timeout=5000)
    assert late == []
