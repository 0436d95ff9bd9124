"""One bilingual catalogue of the core's sentences, registered explicitly (issue 19): importing a
module registers nothing; ``catalogue.load()`` (called by the entry points) registers every table,
and every key the code uses has an English and an Arabic text."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import nrtd_desktop
from nrtd_desktop.domain.errors import FIELD_LABELS, MESSAGES

PACKAGE = Path(nrtd_desktop.__file__).parent
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
PLACEHOLDER = re.compile(r"{(\w+)}")
KEY = re.compile(r"^[a-z][a-z_]*(\.[a-z0-9_]+)+$")

# Every module of the program but the window (Qt) and the generators run by hand.
_IMPORT_ALL = r"""
import importlib, json, pkgutil
import nrtd_desktop
from nrtd_desktop.domain import errors
before = set(errors.MESSAGES), set(errors.FIELD_LABELS)
names = sorted(m.name for m in pkgutil.walk_packages(nrtd_desktop.__path__, "nrtd_desktop.")
               if not m.name.startswith(("nrtd_desktop.ui", "nrtd_desktop.db.migrations"))
               and not m.name.endswith(("generate_uhri", "generate_states")))
modules = [importlib.import_module(n) for n in names]
after_import = set(errors.MESSAGES), set(errors.FIELD_LABELS)
from nrtd_desktop.cli import catalogue
from nrtd_desktop import catalogue as core
catalogue.load()
listed = {id(t) for t in (*core.MESSAGE_TABLES, *core.FIELD_TABLES, *core.FALLBACK_FIELD_TABLES,
                          *catalogue.MESSAGE_TABLES)}
def is_table(value):
    return (isinstance(value, dict) and value and all(isinstance(k, str) for k in value)
            and all(isinstance(v, tuple) and len(v) == 2 and all(isinstance(x, str) for x in v)
                    for v in value.values()))
unlisted = sorted(f"{m.__name__}.{name}" for m in modules for name, value in vars(m).items()
                  if is_table(value) and value is not errors.MESSAGES and value is not errors.FIELD_LABELS
                  and any("." in k for k in value) and id(value) not in listed)
print(json.dumps({"imported_registers": sorted((after_import[0] - before[0]) | (after_import[1] - before[1])),
                  "unlisted": unlisted, "loaded": len(errors.MESSAGES) - len(before[0])}))
"""


def test_importing_registers_nothing_and_the_catalogue_lists_every_table() -> None:
    found = json.loads(subprocess.run([sys.executable, "-c", _IMPORT_ALL], capture_output=True, text=True,
                                      check=True).stdout)
    assert found["imported_registers"] == []
    assert found["unlisted"] == [], "add these tables to nrtd_desktop/catalogue.py (or cli/catalogue.py)"
    assert found["loaded"] > 300


def test_every_sentence_has_english_and_arabic_with_the_same_placeholders() -> None:
    for key, (english, arabic) in MESSAGES.items():
        words = re.search("[A-Za-z]", PLACEHOLDER.sub("", english))  # not "{path}: {reason}"
        assert english.strip() and (ARABIC_LETTER.search(arabic) or not words), key
        assert set(PLACEHOLDER.findall(english)) == set(PLACEHOLDER.findall(arabic)), key
    for field, (english, arabic) in FIELD_LABELS.items():
        assert english.strip() and ARABIC_LETTER.search(arabic), field


def _literal_keys() -> dict[str, str]:
    """Every string of the program that is written like a message key of a known family
    ("import.cell.bad_number"), with where it is."""
    families = {key.split(".")[0] for key in MESSAGES}
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and KEY.match(node.value)
                    and node.value.split(".")[0] in families):
                found.setdefault(node.value, f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


# Strings written like keys that are not sentences (a module, a file, a setting, a prefix).
NOT_KEYS = re.compile(r"(\.(py|json|csv|xlsx|sqlite|pdf|docx|qm|ts|txt|png)$)|(\.$)")


def test_every_key_the_code_names_is_in_the_catalogue() -> None:
    missing = {key: where for key, where in _literal_keys().items()
               if key not in MESSAGES and not NOT_KEYS.search(key)}
    assert not missing, missing
    assert len(_literal_keys()) > 300  # the scan sees the keys (it found none when it looked wrong)
