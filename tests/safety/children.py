"""Child processes of the fault tests, started with ``os.fork`` so that no import time is paid.

Each child reports on a pipe (one short line per event, written with ``os.write``: a line the
parent reads was really written before the kill) and ends with ``os._exit``, never returning into
pytest.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Callable


def fork_child(body: Callable[[int], None]) -> tuple[int, int]:
    """Run ``body(write_fd)`` in a forked child; return (pid, read_fd)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        code = 0
        try:
            os.close(read_fd)
            body(write_fd)
        except BaseException as exc:  # report, never return into pytest
            with contextlib.suppress(OSError):
                os.write(write_fd, f"ERROR {type(exc).__name__}: {exc}\n".encode())
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, read_fd


def say(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode())


class ChildReader:
    """Reads a child's lines as they come, with a deadline."""

    def __init__(self, pid: int, read_fd: int) -> None:
        self.pid = pid
        self.fd = read_fd
        self.buffer = b""
        self.lines: list[str] = []
        os.set_blocking(read_fd, False)

    def _pump(self) -> bool:
        try:
            chunk = os.read(self.fd, 65536)
        except BlockingIOError:
            return True
        if not chunk:
            return False
        self.buffer += chunk
        *complete, self.buffer = self.buffer.split(b"\n")
        self.lines.extend(line.decode() for line in complete)
        return True

    def wait_for(self, predicate: Callable[[list[str]], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            open_ = self._pump()
            if predicate(self.lines):
                return True
            if not open_:
                return False
            time.sleep(0.001)
        return False

    def kill(self) -> None:
        """SIGKILL the child, reap it, and read everything it wrote before dying."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.set_blocking(self.fd, True)
        while self._pump():
            pass
        os.close(self.fd)

    def finish(self, timeout: float = 30) -> int:
        """Wait for the child to end by itself; returns its exit code."""
        self.wait_for(lambda _lines: False, timeout)
        _pid, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)
