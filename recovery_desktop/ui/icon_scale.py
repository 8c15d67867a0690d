"""Icons that grow with the text size: menus, buttons, tabs and tool bars.

Qt sizes these icons from the style's pixel metrics, which know nothing of the
application font; at the largest text size, 16-pixel menu icons sat beside text half as
tall again. ``ScaledIcons`` wraps whichever style is in use (the theme switches between
the platform's own and Fusion) and scales those metrics by the text size's factor. The
action icons are SVG, so they stay sharp at any size.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

_ICON_METRICS = frozenset(
    {
        QStyle.PixelMetric.PM_SmallIconSize,  # menus, item views
        QStyle.PixelMetric.PM_ButtonIconSize,
        QStyle.PixelMetric.PM_TabBarIconSize,
        QStyle.PixelMetric.PM_ToolBarIconSize,
        QStyle.PixelMetric.PM_ListViewIconSize,
    }
)


class ScaledIcons(QProxyStyle):
    """A style whose icon sizes are ``factor`` times its base style's."""

    def __init__(self, base: str, factor: float) -> None:
        super().__init__(base)
        #: The base style's name (a proxy's own name is empty).
        self.base_name = base
        self.factor = factor

    def pixelMetric(  # noqa: D102 - Qt's
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in _ICON_METRICS and self.factor != 1.0:
            return round(value * self.factor)
        return value


def style_name(app: QApplication) -> str:
    """The name of the style in use, under any icon scaling."""
    style = app.style()
    return style.base_name if isinstance(style, ScaledIcons) else style.name()


def set_style(app: QApplication, name: str | None = None, factor: float | None = None) -> None:
    """Use style ``name`` (default: the one in use) with icons at ``factor`` (default: as now).

    At the normal size the style is used as it is: a Python override is called for every
    metric Qt asks for, so only larger text pays for it. Setting a style repolishes
    every widget, so open windows follow at once.
    """
    current = app.style()
    base = name if name is not None else style_name(app)
    if factor is None:
        factor = current.factor if isinstance(current, ScaledIcons) else 1.0
    if factor == 1.0:
        if isinstance(current, ScaledIcons) or current.name().lower() != base.lower():
            app.setStyle(base)
        return
    app.setStyle(ScaledIcons(base, factor))
