"""What a Windows or macOS build needs beside the code: the app icon and macOS's Info.plist.

    python packaging/platform_files.py OUT_FOLDER    writes app.png, app.ico, app.icns there

The spec (packaging/recovery-desktop.spec) calls these when it builds. The icon is drawn
from ``resources/icons/app.svg`` by Qt's SVG renderer and packed by Pillow (matplotlib
already depends on it), so no binary icon file sits in the repository beside its source.
The Info.plist registers the app id and the share and feedback files, as the Linux
``.desktop`` and MIME files do.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "app.svg"
#: Sizes drawn from the SVG: Windows uses up to 256 px, macOS up to 1024 px.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024

sys.path.insert(0, str(ROOT))
from recovery_desktop import APP_ID, APP_NAME, __version__  # noqa: E402
from recovery_desktop.domain.file_types import (  # noqa: E402
    FEEDBACK_MIME,
    FEEDBACK_SUFFIX,
    SHARE_MIME,
    SHARE_SUFFIX,
)


def render_png(size: int, target: Path) -> None:
    """The app icon, ``size`` pixels square, as a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"cannot write {target}")


def write_icons(folder: Path) -> dict[str, Path]:
    """``app.png`` (1024 px), ``app.ico`` and ``app.icns`` in ``folder``."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    png = folder / "app.png"
    render_png(ICNS_SIZE, png)
    with Image.open(png) as big:
        big.save(folder / "app.icns", format="ICNS")
        # Each ICO size is drawn from the SVG at that size, not scaled down from 1024 px,
        # so the small ones stay sharp.
        small = []
        for size in ICO_SIZES:
            path = folder / f"app-{size}.png"
            render_png(size, path)
            with Image.open(path) as image:
                small.append(image.convert("RGBA"))
        small[-1].save(
            folder / "app.ico",
            format="ICO",
            sizes=[(s, s) for s in ICO_SIZES],
            append_images=small[:-1],
        )
    return {"png": png, "ico": folder / "app.ico", "icns": folder / "app.icns"}


def _file_type(kind: str, suffix: str, mime: str, role: str) -> dict[str, dict[str, Any]]:
    """An exported type declaration and the document type that opens it, for one kind."""
    uti = f"{APP_ID}.{kind}"
    declaration = {
        "UTTypeIdentifier": uti,
        "UTTypeDescription": f"{APP_NAME} {kind} file",
        "UTTypeConformsTo": ["public.data"],
        "UTTypeTagSpecification": {
            "public.filename-extension": [suffix.lstrip(".")],
            "public.mime-type": [mime],
        },
    }
    document = {
        "CFBundleTypeName": f"{APP_NAME} {kind} file",
        "CFBundleTypeRole": role,
        "LSHandlerRank": "Owner",
        "LSItemContentTypes": [uti],
    }
    return {"declaration": declaration, "document": document}


def macos_info_plist() -> dict[str, Any]:
    """The keys PyInstaller adds to the bundle's Info.plist."""
    share = _file_type("share", SHARE_SUFFIX, SHARE_MIME, "Viewer")
    feedback = _file_type("feedback", FEEDBACK_SUFFIX, FEEDBACK_MIME, "Viewer")
    return {
        "CFBundleIdentifier": APP_ID,
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": __version__,
        "CFBundleVersion": __version__,
        # Sharp on Retina screens, and the system's dark appearance is followed.
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "LSApplicationCategoryType": "public.app-category.healthcare-fitness",
        "UTExportedTypeDeclarations": [share["declaration"], feedback["declaration"]],
        "CFBundleDocumentTypes": [share["document"], feedback["document"]],
    }


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for name, path in write_icons(Path(sys.argv[1])).items():
        print(f"{name}: {path}")
