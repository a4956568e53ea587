"""The application icon rendered from its SVG: PNGs at the usual sizes, and the Windows (.ico)
and macOS (.icns) files the bundle's executables carry.

    python -m desktop.icons OUT_DIR    writes mentordesk.ico and mentordesk.icns (build.spec runs it)
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from desktop.resources import resource_path

# The hicolor theme's usual sizes; .ico and .icns take the ones each format knows.
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def svg_path() -> Path:
    return resource_path("icons", "mentordesk.svg")


def render(size: int) -> QImage:
    """The icon drawn afresh at `size` pixels (sharper than scaling one bitmap down)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg_path())).render(painter)
    painter.end()
    return image


def png_bytes(size: int) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render(size).save(buffer, "PNG")
    return bytes(buffer.data())


def write_platform_icons(directory: Path) -> tuple[Path, Path]:
    """mentordesk.ico and mentordesk.icns in `directory`, each holding every size it knows."""
    from PIL import Image

    def images(sizes: tuple[int, ...]) -> list[Image.Image]:
        return [Image.open(io.BytesIO(png_bytes(size))) for size in sorted(sizes, reverse=True)]

    directory.mkdir(parents=True, exist_ok=True)
    ico, icns = directory / "mentordesk.ico", directory / "mentordesk.icns"
    large, *smaller = images(ICO_SIZES)
    large.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=smaller)
    large, *smaller = images(ICNS_SIZES)
    large.save(icns, format="ICNS", append_images=smaller)
    return ico, icns


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for written in write_platform_icons(Path(sys.argv[1])):
        print(written)
