"""Text size: the application font at 1×, 1.25× or 1.5× the platform's, changed live.

Widgets that want a bigger or bolder font than the rest (titles, headlines) ask for it
through ``emphasise``, relative to the application font, so they grow with it: a font
set with an explicit size would otherwise keep that size when the application font
changes.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from recovery_desktop.ui.icon_scale import set_style

#: The dynamic property holding a widget's font scale relative to the application font.
FONT_SCALE = "font_scale"


class TextSize(StrEnum):
    """What the person chose; the value is what ``settings.TEXT_SIZE`` stores."""

    NORMAL = "normal"
    LARGE = "large"
    LARGEST = "largest"

    @property
    def factor(self) -> float:
        """How much larger than the platform's font."""
        return {TextSize.NORMAL: 1.0, TextSize.LARGE: 1.25, TextSize.LARGEST: 1.5}[self]

    @classmethod
    def parse(cls, value: str) -> TextSize:
        """The size stored as ``value``, or normal if it is unknown."""
        try:
            return cls(value)
        except ValueError:
            return cls.NORMAL


def _scaled(font: QFont, factor: float, reference: QFont | None = None) -> QFont:
    """``font`` at ``factor`` times the size of ``reference`` (by default, itself)."""
    reference = font if reference is None else reference
    scaled = QFont(font)
    if reference.pointSizeF() > 0:
        scaled.setPointSizeF(reference.pointSizeF() * factor)
    elif reference.pixelSize() > 0:  # some platforms size the default font in pixels
        scaled.setPixelSize(round(reference.pixelSize() * factor))
    return scaled


def emphasise(widget: QWidget, scale: float = 1.0, bold: bool | None = True) -> None:
    """Show ``widget`` at ``scale`` times the application font's size, bold if ``bold``.

    The widget keeps its font family (and weight, if ``bold`` is None). The scale is
    kept on the widget, so a change of text size resizes it too.
    """
    widget.setProperty(FONT_SCALE, float(scale))
    font = _scaled(widget.font(), scale, QApplication.font())
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)


def _rescale(widget: QWidget) -> None:
    scale = widget.property(FONT_SCALE)
    if isinstance(scale, float):
        widget.setFont(_scaled(widget.font(), scale, QApplication.font()))


class TextSizeKeeper(QObject):
    """Remembers the platform's font, and sets the application font from it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("text-size-keeper")
        self._app = app
        self.platform_font = QFont(app.font())
        self.size = TextSize.NORMAL

    @classmethod
    def of(cls, app: QApplication) -> TextSizeKeeper:
        """The application's keeper, made on first use (before any size is applied)."""
        found = app.findChild(cls, "text-size-keeper", Qt.FindChildOption.FindDirectChildrenOnly)
        return found if found is not None else cls(app)

    def apply(self, size: TextSize) -> None:
        """Set the application font for ``size``; open windows follow at once."""
        self.size = size
        self._app.setFont(_scaled(self.platform_font, size.factor))
        set_style(self._app, factor=size.factor)  # icons grow with the text
        for widget in self._app.allWidgets():  # those with their own, relative, size
            _rescale(widget)


def apply_text_size(size: TextSize | str) -> None:
    """Show the running application's text at the chosen size (start-up and Preferences)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        TextSizeKeeper.of(app).apply(TextSize.parse(str(size)))


def text_scale() -> float:
    """The chosen text size as a factor of the platform's (1 until a size is applied).

    For text the app draws itself at fixed sizes, such as the charts' labels.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return 1.0
    keeper = app.findChild(
        TextSizeKeeper, "text-size-keeper", Qt.FindChildOption.FindDirectChildrenOnly
    )
    return keeper.size.factor if keeper is not None else 1.0
