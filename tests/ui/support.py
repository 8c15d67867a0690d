"""Helpers for UI tests: finding windows, naming and focus checks, screenshots."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

W = TypeVar("W", bound=QWidget)

SHOTS = Path("/tmp/shots")

#: Widgets a person operates; each needs a name a screen reader can say.
INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QTabWidget,
    QTabBar,
    QAbstractItemView,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
)


def visible_windows(kind: type[W]) -> list[W]:
    """Shown top-level windows of ``kind``."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def only_window(kind: type[W]) -> W:
    """The one shown top-level window of ``kind`` (fails if there are none or several)."""
    found = visible_windows(kind)
    assert len(found) == 1, f"expected one visible {kind.__name__}, found {found}"
    return found[0]


def activate(window: QWidget, timeout_ms: int = 2000) -> None:
    """Make ``window`` the active window, as a click on it would, and wait until it is."""
    window.activateWindow()
    waited = 0
    while QApplication.activeWindow() is not window:
        assert waited < timeout_ms, f"{window!r} did not become active"
        QTest.qWait(10)
        waited += 10


def _internal(widget: QWidget) -> bool:
    """Parts of a compound control, named through the control itself."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return True  # the line edit inside a spin box or combo box
    if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
        return True  # a table's headers: read out as the table's column and row names
    # the scroll bars of lists and text views
    return (
        isinstance(widget, QAbstractSlider)
        and parent is not None
        and (parent.objectName() in {"qt_scrollarea_vcontainer", "qt_scrollarea_hcontainer"})
    )


def controls(window: QWidget) -> list[QWidget]:
    """Interactive widgets the person can see in ``window`` now."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE) and widget.isVisibleTo(window) and not _internal(widget)
    ]


def _labelled_by_buddy(widget: QWidget) -> bool:
    window = widget.window()
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.text().replace("&", "").strip():
            continue
        if buddy is widget or (buddy.focusProxy() is widget):
            return True
    return False


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__}(objectName={widget.objectName()!r}, text={text!r})"


def nameless_controls(window: QWidget) -> list[str]:
    """Controls with neither an accessible name nor a labelling buddy.

    A button's own text is its name (that is what Qt hands to screen readers). Every
    control must also come out with a non-empty name through Qt's accessibility layer,
    which is what Orca, NVDA or VoiceOver actually read.
    """
    missing = []
    for widget in controls(window):
        named = bool(widget.accessibleName().strip()) or _labelled_by_buddy(widget)
        if isinstance(widget, QAbstractButton):
            named = named or bool(widget.text().replace("&", "").strip())
        interface = QAccessible.queryAccessibleInterface(widget)
        spoken = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
        if not named or not spoken:
            missing.append(_describe(widget))
    return missing


def assert_all_named(window: QWidget) -> None:
    """Fail, listing them, if any control in ``window`` has no name."""
    missing = nameless_controls(window)
    assert not missing, f"controls without an accessible name in {window!r}: {missing}"


def _tab_stops(window: QWidget) -> list[QWidget]:
    """Controls that the Tab key should reach, following the focus chain."""
    found = controls(window)  # kept alive, so each widget keeps its one Python wrapper
    candidates = {id(widget) for widget in found}
    stops = []
    widget = window.nextInFocusChain()
    while widget is not window:
        if (
            id(widget) in candidates
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _same_radio_group(a: QWidget, b: QWidget) -> bool:
    """Tab stops once in an exclusive group of radio buttons; arrows move within it."""
    if not (isinstance(a, QRadioButton) and isinstance(b, QRadioButton)):
        return False
    group = a.group()
    if group is not None:
        return group is b.group() and group.exclusive()
    return a.autoExclusive() and a.parentWidget() is b.parentWidget()


def unreachable_by_tab(window: QWidget, max_presses: int = 200) -> list[str]:
    """Controls in the focus chain that pressing Tab never reaches.

    Starts at the window's focus widget and presses Tab until the focus comes back
    around; the window must be active (``activate``).
    """
    start = QApplication.focusWidget()
    assert start is not None and start.window() is window, "the window has no keyboard focus"
    reached = [start]
    for _ in range(max_presses):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is start:
            break
        reached.append(current)
    else:
        raise AssertionError("Tab never came back to where it started")
    missing = []
    for stop in _tab_stops(window):
        covered = any(stop is seen or _same_radio_group(stop, seen) for seen in reached)
        focus_holder = stop.focusProxy()
        if not covered and focus_holder is not None:
            covered = any(focus_holder is seen for seen in reached)
        if not covered:
            missing.append(_describe(stop))
    return missing


def clipped_labels(window: QWidget) -> list[str]:
    """Visible word-wrapped labels shorter than their text needs at their width.

    Pending layout work runs first, as it would before the person sees the window.
    """
    for _ in range(3):  # a layout request can resize the window, which lays out again
        QApplication.processEvents()
    clipped = []
    for label in window.findChildren(QLabel):
        if not (label.isVisibleTo(window) and label.wordWrap() and label.text()):
            continue
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            clipped.append(f"{label.text()[:50]!r}: {label.height()}px of {needed}px")
    return clipped


def shoot(widget: QWidget, name: str) -> Path:
    """Save what ``widget`` looks like now as ``/tmp/shots/<name>.png``."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path
