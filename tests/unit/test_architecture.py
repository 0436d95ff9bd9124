"""The layers of docs/design/ARCHITECTURE.md hold (contracts in pyproject.toml, [tool.importlinter])."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept() -> None:
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 5 kept, 0 broken." in result.stdout
    assert "Layers: the window" in result.stdout  # the layered contract is among them
    assert "never imports the tests or the benchmark" in result.stdout


def test_the_safety_package_hands_out_each_name_of_its_modules_when_asked() -> None:
    """``nrtd_desktop.safety`` imports a module when one of its names is first asked for (the
    window's first rows read the lock without the backups or the encryption, issue 25)."""
    import importlib

    from nrtd_desktop import safety

    for name in safety.__all__:
        module = importlib.import_module(f"nrtd_desktop.safety.{safety._EXPORTS[name]}")
        assert getattr(safety, name) is getattr(module, name)
    with pytest.raises(AttributeError):
        safety.no_such_name  # noqa: B018
