"""Python's cycle collector held off during the bulk work of an import.

Reading and writing 41,066 rows allocates millions of small objects that all stay alive until
the import ends (records, tuples, dictionaries): the collector runs again and again over a
growing heap and finds nothing to free (measured: 0.3 s of a 3.7 s import). Reference counting
still frees everything that is not in a cycle; the collector resumes when the block ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off the cycle collector for the block, if it runs; nested or concurrent blocks
    (the window's worker thread) only turn it back on if they turned it off."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
