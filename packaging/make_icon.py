"""Render the program's icon from ``resources/icons/nrtd.svg`` into ``nrtd.png`` and ``nrtd.ico``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py

The PNG (256 px) is the Linux desktop icon; the ICO holds 16, 24, 32, 48 (uncompressed 32-bit
bitmaps, which every Windows version and NSIS read) and 256 px (PNG inside the ICO, as Windows
expects for the large size). Qt renders the SVG; the ICO container is written here because Qt's
ICO writer stores one size only. The generated files are committed: the build does not need Qt
to draw.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
BITMAP_SIZES = (16, 24, 32, 48)
PNG_SIZE = 256


def render(size: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray((ICONS / "nrtd.svg").read_bytes()))
    if not renderer.isValid():
        raise SystemExit("nrtd.svg could not be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    """A 32-bit BGRA bitmap as ICO stores it: bottom-up rows, height doubled, then the AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(size - 1, -1, -1):
        line = image.constScanLine(y)
        rows.append(bytes(line)[: size * 4])  # ARGB32 is stored B, G, R, A on little-endian machines
    mask_row = ((size + 31) // 32) * 4
    return header + b"".join(rows) + bytes(mask_row * size)  # alpha does the masking: all zero


def write_ico(path: Path, images: list[tuple[int, bytes]]) -> None:
    offset = 6 + 16 * len(images)
    directory = b""
    for size, data in images:
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(struct.pack("<HHH", 0, 1, len(images)) + directory + b"".join(d for _, d in images))


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    big = png_bytes(render(PNG_SIZE))
    (ICONS / "nrtd.png").write_bytes(big)
    write_ico(ICONS / "nrtd.ico", [(s, dib_bytes(render(s))) for s in BITMAP_SIZES] + [(PNG_SIZE, big)])
    print(f"wrote {ICONS / 'nrtd.png'} and {ICONS / 'nrtd.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
