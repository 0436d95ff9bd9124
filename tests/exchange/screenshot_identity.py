"""Screenshots, in Arabic, of the window's questions of issue 16 (faults 4 and 5).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.exchange.screenshot_identity [OUT_DIR]

- ``copied_site_ar.png``: the question asked once when a database copied from another computer
  is opened (a coordinator's database copied to a second "installation" in a temporary folder);
- ``other_committee_ar.png``: the refusal of another committee's package, with the choice to join;
- ``other_entity_ar.png``: the review of a package made for another entity, with the tick.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path


def _grab(app: object, widget: object, out: Path) -> None:
    widget.show()  # type: ignore[attr-defined]
    for _ in range(20):
        app.processEvents()  # type: ignore[attr-defined]
    widget.grab().save(str(out))  # type: ignore[attr-defined]
    print(f"{out} ({widget.width()}x{widget.height()})")  # type: ignore[attr-defined]
    widget.hide()  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path(tempfile.mkdtemp(prefix="nrtd-identity-shots-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="nrtd-identity-work-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    os.environ["NRTD_DATA_DIR"] = str(work / "data")
    os.environ["NRTD_INSTALLATION_ID"] = "laptop-a"
    from nrtd_desktop.app import open_services
    from nrtd_desktop.db.models import Entity
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.exchange.messages import ExchangeError
    from nrtd_desktop.sites import SiteCopiedError
    from nrtd_desktop.ui.application import create_application
    from nrtd_desktop.ui.backup_startup import copied_site_box
    from nrtd_desktop.ui.exchange_menu import other_committee_box
    from nrtd_desktop.ui.exchange_review import MergeReviewDialog
    from tests.exchange.conftest import MEMBER_ENTITY, open_laptop

    app = create_application(sys.argv[:1], "ar")
    for name in ("coordinator", "other", "moi", "copy"):
        (work / name).mkdir()
    coordinator = open_laptop(work / "coordinator" / "nrtd.sqlite", "منسق اللجنة", "HRC", "coordinator")
    load_demo(coordinator.services)

    # 1. the copied database, opened by another installation
    copy = work / "copy" / "nrtd.sqlite"
    coordinator.services.close()
    shutil.copyfile(work / "coordinator" / "nrtd.sqlite", copy)
    os.environ["NRTD_INSTALLATION_ID"] = "laptop-b"
    try:
        open_services(copy)
    except SiteCopiedError as error:
        _grab(app, copied_site_box(error, "ar"), out_dir / "copied_site_ar.png")
    else:
        raise SystemExit("the copy was not recognised")
    os.environ["NRTD_INSTALLATION_ID"] = "laptop-a"
    coordinator = open_laptop(work / "coordinator" / "nrtd.sqlite", "منسق اللجنة", "HRC", "coordinator")

    # 2. another committee's package
    other = open_laptop(work / "other" / "nrtd.sqlite", "منسق لجنة أخرى", "HRC", "coordinator")
    other.add(Entity(code="NGO", name_ar="جمعية أهلية", name_en="An NGO"))
    package = other.export("from-other.nrtdpkg", whole_plan=True)
    try:
        coordinator.review(package)
    except ExchangeError as error:  # the refusal is the point
        _grab(app, other_committee_box(error.text("ar")), out_dir / "other_committee_ar.png")
    else:
        raise SystemExit("the other committee's package was not refused")

    # 3. a package for the Ministry of Justice opened on the Ministry of Interior's laptop
    moi = open_laptop(work / "moi" / "nrtd.sqlite", "ممثل وزارة الداخلية", "MOI", "member")
    review = moi.review(coordinator.export("to-moj.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
    dialog = MergeReviewDialog(moi.services, review, "ar")
    dialog.resize(1100, 560)
    _grab(app, dialog, out_dir / "other_entity_ar.png")
    for laptop in (coordinator, other, moi):
        laptop.services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
