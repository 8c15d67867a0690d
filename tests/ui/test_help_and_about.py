"""Help > User guide (offline, loads nothing) and About (versions and licences, plain text)."""

from __future__ import annotations

import email.message
import re
from collections.abc import Iterator
from importlib import metadata, resources

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from recovery_desktop.ui.dialogs.about_dialog import LIBRARIES, AboutDialog, declared_licence
from recovery_desktop.ui.dialogs.help_dialog import HelpDialog, guide_html
from recovery_desktop.ui.main_window import MainWindow
from tests.ui.support import activate

SECTIONS = (
    "Getting started",
    "The daily check-in",
    "Triggers and the urge log",
    "Your plan, and printing it",
    "Working with your mentor",
    "The passphrase, said in person",
    "Paired keys",
    "Privacy and backups",
    "Keyboard shortcuts",
    "In a crisis",
)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow("Jordan", remember=False)
    qtbot.addWidget(window)
    window.show()
    yield window


def open_guide(window: MainWindow) -> HelpDialog:
    window.help_action.trigger()
    guide = window.findChild(HelpDialog)
    assert guide is not None and guide.isVisible()
    return guide


# --- the guide ---------------------------------------------------------------------------


def test_user_guide_is_f1_in_the_help_menu(window: MainWindow) -> None:
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) or [
        QKeySequence("F1")
    ]
    assert window.help_action.shortcuts() == expected
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu.actions()[0] is window.help_action


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen, opened twice
def test_guide_opens_beside_the_window_with_every_section(window: MainWindow) -> None:
    guide = open_guide(window)
    assert not guide.isModal(), "the guide stays open while the person works"
    text = guide.browser.document().toPlainText()
    for heading in SECTIONS:
        assert heading in text, heading
    open_guide(window)
    assert len(window.findChildren(HelpDialog)) == 1, "one guide, raised again"


def test_guide_loads_nothing_from_anywhere(window: MainWindow) -> None:
    guide = open_guide(window)
    browser = guide.browser
    assert not browser.openExternalLinks()
    assert not browser.openLinks()
    QApplication.processEvents()
    assert browser.requested == []
    html = guide_html("en")
    for forbidden in ("http:", "https:", "<img", "src=", "<link", "@import", "<script"):
        assert forbidden not in html.lower(), forbidden
    # Every link is to a section of the guide itself.
    targets = re.findall(r'href="([^"]*)"', html)
    anchors = set(re.findall(r'<a name="([^"]+)"', html))
    assert targets and all(t.startswith("#") and t[1:] in anchors for t in targets), targets


def test_tab_walks_the_contents_links_then_reaches_close(window: MainWindow) -> None:
    guide = open_guide(window)
    activate(guide)
    guide.browser.setFocus()
    walked = []
    for _ in range(30):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not guide.browser:
            break
        walked.append(guide.browser.textCursor().selectedText())
    assert isinstance(QApplication.focusWidget(), QPushButton)
    assert "Getting started" in walked and "In a crisis" in walked


def test_links_scroll_within_the_guide_and_never_leave_it(window: MainWindow) -> None:
    guide = open_guide(window)
    browser = guide.browser
    bar = browser.verticalScrollBar()
    assert bar.value() == 0
    browser.anchorClicked.emit(QUrl("#crisis"))
    assert bar.value() > 0
    before = browser.toHtml()
    browser.anchorClicked.emit(QUrl("https://example.org/"))
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert browser.toHtml() == before
    assert browser.requested == []


def test_guide_points_to_the_persons_own_crisis_lines_and_no_numbers() -> None:
    html = guide_html("en")
    crisis = html[html.index('name="crisis"') :]
    assert "crisis lines you wrote" in crisis
    assert not re.search(r"\d{3}", crisis), "no phone numbers of particular services"


def test_the_guide_ships_as_a_package_resource() -> None:
    guide = resources.files("recovery_desktop.resources") / "help" / "guide.html"
    assert guide.is_file()


# --- about ---------------------------------------------------------------------------------


def about_rows(window: MainWindow) -> dict[str, tuple[str, str]]:
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    tree = dialog.libraries
    return {
        tree.topLevelItem(i).text(0): (tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2))
        for i in range(tree.topLevelItemCount())
    }


def test_about_lists_every_library_with_a_licence(window: MainWindow) -> None:
    rows = about_rows(window)
    assert set(rows) == {"Python"} | {library.name for library in LIBRARIES}
    for name, (version, licence) in rows.items():
        assert version.strip(), name
        assert licence.strip(), name


def test_about_shows_what_package_metadata_says(window: MainWindow) -> None:
    rows = about_rows(window)
    assert rows["SQLAlchemy"] == (metadata.version("SQLAlchemy"), "MIT")
    assert rows["cryptography"][1] == "Apache-2.0 OR BSD-3-Clause"
    assert rows["Alembic"][1] == "MIT"
    assert "LGPL-3.0" in rows["Qt and PySide6"][1]
    # matplotlib's License field is the whole licence text: the classifier says it shortly.
    assert rows["matplotlib"][1] == "Python Software Foundation License"
    # pyrage's metadata names no licence: its licence file's is shown, marked as such.
    assert rows["pyrage (age)"][1] == "MIT (from its licence file)"


def _meta(**fields: str | list[str]) -> email.message.Message:
    message = email.message.Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = item
    return message


def test_declared_licence_prefers_the_short_declared_forms() -> None:
    assert declared_licence(_meta(License_Expression="MIT", License="BSD")) == "MIT"
    assert declared_licence(_meta(License="BSD-3-Clause")) == "BSD-3-Clause"
    whole_text = "Copyright (c) 2004\n\nPermission is granted to anyone..."
    classifier = "License :: OSI Approved :: BSD License"
    assert declared_licence(_meta(License=whole_text, Classifier=classifier)) == "BSD License"
    assert declared_licence(_meta(License="UNKNOWN")) == ""
    assert declared_licence(_meta(License="<b>MIT</b>" * 20)) == ""
