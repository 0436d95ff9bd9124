"""The child side of the start-up measurement, installed by ``ui.launch`` when
``NRTD_BENCH_STARTUP=1``: when the register's table first paints rows, print one JSON line
(seconds since the process started, peak memory) and quit.

Only the window's public widgets are used: the register page's ``table``; nothing is patched.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer


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


class _FirstPaint(QObject):
    def __init__(self, window: Any, app: Any) -> None:
        super().__init__(window)
        self._window = window
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if not self._done and event.type() == QEvent.Type.Paint:
            table = self._window.areas["recommendations"].table
            if table.model().rowCount() > 0:
                self._done = True
                # After this paint event has been handled: the rows are on screen.
                QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        usage = resource.getrusage(resource.RUSAGE_SELF)  # the CPU it took: the load inflates it far less
        line = {"startup_s": round(seconds_since_process_start(), 4), "peak_rss_mb": round(peak_rss_mb(), 1),
                "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
                "rows": self._window.areas["recommendations"].table.model().rowCount(),
                "modules": sorted(m for m in ("openpyxl", "reportlab", "sklearn", "arabic_reshaper", "bidi",
                                              "numpy", "scipy") if m in sys.modules)}
        print("NRTD_BENCH " + json.dumps(line), flush=True)
        self._window.close()
        self._app.quit()


def report_first_paint(window: Any, app: Any) -> None:
    probe = _FirstPaint(window, app)
    window.areas["recommendations"].table.viewport().installEventFilter(probe)
