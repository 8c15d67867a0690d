"""Icons: the desktop's icon theme where it has one, else our own line icons.

The bundled icons (``resources/icons/actions/<freedesktop name>.svg``) are drawn in one
neutral grey, ``#444444``; they are shown in the palette's text colour at the time they
are painted, so they read in light and dark alike and follow a change of colours live.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

#: The ink the bundled line icons are drawn in, replaced by the palette's when shown.
INK = b"#444444"


def _icons() -> Traversable:
    return resources.files("recovery_desktop.resources") / "icons"


def bundled(name: str) -> Traversable:
    """The bundled line icon called ``name`` (a freedesktop icon name)."""
    return _icons() / "actions" / f"{name}.svg"


def bundled_names() -> list[str]:
    """The names of every bundled line icon."""
    return sorted(
        entry.name.removesuffix(".svg")
        for entry in (_icons() / "actions").iterdir()
        if entry.name.endswith(".svg")
    )


class _LineIconEngine(QIconEngine):
    """Paints a line icon in the palette's text colour for the icon's mode."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg

    def _ink(self, mode: QIcon.Mode) -> str:
        palette = QApplication.palette()
        if mode is QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
        if mode is QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText).name()
        return palette.color(QPalette.ColorRole.WindowText).name()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the icon into ``rect``, in the colour of ``mode``."""
        svg = self._svg.replace(INK, self._ink(mode).encode("ascii"))
        QSvgRenderer(QByteArray(svg)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The icon as a pixmap of ``size``."""
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """The icon as a pixmap of ``size`` at a device pixel ratio of ``scale`` (high DPI)."""
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        pixmap.setDevicePixelRatio(scale)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        """A copy (Qt copies engines when an icon is detached)."""
        return _LineIconEngine(self._svg)


def icon(name: str) -> QIcon:
    """The icon for the freedesktop icon ``name``: the desktop theme's, else ours.

    An empty icon if neither has it.
    """
    return QIcon.fromTheme(name, bundled_icon(name))


def bundled_icon(name: str) -> QIcon:
    """Our own line icon called ``name``, whatever the desktop's theme; empty if none."""
    path = bundled(name)
    return QIcon(_LineIconEngine(path.read_bytes())) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    """The application's own icon (windows, task bar, About)."""
    icon_file = _icons() / "app.svg"
    return QIcon(str(icon_file))  # the package is installed as files, never zipped
