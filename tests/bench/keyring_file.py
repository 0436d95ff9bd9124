"""A keyring backend for the benchmark's children: one JSON file under the work folder
(``NRTD_BENCH_KEYRING``), chosen with ``PYTHON_KEYRING_BACKEND``.

The benchmark measures the start of an encrypted database "with the keyring": the machine that
runs it has no Secret Service (no desktop session), so the key is kept here instead. Reading it
costs what a file read costs; a real keyring adds its own round trip (D-Bus on Linux, a few ms),
and the detection of the platform's backend when none is named (measured apart, see
docs/encryption.md). Never used by the program itself.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1

    @property
    def path(self) -> Path:
        return Path(os.environ["NRTD_BENCH_KEYRING"])

    def _read(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._read()
        entries[f"{service}\n{username}"] = password
        self.path.write_text(json.dumps(entries), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        entries = self._read()
        entries.pop(f"{service}\n{username}", None)
        self.path.write_text(json.dumps(entries), encoding="utf-8")
