"""Fill i18n/plan_ar.ts from the table in plan_ar_strings.py, then compile plan_*.qm.

    .venv/bin/pyside6-lupdate nrtd_desktop/ui/plan_*.py nrtd_desktop/ui/timeline_view.py \
        nrtd_desktop/ui/challenges_page.py -ts i18n/plan_ar.ts i18n/plan_en.ts
    .venv/bin/python i18n/plan_translate.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from plan_ar_strings import AR  # noqa: E402


def fill(path: Path) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source not in AR:
            missing.append(source)
            continue
        translation.text = AR[source]
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = fill(HERE / "plan_ar.ts")
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    release = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in ("ar", "en"):
        subprocess.run(
            [str(release), str(HERE / f"plan_{lang}.ts"), "-qm", str(HERE / f"plan_{lang}.qm")], check=True
        )
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
