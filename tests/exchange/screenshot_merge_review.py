"""Screenshot of the merge review in Arabic with real conflicts (docs/screenshots/merge-review-ar.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.exchange.screenshot_merge_review

Two laptops in a temporary folder: the coordinator's (the demo data) and the Ministry of Justice's,
started from the coordinator's package; both edit, the member's package comes back with conflicts.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots" / "merge-review-ar.png"


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="nrtd-merge-shot-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    os.environ["NRTD_DATA_DIR"] = str(work / "data")
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.ui.application import create_application
    from nrtd_desktop.ui.exchange_review import MergeReviewDialog
    from tests.exchange.conftest import MEMBER_ENTITY, open_laptop
    from tests.exchange.scenario import member_comes_back_with_conflicts

    (work / "coordinator").mkdir()
    (work / "moj").mkdir()
    coordinator = open_laptop(work / "coordinator" / "nrtd.sqlite", "منسق اللجنة", "HRC", "coordinator")
    load_demo(coordinator.services)
    member = open_laptop(work / "moj" / "nrtd.sqlite", "ممثل وزارة العدل", MEMBER_ENTITY, "member")
    member.import_(coordinator.export("to-moj.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
    review = member_comes_back_with_conflicts(coordinator, member)
    app = create_application(sys.argv[:1], "ar")
    dialog = MergeReviewDialog(coordinator.services, review, "ar")
    dialog.resize(1200, 720)
    dialog.show()
    conflicts = dialog.conflicts
    conflicts.cellWidget(0, 4).setCurrentIndex(1)  # one choice made, the others still to decide
    for _ in range(20):
        app.processEvents()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(OUT))
    print(f"{OUT} ({dialog.width()}x{dialog.height()})")
    coordinator.services.close()
    member.services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
