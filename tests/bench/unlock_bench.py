"""``python -m tests.bench.unlock_bench DB``: the unlock step of an encrypted database's start, alone,
in a fresh process, as the window does it before opening (``ui.unlock_dialog.ensure_unlocked``):
the key recalled from the keyring (the benchmark's file keyring, ``keyring_file.py``), checked
against the file, the former keys read. Wall and CPU seconds, the first import of ``keyring`` and
its backend included; prints one JSON line (issue 26).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> None:
    from nrtd_desktop.safety import unlock  # loaded with the window's own modules, before it unlocks

    db = Path(sys.argv[1])
    started, cpu = time.perf_counter(), time.process_time()
    unlocked = unlock.without_asking(db) if unlock.needs_unlock(db) else None
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if unlocked is None:
        raise SystemExit(f"{db} was not unlocked without asking")
    print("NRTD_BENCH " + json.dumps({"seconds": round(seconds, 4), "cpu_s": round(cpu, 4),
                                      "source": unlocked.source}), flush=True)


if __name__ == "__main__":
    main()
