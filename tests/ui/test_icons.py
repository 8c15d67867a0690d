"""Icons: the app's own, and one for each main action, from the desktop theme or bundled."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

import pytest
from PySide6.QtGui import QAction, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from recovery_desktop.app import make_application
from recovery_desktop.domain.profile import Role
from recovery_desktop.ui.icons import app_icon, bundled, bundled_icon, bundled_names, icon
from recovery_desktop.ui.main_window import ICON_NAME, MainWindow
from recovery_desktop.ui.theme import ThemeChoice, apply_theme


def menu_actions(window: MainWindow) -> list[QAction]:
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        found += [action for action in menu.actions() if not action.isSeparator()]
    return found


@pytest.mark.parametrize("role", list(Role))
def test_every_named_menu_icon_is_found(qtbot: QtBot, role: Role) -> None:
    window = MainWindow("Jordan", remember=False, role=role)
    qtbot.addWidget(window)
    named = [action for action in menu_actions(window) if action.property(ICON_NAME)]
    assert len(named) >= 10, "the main actions have icons"
    for action in named:
        assert not action.icon().isNull(), action.text()
        assert not icon(str(action.property(ICON_NAME))).isNull(), action.property(ICON_NAME)
    # The ones a person reaches for most, with the names the desktop's themes know.
    assert window.lock_action.property(ICON_NAME) == "system-lock-screen"
    assert window.preferences_action.property(ICON_NAME) == "preferences-system"
    assert window.help_action.property(ICON_NAME) == "help-contents"


def test_every_menu_icon_is_bundled(qtbot: QtBot) -> None:
    """Windows and macOS have no icon theme: every icon must have our own fallback."""
    names = set()
    for role in Role:
        window = MainWindow("Jordan", remember=False, role=role)
        qtbot.addWidget(window)
        names |= {str(a.property(ICON_NAME)) for a in menu_actions(window) if a.property(ICON_NAME)}
    assert names <= set(bundled_names())


def test_window_icon_is_set() -> None:
    assert not app_icon().isNull()
    app = make_application()
    assert not app.windowIcon().isNull()
    assert not app.windowIcon().pixmap(64, 64).isNull()


@pytest.mark.parametrize("name", bundled_names())
def test_bundled_icons_parse(name: str) -> None:
    path = bundled(name)
    assert QSvgRenderer(str(path)).isValid(), name
    text = path.read_text(encoding="utf-8")
    assert 'viewBox="0 0 24 24"' in text and 'stroke-width="2"' in text
    assert "#444444" in text, "drawn in the ink the engine recolours"


def test_app_svg_parses() -> None:
    path = resources.files("recovery_desktop.resources") / "icons" / "app.svg"
    assert QSvgRenderer(str(path)).isValid()


@pytest.fixture
def system_colours_after() -> Iterator[None]:
    yield
    apply_theme(ThemeChoice.SYSTEM)


def ink_lightness(image: QImage) -> int:
    """The lightness of the darkest-or-lightest opaque pixel: what the strokes are drawn in."""
    inked = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert inked, "nothing drawn"
    return max(colour.lightness() for colour in inked)


def test_bundled_icons_follow_the_colours(system_colours_after: None) -> None:
    # Drawn in the palette's text colour when painted, so they read on dark and on light.
    lock = bundled_icon("system-lock-screen")
    apply_theme(ThemeChoice.DARK)
    assert ink_lightness(lock.pixmap(48, 48).toImage()) > 180
    apply_theme(ThemeChoice.LIGHT)
    assert ink_lightness(lock.pixmap(48, 48).toImage()) < 80
