"""``python -m tests.bench.unlock_bench DB``: the unlock step of an encrypted database's start, alone,
in a fresh process, as the window does it before opening (``ui.unlock_dialog.ensure_unlocked``):
the key recalled from the keyring (the benchmark's file keyring, ``keyring_file.py``), checked
against the file, the former keys read. Wall and CPU seconds, the first import of ``keyring`` and
its backend included; prints one JSON line (issue 26).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
from pathlib import Path

# ``--keyring discovered|remembered`` (issue 26c): no PYTHON_KEYRING_BACKEND; the file keyring is
# imported (inside the timed part), so keyring's discovery finds it as it would a platform's.
KEYRING_MODE_ENV = "NRTD_BENCH_KEYRING_MODE"


def main() -> None:
    from nrtd_desktop.safety import unlock  # loaded with the window's own modules, before it unlocks

    db = Path(sys.argv[1])
    started, cpu = time.perf_counter(), time.process_time()
    if os.environ.get(KEYRING_MODE_ENV):
        importlib.import_module("tests.bench.keyring_file")
    unlocked = unlock.without_asking(db) if unlock.needs_unlock(db) else None
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if unlocked is None:
        raise SystemExit(f"{db} was not unlocked without asking")
    import keyring

    backend = type(keyring.get_keyring())
    print("NRTD_BENCH " + json.dumps({"seconds": round(seconds, 4), "cpu_s": round(cpu, 4),
                                      "source": unlocked.source,
                                      "backend": f"{backend.__module__}.{backend.__name__}",
                                      # keyring's own backend modules imported: all of them after a
                                      # discovery, none when the remembered class was made directly
                                      "backend_modules": sorted(m for m in sys.modules
                                                                if m.startswith("keyring.backends."))}),
          flush=True)


if __name__ == "__main__":
    main()
