"""Screenshot of the merge review with real conflicts.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.exchange.screenshot_merge_review [OUT_DIR]

Two laptops in a temporary folder: the coordinator's (the demo data) and the Ministry of Justice's,
started from the coordinator's package; both edit, the member's package comes back with conflicts.
Writes ``merge-review-<lang>.png`` into OUT_DIR (a temporary folder unless given); the committed
picture is made by ``tests/ui/screenshots.py``, which calls :func:`shoot`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def shoot(app: object, out: Path, langs: tuple[str, ...] = ("ar",)) -> list[Path]:
    """The review dialog of a package with conflicts, in each of ``langs``; returns the pictures."""
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.ui.application import install_translations
    from nrtd_desktop.ui.exchange_review import MergeReviewDialog
    from tests.exchange.conftest import MEMBER_ENTITY, open_laptop
    from tests.exchange.scenario import member_comes_back_with_conflicts

    work = Path(tempfile.mkdtemp(prefix="nrtd-merge-shot-"))
    (work / "coordinator").mkdir()
    (work / "moj").mkdir()
    coordinator = open_laptop(work / "coordinator" / "nrtd.sqlite", "منسق اللجنة", "HRC", "coordinator")
    load_demo(coordinator.services)
    member = open_laptop(work / "moj" / "nrtd.sqlite", "ممثل وزارة العدل", MEMBER_ENTITY, "member")
    member.import_(coordinator.export("to-moj.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
    review = member_comes_back_with_conflicts(coordinator, member)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for lang in langs:
            install_translations(app, lang)  # type: ignore[arg-type]
            dialog = MergeReviewDialog(coordinator.services, review, lang)
            dialog.resize(1200, 720)
            dialog.show()
            conflicts = dialog.conflicts
            conflicts.cellWidget(0, 4).setCurrentIndex(1)  # one choice made, the others still to decide
            for _ in range(20):
                app.processEvents()  # type: ignore[attr-defined]
            path = out / f"merge-review-{lang}.png"
            dialog.grab().save(str(path))
            written.append(path)
            dialog.close()
    finally:
        coordinator.services.close()
        member.services.close()
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(tempfile.mkdtemp(prefix="nrtd-merge-pictures-"))
    work = Path(tempfile.mkdtemp(prefix="nrtd-merge-config-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    os.environ["NRTD_DATA_DIR"] = str(work / "data")
    from nrtd_desktop.ui.application import create_application

    app = create_application(sys.argv[:1], "ar")
    for path in shoot(app, out, ("ar", "en")):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
