"""The child side of the start-up measurement, installed by ``ui.launch`` when
``NRTD_BENCH_STARTUP=1``: when the register's table first paints rows, note the time (seconds
since the process started, the CPU time the process and its main thread used by then); when the
window is ready to work, print one JSON line with both and the peak memory, and quit.

Ready is the same moment as the first rows in the usual start. When the window was shown over
its first rows before the database opened (``ui/first_rows.py``), ready is the first paint of
the register after the database's services took over (``MainWindow.services_taken``):
``ready_s``, ``ready_cpu_s``; ``first_rows_early`` says which start it was.

The CPU times say what the start costs on a machine shared with other work, where the wall time
also counts the waits for a core: ``startup_cpu_s`` is every thread's (the start-up check's
too), ``startup_main_cpu_s`` the GUI thread's, which the first paint waits for.

Only the window's public widgets and signals are used: the register page's ``table``,
``services_taken``; nothing is patched.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

from nrtd_desktop.opening import is_opening


def seconds_since_process_start() -> float:
    """Wall time since the kernel started this process (Linux /proc), else since Python started."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22 of stat: starttime, in clock ticks since boot
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return uptime - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter()


def peak_rss_mb() -> float:
    """This process's own peak, from the kernel's high-water mark of its address space.

    Not ``ru_maxrss``: Linux keeps it across ``execve``, so a child started by a benchmark that
    had just built the 267,000-record database reported the builder's 1.5 GB as its own."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _moment() -> tuple[float, float, float]:
    """(wall seconds since the process started, CPU of the process, CPU of this thread)."""
    wall, cpu, main_cpu = seconds_since_process_start(), time.process_time(), time.thread_time()
    return round(wall, 4), round(cpu, 4), round(main_cpu, 4)


class _FirstPaint(QObject):
    def __init__(self, window: Any, app: Any) -> None:
        super().__init__(window)
        self._window = window
        self._app = app
        self._first: tuple[float, float, float] | None = None
        self._sqlalchemy_at_first_rows = False
        self._done = False
        # Opened over the first rows: ready once the database's services have taken over.
        self._early = is_opening(window.services)
        self._waiting = self._early
        if self._early:
            window.services_taken.connect(self._taken)

    def _taken(self) -> None:
        self._waiting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if not self._done and event.type() == QEvent.Type.Paint:
            table = self._window.areas["recommendations"].table
            if table.model().rowCount() > 0:
                # After this paint event has been handled: the rows are on screen.
                if self._first is None:
                    QTimer.singleShot(0, self._first_rows)
                if not self._waiting:
                    self._done = True
                    QTimer.singleShot(0, self._report)
        return False

    def _first_rows(self) -> None:
        self._first = _moment()
        self._sqlalchemy_at_first_rows = "sqlalchemy" in sys.modules

    def _report(self) -> None:
        first = self._first or _moment()
        ready = _moment()
        line = {"startup_s": first[0], "startup_cpu_s": first[1], "startup_main_cpu_s": first[2],
                "ready_s": ready[0], "ready_cpu_s": ready[1], "first_rows_early": self._early,
                "sqlalchemy_at_first_rows": self._sqlalchemy_at_first_rows,
                "peak_rss_mb": round(peak_rss_mb(), 1),
                "rows": self._window.areas["recommendations"].table.model().rowCount(),
                "modules": sorted(m for m in ("openpyxl", "reportlab", "sklearn", "arabic_reshaper", "bidi",
                                              "numpy", "scipy", "PySide6.QtCharts") if m in sys.modules)}
        print("NRTD_BENCH " + json.dumps(line), flush=True)
        self._window.close()
        self._app.quit()


def report_first_paint(window: Any, app: Any) -> None:
    probe = _FirstPaint(window, app)
    window.areas["recommendations"].table.viewport().installEventFilter(probe)
