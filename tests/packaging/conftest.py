"""Shared helpers of the packaging tests: the repository root and the bundle manifest module."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bundle() -> ModuleType:
    """``packaging/nrtd_bundle.py``, loaded from its file (``packaging`` is not a Python package)."""
    spec = importlib.util.spec_from_file_location("nrtd_bundle", ROOT / "packaging" / "nrtd_bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
