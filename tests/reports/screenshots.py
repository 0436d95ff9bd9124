"""Pictures of the five reports on the demo data, as a committee member first sees them.

    .venv/bin/python -m tests.reports.screenshots [--out DIR] [--pages-to DIR]

Writes ``report-<kind>-ar.png`` into ``--out`` (a temporary folder unless given): the first page
of the report's body beside its cover (on the right, where an Arabic reader starts), 60 dpi. With
``--pages-to DIR`` also the first three pages of every report, Arabic and English, as
``DIR/<kind>-<lang>-<n>.png``. The committed pictures in docs/screenshots are made by
``tests/ui/screenshots.py``, which calls :func:`write_pictures`. Needs poppler-utils (pdftoppm).
Look at the pictures after a change to the reports.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

KINDS = ("plan", "progress", "entity", "challenges", "recommendation")
TODAY = date(2026, 11, 29)
GAP, BACKGROUND = 11, (176, 180, 186)


def pages_as_png(pdf: Path, folder: Path, first: int, last: int) -> list[Path]:
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(first), "-l", str(last), str(pdf), str(prefix)],
                   check=True)
    return sorted(folder.glob(f"{pdf.stem}-*.png"))


def side_by_side(pictures: list[Path], target: Path, rtl: bool) -> None:
    """The pictures in reading order: from the right in Arabic."""
    from PIL import Image

    images = [Image.open(p).convert("RGB") for p in pictures]
    if rtl:
        images.reverse()
    width = sum(i.width for i in images) + GAP * (len(images) - 1)
    height = max(i.height for i in images)
    sheet = Image.new("RGB", (width, height), BACKGROUND)
    x = 0
    for image in images:
        sheet.paste(image, (x, 0))
        x += image.width + GAP
    sheet.save(target, optimize=True)


def write_pictures(services: object, out: Path, pages_to: Path | None = None) -> list[Path]:
    """The report pictures of ``services`` (the demo data) in ``out``; returns them."""
    from nrtd_desktop.reports.common_report import ReportOptions

    work = Path(tempfile.mkdtemp(prefix="nrtd-report-shots-"))
    out.mkdir(parents=True, exist_ok=True)
    if pages_to:
        pages_to.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for lang in ("ar", "en"):
            for kind in KINDS:
                extra: dict[str, str] = {}
                if kind == "entity":
                    extra["entity"] = "MOJ"
                if kind == "recommendation":
                    extra["reference"] = "UPR-3-122.3"
                pdf = work / f"{kind}-{lang}.pdf"
                options = ReportOptions(kind, lang=lang, report_date=TODAY, **extra)
                _, pages = services.reports.write(options, pdf)
                folder = work / f"png-{kind}-{lang}"
                folder.mkdir()
                pictures = pages_as_png(pdf, folder, 1, min(3, pages))
                if pages_to:
                    for number, picture in enumerate(pictures, start=1):
                        shutil.copyfile(picture, pages_to / f"{kind}-{lang}-{number}.png")
                if lang == "ar":
                    # The cover and the first page of the body (after the contents, when there are).
                    shown = [pictures[0], pictures[-1]] if kind != "recommendation" else pictures[:2]
                    side_by_side(shown, out / f"report-{kind}-ar.png", rtl=True)
                    written.append(out / f"report-{kind}-ar.png")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="where the report pictures go (default: a temporary folder)")
    parser.add_argument("--pages-to", type=Path, help="also write the first three pages of each report here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nrtd-report-data-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    from nrtd_desktop.app import open_services
    from nrtd_desktop.demo.loader import load_demo

    services = open_services(work / "demo.sqlite", today=TODAY)
    load_demo(services)
    try:
        for path in write_pictures(services, args.out or work / "pictures", args.pages_to):
            print(path)
    finally:
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
