"""Light or dark: follow the system's colour scheme, or the person's choice in Preferences.

Qt 6.8+ can ask the platform for a colour scheme (``QStyleHints.setColorScheme``), and
where the platform honours it the native style and palette change with it. Where it does
not (older Qt, desktops without a colour-scheme setting, the offscreen platform in tests),
the choice is made with the Fusion style and a palette of our own, so "dark" always means
dark. Charts follow whatever the palette ends up as (``is_dark``), so they always match.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from recovery_desktop.ui.icon_scale import set_style, style_name

#: Window colours at or above this HSL lightness read as light.
LIGHT_THRESHOLD = 128
_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


class ThemeChoice(StrEnum):
    """What the person chose; the value is what ``settings.THEME`` stores."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @classmethod
    def parse(cls, value: str) -> ThemeChoice:
        """The choice stored as ``value``, or following the system if it is unknown."""
        try:
            return cls(value)
        except ValueError:
            return cls.SYSTEM


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark one (its window colour is dark)."""
    return palette.color(_Role.Window).lightness() < LIGHT_THRESHOLD


def _palette(
    colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]
) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    if hasattr(_Role, "Accent"):  # Qt 6.6+: some styles draw checks and focus in it
        palette.setColor(_Role.Accent, QColor(colours[_Role.Highlight]))
    for role, colour in disabled.items():
        palette.setColor(_Group.Disabled, role, QColor(colour))
    return palette


def dark_palette() -> QPalette:
    """A calm dark palette for Fusion, with text well above WCAG AA contrast."""
    return _palette(
        {
            _Role.Window: "#2b2b2b",
            _Role.WindowText: "#e8e8e8",
            _Role.Base: "#1f1f1f",
            _Role.AlternateBase: "#333333",
            _Role.ToolTipBase: "#3a3a3a",
            _Role.ToolTipText: "#e8e8e8",
            _Role.PlaceholderText: "#9c9c9c",
            _Role.Text: "#e8e8e8",
            _Role.Button: "#363636",
            _Role.ButtonText: "#e8e8e8",
            _Role.BrightText: "#ff8a80",
            _Role.Light: "#4a4a4a",
            _Role.Midlight: "#3f3f3f",
            _Role.Mid: "#2a2a2a",
            _Role.Dark: "#1a1a1a",
            _Role.Shadow: "#0a0a0a",
            _Role.Highlight: "#3d7ab8",
            _Role.HighlightedText: "#ffffff",
            _Role.Link: "#8ab8ff",
            _Role.LinkVisited: "#c6a6ff",
        },
        {
            _Role.WindowText: "#8a8a8a",
            _Role.Text: "#8a8a8a",
            _Role.ButtonText: "#8a8a8a",
            _Role.Highlight: "#4a4a4a",
            _Role.HighlightedText: "#bdbdbd",
        },
    )


def light_palette() -> QPalette:
    """Fusion's familiar light palette, spelled out so it never depends on the desktop."""
    return _palette(
        {
            _Role.Window: "#efefef",
            _Role.WindowText: "#000000",
            _Role.Base: "#ffffff",
            _Role.AlternateBase: "#f7f7f7",
            _Role.ToolTipBase: "#ffffdc",
            _Role.ToolTipText: "#000000",
            _Role.PlaceholderText: "#6e6e6e",
            _Role.Text: "#000000",
            _Role.Button: "#efefef",
            _Role.ButtonText: "#000000",
            _Role.BrightText: "#ffffff",
            _Role.Light: "#ffffff",
            _Role.Midlight: "#cacaca",
            _Role.Mid: "#b8b8b8",
            _Role.Dark: "#9f9f9f",
            _Role.Shadow: "#767676",
            _Role.Highlight: "#308cc6",
            _Role.HighlightedText: "#ffffff",
            _Role.Link: "#0645ad",
            _Role.LinkVisited: "#6b2fa3",
        },
        {
            _Role.WindowText: "#6b6b6b",
            _Role.Text: "#6b6b6b",
            _Role.ButtonText: "#6b6b6b",
            _Role.Highlight: "#919191",
            _Role.HighlightedText: "#ffffff",
        },
    )


class ThemeKeeper(QObject):
    """Keeps the application's colours as chosen; lives as a child of the QApplication.

    With "follow the system" it also listens for the desktop switching between light and
    dark, and steps in with its own palette only if the style does not follow by itself.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("theme-keeper")
        self._app = app
        self._native_style = style_name(app)
        self._fallback = False  # our palette (and Fusion) is in place
        self._applying = False
        self.choice = ThemeChoice.SYSTEM
        app.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    @classmethod
    def of(cls, app: QApplication) -> ThemeKeeper:
        """The application's keeper, made on first use."""
        found = app.findChild(cls, "theme-keeper", Qt.FindChildOption.FindDirectChildrenOnly)
        return found if found is not None else cls(app)

    def apply(self, choice: ThemeChoice) -> None:
        """Show the application in ``choice``'s colours, now."""
        self.choice = choice
        self._applying = True
        try:
            self._apply()
        finally:
            self._applying = False

    def _apply(self) -> None:
        hints = self._app.styleHints()
        wanted = {
            ThemeChoice.LIGHT: Qt.ColorScheme.Light,
            ThemeChoice.DARK: Qt.ColorScheme.Dark,
        }.get(self.choice, Qt.ColorScheme.Unknown)
        if hasattr(hints, "setColorScheme"):  # Qt 6.8+: ask the platform first
            if wanted is Qt.ColorScheme.Unknown:
                hints.unsetColorScheme()
            else:
                hints.setColorScheme(wanted)
        self._drop_fallback()
        target = wanted if wanted is not Qt.ColorScheme.Unknown else hints.colorScheme()
        if target is Qt.ColorScheme.Unknown:
            return  # the system says nothing: keep the platform's palette
        if is_dark(self._app.palette()) == (target is Qt.ColorScheme.Dark):
            return  # the platform honoured it
        if style_name(self._app).lower() != "fusion":
            set_style(self._app, "Fusion")  # native styles ignore custom palettes
        self._app.setPalette(dark_palette() if target is Qt.ColorScheme.Dark else light_palette())
        self._fallback = True

    def _drop_fallback(self) -> None:
        if not self._fallback:
            return
        if style_name(self._app).lower() != self._native_style.lower():
            set_style(self._app, self._native_style)
        self._app.setPalette(QPalette())  # back to the platform's own
        self._fallback = False

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        # The desktop switched, or answered a request late: look again at what shows.
        if not self._applying:
            self.apply(self.choice)


def apply_theme(choice: ThemeChoice | str) -> None:
    """Show the running application in the chosen colours (start-up and Preferences)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        ThemeKeeper.of(app).apply(ThemeChoice.parse(str(choice)))
